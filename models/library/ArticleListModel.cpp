#include "models/library/ArticleListModel.h"

#include "core/store/ChangeNotifier.h"

#include <QLocale>

#include <algorithm>

namespace ql {

ArticleListModel::ArticleListModel(Store* store, QObject* parent)
    : PagedTableModel(store, parent)
{
    ChangeNotifier* n = store->notifier();
    connect(n, &ChangeNotifier::storeReset, this, &ArticleListModel::reload);
    // A new article's place depends on its date, so additions re-read the loaded window.
    connect(n, &ChangeNotifier::articlesAdded, this, &ArticleListModel::reload);
    connect(n, &ChangeNotifier::articlesRemoved, this, [this](const QList<qint64>& ids) { removeIds(ids); });
    connect(n, &ChangeNotifier::articleChanged, this, &ArticleListModel::onArticleChanged);
    connect(n, &ChangeNotifier::statementsAdded, this,
        [this](qint64 articleId) { onStatementsChanged(articleId); });
    connect(n, &ChangeNotifier::statementsRemoved, this,
        [this](qint64 articleId) { onStatementsChanged(articleId); });
    reload();
}

void ArticleListModel::reload()
{
    resetRows(std::max<int>(PageSize, int(loadedRows().size())));
}

int ArticleListModel::loadTotal() const
{
    return store()->articleCount();
}

QList<ArticleSummary> ArticleListModel::loadRows(int offset, int count) const
{
    return store()->articleSummaries(offset, count);
}

int ArticleListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArticleListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ArticleSummary& a = loadedRows().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return a.title.isEmpty() ? tr("(untitled)") : a.title;
        case DateColumn:
            return a.published.isValid() ? a.published.toString(Qt::ISODate) : tr("no date");
        case PublisherColumn:
            return a.publisher;
        case StatementsColumn:
            return a.statementCount;
        }
        break;
    case SortRole:
        switch (index.column()) {
        case DateColumn:
            return a.published;
        case StatementsColumn:
            return a.statementCount;
        default:
            return data(index, Qt::DisplayRole).toString().toCaseFolded();
        }
    case Qt::ToolTipRole:
        if (index.column() == DateColumn && !a.published.isValid())
            return tr("The document gives no date; set one in the article's properties.");
        {
            QString tip = a.sourceUrl.isEmpty() ? a.title : a.title + QLatin1Char('\n') + a.sourceUrl;
            if (!a.note.isEmpty())
                tip += QStringLiteral("\n\n") + tr("Note: %1").arg(a.note);
            return tip;
        }
    case NoteRole:
        return a.note;
    case Qt::TextAlignmentRole:
        if (index.column() == StatementsColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case ArticleIdRole:
        return a.id;
    default:
        break;
    }
    return {};
}

QStringList ArticleListModel::columnTitles() const
{
    return { tr("Title"), tr("Date"), tr("Publisher"), tr("Statements") };
}

qint64 ArticleListModel::articleId(int row) const
{
    return row >= 0 && row < loadedRows().size() ? loadedRows().at(row).id : 0;
}

void ArticleListModel::onArticleChanged(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    const auto summary = store()->articleSummary(id);
    if (!summary)
        return;
    if (summary->published != loadedRows().at(row).published) {
        reload(); // the order changes with the date
        return;
    }
    replaceRow(row, *summary, 0, ColumnCount - 1);
}

void ArticleListModel::onStatementsChanged(qint64 articleId)
{
    const int row = rowOf(articleId);
    if (row < 0)
        return;
    if (const auto summary = store()->articleSummary(articleId))
        replaceRow(row, *summary, StatementsColumn, StatementsColumn);
}

} // namespace ql
