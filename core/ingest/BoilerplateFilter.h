#pragma once

#include <QStringList>

namespace ql {

// Line-level rules for the furniture of web pages that survives copy and paste: menus, contact
// blocks, phone numbers, "Related Posts", "Read also: …", newsletter and app promotions, social
// links, publisher self-descriptions, cookie and copyright notices, date stamps and bare URLs.
// Input and output are "lines" as PlainTextReader::lines() makes them (empty = paragraph break).
class BoilerplateFilter
{
public:
    QStringList filter(const QStringList& lines) const;

    enum class Verdict { Keep, Drop, DropAndEndArticle };
    // The verdict on one line out of context (exposed for tests and the review dialog).
    static Verdict classify(const QString& line);
};

} // namespace ql
