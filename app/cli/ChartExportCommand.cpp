#include "ChartExportCommand.h"

#include "charts/ChartExporter.h"
#include "charts/CurrencyTable.h"
#include "charts/GdpChartBuilder.h"
#include "charts/SpendingChartBuilder.h"
#include "families/FamilyIndex.h"
#include "library/ChartDataSource.h"
#include "library/TimelineDataSource.h"
#include "store/Store.h"
#include "timeline/TimelineModel.h"
#include "timeline/TimelineView.h"

#include <QFileInfo>

namespace ql {

ChartExportCommand::ChartExportCommand(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err)
{ }

int ChartExportCommand::fail(const QString& reason, int exitCode)
{
    m_err << "quoteline-cli: export-chart: " << reason << Qt::endl;
    return exitCode;
}

int ChartExportCommand::run(Store& store, const QStringList& args)
{
    QString kind, out;
    int width = 1200, height = 800, dpi = 96;
    bool overwrite = false, native = false;
    QStringList speakers, sources, subjects;
    for (int i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        auto next = [&](QString* into) {
            if (i + 1 >= args.size())
                return false;
            *into = args.at(++i);
            return true;
        };
        auto number = [&](int* into, int min, int max) {
            QString v;
            bool ok = next(&v);
            const int n = v.toInt(&ok);
            if (!ok || n < min || n > max)
                return false;
            *into = n;
            return true;
        };
        QString v;
        if (a == QLatin1String("--kind")) {
            if (!next(&kind))
                return fail(QStringLiteral("--kind needs figures, gdp or timeline"));
        } else if (a == QLatin1String("--out")) {
            if (!next(&out))
                return fail(QStringLiteral("--out needs a file name"));
        } else if (a == QLatin1String("--width")) {
            if (!number(&width, 100, 20000))
                return fail(QStringLiteral("--width needs a number of pixels from 100 to 20000"));
        } else if (a == QLatin1String("--height")) {
            if (!number(&height, 100, 20000))
                return fail(QStringLiteral("--height needs a number of pixels from 100 to 20000"));
        } else if (a == QLatin1String("--dpi")) {
            if (!number(&dpi, 48, 1200))
                return fail(QStringLiteral("--dpi needs a number from 48 to 1200"));
        } else if (a == QLatin1String("--overwrite")) {
            overwrite = true;
        } else if (a == QLatin1String("--native-currency")) {
            native = true;
        } else if (a == QLatin1String("--filter")) {
            if (!next(&v) || !v.contains(QLatin1Char('=')))
                return fail(QStringLiteral("--filter needs KEY=VALUE (speaker, source or subject)"));
            const QString key = v.section(QLatin1Char('='), 0, 0);
            const QString value = v.section(QLatin1Char('='), 1);
            if (key == QLatin1String("speaker"))
                speakers << value;
            else if (key == QLatin1String("source"))
                sources << value;
            else if (key == QLatin1String("subject"))
                subjects << value;
            else
                return fail(QStringLiteral("unknown filter '%1' (use speaker, source or subject)").arg(key));
        } else {
            return fail(QStringLiteral("unknown argument '%1'").arg(a));
        }
    }
    if (kind != QLatin1String("figures") && kind != QLatin1String("gdp") && kind != QLatin1String("timeline"))
        return fail(QStringLiteral("--kind must be figures, gdp or timeline"));
    if (out.isEmpty())
        return fail(QStringLiteral("--out is required"));
    const bool csv = out.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
    ChartExporter::Format format = ChartExporter::Format::Png;
    if (!csv && !ChartExporter::formatForPath(out, &format))
        return fail(QStringLiteral("%1: use a .png, .svg, .pdf or .csv file name").arg(out));
    if (QFileInfo::exists(out) && !overwrite)
        return fail(QStringLiteral("%1 exists; add --overwrite to replace it").arg(out), 1);

    ChartExporter::Options options
        = dpi == 96 ? ChartExporter::Options() : ChartExporter::printOptions(QSize(width, height), dpi);
    options.size = QSize(width, height);
    options.overwrite = true; // asked above
    ChartExporter exporter;
    bool ok = false;
    if (kind == QLatin1String("timeline")) {
        if (csv)
            return fail(
                QStringLiteral("the timeline has no CSV; export the figures or gdp chart data instead"));
        FamilyIndex families(store);
        if (const StoreError e = families.load(); e.isError())
            return fail(e.message, 1);
        TimelineModel model;
        model.setEntries(TimelineDataSource::entries(store, &families));
        TimelineView view;
        view.setModel(&model);
        view.setUndatedCount(model.undatedCount());
        view.resize(options.size);
        view.fitAll();
        ok = exporter.exportPicture(
            [&view](QPainter* p, const QSize& s) { view.render(p, s, QObject::tr("Statements over time")); },
            out, format, options);
    } else {
        ChartSpec spec;
        if (kind == QLatin1String("figures")) {
            SpendingChartBuilder::Options o;
            o.normaliseToEur = !native;
            o.speakers = speakers;
            o.sources = sources;
            o.subjects = subjects;
            spec = SpendingChartBuilder(CurrencyTable::loadDefault())
                       .build(ChartDataSource::moneyPoints(store), o);
        } else {
            GdpChartBuilder::Options o;
            o.speakers = speakers;
            spec = GdpChartBuilder().build(ChartDataSource::gdpPoints(store), o);
        }
        ok = csv ? exporter.exportCsv(spec, out, true) : exporter.exportChart(spec, out, format, options);
    }
    if (!ok)
        return fail(QStringLiteral("could not write %1: %2").arg(out, exporter.errorString()), 1);
    m_out << "wrote\t" << out << '\n';
    m_out.flush();
    return 0;
}

} // namespace ql
