#pragma once

#include "core/analysis/extraction/Extractor.h"
#include "core/importing/ImportResult.h"
#include "core/importing/PreparedArticle.h"
#include "core/store/ImportBatch.h"

#include <QStringList>

#include <atomic>
#include <functional>
#include <vector>

namespace ql {

class Store;

// File → text → extraction → store. Reading and extraction run on worker threads; storing runs
// on the caller's thread (the store's), in input order, a batch of articles per transaction with
// a savepoint per article (each lands whole or not at all).
class ImportPipeline
{
public:
    // Called for each file once its batch is stored, with (done, total); returning false cancels
    // the files not yet read (the batch in hand, at most batchSize files, is still reported).
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

    static constexpr int batchSize = 256;
    // Per article: a document with more is refused with a reason (see prepareFile()). A long
    // transcript has a few thousand sentences; these leave room for ten times that.
    static constexpr int MaxStatementsPerArticle = 20000;
    static constexpr int MaxFiguresPerArticle = 20000;

    // Stores one article in a transaction of its own.
    ImportResult commit(const PreparedArticle& prepared);
    // Stores the articles in one transaction. Articles that fail are rejected one by one; if the
    // transaction itself cannot commit, none is stored and every result says why.
    template<typename Range> QList<ImportResult> commitBatch(const Range& articles)
    {
        ImportBatch batch(m_store);
        QList<ImportResult> results;
        std::vector<bool> reachedStore;
        for (const PreparedArticle& p : articles) {
            results.append(commit(p));
            reachedStore.push_back(p.ok);
        }
        return finish(batch, std::move(results), reachedStore);
    }
    // Stops at the first batch the store could not keep (disk full, store locked for too long):
    // that batch is reported not stored, the files after it are neither read nor reported, and
    // stopError() says why.
    QList<ImportResult> importFiles(const QStringList& paths, const Progress& progress = {}, int threads = 0);
    // Why the last importFiles() stopped before its end (no error: it did not).
    StoreError stopError() const { return m_stopError; }

private:
    QList<ImportResult> finish(
        ImportBatch& batch, QList<ImportResult> results, const std::vector<bool>& reachedStore);

    Store& m_store;
    Extractor m_extractor;
    StoreError m_stopError;
};

} // namespace ql
