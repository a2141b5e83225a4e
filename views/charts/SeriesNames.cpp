#include "views/charts/SeriesNames.h"

#include <QCoreApplication>

#include <algorithm>

namespace ql {

QString SeriesNames::otherName()
{
    return QCoreApplication::translate("ql::SeriesNames", "Other");
}

SeriesNames::SeriesNames(const QStringList& keyOfEachPoint, const QString& unknown, int limit)
{
    QHash<QString, int> counts;
    for (const QString& key : keyOfEachPoint)
        ++counts[key];
    QStringList keys = counts.keys();
    QStringList kept = keys;
    if (keys.size() > limit && limit > 1) {
        // The largest series stay (ties by name, so the choice is stable); one slot goes to "Other".
        std::sort(keys.begin(), keys.end(), [&counts](const QString& a, const QString& b) {
            const int ca = counts.value(a);
            const int cb = counts.value(b);
            return ca != cb ? ca > cb : a < b;
        });
        kept = keys.mid(0, limit - 1);
        m_pooled = int(keys.size() - kept.size());
    }
    std::sort(kept.begin(), kept.end(), [&unknown](const QString& a, const QString& b) {
        const bool ua = !unknown.isEmpty() && a.startsWith(unknown);
        const bool ub = !unknown.isEmpty() && b.startsWith(unknown);
        if (ua != ub)
            return ub;
        return QString::localeAwareCompare(a, b) < 0;
    });
    m_names = kept;
    for (int i = 0; i < kept.size(); ++i)
        m_index.insert(kept.at(i), i);
    if (m_pooled == 0)
        return;
    const int other = int(m_names.size());
    m_names.append(otherName());
    for (const QString& key : std::as_const(keys))
        if (!m_index.contains(key))
            m_index.insert(key, other);
}

} // namespace ql
