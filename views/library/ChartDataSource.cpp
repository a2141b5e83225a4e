#include "ChartDataSource.h"

#include "store/Store.h"

namespace ql {

QVector<MoneyPoint> ChartDataSource::moneyPoints(const Store& store)
{
    QVector<MoneyPoint> out;
    const auto rows = store.figureRows(QStringLiteral("money"));
    out.reserve(rows.size());
    for (const FigureRow& r : rows) {
        MoneyPoint p;
        p.statementId = r.figure.statementId;
        p.date = r.date;
        p.speaker = r.speaker;
        p.subject = r.figure.subject;
        p.source = r.source;
        p.value = r.figure.value;
        p.currency = r.figure.currency;
        p.text = r.sentence;
        out.append(p);
    }
    return out;
}

QVector<GdpTargetPoint> ChartDataSource::gdpPoints(const Store& store)
{
    QVector<GdpTargetPoint> out;
    const auto rows = store.figureRows(QStringLiteral("gdp_share"));
    out.reserve(rows.size());
    for (const FigureRow& r : rows) {
        GdpTargetPoint p;
        p.statementId = r.figure.statementId;
        p.statedOn = r.date;
        // A target nobody is quoted stating is still its outlet's claim; an article's title would
        // make a series of its own for every article.
        p.speaker = r.speaker.isEmpty() ? r.publisher : r.speaker;
        p.percent = r.figure.value;
        p.targetYear = r.figure.year;
        p.text = r.sentence;
        out.append(p);
    }
    return out;
}

} // namespace ql
