#include "timeline/TimelineView.h"

#include "charts/ColorPalette.h"
#include "timeline/TimelineModel.h"

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

constexpr double kAxisHeight = 34.0;
constexpr double kMinLaneHeight = 18.0;
constexpr double kMaxLaneHeight = 160.0;
constexpr double kBinWidth = 4.0;
constexpr double kHitRadius = 8.0;
constexpr double kPadDays = 10.0;
// Above this many marks per lane per pixel, individual marks only overlap: show density instead.
constexpr double kDensityThreshold = 0.12;
constexpr int kDensityMaxVisible = 20000;

double markRadius(StatementKind kind)
{
    switch (kind) {
    case StatementKind::Quote:
        return 5.0;
    case StatementKind::Transcript:
        return 4.0;
    case StatementKind::Paraphrase:
        return 4.5;
    }
    return 4.0;
}

void drawMarkShape(QPainter& p, StatementKind kind, const QPointF& c, double r)
{
    switch (kind) {
    case StatementKind::Quote:
        p.drawEllipse(c, r, r);
        break;
    case StatementKind::Transcript:
        p.drawRect(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r));
        break;
    case StatementKind::Paraphrase: {
        const QPointF pts[4] = { { c.x(), c.y() - r - 1 }, { c.x() + r + 1, c.y() }, { c.x(), c.y() + r + 1 },
            { c.x() - r - 1, c.y() } };
        p.drawPolygon(pts, 4);
        break;
    }
    }
}

