#pragma once

#include <QList>
#include <QString>

namespace ql {

// One full-text match: a statement (statementId > 0) or an article's title, text or note.
struct SearchHit
{
    enum class Field { Text, Title, Note };
    // A matched word or phrase inside `snippet`, [start, start + length).
    struct Span
    {
        int start = 0;
        int length = 0;
        friend bool operator==(const Span& a, const Span& b)
        {
            return a.start == b.start && a.length == b.length;
        }
    };

    SearchHit() = default;
    // A hit whose snippet is still to be cut (the store's queries fill in the rest).
    SearchHit(qint64 article, qint64 statement, const QString& title, const QString& who, const QString& text)
        : articleId(article)
        , statementId(statement)
        , articleTitle(title)
        , speaker(who)
        , snippet(text)
    { }

    qint64 articleId = 0;
    qint64 statementId = 0;
    QString articleTitle;
    QString speaker;
    QString snippet; // plain text around the first match, "…" where it was cut, on one line
    Field field = Field::Text; // where the match is
    QList<Span> highlights; // the matches in `snippet`, in order, not overlapping
    // Where the first match is in the article's text (field Text of an article hit; for a statement
    // hit, the statement's own span), so a view can scroll to it; -1 when not in the article text.
    int textStart = -1;
    int textEnd = -1;

    // The snippet with every match in [ ], for a terminal.
    QString bracketed() const
    {
        QString out;
        int at = 0;
        for (const Span& s : highlights) {
            out += snippet.mid(at, s.start - at) + QLatin1Char('[') + snippet.mid(s.start, s.length)
                + QLatin1Char(']');
            at = s.start + s.length;
        }
        return out + snippet.mid(at);
    }
};

} // namespace ql
