#include "TimelineDataSource.h"

#include "families/FamilyIndex.h"
#include "store/Store.h"

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
    QVector<TimelineEntry> out;
    const int total = store.statementCount();
    const int page = 5000;
    out.reserve(total);
    for (int offset = 0; offset < total; offset += page) {
        const auto rows = store.statementRows(0, offset, page);
        if (rows.isEmpty())
            break;
        for (const StatementRow& row : rows) {
            const Statement& s = row.statement;
            TimelineEntry e;
            e.statementId = s.id;
            e.date = s.saidOn;
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
    }
    return out;
}

} // namespace ql
