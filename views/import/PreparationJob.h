#pragma once

#include "core/ingest/FetchResult.h"

#include <QByteArray>
#include <QMap>
#include <QString>

namespace ql {

// One unit of work for the preparation threads: a file, a drop/paste payload, or a fetched page.
struct PreparationJob
{
    QString path; // empty for a payload or a page
    QMap<QString, QByteArray> payload; // MIME type → bytes
    bool fetched = false; // a web page: `page` holds it, or why there is none
    FetchResult page;
};

} // namespace ql
