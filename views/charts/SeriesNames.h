#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace ql {

// Decides a chart's series from the key of each point (a speaker, source, currency…). Beyond
// `limit` series a legend is unreadable and Qt Charts spends seconds per thousand series, so the
// keys with the fewest points are pooled into one "Other" series. Order: alphabetical, keys
// starting with `unknown` and then "Other" last.
class SeriesNames
{
public:
    static constexpr int DefaultLimit = 12;

    SeriesNames(const QStringList& keyOfEachPoint, const QString& unknown, int limit = DefaultLimit);

    const QStringList& names() const { return m_names; }
    int indexOf(const QString& key) const { return m_index.value(key, -1); }
    // How many keys went into the "Other" series (0: none).
    int pooledKeys() const { return m_pooled; }
    static QString otherName();

private:
    QStringList m_names;
    QHash<QString, int> m_index; // key -> series
    int m_pooled = 0;
};

} // namespace ql
