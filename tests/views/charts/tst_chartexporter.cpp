#include "models/timeline/TimelineModel.h"
#include "views/charts/ChartExporter.h"
#include "views/charts/GdpChartBuilder.h"
#include "views/charts/QtChartFactory.h"
#include "views/charts/SpendingChartBuilder.h"
#include "views/timeline/TimelineView.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QImage>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using ql::ChartExporter;
using ql::ChartSpec;
using ql::MoneyPoint;

Q_DECLARE_METATYPE(ChartExporter::Format)

namespace {

ChartSpec moneySpec(ChartSpec::Style style = ChartSpec::Style::Points)
{
    ql::CurrencyTable rates;
    rates.setRate({ QStringLiteral("USD"), 0.92, QDate(2023, 12, 31), QStringLiteral("invented") });
    QVector<MoneyPoint> figures;
    const QStringList speakers { QStringLiteral("Ada Lindqvist"), QStringLiteral("Bram Okafor"),
        QStringLiteral("Cleo Marchetti") };
    for (int i = 0; i < 24; ++i) {
        figures.append(MoneyPoint { i + 1, QDate(2022, 1, 10).addDays(i * 41), speakers.at(i % 3),
            QStringLiteral("ammunition"), QStringLiteral("Harbour Gazette"), (1.0 + (i * 7) % 11) * 1e9,
            i % 4 == 0 ? QStringLiteral("USD") : QStringLiteral("EUR"),
            QStringLiteral("Invented figure, \"quoted\" %1").arg(i + 1) });
    }
    ql::SpendingChartBuilder::Options o;
    o.style = style;
    return ql::SpendingChartBuilder(rates).build(figures, o);
}

ChartSpec gdpSpec()
{
    const QVector<ql::GdpTargetPoint> points {
        { 1, QDate(2014, 9, 5), QStringLiteral("Alliance"), 2.0, 2024, QString() },
        { 2, QDate(2024, 6, 1), QStringLiteral("Alliance"), 3.5, 2030, QString() },
        { 3, QDate(2025, 6, 25), QStringLiteral("Alliance"), 5.0, 2035, QString() },
        { 4, QDate(2024, 2, 1), QStringLiteral("Bram Okafor"), 2.5, 2028, QString() },
        { 5, QDate(2024, 9, 1), QStringLiteral("Bram Okafor"), 3.0, 2032, QString() },
    };
    return ql::GdpChartBuilder().build(points, {});
}

double variance(const QImage& image)
{
    double sum = 0.0;
    double sq = 0.0;
    const int n = image.width() * image.height();
    for (int y = 0; y < image.height(); ++y) {
        const QRgb* line = reinterpret_cast<const QRgb*>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const double v = qGray(line[x]);
            sum += v;
            sq += v * v;
        }
    }
    const double mean = sum / n;
    return sq / n - mean * mean;
}

void keepForLooking(const QString& path)
{
    const QString dir = qEnvironmentVariable("QL_CHARTS_LOOK_DIR");
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        const QString target = dir + QLatin1Char('/') + QFileInfo(path).fileName();
        QFile::remove(target);
        QFile::copy(path, target);
    }
}

} // namespace

class TstChartExporter : public QObject
{
    Q_OBJECT

private slots:
    void png_data();
    void png();
    void printResolution();
    void svgParses();
    void pdfHeader();
    void csvContent();
    void refusesToOverwrite_data();
    void refusesToOverwrite();
    void badInput();
    void timelineExport();
    void footnoteSizedLikeAxisText_data();
    void footnoteSizedLikeAxisText();
    void fileNameFromTitle_data();
    void fileNameFromTitle();
    void splitChartExports();

private:
    QTemporaryDir m_dir;
};

void TstChartExporter::png_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<double>("scale");
    QTest::newRow("points 1200x800") << QStringLiteral("points") << QSize(1200, 800) << 1.0;
    QTest::newRow("bars 1000x600") << QStringLiteral("bars") << QSize(1000, 600) << 1.0;
    QTest::newRow("gdp 900x600 x2") << QStringLiteral("gdp") << QSize(900, 600) << 2.0;
    QTest::newRow("small 480x320") << QStringLiteral("points") << QSize(480, 320) << 1.0;
}

