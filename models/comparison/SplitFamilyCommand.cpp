#include "SplitFamilyCommand.h"

#include "families/FamilyIndex.h"

#include <QObject>

namespace ql {

SplitFamilyCommand::SplitFamilyCommand(Store* store, FamilyIndex* index, qint64 statementId)
    : StoreCommand(store, QObject::tr("Split statement %1 from its family").arg(statementId))
    , m_index(index)
    , m_statementId(statementId)
{ }

StoreError SplitFamilyCommand::apply()
{
    if (m_applied && !m_index->redoLast().isError())
        return {};
    StoreError error;
    m_result = m_index->split(m_statementId, &error);
    m_applied = !error.isError();
    return error;
}

StoreError SplitFamilyCommand::revert()
{
    return m_index->undoLast();
}

} // namespace ql
