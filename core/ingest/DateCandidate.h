#pragma once

#include <QDate>
#include <QString>

namespace ql {

// One place in a document that states a publication date.
struct DateCandidate
{
    // Lower is more trustworthy, and trust decides before the date does: a page's own
    // publication stamp beats an earlier date printed somewhere on it.
    enum Trust {
        Structured = 0, // article:published_time, JSON-LD datePublished, itemprop, front matter
        Markup = 1, // other publication meta names, <time datetime> and dated elements in the article
        Dateline = 2, // "Published …" lines, datelines, bylines, a labelled date the page prints
        Url = 3, // a date in the page's canonical address
        PageStamp = 4, // a lone date line at the top of the text or under the headline
        // A bare "date" meta (dc.date, sailthru.date): often the day of the last edit, so the
        // date the page prints for its reader comes first.
        MetaDate = 5,
        PageText = 6, // dated elements outside the article, dates of lists of stories
        Updated = 7, // "Last updated", dateModified: bounds the publication date, never chosen
    };

    QDate date;
    QString origin; // short human reason: "meta article:published_time", "URL 2023/09/30", …
    Trust trust = PageStamp;
    // For a clock stamp written in UTC ("…T23:00Z", "+00:00"), its minute of the day, else -1:
    // its day is the conversion's and may be one off from the day the page itself prints.
    int utcMinute = -1;
    // Printed for the reader with its label ("Aktualisiert am 6. März 2023"), not a machine stamp:
    // an Updated candidate that is printed is the day the page shows as its date.
    bool printed = false;

    bool isUtc() const { return utcMinute >= 0; }
};

} // namespace ql
