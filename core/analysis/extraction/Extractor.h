#pragma once

#include "OfficeHolders.h"
#include "domain/Article.h"
#include "domain/Extraction.h"

namespace ql {

// Finds statements, speakers and spending figures in an article's extracted text.
// Pure function of its input: thread-safe, no I/O.
class Extractor
{
public:
    Extractor();
    explicit Extractor(OfficeHolders offices);
    ~Extractor();

    // `article.text` is the cleaned text; `article.published` (may be null) dates the statements.
    Extraction extract(const Article& article) const;

    const OfficeHolders& offices() const { return m_offices; }

private:
    OfficeHolders m_offices;
};

} // namespace ql
