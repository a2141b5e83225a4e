#include "models/timeline/TimelineModel.h"

#include <QPair>

#include <algorithm>
#include <iterator>

namespace ql {

TimelineModel::TimelineModel(QObject* parent)
    : QAbstractListModel(parent)
{ }

void TimelineModel::setEntries(const QVector<TimelineEntry>& entries)
{
    const int oldUndated = undatedCount();
    beginResetModel();
    m_dated.clear();
    m_undated.clear();
    m_rowById.clear();
    // Sorting indices and copying once is much cheaper than shuffling entries with seven strings each.
    QVector<int> order;
    order.reserve(entries.size());
    for (int i = 0; i < entries.size(); ++i) {
        if (entries.at(i).date.isValid())
            order.append(i);
        else
            m_undated.append(entries.at(i));
    }
    // Stable so that statements of the same day keep the caller's (document) order.
    std::stable_sort(order.begin(), order.end(),
        [&entries](int a, int b) { return entries.at(a).date < entries.at(b).date; });
    m_dated.reserve(order.size());
    for (const int i : std::as_const(order))
        m_dated.append(entries.at(i));
    rebuildRowIndex();
    rebuildLanes();
    endResetModel();
    if (oldUndated != undatedCount())
        emit undatedCountChanged(undatedCount());
}

namespace {

// The store's order: by day, then by id (undated entries by id alone).
bool before(const TimelineEntry& a, const TimelineEntry& b)
{
    if (a.date != b.date)
        return a.date < b.date;
    return a.statementId < b.statementId;
}

// Maximal runs [first, last] of ascending row numbers.
QVector<QPair<int, int>> runsOf(const QVector<int>& rows)
{
    QVector<QPair<int, int>> runs;
    for (const int row : rows) {
        if (!runs.isEmpty() && runs.last().second + 1 == row)
            runs.last().second = row;
        else
            runs.append({ row, row });
    }
    return runs;
}

} // namespace

void TimelineModel::applyChange(const QVector<TimelineEntry>& added, const QSet<qint64>& droppedArticles,
    const QSet<qint64>& droppedStatements)
{
    const auto dropped = [&](const TimelineEntry& e) {
        return droppedArticles.contains(e.articleId) || droppedStatements.contains(e.statementId);
    };
    const int oldUndated = undatedCount();
    QVector<int> goneRows;
    if (!droppedArticles.isEmpty() || !droppedStatements.isEmpty())
        for (int row = 0; row < m_dated.size(); ++row)
            if (dropped(m_dated.at(row)))
                goneRows.append(row);
    QVector<TimelineEntry> dated;
    QVector<TimelineEntry> undated;
    for (const TimelineEntry& e : added)
        (e.date.isValid() ? dated : undated).append(e);
    std::stable_sort(dated.begin(), dated.end(), before);
    std::stable_sort(undated.begin(), undated.end(), before);

    // Where each new row goes among the rows that stay, counted as if the dropped rows were gone.
    const QVector<QPair<int, int>> goneRuns = runsOf(goneRows);
    QVector<int> insertAt; // per new dated entry, its row before any insertion
    insertAt.reserve(dated.size());
    {
        int gone = 0; // dropped rows before the position
        int g = 0;
        for (const TimelineEntry& e : std::as_const(dated)) {
            const int pos
                = int(std::upper_bound(m_dated.cbegin(), m_dated.cend(), e, before) - m_dated.cbegin());
            while (g < goneRows.size() && goneRows.at(g) < pos) {
                ++gone;
                ++g;
            }
            insertAt.append(pos - gone);
        }
    }
    int insertRuns = 0;
    for (int i = 0; i < insertAt.size(); ++i)
        if (i == 0 || insertAt.at(i) != insertAt.at(i - 1))
            ++insertRuns;

    if (goneRuns.size() > MaxRowRuns || insertRuns > MaxRowRuns) {
        beginResetModel();
        QVector<TimelineEntry> kept;
        kept.reserve(m_dated.size() - goneRows.size() + dated.size());
        for (const TimelineEntry& e : std::as_const(m_dated))
            if (!dropped(e))
                kept.append(e);
        m_dated.clear();
        m_dated.reserve(kept.size() + dated.size());
        std::merge(
            kept.cbegin(), kept.cend(), dated.cbegin(), dated.cend(), std::back_inserter(m_dated), before);
        rebuildRowIndex();
        rebuildLanes();
        endResetModel();
    } else {
        for (int r = int(goneRuns.size()) - 1; r >= 0; --r) {
            const auto [first, last] = goneRuns.at(r);
            beginRemoveRows(QModelIndex(), first, last);
            m_dated.erase(m_dated.begin() + first, m_dated.begin() + last + 1);
            endRemoveRows();
        }
        // From the last run to the first, so that the rows of the runs before keep their numbers.
        for (int end = int(dated.size()); end > 0;) {
            int begin = end - 1;
            while (begin > 0 && insertAt.at(begin - 1) == insertAt.at(end - 1))
                --begin;
            const int pos = insertAt.at(begin);
            beginInsertRows(QModelIndex(), pos, pos + (end - begin) - 1);
            m_dated.insert(pos, end - begin, TimelineEntry());
            for (int i = begin; i < end; ++i)
                m_dated[pos + (i - begin)] = dated.at(i);
            endInsertRows();
            end = begin;
        }
        rebuildRowIndex();
        lanesAfterRowChange();
    }
    if (!undated.isEmpty() || !droppedArticles.isEmpty() || !droppedStatements.isEmpty()) {
        QVector<TimelineEntry> kept;
        kept.reserve(m_undated.size() + undated.size());
        for (const TimelineEntry& e : std::as_const(m_undated))
            if (!dropped(e))
                kept.append(e);
        m_undated.clear();
        std::merge(kept.cbegin(), kept.cend(), undated.cbegin(), undated.cend(),
            std::back_inserter(m_undated), before);
    }
    if (oldUndated != undatedCount())
        emit undatedCountChanged(undatedCount());
}

void TimelineModel::setFamilies(
    const std::function<qint64(qint64)>& familyOf, const QHash<qint64, QString>& laneNames)
{
    const auto assign = [&](TimelineEntry& e) {
        const qint64 family = familyOf ? familyOf(e.statementId) : 0;
        const QString name = family ? laneNames.value(family) : QString();
        if (family == e.familyId && name == e.family)
            return false;
        e.familyId = family;
        e.family = name;
        return true;
    };
    int first = -1;
    int last = -1;
    for (int row = 0; row < m_dated.size(); ++row) {
        if (assign(m_dated[row])) {
            if (first < 0)
                first = row;
            last = row;
        }
    }
    for (TimelineEntry& e : m_undated)
        assign(e);
    if (first < 0)
        return;
    if (m_laneMode == LaneMode::ByFamily) {
        lanesAfterRowChange();
        emit dataChanged(index(first), index(last), { FamilyRole, LaneKeyRole, Qt::DisplayRole });
    } else {
        emit dataChanged(index(first), index(last), { FamilyRole });
    }
}

void TimelineModel::rebuildRowIndex()
{
    m_rowById.clear();
    m_rowById.reserve(m_dated.size());
    for (int row = 0; row < m_dated.size(); ++row)
        m_rowById.insert(m_dated.at(row).statementId, row);
}

void TimelineModel::lanesAfterRowChange()
{
    const QStringList old = m_lanes;
    rebuildLanes();
    // A lane that came or went renumbers the lanes after it, on every row.
    if (old != m_lanes && !m_dated.isEmpty())
        emit dataChanged(index(0), index(rowCount() - 1), { LaneIndexRole });
}

int TimelineModel::rowForStatement(qint64 statementId) const
{
    return m_rowById.value(statementId, -1);
}

void TimelineModel::setLaneMode(LaneMode mode)
{
    if (mode == m_laneMode)
        return;
    m_laneMode = mode;
    rebuildLanes();
    if (!m_dated.isEmpty())
        emit dataChanged(index(0), index(rowCount() - 1), { LaneKeyRole, LaneIndexRole });
    emit laneModeChanged(mode);
}

QString TimelineModel::unknownLaneLabel()
{
    return tr("(unknown)");
}

QString TimelineModel::laneKey(const TimelineEntry& entry) const
{
    const QString* key = &entry.speaker;
    if (m_laneMode == LaneMode::ByFamily)
        key = &entry.family;
    else if (m_laneMode == LaneMode::ByEvent)
        key = &entry.event;
    return key->isEmpty() ? unknownLaneLabel() : *key;
}

void TimelineModel::rebuildLanes()
{
    m_lanes.clear();
    m_laneIndex.clear();
    bool hasUnknown = false;
    const QString unknown = unknownLaneLabel();
    QHash<QString, int> seen;
    for (const TimelineEntry& e : std::as_const(m_dated)) {
        const QString key = laneKey(e);
        if (key == unknown) {
            hasUnknown = true;
            continue;
        }
        if (!seen.contains(key)) {
            seen.insert(key, 0);
            m_lanes.append(key);
        }
    }
    std::sort(m_lanes.begin(), m_lanes.end(),
        [](const QString& a, const QString& b) { return QString::localeAwareCompare(a, b) < 0; });
    if (hasUnknown)
        m_lanes.append(unknown);
    for (int i = 0; i < m_lanes.size(); ++i)
        m_laneIndex.insert(m_lanes.at(i), i);
}

QDate TimelineModel::firstDate() const
{
    return m_dated.isEmpty() ? QDate() : m_dated.constFirst().date;
}

QDate TimelineModel::lastDate() const
{
    return m_dated.isEmpty() ? QDate() : m_dated.constLast().date;
}

int TimelineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_dated.size());
}