QString kindName(StatementKind kind)
{
    switch (kind) {
    case StatementKind::Quote:
        return QApplication::translate("ql::TimelineView", "quote");
    case StatementKind::Transcript:
        return QApplication::translate("ql::TimelineView", "transcript");
    case StatementKind::Paraphrase:
        return QApplication::translate("ql::TimelineView", "reported speech");
    }
    return {};
}

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
    const qint64 currentId = m_current >= 0 && m_current < m_items.size() ? m_items.at(m_current).id : 0;
    m_items.clear();
    m_laneNames.clear();
    m_laneItems.clear();
    m_laneJd.clear();
    m_byDate.clear();
    m_current = -1;

    const int rows = m_model ? m_model->rowCount() : 0;
    m_items.reserve(rows);
    QHash<QString, int> laneOf;
    QVector<QPair<int, QString>> laneOrder; // (LaneIndexRole, key) to sort lanes like the model does
    // Read entries straight from the TimelineModel when the chain allows it: 100,000 QVariant round trips
    // per role would dominate a filter change.
    QVector<const QAbstractProxyModel*> chain;
    QAbstractItemModel* m = m_model;
    while (auto* proxy = qobject_cast<QAbstractProxyModel*>(m)) {
        chain.append(proxy);
        m = proxy->sourceModel();
    }
    const TimelineModel* tm = qobject_cast<TimelineModel*>(m);
    QHash<QString, int> sourceLaneIndex;
    if (tm) {
        for (int i = 0; i < tm->lanes().size(); ++i)
            sourceLaneIndex.insert(tm->lanes().at(i), i);
    }
    for (int row = 0; row < rows; ++row) {
        Item it;
        QString laneKey;
        int laneRank = 0;
        QDate date;
        QDate dateFrom;
        if (tm) {
            QModelIndex idx = m_model->index(row, 0);
            for (const QAbstractProxyModel* proxy : std::as_const(chain))
                idx = proxy->mapToSource(idx);
            const TimelineEntry& e = tm->entry(idx.row());
            it.id = e.statementId;
            date = e.date;
            dateFrom = e.dateFrom;
            it.when = e.when;
            it.evidence = e.evidence;
            it.kind = e.kind;
            it.speaker = e.speaker;
            it.source = e.source;
            it.firstWords = e.firstWords;
            laneKey = tm->laneKey(e);
            laneRank = sourceLaneIndex.value(laneKey, 0);
        } else {
            const QModelIndex idx = m_model->index(row, 0);
            it.id = idx.data(TimelineModel::StatementIdRole).toLongLong();
            date = idx.data(TimelineModel::DateRole).toDate();
            dateFrom = idx.data(TimelineModel::DateFromRole).toDate();
            it.evidence = idx.data(TimelineModel::EvidenceRole).toString();
            it.kind = static_cast<StatementKind>(idx.data(TimelineModel::KindRole).toInt());
            it.speaker = idx.data(TimelineModel::SpeakerRole).toString();
            it.source = idx.data(TimelineModel::SourceRole).toString();
            it.firstWords = idx.data(TimelineModel::FirstWordsRole).toString();
            laneKey = idx.data(TimelineModel::LaneKeyRole).toString();
            laneRank = idx.data(TimelineModel::LaneIndexRole).toInt();
        }
        // A row without a date is never placed; the model keeps those aside anyway.
        it.jd = date.isValid() ? static_cast<int>(date.toJulianDay()) : 0;
        it.jdFrom = dateFrom.isValid() && dateFrom < date ? static_cast<int>(dateFrom.toJulianDay()) : it.jd;
        auto found = laneOf.constFind(laneKey);
        if (found == laneOf.constEnd()) {
            found = laneOf.insert(laneKey, static_cast<int>(laneOrder.size()));
            laneOrder.append({ laneRank, laneKey });
        }
        it.lane = found.value();
        m_items.append(it);
    }
    // Lanes in the model's order; remap the provisional lane numbers.
    QVector<int> order(laneOrder.size());
    for (int i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        if (laneOrder.at(a).first != laneOrder.at(b).first)
            return laneOrder.at(a).first < laneOrder.at(b).first;
        return QString::localeAwareCompare(laneOrder.at(a).second, laneOrder.at(b).second) < 0;
    });
    QVector<int> remap(order.size());
    for (int i = 0; i < order.size(); ++i) {
        remap[order.at(i)] = i;
        m_laneNames.append(laneOrder.at(order.at(i)).second);
    }
    m_laneItems.resize(m_laneNames.size());
    m_laneJd.resize(m_laneNames.size());
    m_byDate.reserve(m_items.size());
    for (int i = 0; i < m_items.size(); ++i) {
        Item& it = m_items[i];
        if (it.jd == 0)
            continue;
        it.lane = remap.at(it.lane);
        m_laneItems[it.lane].append(i);
        m_byDate.append(i);
    }
    const auto byJd = [this](int a, int b) { return m_items.at(a).jd < m_items.at(b).jd; };
    std::stable_sort(m_byDate.begin(), m_byDate.end(), byJd);
    m_posByDate.fill(-1, m_items.size());
    m_posInLane.fill(-1, m_items.size());
    for (int i = 0; i < m_byDate.size(); ++i)
        m_posByDate[m_byDate.at(i)] = i;
    for (int l = 0; l < m_laneItems.size(); ++l) {
        QVector<int>& lane = m_laneItems[l];
        std::stable_sort(lane.begin(), lane.end(), byJd);
        QVector<int>& jds = m_laneJd[l];
        jds.resize(lane.size());
        for (int i = 0; i < lane.size(); ++i) {
            jds[i] = m_items.at(lane.at(i)).jd;
            m_posInLane[lane.at(i)] = i;
        }
    }
    if (currentId != 0) {
        for (int i = 0; i < m_items.size(); ++i) {
            if (m_items.at(i).id == currentId && m_items.at(i).jd != 0) {
                m_current = i;
                break;
            }
        }
    }
    m_selected.fill(false, m_items.size());
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
    m_selected.fill(false, m_items.size());
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
    m_layout
        = computeLayout(plotAreaSize(), m_vbar->isVisibleTo(this) ? m_vbar->value() : 0, false, QString());
    m_layoutDirty = false;
}

