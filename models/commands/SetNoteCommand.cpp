#include "models/commands/SetNoteCommand.h"

namespace ql {

SetNoteCommand::SetNoteCommand(
    Store* store, Store::NoteTarget target, qint64 id, const QString& note, qint64 version)
    : StoreCommand(store, QObject::tr("Edit note"))
    , m_target(target)
    , m_id(id)
    , m_note(note)
    , m_oldNote(store->note(target, id))
    , m_version(target != Store::NoteTarget::Statement ? 0
              : version > 0                            ? version
                                                       : store->statementVersion(id))
{ }

StoreError SetNoteCommand::apply()
{
    return m_store->setNote(m_target, m_id, m_note, &m_version);
}

StoreError SetNoteCommand::revert()
{
    return m_store->setNote(m_target, m_id, m_oldNote, &m_version);
}

} // namespace ql
