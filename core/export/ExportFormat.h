#pragma once

#include <QString>

namespace ql {

enum class ExportFormat { Csv, Json, Ris };

// "csv", "json", "ris"; false for anything else.
bool exportFormatFromName(const QString& name, ExportFormat* format);
QString exportFormatName(ExportFormat format);
// The usual file suffix, without the dot.
QString exportFormatSuffix(ExportFormat format);

} // namespace ql
