#pragma once

#include "core/analysis/extraction/TextSpan.h"

#include <QDate>
#include <QList>
#include <QString>

namespace ql {

class ArticleTokens;

// A day or days named relative to the article's date: "on Tuesday", "yesterday", "last week".
struct RelativeDate
{
    TextSpan span { -1, -1 };
    QString phrase; // as written
    QDate from; // resolved against the article's date; null when there is none
    QDate to;
    int weekday = 0; // 1 (Monday) … 7 for a weekday reference, kept when it cannot be resolved
    bool resolved() const { return from.isValid() && to.isValid(); }
};

// Finds relative day references in the narration around a statement. Only past ones: "will meet on
// Tuesday", "next week" or "until Friday" do not say when anything was said.
class RelativeDateFinder
{
public:
    RelativeDateFinder() = default;
    // Scans `text` once; find() on that same text then only filters what this scan found. The dater
    // asks about many overlapping sentences and paragraphs of one article, and re-running the pattern
    // over each of them was most of its cost.
    explicit RelativeDateFinder(const QString& text);
    // The same scan, reading the words from the article's token table when it describes `text`.
    RelativeDateFinder(const QString& text, const ArticleTokens* tokens);

    // References in text[within] that start outside `skipped` (sorted, not overlapping), resolved
    // against `reference` (the article's date; may be null, then only weekdays are kept, unresolved).
    QList<RelativeDate> find(
        const QString& text, TextSpan within, const QList<TextSpan>& skipped, const QDate& reference) const;

    // The days `phrase` names before or on `reference`; false when it names none.
    static bool resolve(RelativeDate& date, const QDate& reference);

private:
    struct Match
    {
        TextSpan span;
        int weekday = 0;
    };
    static QList<Match> scan(const QString& text, TextSpan within);
    bool accepts(const QString& text, const Match& m, int clauseFloor) const;

    QString m_text; // shares the scanned text's data: find() recognises it by identity
    QList<Match> m_matches;
    bool m_indexed = false;
};

} // namespace ql
