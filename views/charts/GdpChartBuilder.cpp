#include "views/charts/GdpChartBuilder.h"

#include "models/charts/ChartPlacement.h"
#include "views/charts/ColorPalette.h"
#include "views/charts/SeriesNames.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace ql {

namespace {

QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("ql::GdpChartBuilder", text, nullptr, n);
}

QString shorten(const QString& text, int max)
{
    const QString t = text.simplified();
    return t.size() <= max ? t : t.left(max - 1) + QChar(0x2026);
}

QString percentText(double percent)
{
    return QLocale().toString(percent, 'g', 3) + QStringLiteral(" %");
}

} // namespace

ChartSpec GdpChartBuilder::build(const QVector<GdpTargetPoint>& points, const Options& options) const
{
    const QSet<QString> speakers(options.speakers.cbegin(), options.speakers.cend());
    const bool byTarget = options.mode == Mode::ByTargetYear;
    const bool byActor = options.seriesBy == SeriesBy::Actor;
    const QString unknown = byActor ? tr("(not named)") : tr("(unknown)");
    auto keyOf = [&](const GdpTargetPoint* p) {
        const QString& k = byActor ? p->actor : p->speaker;
        return k.trimmed().isEmpty() ? unknown : k;
    };

    ChartSpec spec;
    spec.title = options.title.isEmpty() ? (byTarget ? tr("Defence spending targets (share of GDP)")
                                                     : tr("Stated defence spending shares of GDP"))
                                         : options.title;
    spec.style = ChartSpec::Style::LinesAndPoints;
    spec.xAxis = byTarget ? ChartSpec::XAxis::Number : ChartSpec::XAxis::Date;
    spec.xTitle = byTarget ? tr("Target year") : tr("Date stated");
    spec.yTitle = tr("% of GDP");
    spec.xLabelFormat = QStringLiteral("%d");

    QVector<const GdpTargetPoint*> kept;
    int noTarget = 0;
    int noDate = 0;
    for (const GdpTargetPoint& p : points) {
        if (!speakers.isEmpty() && !speakers.contains(p.speaker))
            continue;
        if (byTarget && p.targetYear <= 0) {
            ++noTarget;
            continue;
        }
        if (!byTarget && !p.statedOn.isValid()) {
            ++noDate;
            continue;
        }
        kept.append(&p);
    }

    QStringList keys;
    keys.reserve(kept.size());
    for (const GdpTargetPoint* p : std::as_const(kept))
        keys.append(keyOf(p));
    const SeriesNames series(keys, unknown);
    for (int i = 0; i < series.names().size(); ++i) {
        const QString& name = series.names().at(i);
        // Nobody's targets, or a pool of several actors, are no one's trajectory: points only.
        const bool joined = name != unknown && name != SeriesNames::otherName();
        spec.series.append(ChartSpec::Series { name, ColorPalette::color(i), {}, joined });
    }
    if (series.pooledKeys() > 0)
        spec.footnotes.append(
            tr("%n smaller series pooled as “%1”", series.pooledKeys()).arg(SeriesNames::otherName()));

    double maxPercent = 0.0;
    for (const GdpTargetPoint* p : std::as_const(kept)) {
        const QString name = keyOf(p);
        ChartSpec::Point pt;
        if (byTarget) {
            pt.x = static_cast<double>(p->targetYear);
        } else {
            const ChartPlacement::Span span = ChartPlacement::span(p->said, p->onArticleDate, p->statedOn);
            pt.x = span.x;
            pt.xFrom = span.from;
            pt.xTo = span.to;
        }
        pt.y = p->percent;
        pt.statementIds.append(p->statementId);
        pt.origins.append(
            ChartSpec::Origin { p->figureId, p->statementId, p->articleId, p->start, p->end, p->source });
        maxPercent = std::max(maxPercent, p->percent);
        QString headline = percentText(p->percent);
        if (p->targetYear > 0)
            headline += tr(" by %1").arg(p->targetYear);
        pt.label = QStringLiteral("%1 — %2\n%3")
                       .arg(name, headline, ChartPlacement::describe(p->said, p->onArticleDate, p->statedOn));
        const QString other = byActor ? p->speaker : p->actor;
        if (!other.trimmed().isEmpty())
            pt.label += QLatin1Char('\n') + (byActor ? tr("Speaker: %1") : tr("Who commits: %1")).arg(other);
        pt.label += QLatin1Char('\n') + shorten(p->text, 160);
        spec.series[series.indexOf(name)].points.append(pt);
    }
    int drawn = 0;
    for (ChartSpec::Series& s : spec.series) {
        std::stable_sort(s.points.begin(), s.points.end(),
            [](const ChartSpec::Point& a, const ChartSpec::Point& b) { return a.x < b.x; });
        // The same share for the same year, stated again and again, is one point that names every
        // statement behind it: thousands of identical marks would only slow the chart down.
        QVector<ChartSpec::Point> merged;
        for (const ChartSpec::Point& p : std::as_const(s.points)) {
            ChartSpec::Point* same = nullptr;
            for (qsizetype i = merged.size() - 1; i >= 0 && merged.at(i).x == p.x; --i)
                if (merged.at(i).y == p.y)
                    same = &merged[i];
            if (!same) {
                merged.append(p);
                continue;
            }
            same->statementIds += p.statementIds;
            same->origins += p.origins;
        }
        for (ChartSpec::Point& p : merged) {
            if (p.statementIds.size() <= 1)
                continue;
            QStringList sources;
            for (const ChartSpec::Origin& o : std::as_const(p.origins))
                if (!o.source.isEmpty() && !sources.contains(o.source))
                    sources.append(o.source);
            p.label += QLatin1Char('\n') + tr("(stated %n times)", int(p.statementIds.size()));
            if (sources.size() > 1)
                p.label += QLatin1Char('\n') + tr("Reported by %n source(s): ", int(sources.size()))
                    + sources.join(QStringLiteral("; "));
        }
        s.points = merged;
        drawn += int(merged.size());
    }
    spec.pointLabels = drawn <= 40;
    spec.yLabelFormat = maxPercent >= 20.0 ? QStringLiteral("%.0f") : QStringLiteral("%.1f");

    if (noTarget > 0)
        spec.footnotes.append(tr("%n share(s) without a target year left out", noTarget));
    if (noDate > 0)
        spec.footnotes.append(tr("%n share(s) without a date left out", noDate));

    spec.csvHeader = QStringList { QStringLiteral("statement_id"), QStringLiteral("stated_on"),
        QStringLiteral("speaker"), QStringLiteral("percent"), QStringLiteral("target_year"),
        QStringLiteral("text"), QStringLiteral("said_from"), QStringLiteral("said_to"),
        QStringLiteral("date_basis"), QStringLiteral("actor"), QStringLiteral("source") };
    for (const GdpTargetPoint* p : std::as_const(kept)) {
        spec.csvRows.append(QStringList { QString::number(p->statementId), p->statedOn.toString(Qt::ISODate),
            p->speaker, QString::number(p->percent, 'g', 6),
            p->targetYear > 0 ? QString::number(p->targetYear) : QString(), p->text.simplified(),
            p->said.from.toString(Qt::ISODate), p->said.to.toString(Qt::ISODate),
            p->onArticleDate ? QStringLiteral("article") : QStringLiteral("said"), p->actor, p->source });
    }
    return spec;
}

} // namespace ql
