#include "views/charts/ChartWidget.h"

#include "views/charts/ColorPalette.h"
#include "views/charts/QtChartFactory.h"

#include <QContextMenuEvent>
#include <QCursor>
#include <QEvent>
#include <QLabel>
#include <QMenu>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>
#include <QtCharts/QAbstractBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QScatterSeries>

#include <algorithm>
#include <cmath>

#if QT_VERSION < QT_VERSION_CHECK(6, 0, 0)
using namespace QtCharts;
#endif

namespace ql {

namespace {

constexpr double kLowerPanelShare = 0.42;

} // namespace

ChartWidget::ChartWidget(QWidget* parent)
    : QWidget(parent)
    , m_view(new QChartView(this))
    , m_lower(new QChartView(this))
    , m_enlarge(new QLabel(this))
    , m_footnotes(new QLabel(this))
    , m_resizeTimer(new QTimer(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_view, 58);
    layout->addWidget(m_lower, 42);
    layout->addWidget(m_enlarge, 1);
    layout->addWidget(m_footnotes);
    for (QChartView* view : { m_view, m_lower }) {
        view->setRenderHint(QPainter::Antialiasing);
        view->setContextMenuPolicy(Qt::NoContextMenu);
        view->setMinimumSize(1, 1);
    }
    m_lower->setObjectName(QStringLiteral("lowerPanel"));
    m_lower->hide();
    m_enlarge->setObjectName(QStringLiteral("enlargeNotice"));
    m_enlarge->setAlignment(Qt::AlignCenter);
    m_enlarge->setWordWrap(true);
    m_enlarge->setText(tr("Enlarge to read: the chart needs at least %1 × %2 pixels.")
                           .arg(QtChartFactory::minimumReadableSize().width())
                           .arg(QtChartFactory::minimumReadableSize().height()));
    m_enlarge->hide();
    m_footnotes->setWordWrap(true);
    m_footnotes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_footnotes->setContentsMargins(8, 0, 8, 4);
    QFont small = m_footnotes->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_footnotes->setFont(small);
    m_footnotes->hide();
    // Fonts and ticks follow the size; rebuilding once the dock stops moving keeps dragging smooth.
    m_resizeTimer->setSingleShot(true);
    m_resizeTimer->setInterval(120);
    connect(m_resizeTimer, &QTimer::timeout, this, [this] {
        if (viewSize() != m_builtFor)
            rebuild();
    });
    rebuild();
}

QChart* ChartWidget::chart() const
{
    return m_view->chart();
}

QChartView* ChartWidget::lowerChartView() const
{
    return m_spec.yScale == ChartSpec::YScale::Split ? m_lower : nullptr;
}

bool ChartWidget::showsEnlargeNotice() const
{
    return !m_enlarge->isHidden();
}

void ChartWidget::setSpec(const ChartSpec& spec)
{
    m_spec = spec;
    rebuild();
}

QSize ChartWidget::viewSize() const
{
    // The size the chart area gets: the widget less the footnotes.
    // A word-wrapped label's size hint is for a narrow column; its height at the real width counts.
    const int notes
        = m_footnotes->isHidden() ? 0 : std::max(0, m_footnotes->heightForWidth(std::max(1, width())));
    return QSize(std::max(1, width()), std::max(1, height() - notes));
}

void ChartWidget::rebuild()
{
    const bool split = m_spec.yScale == ChartSpec::YScale::Split;
    m_footnotes->setText(m_spec.footnotes.join(QLatin1Char('\n')));
    m_footnotes->setVisible(!m_spec.footnotes.isEmpty());
    const QSize size = viewSize();
    m_builtFor = size;
    const QSize minimum = QtChartFactory::minimumReadableSize();
    // Before the first layout the widget has no size yet: build for the default one.
    const bool laidOut = testAttribute(Qt::WA_Resized) || isVisible();
    const bool tooSmall = laidOut && (size.width() < minimum.width() || size.height() < minimum.height());
    m_enlarge->setVisible(tooSmall);
    m_view->setVisible(!tooSmall);
    m_lower->setVisible(!tooSmall && split);
    const QSize buildSize
        = laidOut ? size : QSize(QtChartFactory::DefaultWidth, QtChartFactory::DefaultHeight);
    const bool dark = ColorPalette::isDark(palette());
    const auto upperSize = split
        ? QSize(buildSize.width(), static_cast<int>(buildSize.height() * (1.0 - kLowerPanelShare)))
        : buildSize;
    QChart* old = m_view->chart();
    m_view->setChart(QtChartFactory::create(
        m_spec, dark, upperSize, split ? QtChartFactory::Part::Upper : QtChartFactory::Part::All));
    // QChartView releases, but does not delete, the chart it showed before.
    delete old;
    QChart* oldLower = m_lower->chart();
    m_lower->setChart(split ? QtChartFactory::create(m_spec, dark,
                          QSize(buildSize.width(), static_cast<int>(buildSize.height() * kLowerPanelShare)),
                          QtChartFactory::Part::Lower)
                            : new QChart);
    delete oldLower;
    connectSeries(m_view);
    if (split)
        connectSeries(m_lower);
}

void ChartWidget::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    m_resizeTimer->start();
}

