#include "app/cli/ExportStatementsCommand.h"

#include "app/cli/CliOptions.h"
#include "app/cli/CliSession.h"
#include "core/export/StatementExporter.h"
#include "core/store/Store.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace ql {

namespace {

QString reason(const QString& text)
{
    return QStringLiteral("export-statements: ") + text;
}

bool readDate(const QCommandLineParser& parser, const QString& option, QDate* into)
{
    if (!parser.isSet(option))
        return true;
    *into = QDate::fromString(parser.value(option), Qt::ISODate);
    return into->isValid();
}

} // namespace

QString ExportStatementsCommand::name() const
{
    return QStringLiteral("export-statements");
}

QString ExportStatementsCommand::summary() const
{
    return QStringLiteral("export statements with their sources as CSV, JSON or RIS");
}

QString ExportStatementsCommand::arguments() const
{
    return QStringLiteral("[--format csv|json|ris] [--out FILE]");
}

QString ExportStatementsCommand::details() const
{
    return QStringLiteral(
        "One record per statement: speaker, text, kind, when it was said, tags, note,\n"
        "article title, publisher, article date and URL. CSV is RFC 4180 in UTF-8 (no byte\n"
        "order mark unless --bom); RIS imports into Zotero. Without --out the file goes to\n"
        "stdout. With --from/--to, statements whose window overlaps the period are kept and\n"
        "undated ones left out.");
}

int ExportStatementsCommand::sharedOptions() const
{
    return CliOptions::Store;
}

QList<QCommandLineOption> ExportStatementsCommand::ownOptions() const
{
    return {
        QCommandLineOption(
            QStringLiteral("format"), QStringLiteral("csv (default), json or ris"), QStringLiteral("FORMAT")),
        QCommandLineOption(QStringLiteral("out"), QStringLiteral("the file to write (default: stdout)"),
            QStringLiteral("FILE")),
        QCommandLineOption(
            QStringLiteral("tag"), QStringLiteral("only statements with this tag"), QStringLiteral("T")),
        QCommandLineOption(QStringLiteral("speaker"), QStringLiteral("only statements of this speaker"),
            QStringLiteral("S")),
        QCommandLineOption(QStringLiteral("from"),
            QStringLiteral("only statements said on or after this day"), QStringLiteral("YYYY-MM-DD")),
        QCommandLineOption(QStringLiteral("to"), QStringLiteral("only statements said on or before this day"),
            QStringLiteral("YYYY-MM-DD")),
        QCommandLineOption(
            QStringLiteral("bom"), QStringLiteral("start a CSV file with a UTF-8 byte order mark")),
        QCommandLineOption(QStringLiteral("overwrite"), QStringLiteral("replace FILE if it exists")),
    };
}

QString ExportStatementsCommand::prepare(const QCommandLineParser& parser, const QStringList& positional)
{
    if (!positional.isEmpty())
        return reason(QStringLiteral("unknown argument '%1'").arg(positional.first()));
    if (parser.isSet(QStringLiteral("format"))
        && !exportFormatFromName(parser.value(QStringLiteral("format")), &m_format))
        return reason(QStringLiteral("--format must be csv, json or ris"));
    m_out = parser.value(QStringLiteral("out"));
    if (parser.isSet(QStringLiteral("out")) && m_out.isEmpty())
        return reason(QStringLiteral("--out needs a file name"));
    m_filter.tag = parser.value(QStringLiteral("tag"));
    m_filter.speaker = parser.value(QStringLiteral("speaker"));
    if (!readDate(parser, QStringLiteral("from"), &m_filter.from))
        return reason(QStringLiteral("--from needs a day as YYYY-MM-DD"));
    if (!readDate(parser, QStringLiteral("to"), &m_filter.to))
        return reason(QStringLiteral("--to needs a day as YYYY-MM-DD"));
    if (m_filter.from.isValid() && m_filter.to.isValid() && m_filter.from > m_filter.to)
        return reason(QStringLiteral("--from is after --to"));
    m_bom = parser.isSet(QStringLiteral("bom"));
    if (m_bom && m_format != ExportFormat::Csv)
        return reason(QStringLiteral("--bom is for CSV only"));
    m_overwrite = parser.isSet(QStringLiteral("overwrite"));
    return QString();
}

int ExportStatementsCommand::execute(CliSession& session, const QStringList&)
{
    if (!m_out.isEmpty() && QFileInfo::exists(m_out) && !m_overwrite)
        return session.fail(reason(QStringLiteral("%1 exists; add --overwrite to replace it").arg(m_out)));
    Store store;
    if (!session.openStore(store))
        return CliFailure;
    const QList<ExportRecord> records = StatementExporter::collect(store, m_filter);
    if (m_out.isEmpty()) {
        session.out().flush();
        session.out() << QString::fromUtf8(StatementExporter::write(records, m_format, m_bom));
        session.out().flush();
        return CliOk;
    }
    if (const QString error = StatementExporter::writeFile(m_out, records, m_format, m_bom); !error.isEmpty())
        return session.fail(reason(error));
    session.err() << QStringLiteral("%1 statement(s) written to %2\n").arg(records.size()).arg(m_out);
    session.err().flush();
    return CliOk;
}

} // namespace ql
