#include "app/ExportActions.h"

#include "app/CurationActions.h"
#include "views/charts/ChartExporter.h"
#include "views/charts/ChartWidget.h"
#include "views/charts/ChartsPanel.h"
#include "views/dialogs/ExportStatementsDialog.h"
#include "views/dialogs/MessageBox.h"
#include "views/timeline/TimelineView.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>

namespace ql {

ExportActions::ExportActions(QMainWindow* window, Store* store, ChartsPanel* charts, TimelineView* timeline,
    const CurationActions* curation)
    : QObject(window)
    , m_window(window)
    , m_store(store)
    , m_charts(charts)
    , m_timeline(timeline)
    , m_curation(curation)
{ }

void ExportActions::addActions(QMenu* file)
{
    file->addAction(
        tr("&Export Chart…"), this, &ExportActions::exportChart, QKeySequence(tr("Ctrl+Shift+E")));
    file->addAction(tr("Export Chart &Data (CSV)…"), this, &ExportActions::exportChartData);
    file->addAction(tr("Export &Timeline…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(m_window, tr("Export Timeline"),
            ChartExporter::suggestedPath(tr("Statements over time")),
            tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"), nullptr,
            QFileDialog::DontConfirmOverwrite);
        if (!path.isEmpty())
            exportTimeline(path);
    });
    file->addAction(tr("Export &Statements…"), this, &ExportActions::exportStatements);
}

ChartWidget* ExportActions::currentChart() const
{
    return m_charts->currentChart();
}

void ExportActions::exportChart()
{
    ChartWidget* chart = currentChart();
    if (!chart)
        return;
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export Chart"),
        ChartExporter::suggestedPath(chart->spec().title),
        tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"), nullptr,
        QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        exportDrawing(tr("Export Chart"), path, QSize(1200, 800), chart->spec().title,
            ChartExporter::chartPainter(chart->spec()));
}

// Charts and the timeline export the same way: print-resolution PNG, SVG or PDF, and an
// existing file is replaced only when the user says so.
bool ExportActions::exportDrawing(const QString& dialogTitle, const QString& path, const QSize& size,
    const QString& documentTitle, const ChartExporter::Painter& paint)
{
    ChartExporter::Format format;
    if (!ChartExporter::formatForPath(path, &format)) {
        MessageBox::warning(m_window, dialogTitle, tr("Use a file name ending in .png, .svg or .pdf."));
        return false;
    }
    ChartExporter::Options options
        = format == ChartExporter::Format::Png ? ChartExporter::printOptions(size) : ChartExporter::Options();
    options.size = size;
    options.title = documentTitle;
    if (QFileInfo::exists(path)) {
        if (MessageBox::question(m_window, dialogTitle, tr("%1 exists. Replace it?").arg(path))
            != QMessageBox::Yes)
            return false;
        options.overwrite = true;
    }
    ChartExporter exporter;
    if (!exporter.exportPicture(paint, path, format, options)) {
        MessageBox::warning(m_window, dialogTitle, exporter.errorString());
        return false;
    }
    ChartExporter::setLastFolder(QFileInfo(path).absolutePath());
    return true;
}

void ExportActions::exportChartData()
{
    ChartWidget* chart = currentChart();
    if (!chart)
        return;
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export Chart Data"),
        ChartExporter::lastFolder(), tr("CSV (*.csv)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    bool overwrite = false;
    if (QFileInfo::exists(path)) {
        if (MessageBox::question(m_window, tr("Export Chart Data"), tr("%1 exists. Replace it?").arg(path))
            != QMessageBox::Yes)
            return;
        overwrite = true;
    }
    ChartExporter exporter;
    if (!exporter.exportCsv(chart->spec(), path, overwrite))
        MessageBox::warning(m_window, tr("Export Chart Data"), exporter.errorString());
    else
        ChartExporter::setLastFolder(QFileInfo(path).absolutePath());
}

void ExportActions::exportStatements()
{
    ExportStatementsDialog dialog(m_store, m_curation->selectedStatementIds(), m_window);
    if (dialog.exec() == QDialog::Accepted)
        m_window->statusBar()->showMessage(
            tr("%n statement(s) exported to %1", nullptr, dialog.pendingCount()).arg(dialog.path()), 8000);
}

bool ExportActions::exportTimeline(const QString& path)
{
    const QString title = tr("Statements over time");
    return exportDrawing(tr("Export Timeline"), path, QSize(1600, 900), title,
        [this, title](QPainter* p, const QSize& size) { m_timeline->render(p, size, title); });
}

} // namespace ql