void TstChartExporter::png()
{
    QFETCH(QString, kind);
    QFETCH(QSize, size);
    QFETCH(double, scale);
    const ChartSpec spec = kind == QLatin1String("gdp") ? gdpSpec()
        : kind == QLatin1String("bars")                 ? moneySpec(ChartSpec::Style::Bars)
                                                        : moneySpec();
    ChartExporter exporter;
    ChartExporter::Options o;
    o.size = size;
    o.scale = scale;
    const QString path
        = m_dir.filePath(QStringLiteral("chart-%1-%2x%3.png").arg(kind).arg(size.width()).arg(size.height()));
    QVERIFY2(exporter.exportChart(spec, path, o), qPrintable(exporter.errorString()));
    keepForLooking(path);
    const QImage image(path);
    QCOMPARE(image.size(), size * scale);
    QVERIFY(variance(image) > 100.0);
}

void TstChartExporter::printResolution()
{
    ChartExporter exporter;
    const ChartExporter::Options o = ChartExporter::printOptions(QSize(800, 500), 300);
    const QString path = m_dir.filePath(QStringLiteral("print.png"));
    QVERIFY2(exporter.exportChart(moneySpec(), path, o), qPrintable(exporter.errorString()));
    const QImage image(path);
    QCOMPARE(image.size(), QSize(2500, 1563));
    QCOMPARE(image.dotsPerMeterX(), 11811); // 300 dpi
    QVERIFY(variance(image) > 100.0);
}

void TstChartExporter::svgParses()
{
    ChartExporter exporter;
    const QString path = m_dir.filePath(QStringLiteral("chart.svg"));
    QVERIFY2(exporter.exportChart(gdpSpec(), path, {}), qPrintable(exporter.errorString()));
    QSvgRenderer renderer(path);
    QVERIFY(renderer.isValid());
    QCOMPARE(renderer.viewBox(), QRect(0, 0, 1200, 800));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString root;
    QString text;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && root.isEmpty())
            root = xml.name().toString();
        if (xml.isCharacters())
            text += xml.text().toString();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(root, QStringLiteral("svg"));
    QVERIFY(text.contains(QStringLiteral("Target year"))); // the axis title is there as text
}

void TstChartExporter::pdfHeader()
{
    ChartExporter exporter;
    const QString path = m_dir.filePath(QStringLiteral("chart.pdf"));
    QVERIFY2(exporter.exportChart(moneySpec(ChartSpec::Style::Bars), path, {}),
        qPrintable(exporter.errorString()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    QVERIFY(data.startsWith("%PDF-"));
    QVERIFY(data.size() > 2000);
    QVERIFY(data.trimmed().endsWith("%%EOF"));
}

void TstChartExporter::csvContent()
{
    ChartSpec spec;
    spec.csvHeader = QStringList { QStringLiteral("statement_id"), QStringLiteral("text") };
    spec.csvRows.append(QStringList { QStringLiteral("7"), QStringLiteral("plain") });
    spec.csvRows.append(QStringList { QStringLiteral("8"), QStringLiteral("has, comma and \"quotes\"") });
    QCOMPARE(ChartExporter::toCsv(spec),
        QStringLiteral("statement_id,text\r\n7,plain\r\n8,\"has, comma and \"\"quotes\"\"\"\r\n"));
    ChartExporter exporter;
    const QString path = m_dir.filePath(QStringLiteral("money.csv"));
    const ChartSpec money = moneySpec();
    QVERIFY(exporter.exportCsv(money, path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.first().trimmed(), money.csvHeader.join(QLatin1Char(',')).toUtf8());
    QCOMPARE(lines.size(), money.csvRows.size() + 2); // header, rows, empty after the last newline
    QVERIFY(lines.at(1).contains("\"Invented figure, \"\"quoted\"\" 1\""));
}

void TstChartExporter::refusesToOverwrite_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("png") << QStringLiteral("exists.png");
    QTest::newRow("svg") << QStringLiteral("exists.svg");
    QTest::newRow("pdf") << QStringLiteral("exists.pdf");
    QTest::newRow("csv") << QStringLiteral("exists.csv");
}

void TstChartExporter::refusesToOverwrite()
{
    QFETCH(QString, name);
    const QString path = m_dir.filePath(name);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("keep me");
    }
    ChartExporter exporter;
    const bool csv = name.endsWith(QLatin1String(".csv"));
    const bool first
        = csv ? exporter.exportCsv(moneySpec(), path) : exporter.exportChart(moneySpec(), path, {});
    QVERIFY(!first);
    QVERIFY(exporter.errorString().contains(QStringLiteral("already exists")));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("keep me"));
    f.close();
    ChartExporter::Options o;
    o.overwrite = true;
    const bool second
        = csv ? exporter.exportCsv(moneySpec(), path, true) : exporter.exportChart(moneySpec(), path, o);
    QVERIFY2(second, qPrintable(exporter.errorString()));
    QVERIFY(QFileInfo(path).size() > 100);
}

