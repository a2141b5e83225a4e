#pragma once

#include "models/timeline/TimelineEntry.h"

#include <QHash>
#include <QList>
#include <QVector>

#include <functional>

namespace ql {

class FamilyIndex;
class FamilyLaneNames;
class Store;
struct StatementRow;

// Builds the timeline's entries from the store's statements, with lanes keyed by speaker,
// variant family and event (the article a statement was reported in).
class TimelineDataSource
{
public:
    // `laneNames`, when given, keeps the family lane names for the changes that follow.
    static QVector<TimelineEntry> entries(
        const Store& store, const FamilyIndex* families, FamilyLaneNames* laneNames = nullptr);
    // The same with the families given as statement id -> family id (0: none), for a worker thread
    // that may not touch the window's FamilyIndex.
    using FamilyOf = std::function<qint64(qint64)>;
    static QVector<TimelineEntry> entries(
        const Store& store, const FamilyOf& familyOf, FamilyLaneNames* laneNames = nullptr);
    // The entries of these articles and of these statements only, without family lane names
    // (TimelineModel::setFamilies() sets them once the change is in).
    static QVector<TimelineEntry> entriesOf(const Store& store, const QList<qint64>& articleIds,
        const QList<qint64>& statementIds, const FamilyIndex* families);
    // What FamilyLaneNames asks for: the texts of a few statements.
    static QHash<qint64, QString> texts(const Store& store, const QList<qint64>& statementIds);
};

} // namespace ql
