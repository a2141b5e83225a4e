#pragma once

#include "ImportResult.h"
#include "PreparedArticle.h"
#include "analysis/extraction/Extractor.h"

#include <QStringList>

#include <atomic>
#include <functional>

namespace ql {

class Store;

// File → text → extraction → store. Reading and extraction run on worker threads; storing runs
// on the caller's thread (the store's), one transaction per article, in input order.
class ImportPipeline
{
public:
    // Called after each stored file with (done, total); returning false cancels what is left.
    using Progress = std::function<bool(int done, int total, const ImportResult& last)>;

    explicit ImportPipeline(Store& store);

    // Thread-safe: read and analyse one document without touching the store. Without an
    // extractor, the seed office table resolves roles; with the pipeline's, the store's.
    static PreparedArticle prepareFile(const QString& path, const Extractor& extractor = seedExtractor());
    static PreparedArticle prepareBytes(const QByteArray& bytes, const QString& label,
        const QString& mimeType, const Extractor& extractor = seedExtractor());
    static const Extractor& seedExtractor();
    // An extractor that resolves roles with the store's office table.
    const Extractor& extractor() const { return m_extractor; }
    // Expands folders (recursively) into the files they hold, sorted.
    static QStringList expandPaths(const QStringList& paths);

    ImportResult commit(const PreparedArticle& prepared);
    QList<ImportResult> importFiles(const QStringList& paths, const Progress& progress = {}, int threads = 0);

private:
    Store& m_store;
    Extractor m_extractor;
};

} // namespace ql