void TstChartExporter::badInput()
{
    ChartExporter exporter;
    QVERIFY(!exporter.exportChart(moneySpec(), m_dir.filePath(QStringLiteral("chart.bmpx")), {}));
    QVERIFY(exporter.errorString().contains(QStringLiteral("unknown image format")));
    ChartExporter::Options tiny;
    tiny.size = QSize(4, 4);
    QVERIFY(!exporter.exportChart(moneySpec(), m_dir.filePath(QStringLiteral("tiny.png")), tiny));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("tiny.png"))));
    QVERIFY(!exporter.exportChart(moneySpec(), m_dir.filePath(QStringLiteral("missing-dir/x.png")), {}));
    QVERIFY(!exporter.errorString().isEmpty());
    const ChartSpec empty;
    QVERIFY(exporter.exportChart(
        empty, m_dir.filePath(QStringLiteral("empty.png")), {})); // an empty chart still renders
}

void TstChartExporter::timelineExport()
{
    ql::TimelineModel model;
    QVector<ql::TimelineEntry> entries;
    for (int i = 0; i < 300; ++i) {
        ql::TimelineEntry e;
        e.statementId = i + 1;
        e.date = QDate(2023, 1, 1).addDays(i * 2);
        e.speaker = QStringLiteral("Speaker %1").arg(i % 4);
        e.kind = static_cast<ql::StatementKind>(i % 3);
        e.firstWords = QStringLiteral("Invented words %1").arg(i);
        entries.append(e);
    }
    model.setEntries(entries);
    ql::TimelineView view;
    view.setModel(&model);
    view.resize(1000, 400);
    view.fitAll();
    ChartExporter exporter;
    const ChartExporter::Painter painter = [&view](QPainter* p, const QSize& size) {
        view.render(p, size, QStringLiteral("Statements, invented"));
    };
    ChartExporter::Options o;
    o.size = QSize(1400, 600);
    for (const char* suffix : { "png", "svg", "pdf" }) {
        const QString path = m_dir.filePath(QStringLiteral("timeline.") + QLatin1String(suffix));
        ChartExporter::Format format = ChartExporter::Format::Png;
        QVERIFY(ChartExporter::formatForPath(path, &format));
        QVERIFY2(exporter.exportPicture(painter, path, format, o), qPrintable(exporter.errorString()));
        keepForLooking(path);
    }
    const QImage image(m_dir.filePath(QStringLiteral("timeline.png")));
    QCOMPARE(image.size(), QSize(1400, 600));
    QVERIFY(variance(image) > 50.0);
    QVERIFY(QSvgRenderer(m_dir.filePath(QStringLiteral("timeline.svg"))).isValid());
}

void TstChartExporter::footnoteSizedLikeAxisText_data()
{
    QTest::addColumn<int>("dpi");
    QTest::newRow("screen") << 96;
    QTest::newRow("print 300 dpi") << 300;
}

