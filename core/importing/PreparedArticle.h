#pragma once

#include "core/domain/Article.h"
#include "core/domain/Extraction.h"

#include <QString>

namespace ql {

// A document read and analysed but not stored yet: what the import wizard reviews.
struct PreparedArticle
{
    QString source; // file path or a label such as "pasted text"
    bool ok = false;
    QString error;
    Article article;
    Extraction extraction;
};

} // namespace ql
