#pragma once

#include "store/StatementRow.h"

#include <QAbstractTableModel>
#include <QList>

namespace ql {

class Store;

// Statements of one article (or of the whole store): speaker, text, kind, date, tags.
// Lazy like ArticleListModel, and updated by the store's change notifier.
class StatementTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SpeakerColumn, TextColumn, KindColumn, DateColumn, TagsColumn, NoteColumn, ColumnCount };
    enum Role {
        StatementIdRole = Qt::UserRole + 1,
        ArticleIdRole,
        StartRole,
        EndRole,
        SortRole,
        NoteRole,
        RowVersionRole // the statement's row version as loaded: an edit begun on it is checked against it
    };
    static constexpr int PageSize = 200;

    explicit StatementTableModel(Store* store, QObject* parent = nullptr);

    // 0 shows the statements of every article.
    void setArticle(qint64 articleId);
    qint64 article() const { return m_articleId; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    const StatementRow* rowData(int row) const;
    int rowOf(qint64 statementId) const;
    int totalCount() const { return m_total; }

public slots:
    void reload();

private:
    void onStatementChanged(qint64 statementId);
    void onStatementsRemoved(qint64 articleId, const QList<qint64>& ids);
    void onStatementsAdded(qint64 articleId);

    Store* m_store;
    // Set while rows are being inserted/removed/reset: a view or tester asking for more rows
    // from inside those signals must not start a second change.
    bool m_changing = false;
    qint64 m_articleId = 0;
    QList<StatementRow> m_rows;
    int m_total = 0;
};

} // namespace ql
