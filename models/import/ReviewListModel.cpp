#include "models/import/ReviewListModel.h"

#include "core/analysis/extraction/SaidDater.h"
#include "core/importing/OfficeTable.h"
#include "core/store/EventTable.h"
#include "core/store/Store.h"

#include <QBrush>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPalette>
#include <QSet>

#include <algorithm>

namespace ql {

ReviewListModel::ReviewListModel(const Store* store, QObject* parent)
    : QAbstractListModel(parent)
    , m_store(store)
{ }

int ReviewListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QString ReviewListModel::statusName(ReviewEntry::Status status)
{
    switch (status) {
    case ReviewEntry::Status::Ok:
        return tr("ok");
    case ReviewEntry::Status::Duplicate:
        return tr("duplicate");
    case ReviewEntry::Status::Rejected:
        return tr("rejected");
    }
    return {};
}

QVariant ReviewListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const ReviewEntry& e = m_entries.at(index.row());
    const Article& a = e.prepared.article;
    const QString name = QFileInfo(e.prepared.source).fileName().isEmpty()
        ? e.prepared.source
        : QFileInfo(e.prepared.source).fileName();
    switch (role) {
    case Qt::DisplayRole: {
        const QString title = a.title.trimmed().isEmpty() ? name : a.title.trimmed();
        if (e.status == ReviewEntry::Status::Ok)
            return a.published.isValid() ? title : tr("%1 (no date)").arg(title);
        return tr("%1: %2").arg(
            statusName(e.status), e.reason.isEmpty() ? name : tr("%1, %2").arg(name, e.reason));
    }
    case Qt::ToolTipRole:
        return e.reason.isEmpty() ? e.prepared.source : tr("%1\n%2").arg(e.prepared.source, e.reason);
    case Qt::ForegroundRole:
        if (e.status == ReviewEntry::Status::Rejected)
            return QBrush(QColor(0xb0, 0x20, 0x20));
        if (e.status == ReviewEntry::Status::Duplicate)
            return QBrush(QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text));
        return {};
    case Qt::CheckStateRole:
        if (e.status != ReviewEntry::Status::Ok)
            return {};
        return e.included ? Qt::Checked : Qt::Unchecked;
    case StatusRole:
        return int(e.status);
    case ReasonRole:
        return e.reason;
    case SourceRole:
        return e.prepared.source;
    default:
        return {};
    }
}

bool ReviewListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::CheckStateRole || index.row() >= m_entries.size())
        return false;
    ReviewEntry& e = m_entries[index.row()];
    if (e.status != ReviewEntry::Status::Ok)
        return false;
    e.included = value.toInt() == Qt::Checked;
    emit dataChanged(index, index, { Qt::CheckStateRole });
    return true;
}

Qt::ItemFlags ReviewListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_entries.at(index.row()).status == ReviewEntry::Status::Ok)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

void ReviewListModel::append(const QList<PreparedArticle>& articles)
{
    if (articles.isEmpty())
        return;
    QSet<QByteArray> seen;
    for (const ReviewEntry& e : std::as_const(m_entries))
        if (e.status == ReviewEntry::Status::Ok)
            seen.insert(e.prepared.article.contentHash);
    beginInsertRows({}, int(m_entries.size()), int(m_entries.size() + articles.size()) - 1);
    for (const PreparedArticle& p : articles) {
        ReviewEntry e = ReviewEntry::fromPrepared(p);
        if (e.status == ReviewEntry::Status::Ok) {
            const QByteArray& hash = p.article.contentHash;
            if (m_store && m_store->containsHash(hash)) {
                e.status = ReviewEntry::Status::Duplicate;
                e.reason = tr("already in the library");
            } else if (seen.contains(hash)) {
                e.status = ReviewEntry::Status::Duplicate;
                e.reason = tr("same text as another document of this import");
            }
            e.included = e.status == ReviewEntry::Status::Ok;
            seen.insert(hash);
        }
        m_entries.append(e);
    }
    endInsertRows();
}

void ReviewListModel::clear()
{
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

void ReviewListModel::touch(int row)
{
    const QModelIndex i = index(row);
    emit dataChanged(i, i);
}

void ReviewListModel::setTitle(int row, const QString& title)
{
    m_entries[row].prepared.article.title = title;
    touch(row);
}

void ReviewListModel::setPublished(int row, const QDate& date)
{
    Article& a = m_entries[row].prepared.article;
    if (a.published == date)
        return;
    a.published = date;
    a.dateOrigin = date.isValid() ? tr("set by the analyst") : QString();
    // The statements are dated anew: "on Tuesday" or the article's week depend on its date, an
    // explicit date or a named event does not.
    const bool analystTables = m_store && m_store->isOpen();
    const OfficeHolders offices = analystTables ? OfficeTable::load(*m_store) : OfficeHolders::seed();
    const EventCalendar events = analystTables ? EventTable::load(*m_store) : EventCalendar::seeded();
    SaidDater(offices, events).date(a, m_entries[row].prepared.extraction.statements);
    touch(row);
}

void ReviewListModel::setPublisher(int row, const QString& publisher)
{
    m_entries[row].prepared.article.publisher = publisher;
    touch(row);
}

void ReviewListModel::setSourceUrl(int row, const QString& url)
{
    m_entries[row].prepared.article.sourceUrl = url;
    touch(row);
}

int ReviewListModel::count(ReviewEntry::Status status) const
{
    return int(std::count_if(
        m_entries.cbegin(), m_entries.cend(), [status](const ReviewEntry& e) { return e.status == status; }));
}

int ReviewListModel::includedCount() const
{
    return int(std::count_if(
        m_entries.cbegin(), m_entries.cend(), [](const ReviewEntry& e) { return e.willImport(); }));
}

QList<PreparedArticle> ReviewListModel::articlesToImport() const
{
    QList<PreparedArticle> out;
    for (const ReviewEntry& e : m_entries)
        if (e.willImport())
            out.append(e.accepted());
    return out;
}

} // namespace ql
