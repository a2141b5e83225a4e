#include "core/export/CsvWriter.h"

namespace ql {

CsvWriter::CsvWriter(bool byteOrderMark)
{
    if (byteOrderMark)
        m_data = QByteArrayLiteral("\xEF\xBB\xBF");
}

QString CsvWriter::quoted(const QString& field)
{
    const bool needsQuotes = field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"'))
        || field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'))
        || field.startsWith(QLatin1Char(' ')) || field.endsWith(QLatin1Char(' '));
    if (!needsQuotes)
        return field;
    QString out = field;
    out.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

void CsvWriter::addRow(const QStringList& fields)
{
    QStringList cells;
    cells.reserve(fields.size());
    for (const QString& f : fields)
        cells.append(quoted(f));
    m_data += cells.join(QLatin1Char(',')).toUtf8();
    m_data += "\r\n";
}

} // namespace ql
