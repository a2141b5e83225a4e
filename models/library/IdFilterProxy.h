#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

#include <optional>

namespace ql {

// The library's and the statements' sort/filter proxy: the text filter of QSortFilterProxyModel,
// and optionally only the rows whose id (read from `idRole`) is in a set, e.g. those with a tag.
class IdFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit IdFilterProxy(int idRole, QObject* parent = nullptr);

    // nullopt: every row passes.
    void setAllowedIds(const std::optional<QSet<qint64>>& ids);
    bool isRestricted() const { return m_allowed.has_value(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    int m_idRole;
    std::optional<QSet<qint64>> m_allowed;
};

} // namespace ql
