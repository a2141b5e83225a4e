#pragma once

#include "domain/Article.h"
#include "domain/Extraction.h"

#include <QJsonObject>

namespace ql {

// The per-file object of `quoteline-cli extract --format jsonl` (format in shared/eval/README.md).
QJsonObject extractionToEvalJson(const QString& filePath, const Article& article, const Extraction& extraction);

} // namespace ql
