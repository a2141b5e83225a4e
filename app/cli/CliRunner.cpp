#include "CliRunner.h"

#include "StoreLocation.h"
#include "analysis/extraction/ExtractionJson.h"
#include "importing/ImportPipeline.h"
#include "store/Store.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <thread>
#include <vector>

namespace ql {

namespace {

const char kUsage[] = R"(Usage: quoteline-cli [--store PATH] COMMAND [ARGS…]

Commands:
  import FILE|FOLDER…              import documents into the store (one line per file)
  extract [--format jsonl] FILE…   print what the extractor finds, one JSON object per file
  search QUERY…                    full-text search over statements and articles
  stats                            counts of articles, statements, figures, speakers

Options:
  --store PATH     the store to use (default: the app's default store)
  --format FORMAT  jsonl or text (extract, search)
  --limit N        at most N results (search)
  --help           this help
)";

} // namespace

CliRunner::CliRunner(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err)
{
}

int CliRunner::usage(int exitCode)
{
    (exitCode == 0 ? m_out : m_err) << QString::fromUtf8(kUsage);
    return exitCode;
}

int CliRunner::fail(const QString& reason, int exitCode)
{
    m_err << "quoteline-cli: " << reason << Qt::endl;
    return exitCode;
}

bool CliRunner::openStore(Store& store)
{
    const QString path = m_storePath.isEmpty() ? defaultStorePath() : m_storePath;
    if (const StoreError e = store.open(path); e.isError()) {
        fail(e.message);
        return false;
    }
    return true;
}

int CliRunner::run(const QStringList& arguments)
{
    QStringList positional;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        auto value = [&](QString* into) {
            if (i + 1 >= arguments.size())
                return false;
            *into = arguments.at(++i);
            return true;
        };
        if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            return usage(0);
        } else if (a == QLatin1String("--store")) {
            if (!value(&m_storePath))
                return fail(QStringLiteral("--store needs a path"), 2);
        } else if (a == QLatin1String("--format")) {
            if (!value(&m_format))
                return fail(QStringLiteral("--format needs a value"), 2);
            if (m_format == QLatin1String("json"))
                m_format = QStringLiteral("jsonl");
            if (m_format != QLatin1String("jsonl") && m_format != QLatin1String("text"))
                return fail(QStringLiteral("unknown format '%1' (use jsonl or text)").arg(m_format), 2);
        } else if (a == QLatin1String("--limit")) {
            QString v;
            bool ok = value(&v);
            m_limit = v.toInt(&ok);
            if (!ok || m_limit <= 0)
                return fail(QStringLiteral("--limit needs a positive number"), 2);
        } else if (a.startsWith(QLatin1String("--"))) {
            return fail(QStringLiteral("unknown option %1 (see --help)").arg(a), 2);
        } else {
            positional << a;
        }
    }
    if (positional.isEmpty())
        return usage(2);
    const QString command = positional.takeFirst();
    if (command == QLatin1String("import"))
        return positional.isEmpty() ? fail(QStringLiteral("import needs at least one file"), 2) : runImport(positional);
    if (command == QLatin1String("extract"))
        return positional.isEmpty() ? fail(QStringLiteral("extract needs at least one file"), 2) : runExtract(positional);
    if (command == QLatin1String("search"))
        return positional.isEmpty() ? fail(QStringLiteral("search needs a query"), 2) : runSearch(positional);
    if (command == QLatin1String("stats"))
        return runStats();
    return fail(QStringLiteral("unknown command '%1' (see --help)").arg(command), 2);
}

int CliRunner::runImport(const QStringList& files)
{
    Store store;
    if (!openStore(store))
        return 1;
    ImportPipeline pipeline(store);
    int rejected = 0;
    pipeline.importFiles(files, [&](int, int, const ImportResult& r) {
        m_out << r.statusName() << '\t' << r.source;
        if (!r.reason.isEmpty())
            m_out << '\t' << r.reason;
        m_out << '\n';
        if (r.status == ImportResult::Status::Rejected)
            ++rejected;
        return true;
    });
    m_out.flush();
    if (rejected > 0)
        return fail(QStringLiteral("%1 file(s) could not be imported").arg(rejected));
    return 0;
}

