#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace ql {

// Writes RFC 4180 CSV: fields separated by commas, records ended by CRLF, a field quoted when it
// holds a comma, a quote, CR or LF (or starts or ends with a space, which spreadsheets trim), quotes
// doubled inside. UTF-8, with a byte order mark only when asked: LibreOffice and Python read UTF-8
// without one, Excel wants one.
class CsvWriter
{
public:
    explicit CsvWriter(bool byteOrderMark = false);

    void addRow(const QStringList& fields);
    QByteArray data() const { return m_data; }

    static QString quoted(const QString& field);

private:
    QByteArray m_data;
};

} // namespace ql