TimelineView::Layout TimelineView::computeLayout(
    const QSize& size, int firstLane, bool forExport, const QString& title) const
{
    Layout L;
    L.size = size;
    QFont f = font();
    const QFontMetricsF fm(f);
    if (forExport && !title.isEmpty())
        L.titleHeight = fm.height() * 1.6 + 12.0;
    const double legendHeight = forExport ? fm.height() + 10.0 : 0.0;

    double headerWidth = 60.0;
    for (const QString& name : m_laneNames)
        headerWidth = std::max(headerWidth, fm.horizontalAdvance(name) + 24.0);
    headerWidth = std::min(headerWidth, std::max(80.0, size.width() * 0.22));

    const double top = L.titleHeight + 4.0;
    const double bottom = size.height() - kAxisHeight - legendHeight;
    const double available = std::max(10.0, bottom - top);
    const int lanes = static_cast<int>(m_laneNames.size());
    double laneHeight = lanes > 0 ? available / lanes : available;
    int visibleLanes = lanes;
    if (forExport) {
        // An export shows every lane, however thin, rather than a scroll position.
        laneHeight = std::min(laneHeight, kMaxLaneHeight);
    } else {
        laneHeight = std::clamp(laneHeight, kMinLaneHeight, kMaxLaneHeight);
        visibleLanes = std::min(lanes, std::max(1, static_cast<int>(available / laneHeight)));
        firstLane = std::clamp(firstLane, 0, std::max(0, lanes - visibleLanes));
    }
    if (forExport)
        firstLane = 0;
    L.firstLane = firstLane;
    L.visibleLanes = visibleLanes;
    L.laneHeight = laneHeight;
    L.header = QRectF(0.0, top, headerWidth, visibleLanes * laneHeight);
    L.plot = QRectF(
        headerWidth, top, std::max(10.0, size.width() - headerWidth - 8.0), visibleLanes * laneHeight);
    L.axis = QRectF(headerWidth, L.plot.bottom(), L.plot.width(), kAxisHeight);
    L.undatedRect = QRectF(4.0, L.plot.bottom() + 4.0, headerWidth - 8.0, kAxisHeight - 8.0);

    L.scale = m_scale;
    L.scale.setPixelRange(L.plot.left(), L.plot.width());
    L.unit = L.scale.tickUnit(64.0);
    L.ticks = L.scale.ticks(64.0);

    const double startJd = L.scale.startJulianDay();
    const double endJd = L.scale.endJulianDay();
    const int loJd = static_cast<int>(std::floor(startJd)) - 1;
    const int hiJd = static_cast<int>(std::ceil(endJd)) + 1;
    QVector<QPair<int, int>> ranges(visibleLanes);
    qint64 visibleCount = 0;
    for (int v = 0; v < visibleLanes; ++v) {
        const QVector<int>& jds = m_laneJd.at(firstLane + v);
        const int a = static_cast<int>(std::lower_bound(jds.cbegin(), jds.cend(), loJd) - jds.cbegin());
        const int b = static_cast<int>(std::upper_bound(jds.cbegin(), jds.cend(), hiJd) - jds.cbegin());
        ranges[v] = { a, b };
        visibleCount += b - a;
    }
    const double perLanePerPixel
        = visibleLanes > 0 ? static_cast<double>(visibleCount) / visibleLanes / L.plot.width() : 0.0;
    L.density = perLanePerPixel > kDensityThreshold || visibleCount > kDensityMaxVisible;

    const double ppd = L.scale.pixelsPerDay();
    if (L.density) {
        const int bins = std::max(1, static_cast<int>(L.plot.width() / kBinWidth));
        L.laneMax.fill(0, visibleLanes);
        L.binCounts.resize(visibleLanes);
        for (int v = 0; v < visibleLanes; ++v) {
            QVector<int>& counts = L.binCounts[v];
            counts.fill(0, bins);
            const QVector<int>& jds = m_laneJd.at(firstLane + v);
            for (int i = ranges.at(v).first; i < ranges.at(v).second; ++i) {
                const double x = (jds.at(i) + 0.5 - startJd) * ppd;
                const int bin = static_cast<int>(x / kBinWidth);
                if (bin >= 0 && bin < bins)
                    ++counts[bin];
            }
            L.laneMax[v] = *std::max_element(counts.cbegin(), counts.cend());
        }
        return L;
    }

    // Labels only when zoomed in to weeks and the marks are few enough to leave room for words.
    const bool labels = L.unit <= TimeScale::TickUnit::Week && laneHeight >= 20.0
        && visibleCount
            <= static_cast<qint64>(visibleLanes) * std::max(4, static_cast<int>(L.plot.width() / 120.0));
    QFont labelFont = f;
    labelFont.setPointSizeF(f.pointSizeF() * 0.85);
    const QFontMetricsF lfm(labelFont);
    for (int v = 0; v < visibleLanes; ++v) {
        const int lane = firstLane + v;
        const QVector<int>& items = m_laneItems.at(lane);
        const double y = L.plot.top() + (v + 0.5) * laneHeight;
        const int firstMark = static_cast<int>(L.marks.size());
        for (int i = ranges.at(v).first; i < ranges.at(v).second; ++i) {
            const double x = L.scale.xForJulianDay(m_items.at(items.at(i)).jd + 0.5);
            // Statements of the same day (a transcript, a press conference) share one mark with a count.
            if (L.marks.size() > firstMark && std::abs(L.marks.constLast().pos.x() - x) < 1.5) {
                ++L.marks.last().count;
                continue;
            }
            L.marks.append(Mark { QPointF(x, y), lane, i, 1 });
        }
        if (!labels)
            continue;
        for (int m = firstMark; m < L.marks.size(); ++m) {
            const Mark& mk = L.marks.at(m);
            const double x0 = mk.pos.x() + 9.0;
            const double x1 = std::min(
                m + 1 < L.marks.size() ? L.marks.at(m + 1).pos.x() - 9.0 : L.plot.right(), x0 + 260.0);
            if (x1 - x0 < 30.0 || x0 > L.plot.right())
                continue;
            QString text = m_items.at(items.at(mk.first)).firstWords;
            if (mk.count > 1)
                text = QStringLiteral("×%1  ").arg(mk.count) + text;
            text = lfm.elidedText(text, Qt::ElideRight, x1 - x0);
            if (text.isEmpty())
                continue;
            L.labels.append(Label { QRectF(x0, y - lfm.height() / 2.0, x1 - x0, lfm.height()), text });
        }
    }
    return L;
}

