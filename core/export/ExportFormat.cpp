#include "core/export/ExportFormat.h"

namespace ql {

bool exportFormatFromName(const QString& name, ExportFormat* format)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("csv"))
        *format = ExportFormat::Csv;
    else if (n == QLatin1String("json"))
        *format = ExportFormat::Json;
    else if (n == QLatin1String("ris"))
        *format = ExportFormat::Ris;
    else
        return false;
    return true;
}

QString exportFormatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Csv:
        return QStringLiteral("csv");
    case ExportFormat::Json:
        return QStringLiteral("json");
    case ExportFormat::Ris:
        return QStringLiteral("ris");
    }
    return QString();
}

QString exportFormatSuffix(ExportFormat format)
{
    return exportFormatName(format);
}

} // namespace ql
