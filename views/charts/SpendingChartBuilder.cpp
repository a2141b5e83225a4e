#include "views/charts/SpendingChartBuilder.h"

#include "models/charts/ChartPlacement.h"
#include "views/charts/ChartAxisUnits.h"
#include "views/charts/ChartScale.h"
#include "views/charts/ColorPalette.h"
#include "views/charts/SeriesNames.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace ql {

namespace {

QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("ql::SpendingChartBuilder", text, nullptr, n);
}

QString orUnknown(const QString& s)
{
    return s.trimmed().isEmpty() ? tr("(unknown)") : s;
}

QString notNamed()
{
    return tr("(not named)");
}

QString perYearSuffix(bool perYear)
{
    return perYear ? tr(" per year") : QString();
}

QString shorten(const QString& text, int max)
{
    const QString t = text.simplified();
    return t.size() <= max ? t : t.left(max - 1) + QChar(0x2026);
}

enum class Bucket { Day, Month, Quarter, Year };

QString bucketKey(const QDate& d, Bucket b)
{
    switch (b) {
    case Bucket::Day:
        return d.toString(Qt::ISODate);
    case Bucket::Month:
        return d.toString(QStringLiteral("yyyy-MM"));
    case Bucket::Quarter:
        return QStringLiteral("%1 Q%2").arg(d.year()).arg((d.month() - 1) / 3 + 1);
    case Bucket::Year:
        return QString::number(d.year());
    }
    return {};
}

struct Row
{
    const MoneyPoint* figure = nullptr;
    double value = 0.0; // in the chart's currency, not yet divided
    QString currency;
    std::optional<CurrencyTable::Rate> rate;
    QString series;
};

} // namespace

SpendingChartBuilder::SpendingChartBuilder(CurrencyTable rates)
    : m_rates(std::move(rates))
{ }

QString SpendingChartBuilder::splitName(Split split)
{
    switch (split) {
    case Split::None:
        return tr("none");
    case Split::Actor:
        return tr("who commits");
    case Split::Speaker:
        return tr("speaker");
    case Split::Subject:
        return tr("purpose");
    case Split::Source:
        return tr("source");
    case Split::Currency:
        return tr("currency");
    }
    return {};
}

