#include "core/importing/UrlImport.h"

#include "core/analysis/extraction/Extractor.h"
#include "core/ingest/Ingestor.h"
#include "core/ingest/PageFetcher.h"
#include "core/ingest/PageRequest.h"

namespace ql {

bool UrlImport::isWebAddress(const QString& text)
{
    const QString t = text.trimmed();
    if (t.isEmpty() || t.contains(QLatin1Char(' ')) || t.contains(QLatin1Char('\n'))
        || t.contains(QLatin1Char('\t')))
        return false;
    if (!t.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
        && !t.startsWith(QLatin1String("https://"), Qt::CaseInsensitive))
        return false;
    return PageRequest::isWebUrl(QUrl(t, QUrl::StrictMode));
}

PreparedArticle UrlImport::prepare(const FetchResult& fetched, const Extractor& extractor)
{
    PreparedArticle p;
    p.source = fetched.requestedUrl.toDisplayString();
    if (!fetched.ok()) {
        p.error = fetched.error;
        return p;
    }
    const QString address = fetched.finalUrl.toString();
    // The server's Content-Type names the charset; without one the page is still read as HTML,
    // which the fetch made sure it claims to be.
    const QString mimeType
        = fetched.contentType.isEmpty() ? QStringLiteral("text/html") : fetched.contentType;
    IngestResult read = Ingestor().readBytes(fetched.body, address, mimeType);
    p.ok = read.ok;
    p.error = read.error;
    p.article = std::move(read.article);
    if (!p.ok)
        return p;
    // The address the page was fetched from, not a canonical link the page claims for itself.
    p.article.sourceUrl = address;
    const QString name = fetched.finalUrl.fileName();
    p.article.fileName = name.isEmpty() ? fetched.finalUrl.host() : name;
    p.extraction = extractor.extract(p.article);
    return p;
}

ImportResult UrlImport::importUrl(Store& store, const QUrl& url, const FetchOptions& options,
    const std::function<bool(qint64, qint64)>& progress)
{
    const FetchResult fetched = PageFetcher::fetch(url, options, progress);
    ImportPipeline pipeline(store);
    return pipeline.commit(prepare(fetched, pipeline.extractor()));
}

} // namespace ql
