#include "views/charts/CurrencyTable.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTextStream>

#include <algorithm>
#include <cmath>

static void initChartsResources()
{
    // Resources of a static library are only registered when something asks for them.
    Q_INIT_RESOURCE(quoteline_charts);
}

namespace ql {

namespace {

QString csvField(const QString& s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n')))
        return s;
    QString quoted = s;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

// Splits one CSV line; quoted fields may contain commas and doubled quotes.
QStringList splitCsvLine(const QString& line)
{
    QStringList fields;
    QString cur;
    bool quoted = false;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
                    cur += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cur += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            fields.append(cur.trimmed());
            cur.clear();
        } else {
            cur += c;
        }
    }
    fields.append(cur.trimmed());
    return fields;
}

bool rateLess(const CurrencyTable::Rate& a, const CurrencyTable::Rate& b)
{
    if (a.currency != b.currency)
        return a.currency < b.currency;
    return a.asOf < b.asOf;
}

} // namespace

bool CurrencyTable::parseCsv(const QString& csv, QString* error)
{
    QVector<Rate> parsed;
    const QStringList lines = csv.split(QLatin1Char('\n'));
    for (int n = 0; n < lines.size(); ++n) {
        const QString line = lines.at(n).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList f = splitCsvLine(line);
        if (f.value(0).compare(QLatin1String("currency"), Qt::CaseInsensitive) == 0)
            continue;
        auto fail = [&](const QString& why) {
            if (error)
                *error = QStringLiteral("line %1: %2").arg(n + 1).arg(why);
            return false;
        };
        if (f.size() < 3)
            return fail(QStringLiteral("expected currency,eur_per_unit,as_of"));
        Rate r;
        r.currency = f.at(0).toUpper();
        if (r.currency.size() != 3)
            return fail(QStringLiteral("currency must be a three-letter ISO 4217 code"));
        bool ok = false;
        r.eurPerUnit = f.at(1).toDouble(&ok);
        if (!ok || !(r.eurPerUnit > 0.0) || !std::isfinite(r.eurPerUnit))
            return fail(QStringLiteral("rate must be a positive number"));
        r.asOf = QDate::fromString(f.at(2), Qt::ISODate);
        if (!r.asOf.isValid())
            return fail(QStringLiteral("as_of must be a date like 2024-12-31"));
        r.note = f.value(3);
        parsed.append(r);
    }
    std::sort(parsed.begin(), parsed.end(), rateLess);
    m_rates = parsed;
    return true;
}

bool CurrencyTable::loadFromFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    return parseCsv(QString::fromUtf8(file.readAll()), error);
}

QString CurrencyTable::toCsv() const
{
    QString out = QStringLiteral("currency,eur_per_unit,as_of,note\n");
    for (const Rate& r : m_rates) {
        out += r.currency + QLatin1Char(',') + QString::number(r.eurPerUnit, 'g', 8) + QLatin1Char(',')
            + r.asOf.toString(Qt::ISODate) + QLatin1Char(',') + csvField(r.note) + QLatin1Char('\n');
    }
    return out;
}

bool CurrencyTable::saveToFile(const QString& path, QString* error) const
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(toCsv().toUtf8());
    if (!file.commit()) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

CurrencyTable CurrencyTable::builtIn()
{
    initChartsResources();
    CurrencyTable table;
    QString error;
    if (!table.loadFromFile(QStringLiteral(":/quoteline/data/currency_rates.csv"), &error))
        qWarning("CurrencyTable: the shipped rate table does not load: %s", qPrintable(error));
    return table;
}

QString CurrencyTable::userFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/currency_rates.csv");
}

CurrencyTable CurrencyTable::loadDefault(QString* error)
{
    const QString user = userFilePath();
    if (QFile::exists(user)) {
        CurrencyTable table;
        if (table.loadFromFile(user, error))
            return table;
    }
    return builtIn();
}

void CurrencyTable::setRate(const Rate& rate)
{
    Rate r = rate;
    r.currency = r.currency.toUpper();
    for (Rate& existing : m_rates) {
        if (existing.currency == r.currency && existing.asOf == r.asOf) {
            existing = r;
            return;
        }
    }
    m_rates.insert(std::upper_bound(m_rates.begin(), m_rates.end(), r, rateLess), r);
}

bool CurrencyTable::removeRate(const QString& currency, const QDate& asOf)
{
    const QString code = currency.toUpper();
    for (int i = 0; i < m_rates.size(); ++i) {
        if (m_rates.at(i).currency == code && m_rates.at(i).asOf == asOf) {
            m_rates.remove(i);
            return true;
        }
    }
    return false;
}

QStringList CurrencyTable::currencies() const
{
    QStringList out;
    for (const Rate& r : m_rates) {
        if (out.isEmpty() || out.constLast() != r.currency)
            out.append(r.currency);
    }
    return out;
}

std::optional<CurrencyTable::Rate> CurrencyTable::rateFor(const QString& currency, const QDate& on) const
{
    const QString code = currency.trimmed().toUpper();
    std::optional<Rate> best;
    qint64 bestDistance = 0;
    for (const Rate& r : m_rates) {
        if (r.currency != code)
            continue;
        if (!on.isValid()) {
            best = r; // sorted by date, so the last one wins
            continue;
        }
        const qint64 distance = std::abs(r.asOf.toJulianDay() - on.toJulianDay());
        if (!best || distance < bestDistance) {
            best = r;
            bestDistance = distance;
        }
    }
    if (!best && code == QLatin1String("EUR"))
        return Rate { code, 1.0, on.isValid() ? on : QDate::currentDate(), QString() };
    return best;
}

std::optional<double> CurrencyTable::toEur(double value, const QString& currency, const QDate& on) const
{
    const std::optional<Rate> r = rateFor(currency, on);
    if (!r)
        return std::nullopt;
    return value * r->eurPerUnit;
}

} // namespace ql
