#include "views/charts/ChartExporter.h"

#include "views/charts/QtChartFactory.h"

#include <QDir>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QSvgGenerator>
#include <QTextOption>

#include <cmath>
#include <memory>

namespace ql {

namespace {

QString csvField(const QString& s)
{
    // Quote what a spreadsheet would misread; a leading '=', '+', '-' or '@' is also quoted so it stays text.
    const bool needs = s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"'))
        || s.contains(QLatin1Char('\n')) || s.contains(QLatin1Char('\r'));
    if (!needs)
        return s;
    QString q = s;
    q.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

} // namespace

ChartExporter::Options ChartExporter::printOptions(const QSize& logicalSize, int dpi)
{
    Options o;
    o.size = logicalSize;
    o.dpi = dpi;
    o.scale = dpi / 96.0;
    return o;
}

QSize ChartExporter::pixelSize(const Options& options)
{
    return QSize(static_cast<int>(std::lround(options.size.width() * options.scale)),
        static_cast<int>(std::lround(options.size.height() * options.scale)));
}

QFont ChartExporter::footnoteFont(const QSize& size)
{
    QFont f;
    // Qt Charts lays its text out at 96 logical dpi whatever the target; points become pixels at
    // that rate here too, and the painter's scale then enlarges both alike.
    f.setPixelSize(
        std::max(1, static_cast<int>(std::lround(QtChartFactory::labelPointSize(size) * 96.0 / 72.0))));
    return f;
}

ChartExporter::Painter ChartExporter::chartPainter(const ChartSpec& spec)
{
    return [spec](QPainter* painter, const QSize& size) {
        const QFont noteFont = footnoteFont(size);
        const QFontMetricsF fm(noteFont);
        const double noteWidth = size.width() - 24.0;
        QTextOption wrap;
        wrap.setWrapMode(QTextOption::WordWrap);
        double notesHeight = 0.0;
        const QString notes = spec.footnotes.join(QLatin1Char('\n'));
        if (!notes.isEmpty()) {
            notesHeight
                = fm.boundingRect(QRectF(0, 0, noteWidth, 10000), Qt::TextWordWrap, notes).height() + 10.0;
        }
        const QRectF chartRect(0, 0, size.width(), size.height() - notesHeight);

        painter->save();
        painter->fillRect(QRectF(QPointF(0, 0), QSizeF(size)), Qt::white);
        // One chart, or the two panels of a split sharing the time axis, as the widget shows them.
        const bool split = spec.yScale == ChartSpec::YScale::Split;
        QVector<QPair<QRectF, QtChartFactory::Part>> panels;
        if (split) {
            const double upper = std::round(chartRect.height() * 0.58);
            panels.append({ QRectF(0, 0, chartRect.width(), upper), QtChartFactory::Part::Upper });
            panels.append({ QRectF(0, upper, chartRect.width(), chartRect.height() - upper),
                QtChartFactory::Part::Lower });
        } else {
            panels.append({ chartRect, QtChartFactory::Part::All });
        }
        for (const auto& panel : std::as_const(panels)) {
            const QRectF rect = panel.first;
            QGraphicsScene scene;
            // Fonts follow the whole picture's size, so both panels share one text size.
            std::unique_ptr<QChart> owned(
                QtChartFactory::create(spec, false, chartRect.size().toSize(), panel.second));
            QChart* chart = owned.get();
            scene.addItem(owned.release());
            scene.setSceneRect(QRectF(QPointF(0, 0), rect.size()));
            chart->setGeometry(QRectF(QPointF(0, 0), rect.size()));
            // The chart lays itself out on a posted event; an export has no event loop turn to wait for.
            if (chart->layout())
                chart->layout()->activate();
            scene.render(painter, rect, QRectF(QPointF(0, 0), rect.size()));
        }
        if (!notes.isEmpty()) {
            painter->setFont(noteFont);
            painter->setPen(QColor(0x444444));
            painter->drawText(QRectF(12.0, chartRect.bottom(), noteWidth, notesHeight), notes, wrap);
        }
        painter->restore();
    };
}

bool ChartExporter::formatForPath(const QString& path, Format* format)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        *format = Format::Png;
    else if (suffix == QLatin1String("svg"))
        *format = Format::Svg;
    else if (suffix == QLatin1String("pdf"))
        *format = Format::Pdf;
    else
        return false;
    return true;
}

bool ChartExporter::refuseOverwrite(const QString& path, bool overwrite)
{
    if (!overwrite && QFileInfo::exists(path)) {
        m_error = QStringLiteral("%1 already exists").arg(QDir::toNativeSeparators(path));
        return true;
    }
    return false;
}

bool ChartExporter::exportChart(const ChartSpec& spec, const QString& path, const Options& options)
{
    Format format = Format::Png;
    if (!formatForPath(path, &format)) {
        m_error = QStringLiteral("%1: unknown image format (use .png, .svg or .pdf)").arg(path);
        return false;
    }
    return exportChart(spec, path, format, options);
}

bool ChartExporter::exportChart(
    const ChartSpec& spec, const QString& path, Format format, const Options& options)
{
    Options o = options;
    if (o.title.isEmpty())
        o.title = spec.title;
    return exportPicture(chartPainter(spec), path, format, o);
}

bool ChartExporter::exportPicture(
    const Painter& paint, const QString& path, Format format, const Options& options)
{
    m_error.clear();
    if (options.size.width() < 16 || options.size.height() < 16 || !(options.scale > 0.0)
        || options.scale > 16.0) {
        m_error = QStringLiteral("export size %1×%2 at scale %3 is out of range")
                      .arg(options.size.width())
                      .arg(options.size.height())
                      .arg(options.scale);
        return false;
    }
    if (refuseOverwrite(path, options.overwrite))
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }

