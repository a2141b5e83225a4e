#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

namespace ql {

// One unit of work for the preparation threads: a file, or a drop/paste payload.
struct PreparationJob
{
    QString path; // empty for a payload
    QMap<QString, QByteArray> payload; // MIME type → bytes
};

} // namespace ql
