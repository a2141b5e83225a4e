#pragma once

#include "core/importing/ImportPipeline.h"
#include "core/importing/ImportResult.h"
#include "core/importing/PreparedArticle.h"
#include "core/ingest/FetchOptions.h"
#include "core/ingest/FetchResult.h"

#include <QUrl>

#include <functional>

namespace ql {

class Extractor;
class Store;

// A web page's address → article: the page is fetched (PageFetcher), read as HTML through the
// same Ingestor path as a saved file, analysed, and stored; the address becomes the article's
// source URL.
class UrlImport
{
public:
    // A single http(s) address with a host, as pasted or dragged; surrounding blanks allowed.
    static bool isWebAddress(const QString& text);

    // Thread-safe: reads and analyses a fetched page without touching the store. A failed fetch
    // gives a rejected article carrying the fetch's reason. `source` is the requested address.
    static PreparedArticle prepare(
        const FetchResult& fetched, const Extractor& extractor = ImportPipeline::seedExtractor());

    // Blocking (a local event loop; needs a QCoreApplication, not for the GUI thread): fetches,
    // reads, analyses with the store's office table and calendar, and stores the article in a
    // transaction of its own. A refused page stores nothing and says why in `reason`.
    static ImportResult importUrl(Store& store, const QUrl& url, const FetchOptions& options = {},
        const std::function<bool(qint64 received, qint64 total)>& progress = {});
};

} // namespace ql
