#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QMainWindow;
class QMenu;
class QPainter;
class QSize;

namespace ql {

class ChartWidget;
class ChartsPanel;
class CurationActions;
class Store;
class TimelineView;

// The File menu's exports: the chart shown (PNG, SVG, PDF, or its data as CSV), the timeline as
// shown, and the statements (the export dialog). Drawings share one path so charts and the
// timeline are written the same way.
class ExportActions : public QObject
{
    Q_OBJECT
public:
    ExportActions(QMainWindow* window, Store* store, ChartsPanel* charts, TimelineView* timeline,
        const CurationActions* curation);

    void addActions(QMenu* file);
    // Writes the timeline as shown (PNG at print resolution, SVG or PDF); asks before replacing a file.
    bool exportTimeline(const QString& path);
    // File ▸ Export Statements…: the dialog, then the file (CSV, JSON or RIS).
    void exportStatements();

private:
    ChartWidget* currentChart() const;
    void exportChart();
    void exportChartData();
    bool exportDrawing(const QString& dialogTitle, const QString& path, const QSize& size,
        const QString& documentTitle, const std::function<void(QPainter*, const QSize&)>& paint);

    QMainWindow* m_window;
    Store* m_store;
    ChartsPanel* m_charts;
    TimelineView* m_timeline;
    const CurationActions* m_curation;
};

} // namespace ql
