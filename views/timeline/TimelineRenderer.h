#pragma once

#include "core/domain/StatementKind.h"

#include <QColor>
#include <QDate>
#include <QFont>
#include <QHash>
#include <QImage>
#include <QString>
#include <QVector>

class QFontMetricsF;
class QPainter;
class QPalette;
class QSize;

namespace ql {

class TimeScale;
struct TimelineData;
struct TimelineLayout;

// The colours a timeline is painted in: the widget's palette on screen, light ones in an export.
struct TimelineColors
{
    QColor background;
    QColor band;
    QColor text;
    QColor muted;
    QColor grid;
    QColor highlight;
    bool dark = false;

    static TimelineColors fromPalette(const QPalette& palette);
    static TimelineColors forExport();
};

// What the widget's state adds to a picture: selection, the current mark, a period. An export leaves
// them at their defaults and sets `forExport` and a title.
struct TimelinePaintState
{
    bool forExport = false;
    QString title;
    QVector<bool> selected; // per item, may be empty
    int current = -1; // item, -1 when none
    bool focus = false; // the current mark gets a focus ring
    QDate periodFrom;
    QDate periodTo;
    bool banding = false; // a period being dragged from bandStartX to bandEndX
    double bandStartX = 0.0;
    double bandEndX = 0.0;
    int undated = 0;
    QString emptyText; // shown instead of "No dated statements" (while the timeline is loading)
};

// Paints a laid-out timeline onto any QPainter: the widget's paint event, a PNG/SVG/PDF export and the
// command line share it (Subsurface's profile scene is shared by screen and print the same way), so an
// export never needs a widget.
class TimelineRenderer
{
public:
    void paint(QPainter& p, const TimelineData& data, const TimelineLayout& layout,
        const TimelineColors& colors, const TimelinePaintState& state, const QFont& font) const;

    // The whole timeline (every lane, at the zoom of `scale`) in `size` with export colours, a title
    // and a legend.
    void paintExport(QPainter& p, const TimelineData& data, const TimeScale& scale, const QSize& size,
        const QString& title, int undated, const QFont& font) const;

    // An axis label as drawn: the ones that fit without overlapping, the first one in full.
    struct AxisLabel
    {
        double x = 0.0;
        double width = 0.0;
        QString text;
        bool major = false;
        QDate date;
    };
    static QVector<AxisLabel> axisLabels(const TimelineLayout& layout, const QFontMetricsF& metrics);

    // Drops the pre-rendered marks (after a palette change).
    void clearCache() { m_sprites.clear(); }

    // The radius a statement kind's mark is drawn with.
    static double markRadius(StatementKind kind);

private:
    const QImage& markSprite(
        StatementKind kind, const QColor& fill, const QColor& outline, double radius, qreal dpr) const;

    mutable QHash<QString, QImage> m_sprites; // pre-rendered marks, by kind, colours, size and scale
};

} // namespace ql
