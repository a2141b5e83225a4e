#pragma once

#include "core/ingest/DateCandidate.h"
#include "core/ingest/MetadataHints.h"

#include <QList>
#include <QStringList>

namespace ql {

struct Article;

// Fills an article's title, source URL, publisher, publication date (with the reason) and
// language from the reader's hints and from what the text itself states. Dates are taken only
// where the document states one; conflicts go to the most trusted source (DateCandidate::Trust),
// not to the earliest date.
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
    // The most trusted candidate (the first given on a tie); `origin` says why and names the most
    // trusted source that disagrees. Then four corrections, each named in `origin`: the URL's
    // date beats a stamp that disagrees with it; a republished page's printed date, confirmed by
    // its modification stamp, beats its old publication stamp; a UTC clock near midnight yields
    // to the neighbouring day the page's local stamps and printed dates state. A labelled update
    // the page prints for its reader (DateCandidate::printed) and that is later is the day the page
    // shows, unless a plain date under the headline or the URL states the chosen day. Other update
    // stamps ("Last updated" lines of a text, dateModified) are never chosen; with nothing else,
    // the date stays null and `origin` mentions them.
    static DateCandidate choose(const QList<DateCandidate>& candidates, QString* origin);
};

} // namespace ql
