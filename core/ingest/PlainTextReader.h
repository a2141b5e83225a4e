#pragma once

#include <QString>
#include <QStringList>

namespace ql {

// Plain text as analysts paste it. Every reader hands its output over as "lines": one string per
// line, an empty string where a paragraph ends, so the boilerplate filter and metadata rules work
// the same on every format.
class PlainTextReader
{
public:
    // Normalises line endings, invisible characters and spacing; keeps the words untouched.
    QStringList lines(const QString& decoded) const;

    // Lines → article text: paragraphs separated by one blank line, hard-wrapped lines joined,
    // short lines of one paragraph (verse, speech transcripts) kept on their own line.
    static QString assemble(const QStringList& lines);
    // One line of text: spacing collapsed, invisible characters removed.
    static QString cleanLine(QStringView line);
};

} // namespace ql
