#include "views/timeline/TimelineView.h"

#include "models/timeline/TimelineModel.h"
#include "views/charts/ColorPalette.h"
#include "views/timeline/TimelineData.h"
#include "views/timeline/TimelineLayout.h"

#include <QAbstractProxyModel>
#include <QApplication>
#include <QFontMetricsF>
#include <QHelpEvent>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace ql {

namespace {

constexpr double kHitRadius = 8.0;

} // namespace

TimelineView::TimelineView(QWidget* parent)
    : QWidget(parent)
    , m_hbar(new QScrollBar(Qt::Horizontal, this))
    , m_vbar(new QScrollBar(Qt::Vertical, this))
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setAttribute(Qt::WA_OpaquePaintEvent);
    m_scale.setSpanLimits(3.0, 366.0 * 60.0);
    m_vbar->hide();
    m_hbar->setToolTip(tr("Visible period: drag to move, zoom with the wheel or +/−"));
    connect(m_hbar, &QScrollBar::valueChanged, this, [this](int value) {
        if (m_syncingBars)
            return;
        const double span = m_scale.visibleDays();
        m_scale.setVisibleJulianDays(value, value + span);
        m_userZoomed = true;
        afterScaleChange();
    });
    connect(m_vbar, &QScrollBar::valueChanged, this, [this](int) {
        if (!m_syncingBars)
            invalidateLayout();
    });
}

TimelineView::~TimelineView() = default;

QSize TimelineView::sizeHint() const
{
    return QSize(900, 420);
}

QSize TimelineView::minimumSizeHint() const
{
    return QSize(320, 140);
}

void TimelineView::setModel(QAbstractItemModel* model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    QItemSelectionModel* old = m_ownsSelection ? m_selection : nullptr;
    m_selection = new QItemSelectionModel(model, this);
    m_ownsSelection = true;
    connect(m_selection, &QItemSelectionModel::selectionChanged, this, &TimelineView::onSelectionChanged);
    delete old;
    connectModel();
    m_userZoomed = false;
    rebuildData();
}

void TimelineView::setSelectionModel(QItemSelectionModel* selection)
{
    if (!selection || selection == m_selection)
        return;
    if (m_selection)
        disconnect(m_selection, nullptr, this, nullptr);
    if (m_ownsSelection)
        delete m_selection;
    m_selection = selection;
    m_ownsSelection = false;
    connect(m_selection, &QItemSelectionModel::selectionChanged, this, &TimelineView::onSelectionChanged);
    onSelectionChanged();
}

void TimelineView::connectModel()
{
    if (!m_model)
        return;
    const auto schedule = [this] { scheduleDataRebuild(); };
    connect(m_model, &QAbstractItemModel::modelReset, this, schedule);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, schedule);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, schedule);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, schedule);
    connect(m_model, &QAbstractItemModel::rowsMoved, this, schedule);
    connect(m_model, &QAbstractItemModel::dataChanged, this, schedule);
    if (TimelineModel* tm = timelineSource())
        connect(tm, &TimelineModel::undatedCountChanged, this, [this] { invalidateLayout(); });
}

TimelineModel* TimelineView::timelineSource() const
{
    QAbstractItemModel* m = m_model;
    while (auto* proxy = qobject_cast<QAbstractProxyModel*>(m))
        m = proxy->sourceModel();
    return qobject_cast<TimelineModel*>(m);
}

int TimelineView::undatedCount() const
{
    if (m_undatedOverride >= 0)
        return m_undatedOverride;
    const TimelineModel* tm = timelineSource();
    return tm ? tm->undatedCount() : 0;
}

void TimelineView::setUndatedCount(int count)
{
    m_undatedOverride = count;
    invalidateLayout();
}