// The footnote's letters are as tall as the axis labels' in the picture, whatever its resolution:
// measured on the rendered PNG (the height of the footnote's ink) against the axis font's metrics.
void TstChartExporter::footnoteSizedLikeAxisText()
{
    QFETCH(int, dpi);
    const QSize size(1200, 700);
    ChartSpec spec = moneySpec();
    const QString note
        = QStringLiteral("Converted at invented rates: USD 0.92 (2023-12-31), EUR by definition");
    spec.footnotes = QStringList { note };
    ChartExporter exporter;
    ChartExporter::Options o = ChartExporter::printOptions(size, dpi);
    const QString path = m_dir.filePath(QStringLiteral("footnote-%1.png").arg(dpi));
    QVERIFY2(exporter.exportChart(spec, path, o), qPrintable(exporter.errorString()));
    keepForLooking(path);
    const QImage image = QImage(path).convertToFormat(QImage::Format_RGB32);
    QCOMPARE(image.size(), ChartExporter::pixelSize(o));
    QVERIFY(variance(image) > 100.0);
    // The footnote is the last line of ink; its height is the text's cap-to-descender height.
    auto inkRow = [&image](int y) {
        const QRgb* line = reinterpret_cast<const QRgb*>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            if (qGray(line[x]) < 150)
                return true;
        return false;
    };
    int bottom = image.height() - 1;
    while (bottom > 0 && !inkRow(bottom))
        --bottom;
    int top = bottom;
    while (top > 0 && inkRow(top - 1))
        --top;
    const double inkHeight = bottom - top + 1;
    QFont axisFont;
    axisFont.setPointSizeF(ql::QtChartFactory::labelPointSize(size));
    const double expected = QFontMetricsF(axisFont).tightBoundingRect(note).height() * o.scale;
    QVERIFY2(inkHeight > expected * 0.7 && inkHeight < expected * 1.35,
        qPrintable(QStringLiteral("footnote ink %1 px, axis text %2 px").arg(inkHeight).arg(expected)));
    // And it takes a line, not a quarter of the picture.
    QVERIFY(inkHeight < image.height() * 0.05);
}

void TstChartExporter::fileNameFromTitle_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("file");
    QTest::newRow("spending") << QStringLiteral("Defence spending figures (EUR)")
                              << QStringLiteral("defence-spending-figures-eur.png");
    QTest::newRow("with a period") << QStringLiteral(
        "Defence spending targets (share of GDP), 2024-01-01 – 2024-06-30")
                                   << QStringLiteral(
                                          "defence-spending-targets-share-of-gdp-2024-01-01-2024-06-30.png");
    QTest::newRow("nothing usable") << QStringLiteral("  — / —  ") << QStringLiteral("chart.png");
}

void TstChartExporter::fileNameFromTitle()
{
    QFETCH(QString, title);
    QFETCH(QString, file);
    QCOMPARE(ChartExporter::fileNameFor(title, QStringLiteral("png")), file);
    const QString suggested = ChartExporter::suggestedPath(title);
    QCOMPARE(QFileInfo(suggested).fileName(), file);
    QCOMPARE(QFileInfo(suggested).absolutePath(), QFileInfo(ChartExporter::lastFolder()).absoluteFilePath());
}

void TstChartExporter::splitChartExports()
{
    ql::CurrencyTable rates;
    QVector<MoneyPoint> figures;
    const QList<double> values { 1e9, 2.4e9, 95e9 };
    for (int i = 0; i < values.size(); ++i)
        figures.append(MoneyPoint { i + 1, QDate(2024, 1, 1).addMonths(i), QStringLiteral("Ada Lindqvist"),
            QString(), QStringLiteral("Harbour Gazette"), values.at(i), QStringLiteral("EUR"),
            QStringLiteral("Invented %1").arg(i) });
    ql::SpendingChartBuilder::Options o;
    o.wideRange = ChartSpec::YScale::Split;
    const ChartSpec spec = ql::SpendingChartBuilder(rates).build(figures, o);
    QCOMPARE(spec.yScale, ChartSpec::YScale::Split);
    ChartExporter exporter;
    ChartExporter::Options options;
    options.size = QSize(1200, 700);
    const QString path = m_dir.filePath(QStringLiteral("split.png"));
    QVERIFY2(exporter.exportChart(spec, path, options), qPrintable(exporter.errorString()));
    keepForLooking(path);
    const QImage image(path);
    QCOMPARE(image.size(), QSize(1200, 700));
    // Both halves carry a chart.
    QVERIFY(variance(image.copy(0, 0, 1200, 350)) > 100.0);
    QVERIFY(variance(image.copy(0, 350, 1200, 350)) > 100.0);
}

QTEST_MAIN(TstChartExporter)
#include "tst_chartexporter.moc"
