#include "TimelineDataSource.h"

#include "families/FamilyIndex.h"
#include "store/Store.h"

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
} // namespace

QVector<TimelineEntry> TimelineDataSource::entries(const Store& store, const FamilyIndex* families)
{
    // One query: the date order is a sort over all statements, so OFFSET pages sorted them all
    // again for every page (eleven sorts for 50,000 statements).
    const QList<StatementRow> rows = store.statementRows(0, 0, std::max(store.statementCount(), 1));
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
        e.family = family ? QObject::tr("Family %1").arg(family) : QString();
        e.event = row.articleTitle;
        e.kind = s.kind;
        e.firstWords = firstWords(s.text, 12);
        e.tags = row.tags;
        out.append(e);
    }
    return out;
}

} // namespace ql