void TimelineView::scheduleDataRebuild()
{
    // A filter change emits several row signals in a row; rebuild once after them.
    m_dataDirty = true;
    if (!m_rebuildQueued) {
        m_rebuildQueued = true;
        QMetaObject::invokeMethod(
            this, [this] { ensureData(); }, Qt::QueuedConnection);
    }
    update();
}

void TimelineView::ensureData() const
{
    if (m_dataDirty) {
        // Accessors are const for callers, but the copied data is a cache of the model.
        const_cast<TimelineView*>(this)->rebuildData();
    }
}

void TimelineView::rebuildData()
{
    m_dataDirty = false;
    m_rebuildQueued = false;
    const qint64 currentId
        = m_current >= 0 && m_current < m_data.items.size() ? m_data.items.at(m_current).id : 0;
    m_data = TimelineData::fromModel(m_model);
    m_current = -1;
    if (currentId != 0)
        m_current = m_data.itemOf(currentId);
    m_selected.fill(false, m_data.items.size());
    if (m_selection) {
        const QModelIndexList sel = m_selection->selectedIndexes();
        for (const QModelIndex& idx : sel) {
            if (idx.row() >= 0 && idx.row() < m_selected.size())
                m_selected[idx.row()] = true;
        }
    }
    if (!m_userZoomed)
        fitAll();
    syncScrollBars();
    invalidateLayout();
}

void TimelineView::onSelectionChanged()
{
    ensureData();
    m_selected.fill(false, m_data.items.size());
    if (m_selection) {
        const QModelIndexList sel = m_selection->selectedIndexes();
        for (const QModelIndex& idx : sel) {
            if (idx.row() >= 0 && idx.row() < m_selected.size())
                m_selected[idx.row()] = true;
        }
    }
    update();
}

void TimelineView::invalidateLayout()
{
    m_layoutDirty = true;
    update();
}

QSize TimelineView::plotAreaSize() const
{
    const int h = m_hbar->isVisibleTo(this) ? m_hbar->sizeHint().height() : 0;
    const int w = m_vbar->isVisibleTo(this) ? m_vbar->sizeHint().width() : 0;
    return QSize(width() - w, height() - h);
}

void TimelineView::ensureLayout() const
{
    if (!m_layoutDirty && m_layout.size == plotAreaSize())
        return;
    m_layout = TimelineLayout::compute(m_data, m_scale, plotAreaSize(),
        m_vbar->isVisibleTo(this) ? m_vbar->value() : 0, false, false, font());
    m_layoutDirty = false;
}

void TimelineView::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    update();
}

void TimelineView::paintEvent(QPaintEvent*)
{
    ensureData();
    ensureLayout();
    QPainter p(this);
    TimelinePaintState state;
    state.selected = m_selected;
    state.current = m_current;
    state.focus = hasFocus();
    state.periodFrom = m_periodFrom;
    state.periodTo = m_periodTo;
    state.banding = m_drag == Drag::Band;
    state.bandStartX = m_bandStartX;
    state.bandEndX = m_bandEndX;
    state.undated = undatedCount();
    if (m_loading)
        state.emptyText = tr("Loading the timeline\u2026");
    m_renderer.paint(p, m_data, m_layout, TimelineColors::fromPalette(palette()), state, font());
    if (hasFocus() && !m_layout.plot.isEmpty() && m_current < 0) {
        p.setPen(QPen(palette().color(QPalette::Highlight), 1.0, Qt::DotLine));
        p.setBrush(Qt::NoBrush);
        p.drawRect(m_layout.plot.adjusted(0.5, 0.5, -0.5, -0.5));
    }
}

void TimelineView::render(QPainter* painter, const QSize& size, const QString& title) const
{
    ensureData();
    m_renderer.paintExport(*painter, m_data, m_scale, size, title, undatedCount(), font());
}

void TimelineView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    syncScrollBars();
    invalidateLayout();
}

