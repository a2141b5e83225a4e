#pragma once

#include "models/commands/StoreCommand.h"

#include <QHash>
#include <QList>

namespace ql {

// Sets who commits one or more figures (a merged chart point stands for several), undoably.
class SetFigureActorCommand : public StoreCommand
{
public:
    SetFigureActorCommand(Store* store, const QList<qint64>& figureIds, const QString& actor);

protected:
    StoreError apply() override;
    StoreError revert() override;

private:
    QHash<qint64, QString> m_new;
    QHash<qint64, QString> m_old;
};

} // namespace ql
