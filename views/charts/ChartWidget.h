#pragma once

#include "views/charts/ChartSpec.h"
#include "views/charts/QtChartsCompat.h"

#include <QWidget>

class QLabel;
class QTimer;

namespace ql {

// Shows a ChartSpec with Qt Charts. Clicking a point or bar reports the statement(s) behind it, or
// the figure's own sentence when it lies outside every statement; hovering shows the tooltip; the
// footnotes (conversion rates used, left-out figures) sit under the chart. Fonts and tick counts
// follow the widget's size; below QtChartFactory::minimumReadableSize() it asks to be enlarged
// rather than drawing labels cut to "…". A split spec is shown as two panels sharing the time axis.
class ChartWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ChartWidget(QWidget* parent = nullptr);

    void setSpec(const ChartSpec& spec);
    const ChartSpec& spec() const { return m_spec; }
    // The chart (the upper panel of a split).
    QChart* chart() const;
    QChartView* chartView() const { return m_view; }
    // The lower panel of a split spec, else null.
    QChartView* lowerChartView() const;
    // True while the widget is too small to draw the chart legibly.
    bool showsEnlargeNotice() const;

    // Where a spec point is drawn, in the coordinates of the view showing it (viewOf()); a null
    // point for a bad index.
    QPoint pointPosition(int seriesIndex, int pointIndex) const;
    // The view a spec point is drawn in (the lower panel for small values of a split spec).
    QChartView* viewOf(int seriesIndex, int pointIndex) const;
    // Emits the activation signals for a spec point, as a click would.
    void activatePoint(int seriesIndex, int pointIndex);
    // The tooltip a spec point shows when hovered; empty for a bad index.
    QString tipOf(int seriesIndex, int pointIndex) const;

signals:
    void figureActivated(qint64 statementId); // the largest contribution for a bar
    void figuresActivated(const QVector<qint64>& statementIds);
    // A figure outside every statement: its article and its span in the article's text.
    void sentenceActivated(qint64 articleId, int start, int end);
    // The analyst asks to correct who commits the figures behind a point.
    void actorEditRequested(const QList<qint64>& figureIds, const QString& current);
    void exportRequested();
    void exportDataRequested();

protected:
    void changeEvent(QEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void rebuild();
    void connectSeries(QChartView* view);
    int nearestPoint(QChartView* view, int seriesIndex, const QPointF& value) const;
    void showTip(int seriesIndex, int pointIndex);
    bool validPoint(int seriesIndex, int pointIndex) const;
    QSize viewSize() const;

    ChartSpec m_spec;
    QChartView* m_view = nullptr;
    QChartView* m_lower = nullptr;
    QLabel* m_enlarge = nullptr;
    QLabel* m_footnotes = nullptr;
    QTimer* m_resizeTimer = nullptr;
    QSize m_builtFor;
};

} // namespace ql
