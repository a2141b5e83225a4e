#include "models/library/AnalysisSnapshot.h"

#include "core/store/Store.h"
#include "models/library/ChartDataSource.h"
#include "models/library/TimelineDataSource.h"

namespace ql {

AnalysisSnapshot AnalysisSnapshot::read(const QString& path, const QHash<qint64, qint64>& familyOf)
{
    AnalysisSnapshot out;
    Store store;
    out.error = store.openForReadingOnly(path);
    if (out.error.isError())
        return out;
    out.entries = TimelineDataSource::entries(
        store, [&familyOf](qint64 id) { return familyOf.value(id); }, &out.laneNames);
    out.money = ChartDataSource::moneyPoints(store);
    out.gdp = ChartDataSource::gdpPoints(store);
    return out;
}

} // namespace ql