QVariant TimelineModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimelineEntry& e = m_dated.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1 — %2: %3").arg(e.date.toString(Qt::ISODate), laneKey(e), e.firstWords);
    case Qt::ToolTipRole: {
        QString tip
            = QStringLiteral("%1\n%2 · %3\n%4")
                  .arg(e.speaker.isEmpty() ? unknownLaneLabel() : e.speaker,
                      e.when.isEmpty() ? e.date.toString(Qt::ISODate) : e.when, e.source, e.firstWords);
        if (!e.evidence.isEmpty())
            tip += QLatin1Char('\n') + e.evidence;
        return tip;
    }
    case StatementIdRole:
        return e.statementId;
    case DateRole:
        return e.date;
    case SpeakerRole:
        return e.speaker;
    case SourceRole:
        return e.source;
    case FamilyRole:
        return e.family;
    case EventRole:
        return e.event;
    case KindRole:
        return static_cast<int>(e.kind);
    case FirstWordsRole:
        return e.firstWords;
    case TagsRole:
        return e.tags;
    case LaneKeyRole:
        return laneKey(e);
    case LaneIndexRole:
        return m_laneIndex.value(laneKey(e), -1);
    case DateFromRole:
        return e.dateFrom.isValid() ? e.dateFrom : e.date;
    case EvidenceRole:
        return e.evidence;
    default:
        return {};
    }
}

QHash<int, QByteArray> TimelineModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(StatementIdRole, "statementId");
    names.insert(DateRole, "date");
    names.insert(DateFromRole, "dateFrom");
    names.insert(EvidenceRole, "evidence");
    names.insert(SpeakerRole, "speaker");
    names.insert(SourceRole, "source");
    names.insert(FamilyRole, "family");
    names.insert(EventRole, "event");
    names.insert(KindRole, "kind");
    names.insert(FirstWordsRole, "firstWords");
    names.insert(TagsRole, "tags");
    names.insert(LaneKeyRole, "laneKey");
    names.insert(LaneIndexRole, "laneIndex");
    return names;
}

} // namespace ql
