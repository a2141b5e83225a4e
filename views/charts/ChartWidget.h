#pragma once

#include "charts/ChartSpec.h"
#include "charts/QtChartsCompat.h"

#include <QWidget>

class QLabel;

namespace ql {

// Shows a ChartSpec with Qt Charts. Clicking a point or bar reports the statement(s) behind it; hovering
// shows the sentence; the footnotes (conversion rates used, left-out figures) sit under the chart.
class ChartWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ChartWidget(QWidget* parent = nullptr);

    void setSpec(const ChartSpec& spec);
    const ChartSpec& spec() const { return m_spec; }
    QChart* chart() const;
    QChartView* chartView() const { return m_view; }

    // Where a spec point is drawn, in chartView()->viewport() coordinates; a null point for a bad index.
    QPoint pointPosition(int seriesIndex, int pointIndex) const;
    // Emits the activation signals for a spec point, as a click would.
    void activatePoint(int seriesIndex, int pointIndex);

signals:
    void figureActivated(qint64 statementId); // the largest contribution for a bar
    void figuresActivated(const QVector<qint64>& statementIds);
    void exportRequested();
    void exportDataRequested();

protected:
    void changeEvent(QEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    void rebuild();
    void connectSeries();
    int nearestPoint(int seriesIndex, const QPointF& value) const;
    void showTip(int seriesIndex, int pointIndex);

    ChartSpec m_spec;
    QChartView* m_view = nullptr;
    QLabel* m_footnotes = nullptr;
};

} // namespace ql
