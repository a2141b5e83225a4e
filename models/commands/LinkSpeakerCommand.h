#pragma once

#include "models/commands/StoreCommand.h"

namespace ql {

// Links a speaker to an office holder (or unlinks it with an empty holder).
class LinkSpeakerCommand : public StoreCommand
{
public:
    LinkSpeakerCommand(Store* store, qint64 speakerId, const QString& holder);

protected:
    StoreError apply() override;
    StoreError revert() override;

private:
    qint64 m_speakerId;
    QString m_holder;
    QString m_oldHolder;
};

} // namespace ql
