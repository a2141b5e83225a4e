#pragma once

#include "models/commands/StoreCommand.h"

namespace ql {

// Adds or removes one tag on one statement.
class TagCommand : public StoreCommand
{
public:
    enum class Action { Add, Remove };
    TagCommand(Store* store, qint64 statementId, const QString& tag, Action action);

protected:
    StoreError apply() override;
    StoreError revert() override;

private:
    StoreError run(bool add);

    qint64 m_statementId;
    QString m_tag;
    Action m_action;
    bool m_hadTag = false;
    qint64 m_tagId = 0; // the tag's id when the statement had it
};

} // namespace ql
