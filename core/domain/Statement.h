#pragma once

#include "core/domain/SaidWindow.h"
#include "core/domain/StatementKind.h"

#include <QDate>
#include <QString>

namespace ql {

// A statement found in an article: a direct quote, a transcript sentence or reported speech.
// Offsets are UTF-16 code unit positions in the article's extracted text, [start, end).
struct Statement
{
    qint64 id = 0;
    qint64 articleId = 0;
    qint64 speakerId = 0; // 0: unknown speaker
    QString speaker; // canonical full name; empty when unknown
    QString text;
    StatementKind kind = StatementKind::Quote;
    int start = -1;
    int end = -1;
    SaidWindow said; // when it was said, with the evidence
    QDate saidOn; // the day point axes and orderings use: said.day(), kept in step with `said`
};

} // namespace ql
