#include "core/families/QuoteFidelity.h"

#include "core/analysis/comparison/FidelityChecker.h"
#include "core/store/Store.h"

namespace ql {

QuoteFidelity::QuoteFidelity(const Store& store)
    : m_store(store)
{ }

std::optional<QuoteFidelity::Verdict> QuoteFidelity::check(const Statement& quote) const
{
    if (quote.kind != StatementKind::Quote || quote.speaker.isEmpty())
        return std::nullopt;
    const QList<StatementRow> transcript
        = m_store.transcriptStatements(quote.speaker, quote.saidOn, EventWindowDays);
    if (transcript.isEmpty())
        return std::nullopt;
    // One check per transcript article; the best verdict wins (verbatim, then most similar).
    QHash<qint64, QStringList> sentencesOf;
    QHash<qint64, QString> titleOf;
    QList<qint64> order;
    for (const StatementRow& row : transcript) {
        if (row.statement.articleId == quote.articleId)
            continue;
        if (!sentencesOf.contains(row.statement.articleId))
            order << row.statement.articleId;
        sentencesOf[row.statement.articleId] << row.statement.text;
        titleOf.insert(row.statement.articleId, row.articleTitle);
    }
    const FidelityChecker checker;
    std::optional<Verdict> best;
    auto rank = [](const FidelityResult& r) {
        return (r.verdict == FidelityVerdict::Verbatim         ? 2.0
                       : r.verdict == FidelityVerdict::Altered ? 1.0
                                                               : 0.0)
            + r.similarity;
    };
    for (qint64 articleId : std::as_const(order)) {
        Verdict v { checker.check(quote.text, sentencesOf.value(articleId)), articleId,
            titleOf.value(articleId) };
        if (!best || rank(v.result) > rank(best->result))
            best = v;
    }
    return best;
}

} // namespace ql