void TimelineView::syncScrollBars()
{
    m_syncingBars = true;
    const int hb = m_hbar->sizeHint().height();
    const int vb = m_vbar->sizeHint().width();
    // Lanes that do not fit get a vertical scroll bar.
    const double available = height() - hb - TimelineLayout::AxisHeight - 4.0;
    const int fit = std::max(1, static_cast<int>(available / TimelineLayout::MinLaneHeight));
    const int lanes = static_cast<int>(m_data.laneNames.size());
    const bool needV = lanes > fit;
    m_vbar->setVisible(needV);
    if (needV) {
        m_vbar->setRange(0, lanes - fit);
        m_vbar->setPageStep(fit);
        m_vbar->setGeometry(width() - vb, 0, vb, height() - hb);
    }
    m_hbar->setGeometry(0, height() - hb, width() - (needV ? vb : 0), hb);
    m_hbar->show();
    if (!m_data.byDate.isEmpty()) {
        const int first = m_data.items.at(m_data.byDate.constFirst()).jd;
        const int last = m_data.items.at(m_data.byDate.constLast()).jd + 1;
        const int span = static_cast<int>(std::ceil(m_scale.visibleDays()));
        const int lo = std::min(first - static_cast<int>(TimelineData::PadDays),
            static_cast<int>(std::floor(m_scale.startJulianDay())));
        const int hi = std::max(last + static_cast<int>(TimelineData::PadDays) - span,
            static_cast<int>(std::floor(m_scale.startJulianDay())));
        m_hbar->setRange(lo, std::max(lo, hi));
        m_hbar->setPageStep(std::max(1, span));
        m_hbar->setSingleStep(std::max(1, span / 20));
        m_hbar->setValue(static_cast<int>(std::floor(m_scale.startJulianDay())));
    } else {
        m_hbar->setRange(0, 0);
    }
    m_syncingBars = false;
}

void TimelineView::afterScaleChange()
{
    syncScrollBars();
    invalidateLayout();
    emit visibleRangeChanged(m_scale.visibleFrom(), m_scale.visibleTo());
}

void TimelineView::setVisibleRange(const QDate& from, const QDate& to)
{
    m_scale.setVisibleRange(from, to);
    m_userZoomed = true;
    afterScaleChange();
}

void TimelineView::zoomAt(double factor, double x)
{
    ensureLayout();
    m_scale.setPixelRange(m_layout.plot.left(), m_layout.plot.width());
    m_scale.zoom(factor, x);
    m_userZoomed = true;
    afterScaleChange();
}

void TimelineView::zoomBy(double factor)
{
    ensureData();
    ensureLayout();
    double x = m_layout.plot.center().x();
    if (m_current >= 0) {
        const double cx = m_layout.scale.xForJulianDay(m_data.items.at(m_current).jd + 0.5);
        if (cx >= m_layout.plot.left() && cx <= m_layout.plot.right())
            x = cx;
    }
    zoomAt(factor, x);
}

void TimelineView::panBy(double dx)
{
    ensureLayout();
    m_scale.setPixelRange(m_layout.plot.left(), m_layout.plot.width());
    m_scale.pan(dx);
    m_userZoomed = true;
    afterScaleChange();
}

void TimelineView::fitAll()
{
    ensureData();
    // Everything, whatever is selected; new data keeps it fitted until the analyst zooms again.
    m_userZoomed = false;
    if (m_data.fit(m_scale))
        afterScaleChange();
}

void TimelineView::fitToSelection()
{
    ensureData();
    int lo = 0;
    int hi = 0;
    for (int i = 0; i < m_data.items.size(); ++i) {
        if (!m_selected.value(i) || m_data.items.at(i).jd == 0)
            continue;
        const int jd = m_data.items.at(i).jd;
        lo = lo == 0 ? jd : std::min(lo, jd);
        hi = std::max(hi, jd);
    }
    if (lo == 0) {
        fitAll();
        m_userZoomed = false;
        return;
    }
    const double pad = std::max(TimelineData::PadDays, (hi - lo) * 0.05);
    m_scale.setVisibleJulianDays(lo - pad, hi + 1.0 + pad);
    m_userZoomed = true;
    afterScaleChange();
}

