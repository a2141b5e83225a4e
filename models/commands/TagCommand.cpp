#include "models/commands/TagCommand.h"

#include "core/store/Store.h"

namespace ql {

TagCommand::TagCommand(Store* store, qint64 statementId, const QString& tag, Action action)
    : StoreCommand(store,
        action == Action::Add ? QObject::tr("Add tag %1").arg(tag) : QObject::tr("Remove tag %1").arg(tag))
    , m_statementId(statementId)
    , m_tag(tag.simplified())
    , m_action(action)
{
    if (const auto row = store->statementRow(statementId))
        m_hadTag = row->tags.contains(m_tag);
    // Removing the last use of a tag drops it; undo brings it back under the same id.
    if (m_hadTag)
        for (const TagRecord& t : store->tagRecords())
            if (t.name == m_tag)
                m_tagId = t.id;
}

StoreError TagCommand::run(bool add)
{
    return add ? m_store->addTag(m_statementId, m_tag, m_tagId) : m_store->removeTag(m_statementId, m_tag);
}

StoreError TagCommand::apply()
{
    return run(m_action == Action::Add);
}

// Undo only reverses a real change: adding a tag the statement already had changed nothing.
StoreError TagCommand::revert()
{
    const bool changed = (m_action == Action::Add) != m_hadTag;
    return changed ? run(m_action != Action::Add) : StoreError::none();
}

} // namespace ql
