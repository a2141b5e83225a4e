#include "charts/ChartWidget.h"

#include "charts/ColorPalette.h"
#include "charts/QtChartFactory.h"

#include <QContextMenuEvent>
#include <QCursor>
#include <QEvent>
#include <QLabel>
#include <QMenu>
#include <QToolTip>
#include <QVBoxLayout>
#include <QtCharts/QAbstractBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QScatterSeries>

#if QT_VERSION < QT_VERSION_CHECK(6, 0, 0)
using namespace QtCharts;
#endif

namespace ql {

ChartWidget::ChartWidget(QWidget* parent)
    : QWidget(parent)
    , m_view(new QChartView(this))
    , m_footnotes(new QLabel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_footnotes);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setContextMenuPolicy(Qt::NoContextMenu);
    m_footnotes->setWordWrap(true);
    m_footnotes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_footnotes->setContentsMargins(8, 0, 8, 4);
    QFont small = m_footnotes->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_footnotes->setFont(small);
    m_footnotes->hide();
    rebuild();
}

QChart* ChartWidget::chart() const
{
    return m_view->chart();
}

void ChartWidget::setSpec(const ChartSpec& spec)
{
    m_spec = spec;
    rebuild();
}

void ChartWidget::rebuild()
{
    QChart* old = m_view->chart();
    m_view->setChart(QtChartFactory::create(m_spec, ColorPalette::isDark(palette())));
    // QChartView releases, but does not delete, the chart it showed before.
    delete old;
    m_footnotes->setText(m_spec.footnotes.join(QLatin1Char('\n')));
    m_footnotes->setVisible(!m_spec.footnotes.isEmpty());
    connectSeries();
}

void ChartWidget::connectSeries()
{
    const QList<QAbstractSeries*> all = chart()->series();
    for (QAbstractSeries* series : all) {
        if (auto* scatter = qobject_cast<QScatterSeries*>(series)) {
            const int s = QtChartFactory::specSeriesIndex(scatter);
            if (s < 0)
                continue;
            connect(scatter, &QScatterSeries::clicked, this,
                [this, s](const QPointF& value) { activatePoint(s, nearestPoint(s, value)); });
            connect(scatter, &QScatterSeries::hovered, this, [this, s](const QPointF& value, bool state) {
                if (state)
                    showTip(s, nearestPoint(s, value));
                else
                    QToolTip::hideText();
            });
        } else if (auto* bars = qobject_cast<QAbstractBarSeries*>(series)) {
            const QList<QBarSet*> sets = bars->barSets();
            for (QBarSet* set : sets) {
                const int s = QtChartFactory::specSeriesIndex(set);
                auto pointFor = [this, s](int category) {
                    const QVector<ChartSpec::Point>& pts = m_spec.series.at(s).points;
                    for (int i = 0; i < pts.size(); ++i) {
                        if (static_cast<int>(pts.at(i).x) == category)
                            return i;
                    }
                    return -1;
                };
                connect(set, &QBarSet::clicked, this,
                    [this, s, pointFor](int c) { activatePoint(s, pointFor(c)); });
                connect(set, &QBarSet::hovered, this, [this, s, pointFor](bool state, int c) {
                    if (state)
                        showTip(s, pointFor(c));
                    else
                        QToolTip::hideText();
                });
            }
        }
    }
}

int ChartWidget::nearestPoint(int seriesIndex, const QPointF& value) const
{
    if (seriesIndex < 0 || seriesIndex >= m_spec.series.size())
        return -1;
    const QVector<ChartSpec::Point>& pts = m_spec.series.at(seriesIndex).points;
    // Compare in pixels: x (msecs) and y (money) have unrelated magnitudes.
    const QPointF target = chart()->mapToPosition(value);
    int best = -1;
    double bestDist = 0.0;
    for (int i = 0; i < pts.size(); ++i) {
        const QPointF d = chart()->mapToPosition(QPointF(pts.at(i).x, pts.at(i).y)) - target;
        const double dist = d.x() * d.x() + d.y() * d.y();
        if (best < 0 || dist < bestDist) {
            best = i;
            bestDist = dist;
        }
    }
    return best;
}

void ChartWidget::showTip(int seriesIndex, int pointIndex)
{
    if (seriesIndex < 0 || seriesIndex >= m_spec.series.size() || pointIndex < 0
        || pointIndex >= m_spec.series.at(seriesIndex).points.size())
        return;
    QToolTip::showText(QCursor::pos(), m_spec.series.at(seriesIndex).points.at(pointIndex).label, this);
}

QPoint ChartWidget::pointPosition(int seriesIndex, int pointIndex) const
{
    if (seriesIndex < 0 || seriesIndex >= m_spec.series.size() || pointIndex < 0
        || pointIndex >= m_spec.series.at(seriesIndex).points.size())
        return {};
    const ChartSpec::Point& p = m_spec.series.at(seriesIndex).points.at(pointIndex);
    QPointF inChart;
    if (m_spec.style == ChartSpec::Style::Bars) {
        // Bars are laid out by the series from the plot area: a slot per category, barWidth() of it filled.
        const QRectF plot = chart()->plotArea();
        const int categories = std::max(1, static_cast<int>(m_spec.categories.size()));
        const int sets = std::max(1, static_cast<int>(m_spec.series.size()));
        const double slot = plot.width() / categories;
        const double groupWidth = slot * QtChartFactory::barWidth();
        double base = 0.0;
        double barX = plot.left() + slot * (p.x + 0.5);
        if (m_spec.stacked) {
            for (int s = 0; s < seriesIndex; ++s) {
                for (const ChartSpec::Point& q : m_spec.series.at(s).points) {
                    if (q.x == p.x && (q.y >= 0.0) == (p.y >= 0.0))
                        base += q.y;
                }
            }
        } else {
            barX += -groupWidth / 2.0 + groupWidth * (seriesIndex + 0.5) / sets;
        }
        const QPointF top = chart()->mapToPosition(QPointF(p.x, base + p.y));
        const QPointF bottom = chart()->mapToPosition(QPointF(p.x, base));
        inChart = QPointF(barX, (top.y() + bottom.y()) / 2.0);
    } else {
        QAbstractSeries* series = nullptr;
        for (QAbstractSeries* s : chart()->series()) {
            if (qobject_cast<QScatterSeries*>(s) && QtChartFactory::specSeriesIndex(s) == seriesIndex)
                series = s;
        }
        inChart = chart()->mapToPosition(QPointF(p.x, p.y), series);
    }
    const QPointF scene = chart()->mapToScene(inChart);
    return m_view->mapFromScene(scene);
}

void ChartWidget::activatePoint(int seriesIndex, int pointIndex)
{
    if (seriesIndex < 0 || seriesIndex >= m_spec.series.size() || pointIndex < 0
        || pointIndex >= m_spec.series.at(seriesIndex).points.size())
        return;
    const QVector<qint64>& ids = m_spec.series.at(seriesIndex).points.at(pointIndex).statementIds;
    if (ids.isEmpty())
        return;
    emit figureActivated(ids.first());
    emit figuresActivated(ids);
}

void ChartWidget::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        rebuild();
}

void ChartWidget::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu menu(this);
    menu.addAction(tr("Export chart…"), this, &ChartWidget::exportRequested);
    menu.addAction(tr("Export data as CSV…"), this, &ChartWidget::exportDataRequested);
    menu.exec(event->globalPos());
}

} // namespace ql
