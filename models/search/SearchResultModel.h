#pragma once

#include "core/store/SearchHit.h"

#include <QAbstractListModel>
#include <QList>
#include <QString>

namespace ql {

class Store;

// The hits of one search (or any list of statements to show the same way, e.g. the undated ones of
// the timeline), one row each. data() reads only what the search returned: it never queries.
class SearchResultModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        ArticleIdRole = Qt::UserRole + 1,
        StatementIdRole,
        HeadingRole, // "Vera Kolar · Ministers meet"
        SnippetRole, // plain text
        HighlightsRole, // QVariantList of QPoint(start, length) in the snippet
        FieldRole, // "text", "title" or "note"
        TextStartRole, // where the match is in the article's text (-1: not there)
        TextEndRole,
    };

    explicit SearchResultModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    // Runs `query` on `store` and shows its hits. Returns the number of hits.
    int search(const Store& store, const QString& query);
    // Shows these hits under `title` ("3 statements without a date").
    void setHits(const QList<SearchHit>& hits, const QString& title);
    void clear();

    const SearchHit& hit(int row) const { return m_hits.at(row); }
    QString query() const { return m_query; }
    // What the list shows: "12 results for “defence industry”", or the title given with the hits.
    QString title() const { return m_title; }

signals:
    void titleChanged(const QString& title);

private:
    QList<SearchHit> m_hits;
    QString m_query;
    QString m_title;
};

} // namespace ql
