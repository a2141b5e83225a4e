#include "models/import/ReviewEntry.h"

#include <algorithm>

namespace ql {

ReviewEntry ReviewEntry::fromPrepared(const PreparedArticle& prepared)
{
    ReviewEntry e;
    e.prepared = prepared;
    e.status = prepared.ok ? Status::Ok : Status::Rejected;
    e.reason = prepared.ok ? QString() : prepared.error;
    e.included = prepared.ok;
    e.statementAccepted = QVector<bool>(prepared.extraction.statements.size(), true);
    e.figureAccepted = QVector<bool>(prepared.extraction.figures.size(), true);
    return e;
}

int ReviewEntry::acceptedStatementCount() const
{
    return int(std::count(statementAccepted.cbegin(), statementAccepted.cend(), true));
}

int ReviewEntry::acceptedFigureCount() const
{
    return int(std::count(figureAccepted.cbegin(), figureAccepted.cend(), true));
}

PreparedArticle ReviewEntry::accepted() const
{
    PreparedArticle out = prepared;
    const QList<Statement>& statements = prepared.extraction.statements;
    QVector<int> newIndex(statements.size(), -1);
    out.extraction.statements.clear();
    for (qsizetype i = 0; i < statements.size(); ++i) {
        if (!statementAccepted.value(i, true))
            continue;
        newIndex[i] = int(out.extraction.statements.size());
        out.extraction.statements.append(statements.at(i));
    }
    out.extraction.figures.clear();
    const QList<Figure>& figures = prepared.extraction.figures;
    for (qsizetype i = 0; i < figures.size(); ++i) {
        if (!figureAccepted.value(i, true))
            continue;
        Figure f = figures.at(i);
        // A figure quoted inside a rejected statement still stands as a figure of the article.
        f.statementIndex = f.statementIndex >= 0 && f.statementIndex < newIndex.size()
            ? newIndex.at(f.statementIndex)
            : -1;
        out.extraction.figures.append(f);
    }
    return out;
}

} // namespace ql
