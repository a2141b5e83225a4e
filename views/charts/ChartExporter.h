#pragma once

#include "views/charts/ChartSpec.h"

#include <QFont>
#include <QSize>
#include <QString>

#include <functional>

class QPainter;

namespace ql {

// Writes charts (or anything that can paint itself, such as the timeline) to PNG, SVG or PDF, and the data
// behind a chart to CSV. It never overwrites an existing file unless Options::overwrite is set: asking the
// user belongs to the caller. Needs a QApplication (any platform, offscreen included).
class ChartExporter
{
public:
    enum class Format { Png, Svg, Pdf };

    struct Options
    {
        QSize size { 1200, 800 }; // logical size: layout and fonts are computed at this size
        double scale = 1.0; // PNG pixels per logical pixel; 300 / 96.0 gives print resolution
        int dpi = 96; // stored in the PNG and used for PDF
        bool overwrite = false;
        QString title; // document title for SVG and PDF metadata
    };

    // Paints a picture of `size` logical pixels, starting at (0, 0).
    using Painter = std::function<void(QPainter* painter, const QSize& size)>;

    // Options for a print-quality PNG: the logical size is kept, pixels are multiplied for `dpi`.
    static Options printOptions(const QSize& logicalSize, int dpi = 300);
    static Painter chartPainter(const ChartSpec& spec);
    // Format from the file suffix (.png, .svg, .pdf); false for anything else.
    static bool formatForPath(const QString& path, Format* format);

    bool exportChart(const ChartSpec& spec, const QString& path, const Options& options);
    bool exportChart(const ChartSpec& spec, const QString& path, Format format, const Options& options);
    bool exportPicture(const Painter& painter, const QString& path, Format format, const Options& options);
    bool exportCsv(const ChartSpec& spec, const QString& path, bool overwrite = false);
    static QString toCsv(const ChartSpec& spec);
    // Pixel size the PNG gets for these options.
    static QSize pixelSize(const Options& options);

    QString errorString() const { return m_error; }

    // The folder of the last export, remembered across sessions (QSettings "export/lastFolder").
    static QString lastFolder();
    // A file name made from the chart's title ("Defence spending figures (EUR)" ->
    // "defence-spending-figures-eur.png") in lastFolder(), for the save dialog to propose.
    static QString suggestedPath(const QString& title, const QString& suffix = QStringLiteral("png"));
    static QString fileNameFor(const QString& title, const QString& suffix);
    // The footnote font of a picture `size` logical pixels large: the chart's axis-label size, in
    // pixels so that the device's resolution cannot enlarge it a second time.
    static QFont footnoteFont(const QSize& size);
    static void setLastFolder(const QString& folder);

private:
    bool refuseOverwrite(const QString& path, bool overwrite);

    QString m_error;
};

} // namespace ql