QStringList TimelineView::lanes() const
{
    ensureData();
    return m_data.laneNames;
}

bool TimelineView::isDensityMode() const
{
    ensureData();
    ensureLayout();
    return m_layout.density;
}

QPoint TimelineView::markPosition(qint64 statementId) const
{
    ensureData();
    ensureLayout();
    for (const TimelineMark& mk : m_layout.marks) {
        const QVector<int>& items = m_data.laneItems.at(mk.lane);
        for (int k = mk.first; k < mk.first + mk.count; ++k) {
            if (m_data.items.at(items.at(k)).id == statementId)
                return mk.pos.toPoint();
        }
    }
    return {};
}

int TimelineView::itemAt(const QPoint& pos) const
{
    ensureData();
    ensureLayout();
    if (!m_layout.plot.adjusted(-kHitRadius, 0, kHitRadius, 0).contains(pos))
        return -1;
    const int v = static_cast<int>((pos.y() - m_layout.plot.top()) / m_layout.laneHeight);
    if (v < 0 || v >= m_layout.visibleLanes)
        return -1;
    const int lane = m_layout.firstLane + v;
    if (m_layout.density) {
        // In density mode the nearest statement of the lane within the hit radius stands for the strip.
        const QVector<int>& jds = m_data.laneJd.at(lane);
        const double jd = m_layout.scale.julianDayForX(pos.x()) - 0.5;
        const auto it = std::lower_bound(jds.cbegin(), jds.cend(), static_cast<int>(std::lround(jd)));
        int best = -1;
        double bestDx = kHitRadius;
        for (auto c = (it == jds.cbegin() ? it : it - 1); c != jds.cend() && c <= it; ++c) {
            const double dx = std::abs(m_layout.scale.xForJulianDay(*c + 0.5) - pos.x());
            if (dx <= bestDx) {
                bestDx = dx;
                best = m_data.laneItems.at(lane).at(static_cast<int>(c - jds.cbegin()));
            }
        }
        return best;
    }
    int best = -1;
    double bestD = kHitRadius * kHitRadius;
    for (const TimelineMark& mk : m_layout.marks) {
        if (mk.lane != lane)
            continue;
        const double dx = mk.pos.x() - pos.x();
        const double dy = mk.pos.y() - pos.y();
        const double d = dx * dx + dy * dy;
        if (d <= bestD) {
            bestD = d;
            best = m_data.laneItems.at(lane).at(mk.first);
        }
    }
    return best;
}

qint64 TimelineView::statementAt(const QPoint& pos) const
{
    const int item = itemAt(pos);
    return item >= 0 ? m_data.items.at(item).id : 0;
}

qint64 TimelineView::currentStatementId() const
{
    ensureData();
    return m_current >= 0 ? m_data.items.at(m_current).id : 0;
}

void TimelineView::setCurrentItem(int item, bool select)
{
    if (item < 0 || item >= m_data.items.size())
        return;
    const bool changed = item != m_current;
    m_current = item;
    if (select && m_selection && m_model) {
        const QModelIndex idx = m_model->index(item, 0);
        m_selection->setCurrentIndex(idx, QItemSelectionModel::ClearAndSelect);
    }
    ensureItemVisible(item);
    update();
    if (changed)
        emit currentStatementChanged(m_data.items.at(item).id);
}

bool TimelineView::selectStatement(qint64 statementId)
{
    ensureData();
    for (int i = 0; i < m_data.items.size(); ++i) {
        if (m_data.items.at(i).id == statementId && m_data.items.at(i).jd != 0) {
            setCurrentItem(i, true);
            return true;
        }
    }
    return false;
}

