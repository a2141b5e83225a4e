#include "models/timeline/FamilyLaneNames.h"

#include <QSet>

#include <algorithm>

namespace ql {

namespace {

struct Earliest
{
    QDate date;
    qint64 id = 0;
};

bool earlier(const QDate& date, qint64 id, const Earliest& than)
{
    if (than.id == 0)
        return true;
    // A dated line beats an undated one; then the older; then the one stored first.
    if (date.isValid() != than.date.isValid())
        return date.isValid();
    if (date != than.date)
        return date < than.date;
    return id < than.id;
}

} // namespace

QString FamilyLaneNames::laneNameOf(const QString& text)
{
    constexpr int maxChars = 42;
    QString t = text.simplified();
    static const QString quotes = QStringLiteral("\"“”„«»'‘’");
    while (!t.isEmpty() && quotes.contains(t.front()))
        t.remove(0, 1);
    while (!t.isEmpty() && quotes.contains(t.back()))
        t.chop(1);
    if (t.size() > maxChars) {
        int cut = int(t.lastIndexOf(QLatin1Char(' '), maxChars - 1));
        if (cut < maxChars / 2)
            cut = maxChars - 1;
        t = t.left(cut).trimmed() + QChar(0x2026);
    }
    return QStringLiteral("“%1”").arg(t);
}

void FamilyLaneNames::clear()
{
    m_firstLine.clear();
    m_baseNames.clear();
    m_groups.clear();
    m_names.clear();
}

void FamilyLaneNames::forget(const QList<qint64>& statementIds)
{
    const QSet<qint64> ids(statementIds.cbegin(), statementIds.cend());
    for (auto it = m_firstLine.begin(); it != m_firstLine.end(); ++it) {
        if (ids.contains(it.value())) {
            leaveGroup(it.key(), it.value());
            m_baseNames.remove(it.value());
            it.value() = 0; // named again at the next update
        }
    }
}

void FamilyLaneNames::leaveGroup(qint64 family, qint64 firstLine)
{
    const auto base = m_baseNames.constFind(firstLine);
    if (base == m_baseNames.cend())
        return;
    const QString name = *base;
    auto group = m_groups.find(name);
    if (group == m_groups.end())
        return;
    group->removeOne(family);
    if (group->isEmpty())
        m_groups.erase(group);
    else
        renumber(name);
}

// Two families can open with the same line (one split by hand): their lanes stay apart, numbered
// in the order the families were made.
void FamilyLaneNames::renumber(const QString& baseName)
{
    const QList<qint64> group = m_groups.value(baseName);
    for (int i = 0; i < group.size(); ++i)
        m_names.insert(group.at(i), i == 0 ? baseName : QStringLiteral("%1 (%2)").arg(baseName).arg(i + 1));
}

QHash<qint64, QString> FamilyLaneNames::update(
    const QVector<TimelineEntry>& dated, const QVector<TimelineEntry>& undated, const TextsOf& textsOf)
{
    QHash<qint64, Earliest> earliest;
    earliest.reserve(m_firstLine.size());
    for (const QVector<TimelineEntry>* entries : { &dated, &undated }) {
        for (const TimelineEntry& e : *entries) {
            if (e.familyId == 0)
                continue;
            Earliest& first = earliest[e.familyId];
            if (earlier(e.date, e.statementId, first))
                first = Earliest { e.date, e.statementId };
        }
    }
    // Families gone, and families whose first line is another one now.
    QList<qint64> changed;
    for (auto it = m_firstLine.begin(); it != m_firstLine.end();) {
        const auto now = earliest.constFind(it.key());
        if (now != earliest.cend() && now->id == it.value()) {
            ++it;
            continue;
        }
        leaveGroup(it.key(), it.value());
        m_baseNames.remove(it.value());
        if (now == earliest.cend()) {
            m_names.remove(it.key());
            it = m_firstLine.erase(it);
        } else {
            changed.append(it.key());
            ++it;
        }
    }
    for (auto it = earliest.cbegin(); it != earliest.cend(); ++it)
        if (!m_firstLine.contains(it.key()))
            changed.append(it.key());
    if (changed.isEmpty())
        return m_names;

    QList<qint64> missing;
    for (const qint64 family : std::as_const(changed))
        if (!m_baseNames.contains(earliest.value(family).id))
            missing.append(earliest.value(family).id);
    const QHash<qint64, QString> texts
        = missing.isEmpty() || !textsOf ? QHash<qint64, QString>() : textsOf(missing);
    std::sort(changed.begin(), changed.end());
    QSet<QString> touched;
    for (const qint64 family : std::as_const(changed)) {
        const qint64 line = earliest.value(family).id;
        auto base = m_baseNames.find(line);
        if (base == m_baseNames.end())
            base = m_baseNames.insert(line, laneNameOf(texts.value(line)));
        m_firstLine.insert(family, line);
        QList<qint64>& group = m_groups[*base];
        group.insert(std::lower_bound(group.begin(), group.end(), family), family);
        touched.insert(*base);
    }
    for (const QString& name : std::as_const(touched))
        renumber(name);
    return m_names;
}

} // namespace ql
