#pragma once

#include <QColor>
#include <QString>
#include <QStringList>
#include <QVector>

namespace ql {

// A chart described without any Qt Charts type, so the rendering library stays replaceable and the same
// description drives the widget, every export format and the CSV of the data behind it.
struct ChartSpec
{
    enum class XAxis { Date, Number, Category };
    enum class Style { Points, Bars, LinesAndPoints };

    // One figure behind a point: where its sentence is, so a click can show it even when the figure
    // lies outside every statement, and which source reported it.
    struct Origin
    {
        qint64 figureId = 0;
        qint64 statementId = 0; // 0: outside every statement
        qint64 articleId = 0;
        int start = -1; // the figure's span in the article text
        int end = -1;
        QString source;
    };

    // A scale for values spanning more than WideRangeRatio: logarithmic, or split into a panel of the
    // large values above one of the small values.
    enum class YScale { Linear, Log, Split };
    static constexpr double WideRangeRatio = 20.0;

    struct Point
    {
        double x = 0.0; // Date: msecs since epoch (UTC); Number: value; Category: index into categories
        double y = 0.0; // already divided by yDivisor
        QString label; // tooltip text
        QVector<qint64> statementIds; // the statements behind the point, largest contribution first
        // Date axis: the days the point stands for when it is a window (xFrom < xTo), drawn as a bar
        // through the point; equal to x (or both 0) for a single day.
        double xFrom = 0.0;
        double xTo = 0.0;
        QVector<Origin> origins {}; // every figure behind the point (several when repeats were merged)
    };

    struct Series
    {
        QString name;
        QColor color;
        QVector<Point> points;
        // LinesAndPoints: whether a line joins the points. Points of nobody in particular are no
        // trajectory of anyone.
        bool joined = true;
    };

    QString title;
    QString xTitle;
    QString yTitle;
    XAxis xAxis = XAxis::Date;
    Style style = Style::Points;
    QStringList categories;
    bool stacked = false; // Bars: series stack per category (only when they share a unit)
    bool pointLabels = false; // print each point's y value next to it
    QVector<Series> series;
    double yDivisor = 1.0;
    // Largest over smallest positive value drawn (1 when there are none); above WideRangeRatio the
    // builder applies `yScale` and the panel offers the choice.
    double magnitudeRatio = 1.0;
    YScale yScale = YScale::Linear;
    double splitAt = 0.0; // Split: points at or above go to the upper panel
    QString yLabelFormat = QStringLiteral("%.1f");
    QString xLabelFormat = QStringLiteral("%d");
    QStringList footnotes; // conversion rates used, left-out figures…
    QStringList csvHeader;
    QVector<QStringList> csvRows;

    bool inUpperPanel(const Point& p) const { return yScale != YScale::Split || p.y >= splitAt; }

    bool isEmpty() const
    {
        for (const Series& s : series) {
            if (!s.points.isEmpty())
                return false;
        }
        return true;
    }
};

} // namespace ql
