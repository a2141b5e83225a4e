#pragma once

#include "models/timeline/TimelineEntry.h"

#include <QVector>

namespace ql {

class FamilyIndex;
class Store;

// Builds the timeline's entries from the store's statements, with lanes keyed by speaker,
// variant family and event (the article a statement was reported in).
class TimelineDataSource
{
public:
    static QVector<TimelineEntry> entries(const Store& store, const FamilyIndex* families);
};

} // namespace ql