void TimelineView::ensureItemVisible(int item)
{
    ensureLayout();
    const TimelineItem& it = m_data.items.at(item);
    const double x = m_layout.scale.xForJulianDay(it.jd + 0.5);
    if (x < m_layout.plot.left() + 10 || x > m_layout.plot.right() - 10) {
        const double span = m_scale.visibleDays();
        m_scale.setVisibleJulianDays(it.jd + 0.5 - span / 2.0, it.jd + 0.5 + span / 2.0);
        m_userZoomed = true;
        afterScaleChange();
    }
    if (m_vbar->isVisible()) {
        const int first = m_vbar->value();
        if (it.lane < first)
            m_vbar->setValue(it.lane);
        else if (it.lane >= first + m_layout.visibleLanes)
            m_vbar->setValue(it.lane - m_layout.visibleLanes + 1);
    }
}

void TimelineView::clearPeriod()
{
    if (!m_periodFrom.isValid())
        return;
    m_periodFrom = QDate();
    m_periodTo = QDate();
    update();
    emit periodCleared();
}

bool TimelineView::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        ensureLayout();
        if (m_layout.undatedRect.contains(help->pos()) && undatedCount() > 0) {
            QToolTip::showText(help->globalPos(),
                tr("%n statement(s) without a date are not placed on the timeline. Click to list them.",
                    nullptr, undatedCount()),
                this);
            return true;
        }
        const int item = itemAt(help->pos());
        if (item < 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const TimelineItem& it = m_data.items.at(item);
        // A window reads as a window ("5–6 Nov 2025"), a day as the locale writes it.
        const QString when = it.jdFrom < it.jd && !it.when.isEmpty()
            ? it.when
            : QLocale().toString(QDate::fromJulianDay(it.jd), QLocale::LongFormat);
        QString text = QStringLiteral("%1\n%2 · %3\n%4")
                           .arg(it.speaker.isEmpty() ? TimelineModel::unknownLaneLabel() : it.speaker, when,
                               it.source, it.firstWords);
        if (!it.evidence.isEmpty())
            text += QLatin1Char('\n') + it.evidence;
        if (!m_layout.density) {
            for (const TimelineMark& mk : m_layout.marks) {
                if (mk.count > 1 && m_data.laneItems.at(mk.lane).at(mk.first) == item)
                    text += QLatin1Char('\n') + tr("and %n more that day", nullptr, mk.count - 1);
            }
        }
        QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void TimelineView::wheelEvent(QWheelEvent* event)
{
    const int delta = event->angleDelta().y();
    if (delta == 0) {
        event->ignore();
        return;
    }
    // 120 units is one notch; each notch zooms by 25 %.
    zoomAt(std::pow(1.25, delta / 120.0), event->position().x());
    event->accept();
}

void TimelineView::mousePressEvent(QMouseEvent* event)
{
    setFocus(Qt::MouseFocusReason);
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_pressPos = event->pos();
    m_lastPos = event->pos();
    m_drag = Drag::Pending;
    if (event->modifiers() & Qt::ShiftModifier) {
        m_drag = Drag::Band;
        m_bandStartX = m_bandEndX = event->pos().x();
    }
    event->accept();
}

void TimelineView::mouseMoveEvent(QMouseEvent* event)
{
    if (m_drag == Drag::Pending
        && (event->pos() - m_pressPos).manhattanLength() >= QApplication::startDragDistance()) {
        m_drag = Drag::Pan;
        setCursor(Qt::ClosedHandCursor);
    }
    if (m_drag == Drag::Pan) {
        panBy(event->pos().x() - m_lastPos.x());
        m_lastPos = event->pos();
    } else if (m_drag == Drag::Band) {
        ensureLayout();
        m_bandEndX
            = std::clamp(static_cast<double>(event->pos().x()), m_layout.plot.left(), m_layout.plot.right());
        update();
    }
    event->accept();
}

void TimelineView::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    const Drag drag = m_drag;
    m_drag = Drag::None;
    unsetCursor();
    if (drag == Drag::Band) {
        ensureLayout();
        const double x0 = std::min(m_bandStartX, m_bandEndX);
        const double x1 = std::max(m_bandStartX, m_bandEndX);
        if (x1 - x0 >= 3.0) {
            m_periodFrom = m_layout.scale.dateForX(x0);
            m_periodTo = m_layout.scale.dateForX(x1);
            update();
            emit periodSelected(m_periodFrom, m_periodTo);
        } else {
            update();
        }
    } else if (drag == Drag::Pending) {
        ensureLayout();
        if (m_layout.undatedRect.contains(event->pos()) && undatedCount() > 0) {
            emit undatedActivated();
        } else {
            const int item = itemAt(event->pos());
            if (item >= 0) {
                setCurrentItem(item, true);
                emit statementActivated(m_data.items.at(item).id);
            } else if (m_selection) {
                m_selection->clearSelection();
            }
        }
    }
    event->accept();
}