void ChartWidget::connectSeries(QChartView* view)
{
    const QList<QAbstractSeries*> all = view->chart()->series();
    for (QAbstractSeries* series : all) {
        if (auto* scatter = qobject_cast<QScatterSeries*>(series)) {
            const int s = QtChartFactory::specSeriesIndex(scatter);
            if (s < 0)
                continue;
            connect(scatter, &QScatterSeries::clicked, this,
                [this, s, view](const QPointF& value) { activatePoint(s, nearestPoint(view, s, value)); });
            connect(
                scatter, &QScatterSeries::hovered, this, [this, s, view](const QPointF& value, bool state) {
                    if (state)
                        showTip(s, nearestPoint(view, s, value));
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

bool ChartWidget::validPoint(int seriesIndex, int pointIndex) const
{
    return seriesIndex >= 0 && seriesIndex < m_spec.series.size() && pointIndex >= 0
        && pointIndex < m_spec.series.at(seriesIndex).points.size();
}

int ChartWidget::nearestPoint(QChartView* view, int seriesIndex, const QPointF& value) const
{
    if (seriesIndex < 0 || seriesIndex >= m_spec.series.size())
        return -1;
    const QVector<ChartSpec::Point>& pts = m_spec.series.at(seriesIndex).points;
    QChart* c = view->chart();
    // Compare in pixels: x (msecs) and y (money) have unrelated magnitudes.
    const QPointF target = c->mapToPosition(value);
    int best = -1;
    double bestDist = 0.0;
    for (int i = 0; i < pts.size(); ++i) {
        if (viewOf(seriesIndex, i) != view)
            continue;
        const QPointF d = c->mapToPosition(QPointF(pts.at(i).x, pts.at(i).y)) - target;
        const double dist = d.x() * d.x() + d.y() * d.y();
        if (best < 0 || dist < bestDist) {
            best = i;
            bestDist = dist;
        }
    }
    return best;
}

QString ChartWidget::tipOf(int seriesIndex, int pointIndex) const
{
    return validPoint(seriesIndex, pointIndex) ? m_spec.series.at(seriesIndex).points.at(pointIndex).label
                                               : QString();
}

void ChartWidget::showTip(int seriesIndex, int pointIndex)
{
    if (!validPoint(seriesIndex, pointIndex))
        return;
    QToolTip::showText(QCursor::pos(), tipOf(seriesIndex, pointIndex), this);
}

QChartView* ChartWidget::viewOf(int seriesIndex, int pointIndex) const
{
    if (!validPoint(seriesIndex, pointIndex))
        return m_view;
    const ChartSpec::Point& p = m_spec.series.at(seriesIndex).points.at(pointIndex);
    return m_spec.yScale == ChartSpec::YScale::Split && !m_spec.inUpperPanel(p) ? m_lower : m_view;
}

QPoint ChartWidget::pointPosition(int seriesIndex, int pointIndex) const
{
    if (!validPoint(seriesIndex, pointIndex))
        return {};
    const ChartSpec::Point& p = m_spec.series.at(seriesIndex).points.at(pointIndex);
    QChartView* view = viewOf(seriesIndex, pointIndex);
    QChart* c = view->chart();
    QPointF inChart;
    if (m_spec.style == ChartSpec::Style::Bars) {
        // Bars are laid out by the series from the plot area: a slot per category, barWidth() of it filled.
        const QRectF plot = c->plotArea();
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
        const QPointF top = c->mapToPosition(QPointF(p.x, base + p.y));
        const QPointF bottom = c->mapToPosition(QPointF(p.x, base));
        inChart = QPointF(barX, (top.y() + bottom.y()) / 2.0);
    } else {
        QAbstractSeries* series = nullptr;
        for (QAbstractSeries* s : c->series()) {
            if (qobject_cast<QScatterSeries*>(s) && QtChartFactory::specSeriesIndex(s) == seriesIndex)
                series = s;
        }
        inChart = c->mapToPosition(QPointF(p.x, p.y), series);
    }
    const QPointF scene = c->mapToScene(inChart);
    return view->mapFromScene(scene);
}

void ChartWidget::activatePoint(int seriesIndex, int pointIndex)
{
    if (!validPoint(seriesIndex, pointIndex))
        return;
    const ChartSpec::Point& p = m_spec.series.at(seriesIndex).points.at(pointIndex);
    QVector<qint64> ids;
    for (const qint64 id : p.statementIds)
        if (id > 0)
            ids.append(id);
    if (!ids.isEmpty()) {
        emit figureActivated(ids.first());
        emit figuresActivated(ids);
        return;
    }
    // Outside every statement: the figure's own sentence in its article.
    for (const ChartSpec::Origin& o : p.origins) {
        if (o.articleId > 0) {
            emit sentenceActivated(o.articleId, o.start, o.end);
            return;
        }
    }
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
    // The point under the cursor, if any, can have who commits it corrected.
    int hitSeries = -1;
    int hitPoint = -1;
    double best = 14.0 * 14.0;
    for (int s = 0; s < m_spec.series.size(); ++s) {
        for (int i = 0; i < m_spec.series.at(s).points.size(); ++i) {
            QChartView* view = viewOf(s, i);
            if (!view->isVisible())
                continue;
            const QPoint at = view->mapTo(this, pointPosition(s, i));
            const QPoint d = at - event->pos();
            const double dist = double(d.x()) * d.x() + double(d.y()) * d.y();
            if (dist < best) {
                best = dist;
                hitSeries = s;
                hitPoint = i;
            }
        }
    }
    if (hitSeries >= 0) {
        const ChartSpec::Point& p = m_spec.series.at(hitSeries).points.at(hitPoint);
        QList<qint64> figures;
        for (const ChartSpec::Origin& o : p.origins)
            if (o.figureId > 0)
                figures.append(o.figureId);
        if (!figures.isEmpty()) {
            const QString current = m_spec.series.at(hitSeries).name;
            menu.addAction(tr("Set who commits…"), this,
                [this, figures, current] { emit actorEditRequested(figures, current); });
            menu.addSeparator();
        }
    }
    menu.addAction(tr("Export chart…"), this, &ChartWidget::exportRequested);
    menu.addAction(tr("Export data as CSV…"), this, &ChartWidget::exportDataRequested);
    menu.exec(event->globalPos());
}

} // namespace ql
