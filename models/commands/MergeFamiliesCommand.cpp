#include "models/commands/MergeFamiliesCommand.h"

#include "core/families/FamilyIndex.h"

#include <QObject>

namespace ql {

MergeFamiliesCommand::MergeFamiliesCommand(
    Store* store, FamilyIndex* index, qint64 targetFamily, qint64 otherFamily)
    : StoreCommand(store, QObject::tr("Merge families %1 and %2").arg(targetFamily).arg(otherFamily))
    , m_index(index)
    , m_targetFamily(targetFamily)
    , m_otherFamily(otherFamily)
{ }

StoreError MergeFamiliesCommand::apply()
{
    if (m_targetFamily == m_otherFamily)
        return StoreError::make(
            StoreError::Code::InvalidInput, QObject::tr("Both statements are in the same family already."));
    // A redo replays the recorded edit.
    if (m_applied)
        return m_index->reapply(m_edit);
    StoreError error;
    m_result = m_index->merge(m_targetFamily, m_otherFamily, &m_edit, &error);
    m_applied = !error.isError();
    return error;
}

StoreError MergeFamiliesCommand::revert()
{
    return m_index->revert(m_edit);
}

} // namespace ql
