#include "StoreLocation.h"

#include <QDir>
#include <QStandardPaths>

namespace ql {

QString defaultStorePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(QStringLiteral("quoteline.qlstore"));
}

} // namespace ql