int CliRunner::runExtract(const QStringList& files)
{
    const QStringList paths = ImportPipeline::expandPaths(files);
    std::vector<PreparedArticle> prepared(size_t(paths.size()));
    {
        std::atomic<int> next { 0 };
        std::vector<std::thread> workers;
        const int threads = std::max(1, int(std::thread::hardware_concurrency()));
        for (int t = 0; t < threads; ++t)
            workers.emplace_back([&] {
                for (int i = next++; i < paths.size(); i = next++)
                    prepared[size_t(i)] = ImportPipeline::prepareFile(paths.at(i));
            });
        for (auto& w : workers)
            w.join();
    }
    int failed = 0;
    for (const PreparedArticle& p : prepared) {
        if (!p.ok) {
            ++failed;
            m_err << "quoteline-cli: " << p.source << ": " << p.error << Qt::endl;
            continue;
        }
        if (m_format == QLatin1String("jsonl")) {
            const QJsonObject obj = extractionToEvalJson(p.source, p.article, p.extraction);
            m_out << QString::fromUtf8(QJsonDocument(obj).toJson(QJsonDocument::Compact)) << '\n';
        } else {
            m_out << "== " << p.source << " (" << p.article.title << ", "
                  << (p.article.published.isValid() ? p.article.published.toString(Qt::ISODate) : QStringLiteral("no date"))
                  << ")\n";
            for (const Statement& s : p.extraction.statements)
                m_out << "  [" << statementKindName(s.kind) << "] " << (s.speaker.isEmpty() ? QStringLiteral("?") : s.speaker)
                      << ": " << s.text << '\n';
            for (const Figure& f : p.extraction.figures)
                m_out << "  {" << f.kind << "} " << f.value << ' ' << f.currency << (f.year ? QStringLiteral(" by %1").arg(f.year) : QString())
                      << " «" << f.text << "»\n";
        }
    }
    m_out.flush();
    if (failed > 0)
        return fail(QStringLiteral("%1 file(s) could not be read").arg(failed));
    return 0;
}

int CliRunner::runSearch(const QStringList& words)
{
    Store store;
    if (!openStore(store))
        return 1;
    const auto hits = store.search(words.join(QLatin1Char(' ')), m_limit);
    for (const SearchHit& h : hits) {
        if (m_format == QLatin1String("jsonl")) {
            QJsonObject o { { QStringLiteral("article"), h.articleId }, { QStringLiteral("statement"), h.statementId },
                { QStringLiteral("title"), h.articleTitle }, { QStringLiteral("speaker"), h.speaker },
                { QStringLiteral("snippet"), h.snippet } };
            m_out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << '\n';
        } else {
            m_out << (h.statementId ? QStringLiteral("statement %1").arg(h.statementId) : QStringLiteral("article %1").arg(h.articleId))
                  << '\t' << (h.speaker.isEmpty() ? h.articleTitle : h.speaker) << '\t' << h.snippet << '\n';
        }
    }
    m_out.flush();
    return 0;
}

int CliRunner::runStats()
{
    Store store;
    if (!openStore(store))
        return 1;
    const StoreStats s = store.stats();
    m_out << "store\t" << store.path() << '\n'
          << "articles\t" << s.articles << '\n'
          << "undated articles\t" << s.undatedArticles << '\n'
          << "statements\t" << s.statements << '\n'
          << "figures\t" << s.figures << '\n'
          << "speakers\t" << s.speakers << '\n'
          << "tags\t" << s.tags << '\n';
    m_out.flush();
    return 0;
}

} // namespace ql
