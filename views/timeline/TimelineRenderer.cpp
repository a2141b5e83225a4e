#include "views/timeline/TimelineRenderer.h"

#include "views/charts/ColorPalette.h"
#include "views/timeline/TimelineData.h"
#include "views/timeline/TimelineLayout.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPaintEngine>
#include <QPainter>
#include <QPalette>

#include <algorithm>
#include <cmath>

namespace ql {

namespace {

double radiusOf(StatementKind kind)
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
        return QCoreApplication::translate("ql::TimelineRenderer", "quote");
    case StatementKind::Transcript:
        return QCoreApplication::translate("ql::TimelineRenderer", "transcript");
    case StatementKind::Paraphrase:
        return QCoreApplication::translate("ql::TimelineRenderer", "reported speech");
    }
    return {};
}

} // namespace

TimelineColors TimelineColors::fromPalette(const QPalette& pal)
{
    TimelineColors c;
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

TimelineColors TimelineColors::forExport()
{
    TimelineColors c;
    c.background = Qt::white;
    c.band = QColor(0xF4F4F4);
    c.text = QColor(0x202020);
    c.muted = QColor(0x666666);
    c.grid = QColor(0xD8D8D8);
    c.highlight = QColor(0x0072B2);
    return c;
}

double TimelineRenderer::markRadius(StatementKind kind)
{
    return radiusOf(kind);
}

void TimelineRenderer::paint(QPainter& p, const TimelineData& data, const TimelineLayout& L,
    const TimelineColors& c, const TimelinePaintState& state, const QFont& font) const
{
    const QFont& baseFont = font;
    const bool forExport = state.forExport;
    const QString& title = state.title;
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
            fm.elidedText(data.laneNames.at(lane), Qt::ElideRight, nameRect.width()));
    }
    if (data.laneNames.isEmpty()) {
        p.setPen(c.muted);
        // Without lanes the plot has no height: the note takes a few lines' room of its own.
        QRectF note = L.plot;
        note.setHeight(std::max(note.height(), 3.0 * fm.height()));
        p.drawText(note, Qt::AlignCenter,
            state.emptyText.isEmpty()
                ? QCoreApplication::translate("ql::TimelineRenderer", "No dated statements")
                : state.emptyText);
    }

    // Grid and axis.
    QFont axisFont = baseFont;
    axisFont.setPointSizeF(baseFont.pointSizeF() * 0.9);
    const QFontMetricsF afm(axisFont);
    p.setFont(axisFont);
    const QVector<AxisLabel> labels = axisLabels(L, afm);
    for (const TimeScale::Tick& t : L.ticks) {
        if (t.x < L.plot.left() - 0.5 || t.x > L.plot.right() + 0.5)
            continue;
        QPen pen(t.major ? c.muted : c.grid);
        pen.setWidthF(t.major ? 1.0 : 0.8);
        p.setPen(pen);
        p.drawLine(QPointF(t.x, L.plot.top()), QPointF(t.x, L.plot.bottom() + 5));
    }
    for (const AxisLabel& label : labels) {
        p.setPen(label.major ? c.text : c.muted);
        p.drawText(QPointF(label.x, L.plot.bottom() + 4 + afm.ascent()), label.text);
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
    if (state.banding && !forExport)
        drawPeriod(state.bandStartX, state.bandEndX);
    else if (state.periodFrom.isValid() && state.periodTo.isValid())
        drawPeriod(L.scale.xForDay(state.periodFrom), L.scale.xForDay(state.periodTo.addDays(1)));

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
            p.drawImage(QRectF(L.plot.left(), y, counts.size() * TimelineLayout::BinWidth, h), strip);
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
        for (const TimelineMark& mk : L.marks) {
            const TimelineItem& first = data.items.at(data.laneItems.at(mk.lane).at(mk.first));
            if (first.jdFrom >= first.jd)
                continue;
            const double x0 = L.scale.xForJulianDay(first.jdFrom);
            const double x1 = L.scale.xForJulianDay(first.jd + 1);
            QColor bar = ColorPalette::color(mk.lane, c.dark);
            bar.setAlpha(90);
            p.setPen(Qt::NoPen);
            p.setBrush(bar);
            const double h = std::max(3.0, radiusOf(first.kind));
            p.drawRoundedRect(QRectF(x0, mk.pos.y() - h / 2.0, std::max(1.0, x1 - x0), h), h / 2.0, h / 2.0);
        }
        for (const TimelineMark& mk : L.marks) {
            const QVector<int>& items = data.laneItems.at(mk.lane);
            const int item = items.at(mk.first);
            const StatementKind kind = data.items.at(item).kind;
            bool selected = false;
            bool current = false;
            if (!forExport) {
                for (int k = mk.first; k < mk.first + mk.count; ++k) {
                    selected = selected || state.selected.value(items.at(k));
                    current = current || items.at(k) == state.current;
                }
            }
            const QColor col = ColorPalette::color(mk.lane, c.dark);
            const double r = radiusOf(kind) + (mk.count > 1 ? 1.5 : 0.0);
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
            if (current && state.focus) {
                p.setBrush(Qt::NoBrush);
                p.setPen(QPen(c.text, 1.2, Qt::DotLine));
                p.drawEllipse(mk.pos, r + 4, r + 4);
            }
        }
        QFont labelFont = baseFont;
        labelFont.setPointSizeF(baseFont.pointSizeF() * 0.85);
        p.setFont(labelFont);
        p.setPen(c.text);
        for (const TimelineLabel& lb : L.labels)
            p.drawText(lb.rect, Qt::AlignLeft | Qt::AlignVCenter, lb.text);
    }
    p.restore();

    // The statements that have no date: counted here, never placed on the axis.
    const int undated = state.undated;
    if (undated > 0) {
        p.setFont(axisFont);
        p.setPen(c.muted);
        p.drawText(L.undatedRect, Qt::AlignLeft | Qt::AlignVCenter,
            afm.elidedText(
                QCoreApplication::translate("ql::TimelineRenderer", "%n undated", nullptr, undated),
                Qt::ElideRight, L.undatedRect.width()));
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
            drawMarkShape(p, k, QPointF(x + 5, y + afm.height() / 2.0), radiusOf(k));
            p.setPen(c.text);
            const QString name = kindName(k);
            p.drawText(QPointF(x + 14, y + afm.ascent()), name);
            x += 14 + afm.horizontalAdvance(name) + 18;
        }
        QString note;
        if (L.density)
            note = QCoreApplication::translate("ql::TimelineRenderer", "Darker = more statements per %1 days")
                       .arg(QLocale().toString(TimelineLayout::BinWidth / L.scale.pixelsPerDay(), 'f', 0));
        if (undated > 0)
            note += (note.isEmpty() ? QString() : QStringLiteral(" · "))
                + QCoreApplication::translate(
                    "ql::TimelineRenderer", "%n statement(s) without a date not shown", nullptr, undated);
        p.setPen(c.muted);
        p.drawText(QPointF(x, y + afm.ascent()), note);
    }
}

