#include "models/search/SearchResultModel.h"

#include "core/store/SearchHitField.h"
#include "core/store/Store.h"

#include <QPoint>

namespace ql {

namespace {

QString heading(const SearchHit& h)
{
    QString who;
    if (h.statementId > 0)
        who = h.speaker.isEmpty() ? SearchResultModel::tr("unknown speaker") : h.speaker;
    else
        who = SearchResultModel::tr("Article");
    if (h.field == SearchHit::Field::Note)
        who = SearchResultModel::tr("Note · %1").arg(who);
    return h.articleTitle.isEmpty() ? who : who + QStringLiteral(" · ") + h.articleTitle;
}

} // namespace

SearchResultModel::SearchResultModel(QObject* parent)
    : QAbstractListModel(parent)
{ }

int SearchResultModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant SearchResultModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() < 0 || index.row() >= m_hits.size() || index.column() != 0)
        return {};
    const SearchHit& h = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QString(heading(h) + QLatin1Char('\n') + h.snippet);
    case Qt::ToolTipRole:
        return h.snippet;
    case Qt::AccessibleTextRole:
        return QString(heading(h) + QStringLiteral(": ") + h.snippet);
    case ArticleIdRole:
        return h.articleId;
    case StatementIdRole:
        return h.statementId;
    case HeadingRole:
        return heading(h);
    case SnippetRole:
        return h.snippet;
    case HighlightsRole: {
        QVariantList spans;
        for (const SearchHit::Span& s : h.highlights)
            spans.append(QPoint(s.start, s.length));
        return spans;
    }
    case FieldRole:
        return searchFieldName(h.field);
    case TextStartRole:
        return h.textStart;
    case TextEndRole:
        return h.textEnd;
    default:
        return {};
    }
}

int SearchResultModel::search(const Store& store, const QString& query)
{
    const QList<SearchHit> hits = store.search(query);
    const QString shown = query.simplified();
    setHits(hits,
        hits.size() == 1 ? tr("1 result for “%1”").arg(shown)
                         : tr("%1 results for “%2”").arg(hits.size()).arg(shown));
    m_query = query;
    return int(hits.size());
}

void SearchResultModel::setHits(const QList<SearchHit>& hits, const QString& title)
{
    m_query.clear();
    beginResetModel();
    m_hits = hits;
    endResetModel();
    if (title != m_title) {
        m_title = title;
        emit titleChanged(m_title);
    }
}

void SearchResultModel::clear()
{
    setHits({}, QString());
}

} // namespace ql
