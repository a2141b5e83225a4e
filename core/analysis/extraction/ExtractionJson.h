#pragma once

#include "core/domain/Article.h"
#include "core/domain/Extraction.h"

#include <QJsonObject>
#include <QString>

namespace ql {

// The per-file object of `quoteline-cli extract --format jsonl` (see ../shared/eval/README.md):
// file, title, published (ISO or null), source, statements and figures. With `withText` also the
// article's cleaned `text`, so text extraction from web pages can be scored (score_boilerplate.py);
// off by default because it makes every line as long as its article.
QJsonObject extractionToEvalJson(
    const QString& filePath, const Article& article, const Extraction& extraction, bool withText = false);

} // namespace ql