TimelineView::Colors TimelineView::widgetColors() const
{
    const QPalette pal = palette();
    Colors c;
    c.dark = ColorPalette::isDark(pal);
    c.background = pal.color(QPalette::Base);
    c.band = pal.color(QPalette::AlternateBase);
    if (c.band == c.background)
        c.band = c.dark ? c.background.lighter(115) : c.background.darker(104);
    c.text = pal.color(QPalette::Text);
    c.muted = pal.color(QPalette::PlaceholderText);
    c.grid = c.dark ? c.background.lighter(170) : c.background.darker(118);
    c.highlight = pal.color(QPalette::Highlight);
    return c;
}

TimelineView::Colors TimelineView::exportColors()
{
    Colors c;
    c.background = Qt::white;
    c.band = QColor(0xF4F4F4);
    c.text = QColor(0x202020);
    c.muted = QColor(0x666666);
    c.grid = QColor(0xD8D8D8);
    c.highlight = QColor(0x0072B2);
    return c;
}

void TimelineView::paintLayout(
    QPainter& p, const Layout& L, const Colors& c, const QString& title, bool forExport) const
{
    const QFont baseFont = font();
    p.fillRect(QRectF(QPointF(0, 0), QSizeF(L.size)), c.background);
    if (forExport && !title.isEmpty()) {
        QFont tf = baseFont;
        tf.setPointSizeF(baseFont.pointSizeF() * 1.4);
        tf.setBold(true);
        p.setFont(tf);
        p.setPen(c.text);
        p.drawText(
            QRectF(12, 4, L.size.width() - 24, L.titleHeight - 4), Qt::AlignLeft | Qt::AlignVCenter, title);
    }

    // Lane bands and names.
    const QFontMetricsF fm(baseFont);
    p.setFont(baseFont);
    for (int v = 0; v < L.visibleLanes; ++v) {
        const int lane = L.firstLane + v;
        const QRectF band(0, L.plot.top() + v * L.laneHeight, L.plot.right(), L.laneHeight);
        if (lane % 2 == 1)
            p.fillRect(band, c.band);
        const QRectF swatch(6, band.center().y() - 4, 8, 8);
        p.fillRect(swatch, ColorPalette::color(lane, c.dark));
        p.setPen(c.text);
        const QRectF nameRect(20, band.top(), L.header.width() - 24, band.height());
        p.drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
            fm.elidedText(m_laneNames.at(lane), Qt::ElideRight, nameRect.width()));
    }
    if (m_laneNames.isEmpty()) {
        p.setPen(c.muted);
        p.drawText(L.plot, Qt::AlignCenter, tr("No dated statements"));
    }

    // Grid and axis.
    QFont axisFont = baseFont;
    axisFont.setPointSizeF(baseFont.pointSizeF() * 0.9);
    const QFontMetricsF afm(axisFont);
    p.setFont(axisFont);
    double lastLabelRight = -1e9;
    for (const TimeScale::Tick& t : L.ticks) {
        if (t.x < L.plot.left() - 0.5 || t.x > L.plot.right() + 0.5)
            continue;
        QPen pen(t.major ? c.muted : c.grid);
        pen.setWidthF(t.major ? 1.0 : 0.8);
        p.setPen(pen);
        p.drawLine(QPointF(t.x, L.plot.top()), QPointF(t.x, L.plot.bottom() + 5));
        const double w = afm.horizontalAdvance(t.label);
        const double lx = t.x + 3;
        if (lx > lastLabelRight + 6 && lx + w <= L.size.width() - 2.0) {
            p.setPen(t.major ? c.text : c.muted);
            p.drawText(QPointF(lx, L.plot.bottom() + 4 + afm.ascent()), t.label);
            lastLabelRight = lx + w;
        }
    }
    p.setPen(c.muted);
    p.drawLine(QPointF(L.plot.left(), L.plot.bottom()), QPointF(L.plot.right(), L.plot.bottom()));
    // Labelled ticks are weeks or wider; short day ticks on the axis still let one count days.
    if (L.unit != TimeScale::TickUnit::Day && L.scale.pixelsPerDay() >= 5.0) {
        p.setPen(QPen(c.grid, 1.0));
        const int first = static_cast<int>(std::ceil(L.scale.startJulianDay()));
        const int last = static_cast<int>(std::floor(L.scale.endJulianDay()));
        for (int jd = first; jd <= last; ++jd) {
            const double x = L.scale.xForJulianDay(jd);
            p.drawLine(QPointF(x, L.plot.bottom()), QPointF(x, L.plot.bottom() + 3));
        }
    }

    // Highlighted period (a finished rubber band, or one being dragged).
    auto drawPeriod = [&](double x0, double x1) {
        QColor fill = c.highlight;
        fill.setAlpha(45);
        const QRectF r(std::min(x0, x1), L.plot.top(), std::abs(x1 - x0), L.plot.height());
        p.fillRect(r.intersected(L.plot), fill);
        p.setPen(QPen(c.highlight, 1.0));
        p.drawRect(r.intersected(L.plot));
    };
    if (m_drag == Drag::Band && !forExport)
        drawPeriod(m_bandStartX, m_bandEndX);
    else if (m_periodFrom.isValid() && m_periodTo.isValid())
        drawPeriod(L.scale.xForDay(m_periodFrom), L.scale.xForDay(m_periodTo.addDays(1)));

    p.save();
    p.setClipRect(L.plot.adjusted(-6, 0, 6, 0));
    if (L.density) {
        const double h = std::clamp(L.laneHeight * 0.6, 4.0, 28.0);
        // One image row per lane, stretched without smoothing: a few draw calls instead of thousands of
        // rects.
        for (int v = 0; v < L.binCounts.size(); ++v) {
            const QVector<int>& counts = L.binCounts.at(v);
            if (L.laneMax.at(v) == 0)
                continue;
            const QColor base = ColorPalette::color(L.firstLane + v, c.dark);
            QImage strip(static_cast<int>(counts.size()), 1, QImage::Format_ARGB32_Premultiplied);
            QRgb* px = reinterpret_cast<QRgb*>(strip.scanLine(0));
            for (int b = 0; b < counts.size(); ++b) {
                if (counts.at(b) == 0) {
                    px[b] = 0;
                    continue;
                }
                // sqrt keeps single statements visible next to a busy summit week.
                const double t = std::sqrt(static_cast<double>(counts.at(b)) / L.laneMax.at(v));
                const int a = static_cast<int>(std::lround(255.0 * (0.18 + 0.82 * t)));
                px[b] = qPremultiply(qRgba(base.red(), base.green(), base.blue(), a));
            }
            const double y = L.plot.top() + (v + 0.5) * L.laneHeight - h / 2.0;
            p.drawImage(QRectF(L.plot.left(), y, counts.size() * kBinWidth, h), strip);
        }
    } else {
        p.setRenderHint(QPainter::Antialiasing, true);
        // Pre-rendered marks are several times faster than antialiased paths, but only look right on a
        // raster device at scale 1: vector exports and scaled prints draw real shapes.
        const QPaintDevice* device = p.device();
        const bool useSprites = !forExport && device && device->devType() != QInternal::Picture
            && p.worldTransform().isIdentity() && p.paintEngine()
            && (p.paintEngine()->type() == QPaintEngine::Raster);
        const qreal dpr = device ? device->devicePixelRatioF() : 1.0;
        // Windows of several days first, as bars under their marks: the statement was said some
        // day in that span ("last week", a three-day summit), the mark sits on its last day.
        for (const Mark& mk : L.marks) {
            const Item& first = m_items.at(m_laneItems.at(mk.lane).at(mk.first));
            if (first.jdFrom >= first.jd)
                continue;
            const double x0 = L.scale.xForJulianDay(first.jdFrom);
            const double x1 = L.scale.xForJulianDay(first.jd + 1);
            QColor bar = ColorPalette::color(mk.lane, c.dark);
            bar.setAlpha(90);
            p.setPen(Qt::NoPen);
            p.setBrush(bar);
            const double h = std::max(3.0, markRadius(first.kind));
            p.drawRoundedRect(QRectF(x0, mk.pos.y() - h / 2.0, std::max(1.0, x1 - x0), h), h / 2.0, h / 2.0);
        }
        for (const Mark& mk : L.marks) {
            const QVector<int>& items = m_laneItems.at(mk.lane);
            const int item = items.at(mk.first);
            const StatementKind kind = m_items.at(item).kind;
            bool selected = false;
            bool current = false;
            if (!forExport) {
                for (int k = mk.first; k < mk.first + mk.count; ++k) {
                    selected = selected || m_selected.value(items.at(k));
                    current = current || items.at(k) == m_current;
                }
            }
            const QColor col = ColorPalette::color(mk.lane, c.dark);
            const double r = markRadius(kind) + (mk.count > 1 ? 1.5 : 0.0);
            if (selected) {
                p.setPen(Qt::NoPen);
                QColor halo = c.highlight;
                halo.setAlpha(110);
                p.setBrush(halo);
                p.drawEllipse(mk.pos, r + 5, r + 5);
            }
            const QColor outline = c.dark ? col.lighter(150) : col.darker(150);
            const QColor fill = kind == StatementKind::Paraphrase ? c.background : col;
            if (useSprites) {
                const QImage& sprite = markSprite(kind, fill, outline, r, dpr);
                const double half = sprite.width() / dpr / 2.0;
                p.drawImage(QPointF(mk.pos.x() - half, mk.pos.y() - half), sprite);
            } else {
                p.setPen(QPen(outline, 1.0));
                p.setBrush(fill);
                drawMarkShape(p, kind, mk.pos, r);
            }
            if (current && hasFocus()) {
                p.setBrush(Qt::NoBrush);
                p.setPen(QPen(c.text, 1.2, Qt::DotLine));
                p.drawEllipse(mk.pos, r + 4, r + 4);
            }
        }
        QFont labelFont = baseFont;
        labelFont.setPointSizeF(baseFont.pointSizeF() * 0.85);
        p.setFont(labelFont);
        p.setPen(c.text);
        for (const Label& lb : L.labels)
            p.drawText(lb.rect, Qt::AlignLeft | Qt::AlignVCenter, lb.text);
    }
    p.restore();

    // The statements that have no date: counted here, never placed on the axis.
    const int undated = undatedCount();
    if (undated > 0) {
        p.setFont(axisFont);
        p.setPen(c.muted);
        p.drawText(L.undatedRect, Qt::AlignLeft | Qt::AlignVCenter,
            afm.elidedText(tr("%n undated", nullptr, undated), Qt::ElideRight, L.undatedRect.width()));
    }

    if (forExport) {
        const double y = L.axis.bottom() + 4;
        double x = L.plot.left();
        p.setFont(axisFont);
        p.setRenderHint(QPainter::Antialiasing, true);
        for (const StatementKind k :
            { StatementKind::Quote, StatementKind::Transcript, StatementKind::Paraphrase }) {
            p.setPen(QPen(c.muted, 1.0));
            p.setBrush(k == StatementKind::Paraphrase ? c.background : c.muted);
            drawMarkShape(p, k, QPointF(x + 5, y + afm.height() / 2.0), markRadius(k));
            p.setPen(c.text);
            const QString name = kindName(k);
            p.drawText(QPointF(x + 14, y + afm.ascent()), name);
            x += 14 + afm.horizontalAdvance(name) + 18;
        }
        QString note;
        if (L.density)
            note = tr("Darker = more statements per %1 days")
                       .arg(QLocale().toString(kBinWidth / L.scale.pixelsPerDay(), 'f', 0));
        if (undated > 0)
            note += (note.isEmpty() ? QString() : QStringLiteral(" · "))
                + tr("%n statement(s) without a date not shown", nullptr, undated);
        p.setPen(c.muted);
        p.drawText(QPointF(x, y + afm.ascent()), note);
    }
}

