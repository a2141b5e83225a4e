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
    };

    struct Series
    {
        QString name;
        QColor color;
        QVector<Point> points;
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
    QString yLabelFormat = QStringLiteral("%.1f");
    QString xLabelFormat = QStringLiteral("%d");
    QStringList footnotes; // conversion rates used, left-out figures…
    QStringList csvHeader;
    QVector<QStringList> csvRows;

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
