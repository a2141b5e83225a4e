#include "core/ingest/FetchOptions.h"

#include <QSettings>

namespace ql {

FetchOptions FetchOptions::fromSettings()
{
    FetchOptions options;
    const QSettings settings;
    const int seconds = settings.value(QStringLiteral("web/timeoutSeconds")).toInt();
    if (seconds > 0)
        options.timeoutMs = seconds * 1000;
    const qint64 megabytes = settings.value(QStringLiteral("web/maxPageMegabytes")).toLongLong();
    if (megabytes > 0)
        options.maxBytes = megabytes * 1024 * 1024;
    return options;
}

} // namespace ql
