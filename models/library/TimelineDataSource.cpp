#include "models/library/TimelineDataSource.h"

#include "core/families/FamilyIndex.h"
#include "core/store/Store.h"
#include "models/timeline/FamilyLaneNames.h"

#include <QHash>
#include <QSet>

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

// Speakers, sources, events and date labels repeat across thousands of statements: each distinct
// text is kept once, shared by every entry that shows it.
class Interned
{
public:
    QString operator()(const QString& text)
    {
        auto it = m_texts.constFind(text);
        if (it == m_texts.cend())
            it = m_texts.insert(text);
        return *it;
    }

private:
    QSet<QString> m_texts;
};

TimelineEntry entryOf(const StatementRow& row, const TimelineDataSource::FamilyOf& familyOf, Interned& intern)
{
    const Statement& s = row.statement;
    TimelineEntry e;
    e.statementId = s.id;
    e.articleId = s.articleId;
    e.date = s.saidOn;
    // A window narrow enough to place is drawn from its first day to its last.
    if (s.said.isNarrow() && s.saidOn == s.said.day())
        e.dateFrom = s.said.from;
    e.when = intern(s.said.label());
    e.evidence = intern(s.said.evidence);
    e.speaker = intern(s.speaker);
    e.source = intern(row.publisher.isEmpty() ? row.articleTitle : row.publisher);
    e.familyId = familyOf ? familyOf(s.id) : 0;
    e.event = intern(row.articleTitle);
    e.kind = s.kind;
    e.firstWords = firstWords(s.text, 12);
    e.tags = row.tags;
    return e;
}

} // namespace

namespace {
TimelineDataSource::FamilyOf familyOfIndex(const FamilyIndex* families)
{
    if (!families)
        return {};
    return [families](qint64 id) { return families->familyOf(id); };
}
} // namespace

QVector<TimelineEntry> TimelineDataSource::entries(
    const Store& store, const FamilyIndex* families, FamilyLaneNames* laneNames)
{
    return entries(store, familyOfIndex(families), laneNames);
}

QVector<TimelineEntry> TimelineDataSource::entries(
    const Store& store, const FamilyOf& familyOf, FamilyLaneNames* laneNames)
{
    // One query: the date order is a sort over all statements, so OFFSET pages sorted them all
    // again for every page (eleven sorts for 50,000 statements).
    const QList<StatementRow> rows = store.statementRows(0, 0, std::max(store.statementCount(), 1));
    QVector<TimelineEntry> out;
    out.reserve(rows.size());
    QHash<qint64, int> rowOf;
    rowOf.reserve(rows.size());
    Interned intern;
    for (const StatementRow& row : rows) {
        rowOf.insert(row.statement.id, int(out.size()));
        out.append(entryOf(row, familyOf, intern));
    }
    if (!familyOf)
        return out;
    FamilyLaneNames own;
    FamilyLaneNames& names = laneNames ? *laneNames : own;
    names.clear();
    const QHash<qint64, QString> laneOf = names.update(out, {}, [&](const QList<qint64>& ids) {
        QHash<qint64, QString> texts;
        for (const qint64 id : ids)
            if (const auto it = rowOf.constFind(id); it != rowOf.cend())
                texts.insert(id, rows.at(*it).statement.text);
        return texts;
    });
    for (TimelineEntry& e : out)
        if (e.familyId)
            e.family = laneOf.value(e.familyId);
    return out;
}

QVector<TimelineEntry> TimelineDataSource::entriesOf(const Store& store, const QList<qint64>& articleIds,
    const QList<qint64>& statementIds, const FamilyIndex* families)
{
    QVector<TimelineEntry> out;
    Interned intern;
    const FamilyOf familyOf = familyOfIndex(families);
    QSet<qint64> articles(articleIds.cbegin(), articleIds.cend());
    for (const qint64 article : articleIds) {
        const int count = store.statementCount(article);
        if (count > 0)
            for (const StatementRow& row : store.statementRows(article, 0, count))
                out.append(entryOf(row, familyOf, intern));
    }
    if (!statementIds.isEmpty())
        for (const StatementRow& row : store.statementRowsByIds(statementIds))
            if (!articles.contains(row.statement.articleId)) // read with its article already
                out.append(entryOf(row, familyOf, intern));
    return out;
}

QHash<qint64, QString> TimelineDataSource::texts(const Store& store, const QList<qint64>& statementIds)
{
    QHash<qint64, QString> out;
    for (const StatementRow& row : store.statementRowsByIds(statementIds))
        out.insert(row.statement.id, row.statement.text);
    return out;
}

} // namespace ql
