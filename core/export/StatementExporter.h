#pragma once

#include "core/export/ExportFilter.h"
#include "core/export/ExportFormat.h"
#include "core/export/ExportRecord.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace ql {

class Store;

// Statements with their sources, out of the store and into CSV, JSON or RIS. Shared by
// File ▸ Export Statements… and `quoteline-cli export-statements`, so both write the same files.
class StatementExporter
{
public:
    // Every statement the filter keeps, in the store's order (date, then id).
    static QList<ExportRecord> collect(const Store& store, const ExportFilter& filter);
    // These statements (e.g. the selection), in the store's order; unknown ids are skipped.
    static QList<ExportRecord> collect(const Store& store, const QList<qint64>& statementIds);

    static QStringList csvHeader();
    static QStringList csvFields(const ExportRecord& record);
    static QByteArray write(
        const QList<ExportRecord>& records, ExportFormat format, bool byteOrderMark = false);
    // Writes through a QSaveFile, so a failed export leaves any existing file as it was. Returns
    // an error message, empty on success.
    static QString writeFile(const QString& path, const QList<ExportRecord>& records, ExportFormat format,
        bool byteOrderMark = false);
};

} // namespace ql
