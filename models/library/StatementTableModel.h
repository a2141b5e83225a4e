#pragma once

#include "core/store/StatementRow.h"
#include "models/library/PagedTableModel.h"

#include <QList>

namespace ql {

// Statements of one article (or of the whole store): speaker, text, kind, date, tags.
// Paged like ArticleListModel, and updated by the store's change notifier.
class StatementTableModel : public PagedTableModel<StatementRow>
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

    explicit StatementTableModel(Store* store, QObject* parent = nullptr);

    // 0 shows the statements of every article.
    void setArticle(qint64 articleId);
    qint64 article() const { return m_articleId; }

    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    const StatementRow* rowData(int row) const;

public slots:
    void reload();

protected:
    int loadTotal() const override;
    QList<StatementRow> loadRows(int offset, int count) const override;
    QStringList columnTitles() const override;
    qint64 rowId(const StatementRow& row) const override { return row.statement.id; }

private:
    void onStatementChanged(qint64 statementId);
    void onStatementsRemoved(qint64 articleId, const QList<qint64>& ids);
    void onStatementsAdded(qint64 articleId);

    qint64 m_articleId = 0;
};

} // namespace ql
