#include "models/commands/SetFigureActorCommand.h"

#include "core/store/Store.h"

#include <QSet>

namespace ql {

SetFigureActorCommand::SetFigureActorCommand(
    Store* store, const QList<qint64>& figureIds, const QString& actor)
    : StoreCommand(
        store, QObject::tr("Set who commits to %1").arg(actor.isEmpty() ? QObject::tr("unknown") : actor))
{
    const QSet<qint64> wanted(figureIds.cbegin(), figureIds.cend());
    // The values before the edit are read once, here, so undo restores them whatever happens later.
    for (const Figure& f : store->figures()) {
        if (!wanted.contains(f.id))
            continue;
        m_old.insert(f.id, f.actor);
        m_new.insert(f.id, actor.simplified());
    }
    // Ids that are not stored stay in the edit so apply() reports them instead of skipping them.
    for (const qint64 id : figureIds)
        if (!m_new.contains(id))
            m_new.insert(id, actor.simplified());
}

StoreError SetFigureActorCommand::apply()
{
    return m_store->setFigureActors(m_new);
}

StoreError SetFigureActorCommand::revert()
{
    return m_store->setFigureActors(m_old);
}

} // namespace ql
