#include "CliRunner.h"

#include "ChartExportCommand.h"
#include "StoreLocation.h"
#include "analysis/comparison/WordDiff.h"
#include "analysis/extraction/ExtractionJson.h"
#include "families/FamilyIndex.h"
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
  extract [--format jsonl] [--text] FILE…
                                   print what the extractor finds, one JSON object per file
  search QUERY…                    full-text search over statements and articles
  stats                            counts of articles, statements, figures, speakers
  similar TEXT [--limit N]         stored statements most like TEXT (score, date, speaker, text)
  families [--min-size N]          variant families of statements, each in time order
  diff ID ID                       word-level diff between two statements
  export-chart --kind figures|gdp|timeline --out FILE [--width W --height H --dpi D]
               [--filter speaker=NAME|source=NAME|subject=NAME] [--native-currency] [--overwrite]
                                   render a chart to .png, .svg or .pdf (or its data to .csv)

Options:
  --store PATH     the store to use (default: the app's default store)
  --format FORMAT  text, jsonl or json (extract, search, similar, families, diff)
  --limit N        at most N results (search, similar)
  --min-size N     smallest family to list (families; default 2)
  --text           extract: each JSON object also carries the article's cleaned text
  --help           this help
)";

} // namespace

CliRunner::CliRunner(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err)
{ }

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
    // export-chart has options of its own; only --store may come before it.
    const int exportAt = int(arguments.indexOf(QStringLiteral("export-chart")));
    if (exportAt >= 0) {
        const QStringList before = arguments.mid(0, exportAt);
        if (!before.isEmpty() && !(before.size() == 2 && before.first() == QLatin1String("--store")))
            return fail(QStringLiteral("only --store PATH may come before export-chart"), 2);
        if (before.size() == 2)
            m_storePath = before.at(1);
        Store store;
        if (!openStore(store))
            return 1;
        return ChartExportCommand(m_out, m_err).run(store, arguments.mid(exportAt + 1));
    }
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
            if (m_format != QLatin1String("jsonl") && m_format != QLatin1String("json")
                && m_format != QLatin1String("text"))
                return fail(QStringLiteral("unknown format '%1' (use text, jsonl or json)").arg(m_format), 2);
        } else if (a == QLatin1String("--text")) {
            m_withText = true;
        } else if (a == QLatin1String("--limit")) {
            QString v;
            bool ok = value(&v);
            m_limit = v.toInt(&ok);
            if (!ok || m_limit <= 0)
                return fail(QStringLiteral("--limit needs a positive number"), 2);
        } else if (a == QLatin1String("--min-size")) {
            QString v;
            bool ok = value(&v);
            m_minSize = v.toInt(&ok);
            if (!ok || m_minSize <= 0)
                return fail(QStringLiteral("--min-size needs a positive number"), 2);
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
        return positional.isEmpty() ? fail(QStringLiteral("import needs at least one file"), 2)
                                    : runImport(positional);
    if (command == QLatin1String("extract"))
        return positional.isEmpty() ? fail(QStringLiteral("extract needs at least one file"), 2)
                                    : runExtract(positional);
    if (command == QLatin1String("search"))
        return positional.isEmpty() ? fail(QStringLiteral("search needs a query"), 2) : runSearch(positional);
    if (command == QLatin1String("stats"))
        return runStats();
    if (command == QLatin1String("similar"))
        return positional.isEmpty() ? fail(QStringLiteral("similar needs a sentence"), 2)
                                    : runSimilar(positional.join(QLatin1Char(' ')));
    if (command == QLatin1String("families"))
        return runFamilies();
    if (command == QLatin1String("diff"))
        return positional.size() != 2 ? fail(QStringLiteral("diff needs two statement ids"), 2)
                                      : runDiff(positional);
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
    FamilyIndex families(store);
    // load() places every statement the stored grouping does not know yet, i.e. the new ones.
    const StoreError e = families.load();
    if (e.isError())
        return fail(QStringLiteral("imported, but variant families could not be updated: %1").arg(e.message));
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
        if (m_format != QLatin1String("text")) {
            const QJsonObject obj = extractionToEvalJson(p.source, p.article, p.extraction, m_withText);
            m_out << QString::fromUtf8(QJsonDocument(obj).toJson(QJsonDocument::Compact)) << '\n';
        } else {
            m_out << "== " << p.source << " (" << p.article.title << ", "
                  << (p.article.published.isValid() ? p.article.published.toString(Qt::ISODate)
                                                    : QStringLiteral("no date"))
                  << ")\n";
            for (const Statement& s : p.extraction.statements)
                m_out << "  [" << statementKindName(s.kind) << "] "
                      << (s.speaker.isEmpty() ? QStringLiteral("?") : s.speaker) << ": " << s.text << '\n';
            for (const Figure& f : p.extraction.figures)
                m_out << "  {" << f.kind << "} " << f.value << ' ' << f.currency
                      << (f.year ? QStringLiteral(" by %1").arg(f.year) : QString()) << " «" << f.text
                      << "»\n";
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
        if (m_format != QLatin1String("text")) {
            QJsonObject o { { QStringLiteral("article"), h.articleId },
                { QStringLiteral("statement"), h.statementId }, { QStringLiteral("title"), h.articleTitle },
                { QStringLiteral("speaker"), h.speaker }, { QStringLiteral("snippet"), h.snippet } };
            m_out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << '\n';
        } else {
            m_out << (h.statementId ? QStringLiteral("statement %1").arg(h.statementId)
                                    : QStringLiteral("article %1").arg(h.articleId))
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

namespace {

QJsonObject statementJson(const StatementRow& row)
{
    const Statement& s = row.statement;
    return QJsonObject { { QStringLiteral("id"), s.id }, { QStringLiteral("article"), s.articleId },
        { QStringLiteral("date"),
            s.saidOn.isValid() ? QJsonValue(s.saidOn.toString(Qt::ISODate)) : QJsonValue() },
        { QStringLiteral("speaker"), s.speaker.isEmpty() ? QJsonValue() : QJsonValue(s.speaker) },
        { QStringLiteral("source"), row.articleTitle }, { QStringLiteral("kind"), statementKindName(s.kind) },
        { QStringLiteral("text"), s.text } };
}

QString statementLine(const StatementRow& row)
{
    const Statement& s = row.statement;
    return QStringLiteral("%1\t%2\t%3\t%4")
        .arg(s.saidOn.isValid() ? s.saidOn.toString(Qt::ISODate) : QStringLiteral("no date"),
            s.speaker.isEmpty() ? QStringLiteral("unknown") : s.speaker, QString::number(s.id), s.text);
}

} // namespace

bool CliRunner::loadFamilies(FamilyIndex& families)
{
    if (const StoreError e = families.load(); e.isError()) {
        fail(e.message);
        return false;
    }
    return true;
}

void CliRunner::printJson(const QJsonValue& value)
{
    const QJsonDocument doc
        = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(
        doc.toJson(m_format == QLatin1String("jsonl") ? QJsonDocument::Compact : QJsonDocument::Indented));
    if (m_format == QLatin1String("jsonl"))
        m_out << '\n';
}

int CliRunner::runSimilar(const QString& text)
{
    Store store;
    if (!openStore(store))
        return 1;
    FamilyIndex families(store);
    if (!loadFamilies(families))
        return 1;
    const auto hits = families.similar(text, m_limit);
    QJsonArray array;
    for (const auto& [score, row] : hits) {
        if (m_format == QLatin1String("text")) {
            m_out << QString::number(score, 'f', 3) << '\t' << statementLine(row) << '\n';
        } else {
            QJsonObject o = statementJson(row);
            o.insert(QStringLiteral("score"), score);
            array.append(o);
        }
    }
    if (m_format != QLatin1String("text"))
        printJson(array);
    m_out.flush();
    return 0;
}

int CliRunner::runFamilies()
{
    Store store;
    if (!openStore(store))
        return 1;
    FamilyIndex families(store);
    if (!loadFamilies(families))
        return 1;
    QJsonArray array;
    for (qint64 family : families.families().familyIds(m_minSize)) {
        const QList<StatementRow> members = families.members(family);
        if (m_format == QLatin1String("text")) {
            m_out << "family " << family << " (" << members.size() << " statements)\n";
            for (const StatementRow& row : members)
                m_out << "  " << statementLine(row) << '\n';
        } else {
            QJsonArray list;
            for (const StatementRow& row : members)
                list.append(statementJson(row));
            array.append(
                QJsonObject { { QStringLiteral("family"), family }, { QStringLiteral("members"), list } });
        }
    }
    if (m_format != QLatin1String("text"))
        printJson(array);
    m_out.flush();
    return 0;
}

int CliRunner::runDiff(const QStringList& ids)
{
    bool okA = false, okB = false;
    const qint64 a = ids.at(0).toLongLong(&okA);
    const qint64 b = ids.at(1).toLongLong(&okB);
    if (!okA || !okB)
        return fail(QStringLiteral("diff needs two numeric statement ids"), 2);
    Store store;
    if (!openStore(store))
        return 1;
    const auto left = store.statementRow(a);
    const auto right = store.statementRow(b);
    if (!left || !right)
        return fail(QStringLiteral("no statement with id %1").arg(!left ? a : b));
    const WordDiff differ;
    const QList<DiffOp> ops = differ.compare(left->statement.text, right->statement.text);
    if (m_format == QLatin1String("text")) {
        m_out << "- " << statementLine(*left) << "\n+ " << statementLine(*right) << "\n\n"
              << WordDiff::toInlineText(ops, left->statement.text, right->statement.text) << '\n';
    } else {
        QJsonArray list;
        auto kindName = [](DiffOpKind k) {
            switch (k) {
            case DiffOpKind::Equal:
                return QStringLiteral("equal");
            case DiffOpKind::Insert:
                return QStringLiteral("insert");
            case DiffOpKind::Delete:
                return QStringLiteral("delete");
            case DiffOpKind::Replace:
                return QStringLiteral("replace");
            }
            return QString();
        };
        for (const DiffOp& op : ops) {
            QJsonObject o { { QStringLiteral("op"), kindName(op.kind) },
                { QStringLiteral("moved"), op.moved } };
            if (op.leftStart >= 0)
                o.insert(QStringLiteral("left"),
                    left->statement.text.mid(op.leftStart, op.leftEnd - op.leftStart));
            if (op.rightStart >= 0)
                o.insert(QStringLiteral("right"),
                    right->statement.text.mid(op.rightStart, op.rightEnd - op.rightStart));
            list.append(o);
        }
        printJson(QJsonObject { { QStringLiteral("left"), statementJson(*left) },
            { QStringLiteral("right"), statementJson(*right) },
            { QStringLiteral("similarity"), WordDiff::equalShare(ops) }, { QStringLiteral("ops"), list } });
    }
    m_out.flush();
    return 0;
}

} // namespace ql
