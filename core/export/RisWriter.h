#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace ql {

struct ExportRecord;

// Writes RIS (the tagged format Zotero, EndNote and Mendeley import): one record per statement,
// "TAG  - value" lines ended by CRLF, "ER  - " closing each record. Each record is a NEWS item (Zotero:
// newspaper article) for the statement's article: TI its title, AU the speaker (the person the
// analyst cites), PY/DA the article's date (else when it was said), PB the publisher, UR the link,
// N1 the statement with its kind, window and note, one KW per tag. RIS values are one line each, so
// line breaks inside a value become spaces.
class RisWriter
{
public:
    void addRecord(const ExportRecord& record);
    QByteArray data() const { return m_data; }

private:
    void line(const char* tag, const QString& value);
    QByteArray m_data;
};

} // namespace ql