const QImage& TimelineRenderer::markSprite(
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

QVector<TimelineRenderer::AxisLabel> TimelineRenderer::axisLabels(
    const TimelineLayout& L, const QFontMetricsF& metrics)
{
    QVector<AxisLabel> out;
    double lastLabelRight = -1e9;
    // Set when a label naming a new month or year found no room: the next one names it instead.
    bool owesFull = false;
    for (const TimeScale::Tick& t : L.ticks) {
        if (t.x < L.plot.left() - 0.5 || t.x > L.plot.right() + 0.5)
            continue;
        // Nothing before the first label says its month or year, so it says them itself.
        const QString text = out.isEmpty() || owesFull ? t.fullLabel : t.label;
        const double w = metrics.horizontalAdvance(text);
        const double lx = t.x + 3;
        if (lx + w > L.size.width() - 2.0)
            continue;
        if (lx <= lastLabelRight + 6 && t.major && out.size() >= 2 && !out.constLast().major) {
            // A short label must not crowd out the one that names the new year or month.
            out.removeLast();
            lastLabelRight = out.constLast().x + out.constLast().width;
        }
        if (lx <= lastLabelRight + 6) {
            owesFull = owesFull || t.major;
            continue;
        }
        out.append(AxisLabel { lx, w, text, t.major, t.date });
        lastLabelRight = lx + w;
        owesFull = false;
    }
    return out;
}

void TimelineRenderer::paintExport(QPainter& p, const TimelineData& data, const TimeScale& scale,
    const QSize& size, const QString& title, int undated, const QFont& font) const
{
    const TimelineLayout layout = TimelineLayout::compute(data, scale, size, 0, true, !title.isEmpty(), font);
    TimelinePaintState state;
    state.forExport = true;
    state.title = title;
    state.undated = undated;
    p.save();
    paint(p, data, layout, TimelineColors::forExport(), state, font);
    p.restore();
}

} // namespace ql