    switch (format) {
    case Format::Png: {
        QImage image(pixelSize(options), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        const int dotsPerMeter = static_cast<int>(std::lround(options.dpi / 0.0254));
        image.setDotsPerMeterX(dotsPerMeter);
        image.setDotsPerMeterY(dotsPerMeter);
        {
            QPainter painter(&image);
            painter.setRenderHints(
                QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
            painter.scale(options.scale, options.scale);
            paint(&painter, options.size);
        }
        // Fonts are sized in points against the image's dpi; the scale already enlarges them, so the
        // metadata only tells viewers the physical size.
        if (!image.save(&file, "PNG")) {
            m_error = QStringLiteral("%1: could not encode PNG").arg(path);
            file.cancelWriting();
            return false;
        }
        break;
    }
    case Format::Svg: {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(options.size);
        svg.setViewBox(QRect(QPoint(0, 0), options.size));
        svg.setResolution(96);
        svg.setTitle(options.title);
        svg.setDescription(QStringLiteral("Quoteline chart"));
        QPainter painter;
        if (!painter.begin(&svg)) {
            m_error = QStringLiteral("%1: could not start the SVG").arg(path);
            file.cancelWriting();
            return false;
        }
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        paint(&painter, options.size);
        painter.end();
        break;
    }
    case Format::Pdf: {
        QPdfWriter pdf(&file);
        pdf.setTitle(options.title);
        pdf.setCreator(QStringLiteral("Quoteline"));
        pdf.setResolution(std::max(72, options.dpi));
        // One page exactly the picture's size, at 96 logical pixels per inch.
        const QSizeF mm(options.size.width() / 96.0 * 25.4, options.size.height() / 96.0 * 25.4);
        pdf.setPageSize(QPageSize(mm, QPageSize::Millimeter, QString(), QPageSize::ExactMatch));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter;
        if (!painter.begin(&pdf)) {
            m_error = QStringLiteral("%1: could not start the PDF").arg(path);
            file.cancelWriting();
            return false;
        }
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        const double s = pdf.resolution() / 96.0;
        painter.scale(s, s);
        paint(&painter, options.size);
        painter.end();
        break;
    }
    }
    if (!file.commit()) {
        m_error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QString ChartExporter::toCsv(const ChartSpec& spec)
{
    QString out;
    QStringList fields;
    for (const QString& h : spec.csvHeader)
        fields.append(csvField(h));
    out += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (const QStringList& row : spec.csvRows) {
        fields.clear();
        for (const QString& f : row)
            fields.append(csvField(f));
        out += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out;
}

bool ChartExporter::exportCsv(const ChartSpec& spec, const QString& path, bool overwrite)
{
    m_error.clear();
    if (refuseOverwrite(path, overwrite))
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(toCsv(spec).toUtf8());
    if (!file.commit()) {
        m_error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QString ChartExporter::lastFolder()
{
    const QString stored = QSettings().value(QStringLiteral("export/lastFolder")).toString();
    if (!stored.isEmpty() && QFileInfo(stored).isDir())
        return stored;
    return QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
}

QString ChartExporter::fileNameFor(const QString& title, const QString& suffix)
{
    QString base;
    bool dash = false;
    for (const QChar c : title.toLower()) {
        if (c.isLetterOrNumber()) {
            if (dash && !base.isEmpty())
                base += QLatin1Char('-');
            base += c;
            dash = false;
        } else {
            dash = true;
        }
    }
    if (base.size() > 80)
        base = base.left(80);
    while (base.endsWith(QLatin1Char('-')))
        base.chop(1);
    if (base.isEmpty())
        base = QStringLiteral("chart");
    return base + QLatin1Char('.') + suffix;
}

QString ChartExporter::suggestedPath(const QString& title, const QString& suffix)
{
    return QDir(lastFolder()).filePath(fileNameFor(title, suffix));
}

void ChartExporter::setLastFolder(const QString& folder)
{
    QSettings().setValue(QStringLiteral("export/lastFolder"), folder);
}

} // namespace ql
