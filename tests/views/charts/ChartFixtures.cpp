#include "tests/views/charts/ChartFixtures.h"

#include <QDateTime>
#include <QTime>

namespace ql::test::charts {

CurrencyTable inventedRates()
{
    CurrencyTable t;
    t.setRate({ QStringLiteral("USD"), 0.9, QDate(2023, 12, 31), QString() });
    t.setRate({ QStringLiteral("USD"), 0.5, QDate(2019, 12, 31), QString() });
    t.setRate({ QStringLiteral("GBP"), 1.2, QDate(2024, 12, 31), QString() });
    return t;
}

MoneyPoint money(qint64 id, const QDate& date, const QString& speaker, const QString& subject,
    const QString& source, double value, const QString& currency)
{
    return MoneyPoint { id, date, speaker, subject, source, value, currency,
        QStringLiteral("Invented sentence %1 about spending.").arg(id) };
}

MoneyPoint pledge(
    qint64 id, const QDate& date, const QString& actor, const QString& source, double value, bool perYear)
{
    MoneyPoint m = money(id, date, kAda, QString(), source, value, QStringLiteral("EUR"));
    m.actor = actor;
    m.perYear = perYear;
    m.figureId = 100 + id;
    m.articleId = 1000 + id;
    m.start = int(id) * 10;
    m.end = int(id) * 10 + 6;
    return m;
}

GdpTargetPoint share(qint64 id, const QString& actor, double percent, int year)
{
    GdpTargetPoint p { id, QDate(2025, 6, 1).addDays(int(id)), kAda, percent, year,
        QStringLiteral("Invented target %1.").arg(id) };
    p.actor = actor;
    p.source = QStringLiteral("Harbour Gazette");
    return p;
}

QVector<MoneyPoint> moneyFixture()
{
    const QString gazette = QStringLiteral("Harbour Gazette");
    const QString wire = QStringLiteral("Northwind Wire");
    return {
        money(1, QDate(2023, 3, 1), kAda, QStringLiteral("ammunition"), gazette, 2e9, QStringLiteral("USD")),
        money(2, QDate(2023, 6, 15), kBram, QStringLiteral("air defence"), wire, 5e8, QStringLiteral("EUR")),
        money(3, QDate(2024, 2, 10), kAda, QStringLiteral("ammunition"), wire, 1e9, QStringLiteral("GBP")),
        money(4, QDate(2024, 2, 10), kAda, QString(), gazette, 3e8, QStringLiteral("ZZZ")),
        money(5, QDate(), kBram, QStringLiteral("ships"), wire, 7e8, QStringLiteral("EUR")),
    };
}

QVector<double> ys(const ChartSpec::Series& s)
{
    QVector<double> out;
    for (const ChartSpec::Point& p : s.points)
        out.append(p.y);
    return out;
}

QVector<double> xs(const ChartSpec::Series& s)
{
    QVector<double> out;
    for (const ChartSpec::Point& p : s.points)
        out.append(p.x);
    return out;
}

QStringList names(const ChartSpec& spec)
{
    QStringList out;
    for (const ChartSpec::Series& s : spec.series)
        out.append(s.name);
    return out;
}

double msecs(const QDate& d)
{
    return static_cast<double>(QDateTime(d, QTime(12, 0), Qt::UTC).toMSecsSinceEpoch());
}

bool fuzzyEqual(const QVector<double>& a, const QVector<double>& b)
{
    if (a.size() != b.size())
        return false;
    for (int i = 0; i < a.size(); ++i) {
        if (qAbs(a.at(i) - b.at(i)) > 1e-9)
            return false;
    }
    return true;
}

} // namespace ql::test::charts
