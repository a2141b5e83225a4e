#pragma once

#include <QDate>
#include <QString>

namespace ql {

// One place in a document that states a publication date.
struct DateCandidate
{
    // Lower is more trustworthy; the order the product brief gives.
    enum Trust { Structured = 0, Dateline = 1, Url = 2, PageStamp = 3, Updated = 4 };

    QDate date;
    QString origin; // short human reason: "meta article:published_time", "URL 2023/09/30", …
    Trust trust = PageStamp;
};

} // namespace ql
