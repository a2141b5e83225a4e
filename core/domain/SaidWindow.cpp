#include "core/domain/SaidWindow.h"

#include <QLocale>

namespace ql {

namespace {

// English month abbreviations whatever the system locale: the table's dates read as the articles do.
QString dayMonthYear(const QDate& d)
{
    return QLocale::c().toString(d, QStringLiteral("d MMM yyyy"));
}

} // namespace

QString SaidWindow::label() const
{
    const QLocale c = QLocale::c();
    if (isNull())
        return {};
    if (!from.isValid())
        return QStringLiteral("before %1").arg(dayMonthYear(to.addDays(1)));
    if (!to.isValid())
        return QStringLiteral("after %1").arg(dayMonthYear(from));
    if (from == to)
        return dayMonthYear(from);
    const qint64 days = from.daysTo(to) + 1;
    if (days > RoughDays) {
        // Only roughly known: the month (or months) it falls in, with a question mark.
        if (from.year() == to.year() && from.month() == to.month())
            return c.toString(from, QStringLiteral("MMM yyyy")) + QLatin1Char('?');
        return QStringLiteral("%1 – %2?")
            .arg(c.toString(from, QStringLiteral("MMM yyyy")), c.toString(to, QStringLiteral("MMM yyyy")));
    }
    if (from.year() == to.year() && from.month() == to.month())
        return QStringLiteral("%1%2%3").arg(QString::number(from.day()), QChar(0x2013), dayMonthYear(to));
    if (from.year() == to.year())
        return QStringLiteral("%1 %2 %3")
            .arg(c.toString(from, QStringLiteral("d MMM")), QChar(0x2013), dayMonthYear(to));
    return QStringLiteral("%1 %2 %3").arg(dayMonthYear(from), QChar(0x2013), dayMonthYear(to));
}

} // namespace ql