const QImage& TimelineView::markSprite(
    StatementKind kind, const QColor& fill, const QColor& outline, double radius, qreal dpr) const
{
    const QString key = QStringLiteral("%1/%2/%3/%4/%5")
                            .arg(static_cast<int>(kind))
                            .arg(fill.rgba())
                            .arg(outline.rgba())
                            .arg(radius)
                            .arg(dpr);
    auto it = m_sprites.find(key);
    if (it != m_sprites.end())
        return it.value();
    if (m_sprites.size() > 256)
        m_sprites.clear();
    const int side = static_cast<int>(std::ceil((radius + 2.0) * 2.0 * dpr));
    QImage img(side, side, QImage::Format_ARGB32_Premultiplied);
    img.setDevicePixelRatio(dpr);
    img.fill(Qt::transparent);
    {
        QPainter sp(&img);
        sp.setRenderHint(QPainter::Antialiasing, true);
        sp.setPen(QPen(outline, 1.0));
        sp.setBrush(fill);
        const double c = side / dpr / 2.0;
        drawMarkShape(sp, kind, QPointF(c, c), radius);
    }
    return m_sprites.insert(key, img).value();
}

void TimelineView::paintEvent(QPaintEvent*)
{
    ensureData();
    ensureLayout();
    QPainter p(this);
    paintLayout(p, m_layout, widgetColors(), QString(), false);
    if (hasFocus() && !m_layout.plot.isEmpty() && m_current < 0) {
        p.setPen(QPen(palette().color(QPalette::Highlight), 1.0, Qt::DotLine));
        p.setBrush(Qt::NoBrush);
        p.drawRect(m_layout.plot.adjusted(0.5, 0.5, -0.5, -0.5));
    }
}

