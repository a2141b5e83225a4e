// Timeline and chart speed with large invented data sets. Run by hand:
//   QT_QPA_PLATFORM=offscreen ./bench_charts [output-dir]
// Budgets (issue 6): timeline with 100,000 statements repaints in < 30 ms and zoom steps stay fast;
// a chart of 10,000 figures renders and exports as PNG in < 1 s. Exit code 1 when a budget is missed.
#include "models/timeline/TimelineFilterProxy.h"
#include "models/timeline/TimelineModel.h"
#include "views/charts/ChartExporter.h"
#include "views/charts/ChartWidget.h"
#include "views/charts/SpendingChartBuilder.h"
#include "views/timeline/TimelineView.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace {

double medianMs(int runs, const std::function<void()>& work)
{
    QVector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        times.append(static_cast<double>(t.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

bool report(const char* what, double ms, double budget)
{
    const bool ok = budget <= 0.0 || ms < budget;
    if (budget > 0.0)
        std::printf("%-52s %9.2f ms   (budget %.0f ms) %s\n", what, ms, budget, ok ? "ok" : "OVER");
    else
        std::printf("%-52s %9.2f ms\n", what, ms);
    return ok;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QString outDir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    bool ok = true;
    QRandomGenerator rng(20240611);

    // 100,000 statements, 40 speakers, ten years, clustered around invented summit weeks.
    QVector<ql::TimelineEntry> entries;
    entries.reserve(100000);
    const QDate start(2015, 1, 1);
    for (int i = 0; i < 100000; ++i) {
        ql::TimelineEntry e;
        e.statementId = i + 1;
        const int base = rng.bounded(3650);
        e.date
            = rng.bounded(4) == 0 ? start.addDays((base / 180) * 180 + rng.bounded(5)) : start.addDays(base);
        e.speaker = QStringLiteral("Speaker %1").arg(rng.bounded(40), 2, 10, QLatin1Char('0'));
        e.source = QStringLiteral("Source %1").arg(rng.bounded(12));
        e.kind = static_cast<ql::StatementKind>(rng.bounded(3));
        e.firstWords = QStringLiteral("Invented statement %1 about readiness and spending").arg(i);
        entries.append(e);
    }
    ql::TimelineModel model;
    ql::TimelineFilterProxy proxy;
    proxy.setSourceModel(&model);
    ql::TimelineView view;
    view.resize(1600, 900);
    QElapsedTimer t;
    t.start();
    model.setEntries(entries);
    view.setModel(&proxy);
    report("timeline: load 100,000 entries (model + view)", static_cast<double>(t.nsecsElapsed()) / 1e6, 0);

    QImage frame(view.size(), QImage::Format_ARGB32_Premultiplied);
    view.fitAll();
    view.render(&frame); // warm-up: layout, fonts
    ok &= report("timeline: repaint, 10 years (density)", medianMs(21, [&] { view.render(&frame); }), 30.0);

    struct Zoom
    {
        const char* name;
        QDate from;
        QDate to;
    };
    const Zoom zooms[] = {
        { "timeline: set range + repaint, 1 year", QDate(2019, 1, 1), QDate(2019, 12, 31) },
        { "timeline: set range + repaint, 3 months", QDate(2019, 4, 1), QDate(2019, 6, 30) },
        { "timeline: set range + repaint, 2 weeks (labels)", QDate(2019, 6, 1), QDate(2019, 6, 14) },
    };
    for (const Zoom& z : zooms) {
        ok &= report(z.name,
            medianMs(11,
                [&] {
                    view.setVisibleRange(z.from, z.to);
                    view.render(&frame);
                }),
            30.0);
        if (!outDir.isEmpty())
            frame.save(outDir + QStringLiteral("/bench-timeline-%1.png").arg(z.from.toString(Qt::ISODate)));
    }
    view.fitAll();
    double factor = 1.25;
    ok &= report("timeline: wheel-size zoom step + repaint",
        medianMs(40,
            [&] {
                view.zoomBy(factor);
                view.render(&frame);
                if (view.timeScale().visibleDays() < 10 || view.timeScale().visibleDays() > 4000)
                    factor = 1.0 / factor;
            }),
        30.0);
    ok &= report("timeline: pan step + repaint",
        medianMs(40,
            [&] {
                view.panBy(7.0);
                view.render(&frame);
            }),
        30.0);
    double proxyMs = 0.0;
    double viewMs = 0.0;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer pt;
        pt.start();
        proxy.setSpeakers({ QStringLiteral("Speaker 04") });
        proxyMs += static_cast<double>(pt.nsecsElapsed()) / 3e6;
        pt.restart();
        view.render(&frame);
        viewMs += static_cast<double>(pt.nsecsElapsed()) / 3e6;
        proxy.setSpeakers({});
        view.render(&frame);
    }
    report("timeline: filter to 1 speaker, proxy only", proxyMs, 0);
    report("timeline: filter to 1 speaker, view rebuild + repaint", viewMs, 0);
    ok &= report("timeline: filter to 3 speakers (proxy + view rebuild)",
        medianMs(5,
            [&] {
                proxy.setSpeakers({ QStringLiteral("Speaker 01"), QStringLiteral("Speaker 02"),
                    QStringLiteral("Speaker 03") });
                view.render(&frame);
                proxy.setSpeakers({});
                view.render(&frame);
            })
            / 2.0,
        0);
    view.fitAll();
    QImage exportImage(QSize(1600, 900), QImage::Format_ARGB32_Premultiplied);
    ok &= report("timeline: export render 1600x900",
        medianMs(11,
            [&] {
                QPainter p(&exportImage);
                view.render(&p, exportImage.size(), QStringLiteral("Statements"));
            }),
        30.0);
    if (!outDir.isEmpty())
        exportImage.save(outDir + QStringLiteral("/bench-timeline-export.png"));

    // 10,000 money figures.
    QVector<ql::MoneyPoint> figures;
    const QStringList currencies { QStringLiteral("EUR"), QStringLiteral("USD"), QStringLiteral("GBP") };
    for (int i = 0; i < 10000; ++i) {
        figures.append(ql::MoneyPoint { i + 1, start.addDays(rng.bounded(3650)),
            QStringLiteral("Speaker %1").arg(rng.bounded(6)), QStringLiteral("ammunition"),
            QStringLiteral("Source"), (1.0 + rng.bounded(400)) * 1e7, currencies.at(rng.bounded(3)),
            QStringLiteral("Invented sentence.") });
    }
    const ql::SpendingChartBuilder builder;
    ql::ChartSpec spec;
    report("chart: build spec from 10,000 figures (EUR)",
        medianMs(5, [&] { spec = builder.build(figures, {}); }), 0);
    QTemporaryDir tmp;
    const QString dir = outDir.isEmpty() ? tmp.path() : outDir;
    int n = 0;
    ql::ChartExporter exporter;
    ok &= report("chart: build + render + export PNG 1600x1000, 10k points",
        medianMs(5,
            [&] {
                ql::ChartExporter::Options o;
                o.size = QSize(1600, 1000);
                o.overwrite = true;
                const ql::ChartSpec s = builder.build(figures, {});
                if (!exporter.exportChart(s, dir + QStringLiteral("/bench-chart-%1.png").arg(n++ % 2), o))
                    std::printf("export failed: %s\n", qPrintable(exporter.errorString()));
            }),
        1000.0);
    ql::SpendingChartBuilder::Options barOptions;
    barOptions.style = ql::ChartSpec::Style::Bars;
    ok &= report("chart: bars + export PNG 1600x1000, 10k figures",
        medianMs(5,
            [&] {
                ql::ChartExporter::Options o;
                o.size = QSize(1600, 1000);
                o.overwrite = true;
                exporter.exportChart(
                    builder.build(figures, barOptions), dir + QStringLiteral("/bench-bars.png"), o);
            }),
        1000.0);
    ok &= report("chart: print PNG 300 dpi (3125x1875), 10k points",
        medianMs(3,
            [&] {
                exporter.exportChart(spec, dir + QStringLiteral("/bench-print.png"), [] {
                    ql::ChartExporter::Options o = ql::ChartExporter::printOptions(QSize(1000, 600), 300);
                    o.overwrite = true;
                    return o;
                }());
            }),
        0);
    ql::ChartWidget widget;
    widget.resize(1400, 900);
    ok &= report("chart: widget setSpec + grab, 10k points",
        medianMs(3,
            [&] {
                widget.setSpec(spec);
                (void)widget.grab();
            }),
        1000.0);
    std::printf("%s\n", ok ? "all budgets met" : "BUDGET MISSED");
    return ok ? 0 : 1;
}
