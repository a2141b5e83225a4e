#include "models/timeline/TimelineModel.h"

#include <algorithm>

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
    m_rowById.reserve(m_dated.size());
    for (int row = 0; row < m_dated.size(); ++row)
        m_rowById.insert(m_dated.at(row).statementId, row);
    rebuildLanes();
    endResetModel();
    if (oldUndated != undatedCount())
        emit undatedCountChanged(undatedCount());
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
