#include "app/LaunchArguments.h"

#include <QFile>
#include <QFileInfo>

namespace ql {

LaunchArguments LaunchArguments::split(const QStringList& positional)
{
    LaunchArguments out;
    for (const QString& argument : positional)
        (isDocument(argument) ? out.documents : out.stores) << argument;
    return out;
}

bool LaunchArguments::isDocument(const QString& argument)
{
    const QFileInfo info(argument);
    if (!info.exists()) {
        // "quoteline notes.txt" for a file that is not there: not a new store named notes.txt; the
        // wizard says the file is missing.
        static const QStringList documentSuffixes { QStringLiteral("txt"), QStringLiteral("text"),
            QStringLiteral("html"), QStringLiteral("htm"), QStringLiteral("xhtml"), QStringLiteral("md"),
            QStringLiteral("markdown"), QStringLiteral("pdf") };
        return documentSuffixes.contains(info.suffix().toLower());
    }
    if (!info.isFile() || info.suffix().compare(QLatin1String("qlstore"), Qt::CaseInsensitive) == 0)
        return false;
    QFile file(argument);
    if (!file.open(QIODevice::ReadOnly))
        return true; // the import then says why it cannot be read
    return !file.read(16).startsWith("SQLite format 3");
}

} // namespace ql