ChartSpec SpendingChartBuilder::build(const QVector<MoneyPoint>& figures, const Options& options) const
{
    const QSet<QString> speakers(options.speakers.cbegin(), options.speakers.cend());
    const QSet<QString> subjects(options.subjects.cbegin(), options.subjects.cend());
    const QSet<QString> actors(options.actors.cbegin(), options.actors.cend());
    const QSet<QString> sources(options.sources.cbegin(), options.sources.cend());

    QVector<Row> rows;
    rows.reserve(figures.size());
    int undated = 0;
    QMap<QString, int> unconvertible;
    QSet<QString> currenciesSeen;
    for (const MoneyPoint& f : figures) {
        if ((!speakers.isEmpty() && !speakers.contains(f.speaker))
            || (!subjects.isEmpty() && !subjects.contains(f.subject))
            || (!actors.isEmpty() && !actors.contains(f.actor))
            || (!sources.isEmpty() && !sources.contains(f.source)))
            continue;
        if (!f.date.isValid()) {
            ++undated;
            continue;
        }
        Row r;
        r.figure = &f;
        const QString code = f.currency.trimmed().toUpper();
        if (options.normaliseToEur) {
            r.rate = m_rates.rateFor(code, f.date);
            if (!r.rate) {
                ++unconvertible[code.isEmpty() ? tr("(no currency)") : code];
                continue;
            }
            r.value = f.value * r.rate->eurPerUnit;
            r.currency = QStringLiteral("EUR");
        } else {
            r.value = f.value;
            r.currency = code.isEmpty() ? tr("(no currency)") : code;
        }
        currenciesSeen.insert(code);
        QString key;
        switch (options.split) {
        case Split::None:
            key = options.normaliseToEur ? tr("All figures") : QString();
            break;
        case Split::Actor:
            key = f.actor.trimmed().isEmpty() ? notNamed() : f.actor;
            break;
        case Split::Speaker:
            key = orUnknown(f.speaker);
            break;
        case Split::Subject:
            key = orUnknown(f.subject);
            break;
        case Split::Source:
            key = orUnknown(f.source);
            break;
        case Split::Currency:
            key = code.isEmpty() ? tr("(no currency)") : code;
            break;
        }
        // Amounts in different currencies never share a series unless they were converted.
        if (!options.normaliseToEur && options.split != Split::Currency)
            key = key.isEmpty() ? r.currency : QStringLiteral("%1 (%2)").arg(key, r.currency);
        // A yearly rate never shares a series with one-off sums: the two do not add up.
        if (f.perYear)
            key = key.isEmpty() ? tr("per year") : tr("%1 (per year)").arg(key);
        r.series = key;
        rows.append(r);
    }

    ChartSpec spec;
    const QString unitCurrency = options.normaliseToEur
        ? QStringLiteral("EUR")
        : (currenciesSeen.size() == 1 ? *currenciesSeen.cbegin() : tr("original currency"));
    spec.title = options.title.isEmpty()
        ? (options.normaliseToEur ? tr("Defence spending figures (EUR)") : tr("Defence spending figures"))
        : options.title;
    spec.style = options.style == ChartSpec::Style::Bars ? ChartSpec::Style::Bars : ChartSpec::Style::Points;
    if (spec.style == ChartSpec::Style::Points && options.maxPoints > 0 && rows.size() > options.maxPoints) {
        spec.style = ChartSpec::Style::Bars;
        spec.footnotes.append(tr("%n figures are too many to draw one by one: summed per period. Filter "
                                 "or pick a period on the timeline to see them as points.",
            int(rows.size())));
    }
    spec.xAxis = spec.style == ChartSpec::Style::Bars ? ChartSpec::XAxis::Category : ChartSpec::XAxis::Date;
    spec.xTitle = tr("Date stated");

    QStringList keys;
    keys.reserve(rows.size());
    for (const Row& r : std::as_const(rows))
        keys.append(r.series);
    const SeriesNames series(keys, options.split == Split::Actor ? notNamed() : tr("(unknown)"));
    const QStringList& names = series.names();
    for (int i = 0; i < names.size(); ++i)
        spec.series.append(ChartSpec::Series { names.at(i), ColorPalette::color(i), {}, false });
    if (series.pooledKeys() > 0)
        spec.footnotes.append(
            tr("%n smaller series pooled as “%1”", series.pooledKeys()).arg(SeriesNames::otherName()));

    double maxAbs = 0.0;
    // Points style: the group (its first row) each row was merged into, with its size and sources.
    QHash<const Row*, const Row*> groupOf;
    QHash<const Row*, int> groupSize;
    QHash<const Row*, QString> groupSources;
    if (spec.style == ChartSpec::Style::Bars) {
        // Few distinct dates get a bar each; otherwise the widest period that keeps the bars countable.
        QSet<QString> days, months, quarters;
        for (const Row& r : std::as_const(rows)) {
            days.insert(bucketKey(r.figure->date, Bucket::Day));
            months.insert(bucketKey(r.figure->date, Bucket::Month));
            quarters.insert(bucketKey(r.figure->date, Bucket::Quarter));
        }
        // Label widths decide the limits: a row of full dates gets crowded sooner than a row of years.
        const Bucket bucket = days.size() <= 12 ? Bucket::Day
            : months.size() <= 18               ? Bucket::Month
            : quarters.size() <= 24             ? Bucket::Quarter
                                                : Bucket::Year;
        QMap<QString, int> categoryIndex;
        for (const Row& r : std::as_const(rows))
            categoryIndex.insert(bucketKey(r.figure->date, bucket), 0);
        int ci = 0;
        for (auto it = categoryIndex.begin(); it != categoryIndex.end(); ++it) {
            it.value() = ci++;
            // Keys sort chronologically; months read better spelled out.
            spec.categories.append(bucket == Bucket::Month
                    ? QLocale().toString(QDate::fromString(it.key() + QStringLiteral("-01"), Qt::ISODate),
                        QStringLiteral("MMM yyyy"))
                    : it.key());
        }
        // Sums of one unit stack into a total per period; amounts in different currencies stand side by side.
        spec.stacked = options.normaliseToEur || currenciesSeen.size() <= 1;
        // sums[series][category] with the contributing rows
        QVector<QVector<QVector<const Row*>>> cells(names.size(), QVector<QVector<const Row*>>(ci));
        for (const Row& r : std::as_const(rows))
            cells[series.indexOf(r.series)][categoryIndex.value(bucketKey(r.figure->date, bucket))].append(
                &r);
        for (int s = 0; s < names.size(); ++s) {
            for (int c = 0; c < ci; ++c) {
                QVector<const Row*>& cell = cells[s][c];
                if (cell.isEmpty())
                    continue;
                std::sort(cell.begin(), cell.end(),
                    [](const Row* a, const Row* b) { return std::abs(a->value) > std::abs(b->value); });
                ChartSpec::Point p;
                p.x = c;
                double sum = 0.0;
                int onArticleDate = 0;
                for (const Row* r : std::as_const(cell)) {
                    sum += r->value;
                    p.statementIds.append(r->figure->statementId);
                    const MoneyPoint& m = *r->figure;
                    p.origins.append(ChartSpec::Origin {
                        m.figureId, m.statementId, m.articleId, m.start, m.end, m.source });
                    onArticleDate += r->figure->onArticleDate ? 1 : 0;
                }
                p.y = sum;
                maxAbs = std::max(maxAbs, std::abs(sum));
                p.label = QStringLiteral("%1 — %2\n%3 (%4 figure(s))")
                              .arg(names.at(s), spec.categories.at(c),
                                  ChartAxisUnits::formatMoney(sum, unitCurrency))
                              .arg(cell.size());
                if (onArticleDate > 0)
                    p.label += QLatin1Char('\n')
                        + tr("%n of them on the article's date: no window of their own", onArticleDate);
                p.label += QStringLiteral("\n") + shorten(cell.first()->figure->text, 160);
                spec.series[s].points.append(p);
            }
        }
        spec.xTitle = bucket == Bucket::Day ? tr("Date stated")
            : bucket == Bucket::Month       ? tr("Month stated")
            : bucket == Bucket::Quarter     ? tr("Quarter stated")
                                            : tr("Year stated");
    } else {
        // Repeats first: rows of one series, amount, currency and rate within RepeatWindowDays of
        // the group's first report are one group, in date order.
        QVector<const Row*> order;
        order.reserve(rows.size());
        for (const Row& r : std::as_const(rows))
            order.append(&r);
        std::stable_sort(order.begin(), order.end(),
            [](const Row* a, const Row* b) { return a->figure->date < b->figure->date; });
        QVector<QVector<const Row*>> allGroups;
        QHash<QString, int> lastGroupOfKey;
        for (const Row* r : std::as_const(order)) {
            const MoneyPoint& f = *r->figure;
            const QString key = QStringLiteral("%1\x1f%2\x1f%3\x1f%4\x1f%5")
                                    .arg(r->series, f.currency.toUpper(), QString::number(f.value, 'g', 4))
                                    .arg(f.perYear ? 1 : 0)
                                    .arg(f.actor);
            const auto last = lastGroupOfKey.constFind(key);
            if (last != lastGroupOfKey.cend()
                && allGroups.at(last.value()).first()->figure->date.daysTo(f.date) <= RepeatWindowDays) {
                allGroups[last.value()].append(r);
                continue;
            }
            lastGroupOfKey.insert(key, int(allGroups.size()));
            allGroups.append(QVector<const Row*> { r });
        }
        for (const QVector<const Row*>& g : std::as_const(allGroups)) {
            const QVector<const Row*>* group = &g;
            const Row& r = *group->first();
            const MoneyPoint& f = *r.figure;
            ChartSpec::Point p;
            const ChartPlacement::Span span = ChartPlacement::span(f.said, f.onArticleDate, f.date);
            p.x = span.x;
            p.xFrom = span.from;
            p.xTo = span.to;
            p.y = r.value;
            QStringList reporters;
            for (const Row* member : *group) {
                const MoneyPoint& m = *member->figure;
                if (m.statementId > 0 && !p.statementIds.contains(m.statementId))
                    p.statementIds.append(m.statementId);
                p.origins.append(
                    ChartSpec::Origin { m.figureId, m.statementId, m.articleId, m.start, m.end, m.source });
                const QString source = orUnknown(m.source);
                if (!reporters.contains(source))
                    reporters.append(source);
            }
            if (p.statementIds.isEmpty())
                p.statementIds.append(0); // a figure outside every statement: its origin says where
            maxAbs = std::max(maxAbs, std::abs(r.value));
            const QString who = f.actor.isEmpty() ? notNamed() : f.actor;
            p.label = QStringLiteral("%1 — %2%3\n%4")
                          .arg(who, ChartAxisUnits::formatMoney(f.value, f.currency.toUpper()),
                              perYearSuffix(f.perYear),
                              ChartPlacement::describe(f.said, f.onArticleDate, f.date));
            if (options.normaliseToEur && r.figure->currency.toUpper() != QLatin1String("EUR"))
                p.label += QStringLiteral(" (≈ %1%2)")
                               .arg(ChartAxisUnits::formatMoney(r.value, QStringLiteral("EUR")),
                                   perYearSuffix(f.perYear));
            if (!f.speaker.isEmpty())
                p.label += QLatin1Char('\n') + tr("Speaker: %1").arg(f.speaker);
            if (!f.subject.isEmpty())
                p.label += QLatin1Char('\n') + tr("For: %1").arg(f.subject);
            const QString sourceList = reporters.join(QStringLiteral("; "));
            const QString sourceLine = reporters.size() > 1 || group->size() > 1
                ? QString(tr("Reported by %n source(s): ", int(reporters.size())) + sourceList)
                : tr("Source: %1").arg(sourceList);
            p.label += QLatin1Char('\n') + sourceLine;
            p.label += QLatin1Char('\n') + shorten(r.figure->text, 160);
            spec.series[series.indexOf(r.series)].points.append(p);
            groupSize.insert(&r, int(group->size()));
            for (const Row* member : *group) {
                groupOf.insert(member, &r);
                groupSources.insert(&r, reporters.join(QStringLiteral("; ")));
            }
        }
        for (ChartSpec::Series& s : spec.series) {
            std::stable_sort(s.points.begin(), s.points.end(),
                [](const ChartSpec::Point& a, const ChartSpec::Point& b) { return a.x < b.x; });
        }
    }

    const ChartAxisUnits units(maxAbs);
    spec.yDivisor = units.divisor();
    spec.yLabelFormat = units.labelFormat(maxAbs);
    for (ChartSpec::Series& s : spec.series) {
        for (ChartSpec::Point& p : s.points)
            p.y /= spec.yDivisor;
    }
    spec.yTitle
        = units.suffix().isEmpty() ? unitCurrency : QStringLiteral("%1 %2").arg(unitCurrency, units.suffix());
    bool anyRate = false;
    for (const Row& r : std::as_const(rows))
        anyRate = anyRate || r.figure->perYear;
    if (anyRate)
        spec.footnotes.append(tr("Series marked “(per year)” are yearly rates, not one-off sums."));
    ChartScale::apply(spec, options.wideRange);

    if (options.normaliseToEur) {
        QMap<QString, QString> used; // "USD 2023-12-31" -> text, sorted
        for (const Row& r : std::as_const(rows)) {
            const QString code = r.figure->currency.trimmed().toUpper();
            if (code == QLatin1String("EUR") || !r.rate)
                continue;
            used.insert(code + r.rate->asOf.toString(Qt::ISODate),
                QStringLiteral("%1 %2 (%3)")
                    .arg(code, QString::number(r.rate->eurPerUnit, 'g', 4),
                        r.rate->asOf.toString(Qt::ISODate)));
        }
        if (!used.isEmpty())
            spec.footnotes.append(
                tr("Converted to EUR per unit at approximate annual-average rates (as of): ")
                + QStringList(used.values()).join(QStringLiteral("; ")));
    }
    for (auto it = unconvertible.cbegin(); it != unconvertible.cend(); ++it)
        spec.footnotes.append(
            tr("%n figure(s) in %1 left out: no conversion rate", it.value()).arg(it.key()));
    if (undated > 0)
        spec.footnotes.append(tr("%n figure(s) without a date left out", undated));

    spec.csvHeader = QStringList { QStringLiteral("statement_id"), QStringLiteral("date"),
        QStringLiteral("speaker"), QStringLiteral("subject"), QStringLiteral("source"),
        QStringLiteral("value"), QStringLiteral("currency"), QStringLiteral("eur_per_unit"),
        QStringLiteral("rate_as_of"), QStringLiteral("value_eur"), QStringLiteral("series"),
        QStringLiteral("text"), QStringLiteral("said_from"), QStringLiteral("said_to"),
        QStringLiteral("date_basis"), QStringLiteral("actor"), QStringLiteral("per_year"),
        QStringLiteral("reported_by_sources"), QStringLiteral("all_sources") };
    for (const Row& r : std::as_const(rows)) {
        const MoneyPoint& f = *r.figure;
        const Row* first = groupOf.value(&r, &r);
        const int reports = groupSize.value(first, 1);
        const QString allSources = groupSources.value(first, f.source);
        spec.csvRows.append(QStringList { QString::number(f.statementId), f.date.toString(Qt::ISODate),
            f.speaker, f.subject, f.source, QString::number(f.value, 'f', 2), f.currency.toUpper(),
            r.rate ? QString::number(r.rate->eurPerUnit, 'g', 8) : QString(),
            r.rate ? r.rate->asOf.toString(Qt::ISODate) : QString(),
            r.rate ? QString::number(r.value, 'f', 2) : QString(), r.series, f.text.simplified(),
            f.said.from.toString(Qt::ISODate), f.said.to.toString(Qt::ISODate),
            f.onArticleDate ? QStringLiteral("article") : QStringLiteral("said"), f.actor,
            f.perYear ? QStringLiteral("1") : QStringLiteral("0"), QString::number(reports), allSources });
    }
    return spec;
}

} // namespace ql
