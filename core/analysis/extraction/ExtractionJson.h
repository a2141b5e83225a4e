#pragma once

#include "domain/Article.h"
#include "domain/Extraction.h"

#include <QJsonObject>
#include <QString>

namespace ql {

// The per-file object of `quoteline-cli extract --format jsonl` (see ../shared/eval/README.md):
// file, title, published (ISO or null), source, statements and figures.
QJsonObject extractionToEvalJson(
    const QString& filePath, const Article& article, const Extraction& extraction);

} // namespace ql
