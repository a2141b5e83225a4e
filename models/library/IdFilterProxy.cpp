#include "models/library/IdFilterProxy.h"

namespace ql {

IdFilterProxy::IdFilterProxy(int idRole, QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_idRole(idRole)
{ }

void IdFilterProxy::setAllowedIds(const std::optional<QSet<qint64>>& ids)
{
    m_allowed = ids;
    invalidateFilter();
}

bool IdFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_allowed) {
        const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
        if (!m_allowed->contains(index.data(m_idRole).toLongLong()))
            return false;
    }
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace ql
