#pragma once

#include "core/domain/Article.h"
#include "core/domain/Extraction.h"

#include <QString>

namespace ql::test {

// A small, fully known article with two statements (one tagged later by tests) and a figure.
Article sampleArticle(int n, const QDate& published = QDate(2024, 3, 14));
Extraction sampleExtraction(const Article& article);

} // namespace ql::test