int TimelineView::laneNeighbour(int item, int direction) const
{
    const int lane = m_data.items.at(item).lane + direction;
    if (lane < 0 || lane >= m_data.laneItems.size())
        return -1;
    const QVector<int>& jds = m_data.laneJd.at(lane);
    if (jds.isEmpty())
        return laneNeighbour(
            m_data.laneItems.at(lane).isEmpty() ? item : m_data.laneItems.at(lane).constFirst(), direction);
    const int jd = m_data.items.at(item).jd;
    int i = static_cast<int>(std::lower_bound(jds.cbegin(), jds.cend(), jd) - jds.cbegin());
    if (i >= jds.size() || (i > 0 && jd - jds.at(i - 1) < jds.at(i) - jd))
        i = std::max(0, i - 1);
    return m_data.laneItems.at(lane).at(std::min(i, static_cast<int>(jds.size()) - 1));
}

void TimelineView::keyPressEvent(QKeyEvent* event)
{
    ensureData();
    const auto firstVisible = [this]() {
        ensureLayout();
        const int jd = static_cast<int>(std::floor(m_layout.scale.startJulianDay()));
        for (const int i : std::as_const(m_data.byDate)) {
            if (m_data.items.at(i).jd >= jd)
                return i;
        }
        return m_data.byDate.isEmpty() ? -1 : m_data.byDate.constLast();
    };
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right: {
        if (m_current < 0) {
            setCurrentItem(firstVisible(), true);
            break;
        }
        const QVector<int>& lane = m_data.laneItems.at(m_data.items.at(m_current).lane);
        const int pos = m_data.posInLane.at(m_current) + (event->key() == Qt::Key_Left ? -1 : 1);
        if (pos >= 0 && pos < lane.size())
            setCurrentItem(lane.at(pos), true);
        break;
    }
    case Qt::Key_Up:
    case Qt::Key_Down: {
        if (m_current < 0) {
            setCurrentItem(firstVisible(), true);
            break;
        }
        const int n = laneNeighbour(m_current, event->key() == Qt::Key_Up ? -1 : 1);
        if (n >= 0)
            setCurrentItem(n, true);
        break;
    }
    case Qt::Key_Home:
        if (!m_data.byDate.isEmpty())
            setCurrentItem(m_data.byDate.constFirst(), true);
        break;
    case Qt::Key_End:
        if (!m_data.byDate.isEmpty())
            setCurrentItem(m_data.byDate.constLast(), true);
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1.5);
        break;
    case Qt::Key_Minus:
    case Qt::Key_Underscore:
        zoomBy(1.0 / 1.5);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_current >= 0)
            emit statementActivated(m_data.items.at(m_current).id);
        break;
    case Qt::Key_Escape:
        clearPeriod();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void TimelineView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        m_renderer.clearCache(); // marks in the old colours
        invalidateLayout();
    }
}

} // namespace ql
