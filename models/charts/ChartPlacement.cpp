#include "models/charts/ChartPlacement.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace ql {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ql::ChartPlacement", text);
}

// The same spelling as the statements table, whatever the system locale.
QString dayText(const QDate& d)
{
    return QLocale::c().toString(d, QStringLiteral("d MMM yyyy"));
}

QString shorten(const QString& text, int max)
{
    const QString t = text.simplified();
    return t.size() <= max ? t : t.left(max - 1) + QChar(0x2026);
}

} // namespace

ChartPlacement::Place ChartPlacement::place(
    const SaidWindow& said, const QDate& saidOn, const QDate& articleDate)
{
    if (said.isNarrow())
        return { said.from.addDays(said.from.daysTo(said.to) / 2), false };
    // A day stored without its window still is the day it was said.
    if (said.isNull() && saidOn.isValid())
        return { saidOn, false };
    return { articleDate, articleDate.isValid() };
}

bool ChartPlacement::showsWindow(const SaidWindow& said, bool onArticleDate)
{
    return !onArticleDate && said.isNarrow() && !said.isDay();
}

double ChartPlacement::dayToX(const QDate& day)
{
    return static_cast<double>(QDateTime(day, QTime(12, 0), Qt::UTC).toMSecsSinceEpoch());
}

ChartPlacement::Span ChartPlacement::span(const SaidWindow& said, bool onArticleDate, const QDate& day)
{
    if (!showsWindow(said, onArticleDate)) {
        const double x = dayToX(day);
        return { x, x, x };
    }
    const double from = dayToX(said.from);
    const double to = dayToX(said.to);
    // The exact middle, which for an even number of days falls between two noons.
    return { (from + to) / 2.0, from, to };
}

QString ChartPlacement::describe(const SaidWindow& said, bool onArticleDate, const QDate& day)
{
    if (!day.isValid())
        return tr("date unknown");
    QString line;
    if (onArticleDate) {
        line = said.isNull()
            ? tr("on the article's date, %1: the statement has no window of its own").arg(dayText(day))
            : tr("on the article's date, %1: said %2, too wide a window to place")
                  .arg(dayText(day), said.label());
    } else if (said.isNull()) {
        line = tr("said %1").arg(dayText(day));
    } else if (said.isDay()) {
        line = tr("said %1").arg(said.label());
    } else {
        line = tr("said %1 (placed in the middle of the window)").arg(said.label());
    }
    if (!onArticleDate && !said.evidence.isEmpty())
        line += QStringLiteral(" — ") + shorten(said.evidence, 120);
    return line;
}

} // namespace ql
