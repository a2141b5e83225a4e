#pragma once

#include "DateCandidate.h"
#include "MetadataHints.h"

#include <QList>
#include <QStringList>

namespace ql {

struct Article;

// Fills an article's title, source URL, publisher, publication date (with the reason) and
// language from the reader's hints and from what the text itself states. Dates are taken only
// where the document states one; conflicts go to the earliest trustworthy date.
class MetadataExtractor
{
public:
    // `rawLines`: the document's lines before boilerplate removal (date stamps and URL lines live
    // in the furniture). `article.text` must already hold the cleaned text.
    void apply(const MetadataHints& hints, const QStringList& rawLines, const QString& nameHint,
        Article& article) const;

    // Dates stated by the text: "Published …" lines, datelines, bylines, page stamps, "Publish
    // date" blocks, "Last updated" lines, dates in URL lines.
    static QList<DateCandidate> datesFromLines(const QStringList& lines);
    // A wire dateline without a year ("BRUSSELS, March 3 (Reuters) -") dated by the one copyright
    // year the page prints ("(c) 2025 Reuters"); an invalid date when either is missing.
    static DateCandidate yearlessDateline(const QStringList& lines);
    // URLs the text names as its source ("Source: https://…", a bare URL line); the last wins.
    static QString sourceUrlFromLines(const QStringList& lines);
    // The earliest candidate (the most trusted one on a tie); `origin` says why. "Last updated"
    // stamps are never chosen; with nothing else, the date stays null and `origin` mentions them.
    static DateCandidate choose(const QList<DateCandidate>& candidates, QString* origin);
};

} // namespace ql