void TimelineView::render(QPainter* painter, const QSize& size, const QString& title) const
{
    ensureData();
    const Layout L = computeLayout(size, 0, true, title);
    painter->save();
    paintLayout(*painter, L, exportColors(), title, true);
    painter->restore();
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
    const double available = height() - hb - kAxisHeight - 4.0;
    const int fit = std::max(1, static_cast<int>(available / kMinLaneHeight));
    const int lanes = static_cast<int>(m_laneNames.size());
    const bool needV = lanes > fit;
    m_vbar->setVisible(needV);
    if (needV) {
        m_vbar->setRange(0, lanes - fit);
        m_vbar->setPageStep(fit);
        m_vbar->setGeometry(width() - vb, 0, vb, height() - hb);
    }
    m_hbar->setGeometry(0, height() - hb, width() - (needV ? vb : 0), hb);
    m_hbar->show();
    if (!m_byDate.isEmpty()) {
        const int first = m_items.at(m_byDate.constFirst()).jd;
        const int last = m_items.at(m_byDate.constLast()).jd + 1;
        const int span = static_cast<int>(std::ceil(m_scale.visibleDays()));
        const int lo = std::min(
            first - static_cast<int>(kPadDays), static_cast<int>(std::floor(m_scale.startJulianDay())));
        const int hi = std::max(
            last + static_cast<int>(kPadDays) - span, static_cast<int>(std::floor(m_scale.startJulianDay())));
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
        const double cx = m_layout.scale.xForJulianDay(m_items.at(m_current).jd + 0.5);
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
    if (m_byDate.isEmpty())
        return;
    const double first = m_items.at(m_byDate.constFirst()).jd;
    const double last = m_items.at(m_byDate.constLast()).jd + 1.0;
    const double pad = std::max(kPadDays, (last - first) * 0.03);
    m_scale.setVisibleJulianDays(first - pad, last + pad);
    afterScaleChange();
}

void TimelineView::fitToSelection()
{
    ensureData();
    int lo = 0;
    int hi = 0;
    for (int i = 0; i < m_items.size(); ++i) {
        if (!m_selected.value(i) || m_items.at(i).jd == 0)
            continue;
        const int jd = m_items.at(i).jd;
        lo = lo == 0 ? jd : std::min(lo, jd);
        hi = std::max(hi, jd);
    }
    if (lo == 0) {
        fitAll();
        m_userZoomed = false;
        return;
    }
    const double pad = std::max(kPadDays, (hi - lo) * 0.05);
    m_scale.setVisibleJulianDays(lo - pad, hi + 1.0 + pad);
    m_userZoomed = true;
    afterScaleChange();
}

QStringList TimelineView::lanes() const
{
    ensureData();
    return m_laneNames;
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
    for (const Mark& mk : m_layout.marks) {
        const QVector<int>& items = m_laneItems.at(mk.lane);
        for (int k = mk.first; k < mk.first + mk.count; ++k) {
            if (m_items.at(items.at(k)).id == statementId)
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
        const QVector<int>& jds = m_laneJd.at(lane);
        const double jd = m_layout.scale.julianDayForX(pos.x()) - 0.5;
        const auto it = std::lower_bound(jds.cbegin(), jds.cend(), static_cast<int>(std::lround(jd)));
        int best = -1;
        double bestDx = kHitRadius;
        for (auto c = (it == jds.cbegin() ? it : it - 1); c != jds.cend() && c <= it; ++c) {
            const double dx = std::abs(m_layout.scale.xForJulianDay(*c + 0.5) - pos.x());
            if (dx <= bestDx) {
                bestDx = dx;
                best = m_laneItems.at(lane).at(static_cast<int>(c - jds.cbegin()));
            }
        }
        return best;
    }
    int best = -1;
    double bestD = kHitRadius * kHitRadius;
    for (const Mark& mk : m_layout.marks) {
        if (mk.lane != lane)
            continue;
        const double dx = mk.pos.x() - pos.x();
        const double dy = mk.pos.y() - pos.y();
        const double d = dx * dx + dy * dy;
        if (d <= bestD) {
            bestD = d;
            best = m_laneItems.at(lane).at(mk.first);
        }
    }
    return best;
}

qint64 TimelineView::statementAt(const QPoint& pos) const
{
    const int item = itemAt(pos);
    return item >= 0 ? m_items.at(item).id : 0;
}

qint64 TimelineView::currentStatementId() const
{
    ensureData();
    return m_current >= 0 ? m_items.at(m_current).id : 0;
}

void TimelineView::setCurrentItem(int item, bool select)
{
    if (item < 0 || item >= m_items.size())
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
        emit currentStatementChanged(m_items.at(item).id);
}

bool TimelineView::selectStatement(qint64 statementId)
{
    ensureData();
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).id == statementId && m_items.at(i).jd != 0) {
            setCurrentItem(i, true);
            return true;
        }
    }
    return false;
}

