#include "views/timeline/TimelineData.h"

#include "models/timeline/TimeScale.h"
#include "models/timeline/TimelineModel.h"

#include <QAbstractProxyModel>
#include <QHash>
#include <QPair>

#include <algorithm>

namespace ql {

TimelineData TimelineData::fromModel(const QAbstractItemModel* model)
{
    TimelineData d;
    const int rows = model ? model->rowCount() : 0;
    d.items.reserve(rows);
    QHash<QString, int> laneOf;
    QVector<QPair<int, QString>> laneOrder; // (LaneIndexRole, key) to sort lanes like the model does
    // Read entries straight from the TimelineModel when the chain allows it: 100,000 QVariant round trips
    // per role would dominate a filter change.
    QVector<const QAbstractProxyModel*> chain;
    const QAbstractItemModel* m = model;
    while (const auto* proxy = qobject_cast<const QAbstractProxyModel*>(m)) {
        chain.append(proxy);
        m = proxy->sourceModel();
    }
    const auto* tm = qobject_cast<const TimelineModel*>(m);
    QHash<QString, int> sourceLaneIndex;
    if (tm) {
        for (int i = 0; i < tm->lanes().size(); ++i)
            sourceLaneIndex.insert(tm->lanes().at(i), i);
    }
    for (int row = 0; row < rows; ++row) {
        TimelineItem it;
        QString laneKey;
        int laneRank = 0;
        QDate date;
        QDate dateFrom;
        if (tm) {
            QModelIndex idx = model->index(row, 0);
            for (const QAbstractProxyModel* proxy : std::as_const(chain))
                idx = proxy->mapToSource(idx);
            const TimelineEntry& e = tm->entry(idx.row());
            it.id = e.statementId;
            date = e.date;
            dateFrom = e.dateFrom;
            it.when = e.when;
            it.evidence = e.evidence;
            it.kind = e.kind;
            it.speaker = e.speaker;
            it.source = e.source;
            it.firstWords = e.firstWords;
            laneKey = tm->laneKey(e);
            laneRank = sourceLaneIndex.value(laneKey, 0);
        } else {
            const QModelIndex idx = model->index(row, 0);
            it.id = idx.data(TimelineModel::StatementIdRole).toLongLong();
            date = idx.data(TimelineModel::DateRole).toDate();
            dateFrom = idx.data(TimelineModel::DateFromRole).toDate();
            it.evidence = idx.data(TimelineModel::EvidenceRole).toString();
            it.kind = static_cast<StatementKind>(idx.data(TimelineModel::KindRole).toInt());
            it.speaker = idx.data(TimelineModel::SpeakerRole).toString();
            it.source = idx.data(TimelineModel::SourceRole).toString();
            it.firstWords = idx.data(TimelineModel::FirstWordsRole).toString();
            laneKey = idx.data(TimelineModel::LaneKeyRole).toString();
            laneRank = idx.data(TimelineModel::LaneIndexRole).toInt();
        }
        // A row without a date is never placed; the model keeps those aside anyway.
        it.jd = date.isValid() ? static_cast<int>(date.toJulianDay()) : 0;
        it.jdFrom = dateFrom.isValid() && dateFrom < date ? static_cast<int>(dateFrom.toJulianDay()) : it.jd;
        auto found = laneOf.constFind(laneKey);
        if (found == laneOf.constEnd()) {
            found = laneOf.insert(laneKey, static_cast<int>(laneOrder.size()));
            laneOrder.append({ laneRank, laneKey });
        }
        it.lane = found.value();
        d.items.append(it);
    }
    // Lanes in the model's order; remap the provisional lane numbers.
    QVector<int> order(laneOrder.size());
    for (int i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        if (laneOrder.at(a).first != laneOrder.at(b).first)
            return laneOrder.at(a).first < laneOrder.at(b).first;
        return QString::localeAwareCompare(laneOrder.at(a).second, laneOrder.at(b).second) < 0;
    });
    QVector<int> remap(order.size());
    for (int i = 0; i < order.size(); ++i) {
        remap[order.at(i)] = i;
        d.laneNames.append(laneOrder.at(order.at(i)).second);
    }
    d.laneItems.resize(d.laneNames.size());
    d.laneJd.resize(d.laneNames.size());
    d.byDate.reserve(d.items.size());
    for (int i = 0; i < d.items.size(); ++i) {
        TimelineItem& it = d.items[i];
        if (it.jd == 0)
            continue;
        it.lane = remap.at(it.lane);
        d.laneItems[it.lane].append(i);
        d.byDate.append(i);
    }
    const auto byJd = [&d](int a, int b) { return d.items.at(a).jd < d.items.at(b).jd; };
    std::stable_sort(d.byDate.begin(), d.byDate.end(), byJd);
    d.posByDate.fill(-1, d.items.size());
    d.posInLane.fill(-1, d.items.size());
    for (int i = 0; i < d.byDate.size(); ++i)
        d.posByDate[d.byDate.at(i)] = i;
    for (int l = 0; l < d.laneItems.size(); ++l) {
        QVector<int>& lane = d.laneItems[l];
        std::stable_sort(lane.begin(), lane.end(), byJd);
        QVector<int>& jds = d.laneJd[l];
        jds.resize(lane.size());
        for (int i = 0; i < lane.size(); ++i) {
            jds[i] = d.items.at(lane.at(i)).jd;
            d.posInLane[lane.at(i)] = i;
        }
    }
    return d;
}

int TimelineData::itemOf(qint64 statementId) const
{
    for (int i = 0; i < items.size(); ++i) {
        if (items.at(i).id == statementId && items.at(i).jd != 0)
            return i;
    }
    return -1;
}

bool TimelineData::fit(TimeScale& scale) const
{
    if (byDate.isEmpty())
        return false;
    double first = items.at(byDate.constFirst()).jd;
    const double last = items.at(byDate.constLast()).jd + 1.0;
    // A window drawn as a bar starts before its last day: everything includes its first day.
    for (const TimelineItem& item : items)
        if (item.jd != 0 && item.jdFrom != 0)
            first = std::min(first, double(item.jdFrom));
    const double pad = std::max(PadDays, (last - first) * 0.03);
    scale.setVisibleJulianDays(first - pad, last + pad);
    return true;
}

} // namespace ql
