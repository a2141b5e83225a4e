#include "ArticleListModel.h"

#include "store/ChangeNotifier.h"
#include "store/Store.h"

#include <QLocale>

namespace ql {

ArticleListModel::ArticleListModel(Store* store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    ChangeNotifier* n = store->notifier();
    connect(n, &ChangeNotifier::storeReset, this, &ArticleListModel::reload);
    // A new article's place depends on its date, so additions re-read the loaded window.
    connect(n, &ChangeNotifier::articlesAdded, this, &ArticleListModel::reload);
    connect(n, &ChangeNotifier::articlesRemoved, this, &ArticleListModel::onArticlesRemoved);
    connect(n, &ChangeNotifier::articleChanged, this, &ArticleListModel::onArticleChanged);
    connect(n, &ChangeNotifier::statementsAdded, this,
        [this](qint64 articleId) { onStatementsChanged(articleId); });
    connect(n, &ChangeNotifier::statementsRemoved, this,
        [this](qint64 articleId) { onStatementsChanged(articleId); });
    reload();
}

void ArticleListModel::reload()
{
    m_changing = true;
    beginResetModel();
    const int keep = std::max<int>(PageSize, int(m_rows.size()));
    m_rows.clear();
    m_total = 0;
    if (m_store->isOpen()) {
        m_total = m_store->articleCount();
        m_rows = m_store->articleSummaries(0, keep);
    }
    endResetModel();
    m_changing = false;
}

int ArticleListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ArticleListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArticleListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ArticleSummary& a = m_rows.at(index.row());
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

QVariant ArticleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case DateColumn:
        return tr("Date");
    case PublisherColumn:
        return tr("Publisher");
    case StatementsColumn:
        return tr("Statements");
    }
    return {};
}

bool ArticleListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_changing && m_rows.size() < m_total;
}

void ArticleListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    const auto page = m_store->articleSummaries(int(m_rows.size()), PageSize);
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

qint64 ArticleListModel::articleId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int ArticleListModel::rowOf(qint64 articleId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == articleId)
            return i;
    return -1;
}

void ArticleListModel::onArticleChanged(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    const auto summary = m_store->articleSummary(id);
    if (!summary)
        return;
    if (summary->published != m_rows.at(row).published) {
        reload(); // the order changes with the date
        return;
    }
    m_rows[row] = *summary;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ArticleListModel::onArticlesRemoved(const QList<qint64>& ids)
{
    for (qint64 id : ids) {
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

void ArticleListModel::onStatementsChanged(qint64 articleId)
{
    const int row = rowOf(articleId);
    if (row < 0)
        return;
    if (const auto summary = m_store->articleSummary(articleId)) {
        m_rows[row] = *summary;
        emit dataChanged(index(row, StatementsColumn), index(row, StatementsColumn));
    }
}

} // namespace ql
