// libFuzzer target: any bytes, decoded as UTF-8 (invalid sequences included), through the extractor and
// its JSON output. Crashes, sanitizer reports, hangs (-timeout) and broken offsets are findings.
#include "core/analysis/extraction/ExtractionJson.h"
#include "core/analysis/extraction/Extractor.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const ql::Extractor extractor;
    if (size > 1024 * 1024)
        return 0;
    ql::Article article;
    // The first byte picks the publication date (or none) so that date-dependent paths are explored.
    if (size > 0) {
        const int pick = data[0];
        if (pick % 4 != 0)
            article.published = QDate(1995, 1, 1).addDays(pick * 53);
        ++data;
        --size;
    }
    article.text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const ql::Extraction extraction = extractor.extract(article);
    const int length = int(article.text.size());
    for (const ql::Statement& s : extraction.statements) {
        if (s.start < 0 || s.start > s.end || s.end > length || s.text.isEmpty())
            std::abort();
    }
    for (const ql::Figure& f : extraction.figures) {
        if (f.start < 0 || f.start > f.end || f.end > length
            || f.statementIndex >= extraction.statements.size())
            std::abort();
    }
    const QJsonObject json = ql::extractionToEvalJson(QStringLiteral("fuzz.txt"), article, extraction);
    if (!json.contains(QStringLiteral("statements")))
        std::abort();
    return 0;
}
