#include "app/cli/ChartExportCommand.h"

#include "app/cli/CliOptions.h"
#include "app/cli/CliSession.h"
#include "core/families/FamilyIndex.h"
#include "core/store/Store.h"
#include "models/library/ChartDataSource.h"
#include "models/library/TimelineDataSource.h"
#include "models/timeline/TimeScale.h"
#include "models/timeline/TimelineModel.h"
#include "views/charts/ChartExporter.h"
#include "views/charts/CurrencyTable.h"
#include "views/charts/GdpChartBuilder.h"
#include "views/charts/SpendingChartBuilder.h"
#include "views/timeline/TimelineData.h"
#include "views/timeline/TimelineRenderer.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QGuiApplication>

namespace ql {

namespace {

// Why: every message of this command says which command it comes from, as it always did.
QString reason(const QString& text)
{
    return QStringLiteral("export-chart: ") + text;
}

bool number(const QCommandLineParser& parser, const QString& option, int min, int max, int* into)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const int n = parser.value(option).toInt(&ok);
    if (!ok || n < min || n > max)
        return false;
    *into = n;
    return true;
}

} // namespace

QString ChartExportCommand::name() const
{
    return QStringLiteral("export-chart");
}

QString ChartExportCommand::summary() const
{
    return QStringLiteral("render a chart to .png, .svg or .pdf (or its data to .csv)");
}

QString ChartExportCommand::arguments() const
{
    return QStringLiteral("--kind figures|gdp|timeline --out FILE");
}

QString ChartExportCommand::details() const
{
    return QStringLiteral("figures: money over time (in EUR at the dated rates unless --native-currency);\n"
                          "gdp: shares of GDP by target year; timeline: statements over time.\n"
                          "An existing FILE is kept unless --overwrite is given.");
}

int ChartExportCommand::sharedOptions() const
{
    return CliOptions::Store;
}

QList<QCommandLineOption> ChartExportCommand::ownOptions() const
{
    return {
        QCommandLineOption(QStringLiteral("kind"), QStringLiteral("figures, gdp or timeline (required)"),
            QStringLiteral("KIND")),
        QCommandLineOption(QStringLiteral("out"),
            QStringLiteral("the file to write: .png, .svg, .pdf or .csv (required)"), QStringLiteral("FILE")),
        QCommandLineOption(QStringLiteral("width"),
            QStringLiteral("width in pixels, 100 to 20000 (default 1200)"), QStringLiteral("W")),
        QCommandLineOption(QStringLiteral("height"),
            QStringLiteral("height in pixels, 100 to 20000 (default 800)"), QStringLiteral("H")),
        QCommandLineOption(QStringLiteral("dpi"), QStringLiteral("resolution, 48 to 1200 (default 96)"),
            QStringLiteral("D")),
        QCommandLineOption(QStringLiteral("filter"),
            QStringLiteral("only these statements; may repeat (gdp reads speaker only)"),
            QStringLiteral("speaker=NAME|source=NAME|subject=NAME|actor=NAME")),
        QCommandLineOption(QStringLiteral("wide-range"),
            QStringLiteral("figures spanning more than 20x: log (default) or split panels"),
            QStringLiteral("log|split")),
        QCommandLineOption(
            QStringLiteral("native-currency"), QStringLiteral("figures in their own currency")),
        QCommandLineOption(QStringLiteral("overwrite"), QStringLiteral("replace FILE if it exists")),
    };
}

