#pragma once

#include <QDate>
#include <QString>
#include <QVector>

#include <optional>

namespace ql {

// Rates to convert money figures to EUR. Each rate is dated ("as of"); a currency may have one rate per
// year, and a figure is converted at the rate closest to the date it was stated. The project ships
// approximate annual averages in resources/data/currency_rates.csv; the analyst edits a copy of it.
// CSV columns: currency,eur_per_unit,as_of,note (header line and '#' comment lines are skipped).
class CurrencyTable
{
public:
    struct Rate
    {
        QString currency;
        double eurPerUnit = 0.0;
        QDate asOf;
        QString note;
    };

    // Returns false and sets *error (line number and reason) on malformed input; the table is unchanged then.
    bool parseCsv(const QString& csv, QString* error = nullptr);
    bool loadFromFile(const QString& path, QString* error = nullptr);
    bool saveToFile(const QString& path, QString* error = nullptr) const;
    QString toCsv() const;

    // The shipped table compiled into the binary.
    static CurrencyTable builtIn();
    // The analyst's editable copy (AppDataLocation/currency_rates.csv).
    static QString userFilePath();
    // The analyst's copy when it exists and parses, the shipped table otherwise.
    static CurrencyTable loadDefault(QString* error = nullptr);

    void setRate(const Rate& rate); // replaces the rate with the same currency and as-of date
    bool removeRate(const QString& currency, const QDate& asOf);
    const QVector<Rate>& rates() const { return m_rates; }
    QStringList currencies() const;
    bool isEmpty() const { return m_rates.isEmpty(); }

    // The rate whose as-of date is closest to `on` (the latest rate when `on` is null); EUR is always 1.
    std::optional<Rate> rateFor(const QString& currency, const QDate& on = QDate()) const;
    std::optional<double> toEur(double value, const QString& currency, const QDate& on = QDate()) const;

private:
    QVector<Rate> m_rates; // sorted by currency, then as-of date
};

} // namespace ql
