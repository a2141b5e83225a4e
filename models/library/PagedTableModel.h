#pragma once

#include "core/store/Store.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace ql {

// A table of store rows read a page at a time: rowCount() is what is loaded, canFetchMore()/
// fetchMore() read the next page, and the change-notifier handlers of a subclass update single
// rows or remove them without a reset. data() never queries: a subclass reads only m_rows.
// A template over the row type, so it carries no Q_OBJECT; each subclass has its own.
template<typename Row> class PagedTableModel : public QAbstractTableModel
{
public:
    static constexpr int PageSize = 200;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    bool canFetchMore(const QModelIndex& parent) const override
    {
        return !parent.isValid() && !m_changing && m_rows.size() < m_total;
    }
    void fetchMore(const QModelIndex& parent) override
    {
        if (!canFetchMore(parent))
            return;
        const QList<Row> page = loadRows(int(m_rows.size()), PageSize);
        if (page.isEmpty()) {
            m_total = int(m_rows.size());
            return;
        }
        m_changing = true;
        beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + page.size()) - 1);
        m_rows.append(page);
        endInsertRows();
        m_changing = false;
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return QAbstractTableModel::headerData(section, orientation, role);
        const QStringList titles = columnTitles();
        return section >= 0 && section < titles.size() ? QVariant(titles.at(section)) : QVariant();
    }

    // Rows in the source, loaded or not.
    int totalCount() const { return m_total; }
    // The loaded row of the item `id`, -1 when it is not loaded.
    int rowOf(qint64 id) const
    {
        for (int i = 0; i < m_rows.size(); ++i)
            if (rowId(m_rows.at(i)) == id)
                return i;
        return -1;
    }

protected:
    PagedTableModel(Store* store, QObject* parent)
        : QAbstractTableModel(parent)
        , m_store(store)
    { }

    // How many rows the source has and `count` of them from `offset`, in display order; called
    // only while the store is open.
    virtual int loadTotal() const = 0;
    virtual QList<Row> loadRows(int offset, int count) const = 0;
    virtual qint64 rowId(const Row& row) const = 0;
    // The column headers, in column order.
    virtual QStringList columnTitles() const = 0;

    // Reads the first `count` rows again in one reset.
    void resetRows(int count)
    {
        m_changing = true;
        beginResetModel();
        m_rows.clear();
        m_total = 0;
        if (m_store->isOpen()) {
            m_total = loadTotal();
            m_rows = loadRows(0, count);
        }
        endResetModel();
        m_changing = false;
    }
    // Replaces a loaded row and reports the columns [firstColumn, lastColumn] changed.
    void replaceRow(int row, const Row& value, int firstColumn, int lastColumn)
    {
        m_rows[row] = value;
        emit dataChanged(index(row, firstColumn), index(row, lastColumn));
    }
    // Removes the loaded rows of these ids, one removal each.
    void removeIds(const QList<qint64>& ids)
    {
        for (const qint64 id : ids) {
            const int row = rowOf(id);
            if (row < 0)
                continue;
            m_changing = true;
            beginRemoveRows(QModelIndex(), row, row);
            m_rows.removeAt(row);
            --m_total;
            endRemoveRows();
            m_changing = false;
        }
    }

    Store* store() const { return m_store; }
    const QList<Row>& loadedRows() const { return m_rows; }

private:
    Store* m_store;
    // Set while rows are being inserted/removed/reset: a view or tester asking for more rows
    // from inside those signals must not start a second change.
    bool m_changing = false;
    QList<Row> m_rows;
    int m_total = 0;
};

} // namespace ql
