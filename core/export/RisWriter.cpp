#include "core/export/RisWriter.h"

#include "core/export/ExportRecord.h"

namespace ql {

namespace {

QString oneLine(const QString& value)
{
    QString out = value;
    out.replace(QLatin1String("\r\n"), QLatin1String(" "));
    out.replace(QLatin1Char('\r'), QLatin1Char(' '));
    out.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return out.trimmed();
}

} // namespace

void RisWriter::line(const char* tag, const QString& value)
{
    m_data += tag;
    m_data += "  - ";
    m_data += oneLine(value).toUtf8();
    m_data += "\r\n";
}

void RisWriter::addRecord(const ExportRecord& r)
{
    line("TY", QStringLiteral("NEWS"));
    line("TI", r.articleTitle.isEmpty() ? r.text : r.articleTitle);
    if (!r.speaker.isEmpty())
        line("AU", r.speaker);
    const QDate date = r.articleDate.isValid() ? r.articleDate : r.saidTo;
    if (date.isValid()) {
        line("PY", QString::number(date.year()));
        line("DA", date.toString(QStringLiteral("yyyy/MM/dd")));
    }
    if (!r.publisher.isEmpty())
        line("PB", r.publisher);
    if (!r.url.isEmpty())
        line("UR", r.url);
    QString note = QStringLiteral("“%1” (%2").arg(r.text, r.kind);
    if (!r.saidLabel.isEmpty())
        note += QStringLiteral(", said %1").arg(r.saidLabel);
    note += QLatin1Char(')');
    line("N1", note);
    if (!r.note.isEmpty())
        line("N1", r.note);
    for (const QString& tag : r.tags)
        line("KW", tag);
    m_data += "ER  - \r\n";
}

} // namespace ql
