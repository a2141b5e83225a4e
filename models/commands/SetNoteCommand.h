#pragma once

#include "StoreCommand.h"
#include "store/Store.h"

namespace ql {

// Writes the analyst's memo on a statement or an article.
class SetNoteCommand : public StoreCommand
{
public:
    SetNoteCommand(Store* store, Store::NoteTarget target, qint64 id, const QString& note);

protected:
    StoreError apply() override;
    StoreError revert() override;

private:
    Store::NoteTarget m_target;
    qint64 m_id;
    QString m_note;
    QString m_oldNote;
};

} // namespace ql
