#pragma once

#include <QString>

namespace ql {

// A statement ready to paste into a report: the quoted text with who said it, where, when, and
// the source, as plain text and as HTML (the source linked when it has a URL).
struct Citation
{
    QString plainText;
    QString html;
};

} // namespace ql
