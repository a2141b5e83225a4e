#include "models/library/TimelineDataSource.h"

#include "core/families/FamilyIndex.h"
#include "core/store/Store.h"

#include <QHash>

#include <algorithm>

namespace ql {

namespace {
QString firstWords(const QString& text, int words)
{
    const QStringList parts = text.simplified().split(QLatin1Char(' '));
    if (parts.size() <= words)
        return parts.join(QLatin1Char(' '));
    return parts.mid(0, words).join(QLatin1Char(' ')) + QStringLiteral(" …");
}
// A family lane is named by its earliest line, shortened: "“Two per cent was a floor…”" says what
// the lane holds where "Family 107" says nothing.
QString laneNameOf(const QString& text)
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

struct Earliest
{
    QDate date;
    qint64 id = 0;
    QString text;
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

QVector<TimelineEntry> TimelineDataSource::entries(const Store& store, const FamilyIndex* families)
{
    // One query: the date order is a sort over all statements, so OFFSET pages sorted them all
    // again for every page (eleven sorts for 50,000 statements).
    const QList<StatementRow> rows = store.statementRows(0, 0, std::max(store.statementCount(), 1));
    QHash<qint64, Earliest> earliest;
    if (families) {
        for (const StatementRow& row : rows) {
            const Statement& s = row.statement;
            const qint64 family = families->familyOf(s.id);
            if (family == 0)
                continue;
            Earliest& e = earliest[family];
            if (earlier(s.saidOn, s.id, e))
                e = Earliest { s.saidOn, s.id, s.text };
        }
    }
    // Two families can open with the same line (one split by hand): their lanes stay apart.
    QHash<qint64, QString> laneNames;
    QHash<QString, int> used;
    QList<qint64> familyIds = earliest.keys();
    std::sort(familyIds.begin(), familyIds.end());
    for (const qint64 family : std::as_const(familyIds)) {
        QString name = laneNameOf(earliest.value(family).text);
        const int n = ++used[name];
        if (n > 1)
            name += QStringLiteral(" (%1)").arg(n);
        laneNames.insert(family, name);
    }
    QVector<TimelineEntry> out;
    out.reserve(rows.size());
    for (const StatementRow& row : rows) {
        const Statement& s = row.statement;
        TimelineEntry e;
        e.statementId = s.id;
        e.date = s.saidOn;
        // A window narrow enough to place is drawn from its first day to its last.
        if (s.said.isNarrow() && s.saidOn == s.said.day())
            e.dateFrom = s.said.from;
        e.when = s.said.label();
        e.evidence = s.said.evidence;
        e.speaker = s.speaker;
        e.source = row.publisher.isEmpty() ? row.articleTitle : row.publisher;
        const qint64 family = families ? families->familyOf(s.id) : 0;
        e.family = family ? laneNames.value(family) : QString();
        e.event = row.articleTitle;
        e.kind = s.kind;
        e.firstWords = firstWords(s.text, 12);
        e.tags = row.tags;
        out.append(e);
    }
    return out;
}

} // namespace ql
