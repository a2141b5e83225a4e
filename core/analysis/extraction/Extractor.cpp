#include "Extractor.h"

#include <QRegularExpression>

namespace ql {

Extractor::Extractor() = default;
Extractor::~Extractor() = default;

// Bootstrap implementation: straight double-quoted spans only. Replaced by the full extractor.
Extraction Extractor::extract(const Article& article) const
{
    Extraction result;
    static const QRegularExpression quote(QStringLiteral("[\"\\x{201C}]([^\"\\x{201D}]{10,})[\"\\x{201D}]"));
    auto it = quote.globalMatch(article.text);
    while (it.hasNext()) {
        const auto m = it.next();
        Statement s;
        s.text = m.captured(1);
        s.start = int(m.capturedStart(1));
        s.end = int(m.capturedEnd(1));
        s.saidOn = article.published;
        result.statements.append(s);
    }
    return result;
}

} // namespace ql
