#include "models/commands/SplitFamilyCommand.h"

#include "core/families/FamilyIndex.h"

#include <QObject>

namespace ql {

SplitFamilyCommand::SplitFamilyCommand(Store* store, FamilyIndex* index, qint64 statementId)
    : StoreCommand(store, QObject::tr("Split statement %1 from its family").arg(statementId))
    , m_index(index)
    , m_statementId(statementId)
{ }

StoreError SplitFamilyCommand::apply()
{
    if (m_applied)
        return m_index->reapply(m_edit);
    StoreError error;
    m_result = m_index->split(m_statementId, &m_edit, &error);
    m_applied = !error.isError();
    return error;
}

StoreError SplitFamilyCommand::revert()
{
    return m_index->revert(m_edit);
}

} // namespace ql
