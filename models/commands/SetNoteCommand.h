#pragma once

#include "core/store/Store.h"
#include "models/commands/StoreCommand.h"

namespace ql {

// Writes the analyst's memo on a statement or an article.
class SetNoteCommand : public StoreCommand
{
public:
    // `version`: the statement's row version (statement notes only) the analyst saw when the edit began (0:
    // the store's version now). The write is refused if the row changed since, and so is undo after another
    // writer's change.
    SetNoteCommand(
        Store* store, Store::NoteTarget target, qint64 id, const QString& note, qint64 version = 0);

protected:
    StoreError apply() override;
    StoreError revert() override;

private:
    Store::NoteTarget m_target;
    qint64 m_id;
    QString m_note;
    QString m_oldNote;
    qint64 m_version = 0;
};

} // namespace ql
