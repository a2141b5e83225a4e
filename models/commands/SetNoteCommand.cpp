#include "SetNoteCommand.h"

namespace ql {

SetNoteCommand::SetNoteCommand(Store* store, Store::NoteTarget target, qint64 id, const QString& note)
    : StoreCommand(store, QObject::tr("Edit note"))
    , m_target(target)
    , m_id(id)
    , m_note(note)
    , m_oldNote(store->note(target, id))
{ }

StoreError SetNoteCommand::apply()
{
    return m_store->setNote(m_target, m_id, m_note);
}

StoreError SetNoteCommand::revert()
{
    return m_store->setNote(m_target, m_id, m_oldNote);
}

} // namespace ql
