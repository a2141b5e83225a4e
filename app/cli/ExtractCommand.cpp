#include "app/cli/ExtractCommand.h"

#include "app/cli/CliOptions.h"
#include "app/cli/CliSession.h"
#include "core/analysis/extraction/ExtractionJson.h"
#include "core/concurrency/ParallelFor.h"
#include "core/importing/ImportPipeline.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <vector>

namespace ql {

QString ExtractCommand::name() const
{
    return QStringLiteral("extract");
}

QString ExtractCommand::summary() const
{
    return QStringLiteral("print what the extractor finds, one JSON object per file (no store needed)");
}

QString ExtractCommand::arguments() const
{
    return QStringLiteral("FILE|FOLDER…");
}

int ExtractCommand::sharedOptions() const
{
    return CliOptions::Format | CliOptions::Text;
}

QString ExtractCommand::prepare(const QCommandLineParser&, const QStringList& positional)
{
    return positional.isEmpty() ? QStringLiteral("extract needs at least one file") : QString();
}

int ExtractCommand::execute(CliSession& session, const QStringList& positional)
{
    const QStringList paths = ImportPipeline::expandPaths(positional);
    std::vector<PreparedArticle> prepared(size_t(paths.size()));
    parallelFor(prepared.size(), 0,
        [&](std::size_t i) { prepared[i] = ImportPipeline::prepareFile(paths.at(qsizetype(i))); });
    QTextStream& out = session.out();
    int failed = 0;
    for (const PreparedArticle& p : prepared) {
        if (!p.ok) {
            ++failed;
            session.fail(QStringLiteral("%1: %2").arg(p.source, p.error));
            continue;
        }
        if (!session.textFormat()) {
            const QJsonObject obj
                = extractionToEvalJson(p.source, p.article, p.extraction, session.settings().withText);
            out << QString::fromUtf8(QJsonDocument(obj).toJson(QJsonDocument::Compact)) << '\n';
        } else {
            out << "== " << p.source << " (" << p.article.title << ", "
                << (p.article.published.isValid() ? p.article.published.toString(Qt::ISODate)
                                                  : QStringLiteral("no date"))
                << ")\n";
            // Why that date: the analyst checks a surprising date against the page.
            if (!p.article.dateOrigin.isEmpty())
                out << "  date from: " << p.article.dateOrigin << '\n';
            for (const Statement& s : p.extraction.statements)
                out << "  [" << statementKindName(s.kind) << "] "
                    << (s.speaker.isEmpty() ? QStringLiteral("?") : s.speaker) << ": " << s.text << '\n';
            for (const Figure& f : p.extraction.figures)
                out << "  {" << f.kind << "} " << f.value << ' ' << f.currency
                    << (f.year ? QStringLiteral(" by %1").arg(f.year) : QString()) << " «" << f.text << "»\n";
        }
    }
    out.flush();
    if (failed > 0)
        return session.fail(QStringLiteral("%1 file(s) could not be read").arg(failed));
    return CliOk;
}

} // namespace ql