void TimelineView::ensureItemVisible(int item)
{
    ensureLayout();
    const Item& it = m_items.at(item);
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
        const Item& it = m_items.at(item);
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
            for (const Mark& mk : m_layout.marks) {
                if (mk.count > 1 && m_laneItems.at(mk.lane).at(mk.first) == item)
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
                emit statementActivated(m_items.at(item).id);
            } else if (m_selection) {
                m_selection->clearSelection();
            }
        }
    }
    event->accept();
}

int TimelineView::laneNeighbour(int item, int direction) const
{
    const int lane = m_items.at(item).lane + direction;
    if (lane < 0 || lane >= m_laneItems.size())
        return -1;
    const QVector<int>& jds = m_laneJd.at(lane);
    if (jds.isEmpty())
        return laneNeighbour(
            m_laneItems.at(lane).isEmpty() ? item : m_laneItems.at(lane).constFirst(), direction);
    const int jd = m_items.at(item).jd;
    int i = static_cast<int>(std::lower_bound(jds.cbegin(), jds.cend(), jd) - jds.cbegin());
    if (i >= jds.size() || (i > 0 && jd - jds.at(i - 1) < jds.at(i) - jd))
        i = std::max(0, i - 1);
    return m_laneItems.at(lane).at(std::min(i, static_cast<int>(jds.size()) - 1));
}

void TimelineView::keyPressEvent(QKeyEvent* event)
{
    ensureData();
    const auto firstVisible = [this]() {
        ensureLayout();
        const int jd = static_cast<int>(std::floor(m_layout.scale.startJulianDay()));
        for (const int i : std::as_const(m_byDate)) {
            if (m_items.at(i).jd >= jd)
                return i;
        }
        return m_byDate.isEmpty() ? -1 : m_byDate.constLast();
    };
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right: {
        if (m_current < 0) {
            setCurrentItem(firstVisible(), true);
            break;
        }
        const QVector<int>& lane = m_laneItems.at(m_items.at(m_current).lane);
        const int pos = m_posInLane.at(m_current) + (event->key() == Qt::Key_Left ? -1 : 1);
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
        if (!m_byDate.isEmpty())
            setCurrentItem(m_byDate.constFirst(), true);
        break;
    case Qt::Key_End:
        if (!m_byDate.isEmpty())
            setCurrentItem(m_byDate.constLast(), true);
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
            emit statementActivated(m_items.at(m_current).id);
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
        m_sprites.clear();
        invalidateLayout();
    }
}

} // namespace ql
