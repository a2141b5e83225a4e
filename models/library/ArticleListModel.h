#pragma once

#include "store/ArticleSummary.h"

#include <QAbstractTableModel>
#include <QList>

namespace ql {

class Store;

// The article library: title, date, publisher, statement count. Fetches pages on demand
// (canFetchMore/fetchMore) and follows the store's change notifier; data() never queries.
class ArticleListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TitleColumn, DateColumn, PublisherColumn, StatementsColumn, ColumnCount };
    enum Role { ArticleIdRole = Qt::UserRole + 1, SortRole, NoteRole };
    static constexpr int PageSize = 200;

    explicit ArticleListModel(Store* store, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    qint64 articleId(int row) const;
    int rowOf(qint64 articleId) const;
    int totalCount() const { return m_total; }

public slots:
    void reload();

private:
    void onArticleChanged(qint64 id);
    void onArticlesRemoved(const QList<qint64>& ids);
    void onStatementsChanged(qint64 articleId);

    Store* m_store;
    // Set while rows are being inserted/removed/reset: a view or tester asking for more rows
    // from inside those signals must not start a second change.
    bool m_changing = false;
    QList<ArticleSummary> m_rows;
    int m_total = 0;
};

} // namespace ql
