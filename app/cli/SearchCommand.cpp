#include "app/cli/SearchCommand.h"

#include "app/cli/CliOptions.h"
#include "app/cli/CliSession.h"
#include "core/store/SearchHitField.h"
#include "core/store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ql {

QString SearchCommand::name() const
{
    return QStringLiteral("search");
}

QString SearchCommand::summary() const
{
    return QStringLiteral("full-text search over statements, articles and notes");
}

QString SearchCommand::arguments() const
{
    return QStringLiteral("QUERY…");
}

QString SearchCommand::details() const
{
    return QStringLiteral(
        "Words match as prefixes (industr finds industry), \"a quoted phrase\" word for word;\n"
        "spelling is folded as in Compare (defence finds defense, organise finds organize).\n"
        "Each match is shown in [ ]; at most 16 different words or phrases count.");
}

int SearchCommand::sharedOptions() const
{
    return CliOptions::Store | CliOptions::Format | CliOptions::Limit;
}

QString SearchCommand::prepare(const QCommandLineParser&, const QStringList& positional)
{
    return positional.isEmpty() ? QStringLiteral("search needs a query") : QString();
}

int SearchCommand::execute(CliSession& session, const QStringList& positional)
{
    Store store;
    if (!session.openStore(store))
        return CliFailure;
    QTextStream& out = session.out();
    const auto hits = store.search(positional.join(QLatin1Char(' ')), session.settings().limit);
    for (const SearchHit& h : hits) {
        if (!session.textFormat()) {
            QJsonArray highlights;
            for (const SearchHit::Span& s : h.highlights)
                highlights.append(QJsonArray { s.start, s.length });
            const QJsonObject o { { QStringLiteral("article"), h.articleId },
                { QStringLiteral("statement"), h.statementId }, { QStringLiteral("title"), h.articleTitle },
                { QStringLiteral("speaker"), h.speaker },
                { QStringLiteral("field"), searchFieldName(h.field) },
                { QStringLiteral("snippet"), h.snippet }, { QStringLiteral("highlights"), highlights } };
            out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << '\n';
        } else {
            out << (h.statementId ? QStringLiteral("statement %1").arg(h.statementId)
                                  : QStringLiteral("article %1").arg(h.articleId))
                << '\t' << (h.speaker.isEmpty() ? h.articleTitle : h.speaker) << '\t'
                << (h.field == SearchHit::Field::Note ? QStringLiteral("note: ") : QString()) << h.bracketed()
                << '\n';
        }
    }
    out.flush();
    return CliOk;
}

} // namespace ql