QString ChartExportCommand::prepare(const QCommandLineParser& parser, const QStringList& positional)
{
    if (!positional.isEmpty())
        return reason(QStringLiteral("unknown argument '%1'").arg(positional.first()));
    m_kind = parser.value(QStringLiteral("kind"));
    m_out = parser.value(QStringLiteral("out"));
    if (!number(parser, QStringLiteral("width"), 100, 20000, &m_width))
        return reason(QStringLiteral("--width needs a number of pixels from 100 to 20000"));
    if (!number(parser, QStringLiteral("height"), 100, 20000, &m_height))
        return reason(QStringLiteral("--height needs a number of pixels from 100 to 20000"));
    if (!number(parser, QStringLiteral("dpi"), 48, 1200, &m_dpi))
        return reason(QStringLiteral("--dpi needs a number from 48 to 1200"));
    m_overwrite = parser.isSet(QStringLiteral("overwrite"));
    m_native = parser.isSet(QStringLiteral("native-currency"));
    for (const QString& filter : parser.values(QStringLiteral("filter"))) {
        if (!filter.contains(QLatin1Char('=')))
            return reason(QStringLiteral("--filter needs KEY=VALUE (speaker, source, subject or actor)"));
        const QString key = filter.section(QLatin1Char('='), 0, 0);
        const QString value = filter.section(QLatin1Char('='), 1);
        if (key == QLatin1String("speaker"))
            m_speakers << value;
        else if (key == QLatin1String("source"))
            m_sources << value;
        else if (key == QLatin1String("subject"))
            m_subjects << value;
        else if (key == QLatin1String("actor"))
            m_actors << value;
        else
            return reason(
                QStringLiteral("unknown filter '%1' (use speaker, source, subject or actor)").arg(key));
    }
    const QString wide = parser.value(QStringLiteral("wide-range"));
    if (!wide.isEmpty() && wide != QLatin1String("log") && wide != QLatin1String("split"))
        return reason(QStringLiteral("--wide-range must be log or split"));
    m_split = wide == QLatin1String("split");
    if (m_kind != QLatin1String("figures") && m_kind != QLatin1String("gdp")
        && m_kind != QLatin1String("timeline"))
        return reason(QStringLiteral("--kind must be figures, gdp or timeline"));
    if (m_out.isEmpty())
        return reason(QStringLiteral("--out is required"));
    m_csv = m_out.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
    ChartExporter::Format format = ChartExporter::Format::Png;
    if (!m_csv && !ChartExporter::formatForPath(m_out, &format))
        return reason(QStringLiteral("%1: use a .png, .svg, .pdf or .csv file name").arg(m_out));
    if (m_csv && m_kind == QLatin1String("timeline"))
        return reason(
            QStringLiteral("the timeline has no CSV; export the figures or gdp chart data instead"));
    return QString();
}

int ChartExportCommand::execute(CliSession& session, const QStringList&)
{
    // An existing FILE is about the disk, not the command line: a failure, not a usage error.
    if (QFileInfo::exists(m_out) && !m_overwrite)
        return session.fail(reason(QStringLiteral("%1 exists; add --overwrite to replace it").arg(m_out)));
    Store store;
    if (!session.openStore(store))
        return CliFailure;
    ChartExporter::Format format = ChartExporter::Format::Png;
    if (!m_csv)
        ChartExporter::formatForPath(m_out, &format);
    const QSize size(m_width, m_height);
    ChartExporter::Options options
        = m_dpi == 96 ? ChartExporter::Options() : ChartExporter::printOptions(size, m_dpi);
    options.size = size;
    options.overwrite = true; // asked above
    ChartExporter exporter;
    bool ok = false;
    if (m_kind == QLatin1String("timeline")) {
        FamilyIndex families(store);
        if (const StoreError e = families.load(); e.isError())
            return session.fail(reason(e.message));
        TimelineModel model;
        model.setEntries(TimelineDataSource::entries(store, &families));
        // No widget: the data, its fitted scale and the renderer the window's timeline uses too.
        const TimelineData data = TimelineData::fromModel(&model);
        TimeScale scale;
        data.fit(scale);
        const TimelineRenderer renderer;
        const int undated = model.undatedCount();
        ok = exporter.exportPicture(
            [&](QPainter* p, const QSize& s) {
                renderer.paintExport(*p, data, scale, s, QObject::tr("Statements over time"), undated,
                    QGuiApplication::font());
            },
            m_out, format, options);
    } else {
        ChartSpec spec;
        if (m_kind == QLatin1String("figures")) {
            SpendingChartBuilder::Options o;
            o.normaliseToEur = !m_native;
            o.speakers = m_speakers;
            o.sources = m_sources;
            o.subjects = m_subjects;
            o.actors = m_actors;
            o.wideRange = m_split ? ChartSpec::YScale::Split : ChartSpec::YScale::Log;
            spec = SpendingChartBuilder(CurrencyTable::loadDefault())
                       .build(ChartDataSource::moneyPoints(store), o);
        } else {
            GdpChartBuilder::Options o;
            o.speakers = m_speakers;
            spec = GdpChartBuilder().build(ChartDataSource::gdpPoints(store), o);
        }
        ok = m_csv ? exporter.exportCsv(spec, m_out, true)
                   : exporter.exportChart(spec, m_out, format, options);
    }
    if (!ok)
        return session.fail(
            reason(QStringLiteral("could not write %1: %2").arg(m_out, exporter.errorString())));
    session.out() << "wrote\t" << m_out << '\n';
    session.out().flush();
    return CliOk;
}

} // namespace ql
