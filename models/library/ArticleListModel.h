#pragma once

#include "core/store/ArticleSummary.h"
#include "models/library/PagedTableModel.h"

#include <QList>

namespace ql {

// The article library: title, date, publisher, statement count, newest first. Fetches pages on
// demand (PagedTableModel) and follows the store's change notifier; data() never queries.
class ArticleListModel : public PagedTableModel<ArticleSummary>
{
    Q_OBJECT
public:
    enum Column { TitleColumn, DateColumn, PublisherColumn, StatementsColumn, ColumnCount };
    enum Role { ArticleIdRole = Qt::UserRole + 1, SortRole, NoteRole };

    explicit ArticleListModel(Store* store, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    qint64 articleId(int row) const;

public slots:
    void reload();

protected:
    int loadTotal() const override;
    QList<ArticleSummary> loadRows(int offset, int count) const override;
    QStringList columnTitles() const override;
    qint64 rowId(const ArticleSummary& row) const override { return row.id; }

private:
    void onArticleChanged(qint64 id);
    void onStatementsChanged(qint64 articleId);
};

} // namespace ql
