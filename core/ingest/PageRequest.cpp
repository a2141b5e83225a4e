#include "core/ingest/PageRequest.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace ql {

namespace {

// Only a page the HTML reader can read is worth the download; everything else is refused from
// the headers, before its body arrives.
bool isHtmlType(const QString& contentType)
{
    const QString mime = contentType.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
    return mime == QLatin1String("text/html") || mime == QLatin1String("application/xhtml+xml");
}

QByteArray userAgent()
{
    const QString version = QCoreApplication::applicationVersion();
    return version.isEmpty() ? QByteArrayLiteral("Quoteline (page import)")
                             : QStringLiteral("Quoteline/%1 (page import)").arg(version).toUtf8();
}

} // namespace

PageRequest::PageRequest(const FetchOptions& options, QObject* parent)
    : QObject(parent)
    , m_options(options)
    , m_deadline(this)
{
    qRegisterMetaType<ql::FetchResult>();
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        const int seconds = (m_options.timeoutMs + 999) / 1000;
        fail(FetchResult::Status::TimedOut,
            tr("no complete answer from %1 within %n second(s)", nullptr, seconds)
                .arg(m_result.requestedUrl.host()));
    });
}

PageRequest::~PageRequest()
{
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
    }
}

bool PageRequest::isWebUrl(const QUrl& url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && !url.host().isEmpty()
        && (scheme == QLatin1String("http") || scheme == QLatin1String("https"));
}

void PageRequest::start(const QUrl& url)
{
    if (m_running)
        cancel();
    m_result = FetchResult();
    m_result.requestedUrl = url;
    m_running = true;
    if (!isWebUrl(url)) {
        fail(FetchResult::Status::InvalidUrl,
            tr("not a web address (http or https): %1").arg(url.toDisplayString()));
        return;
    }
    if (!m_nam) {
        m_nam = new QNetworkAccessManager(this);
        // Redirects are followed here, so that each hop is counted and checked.
        m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    }
    m_deadline.start(m_options.timeoutMs);
    get(url);
}

void PageRequest::cancel()
{
    if (m_running)
        fail(FetchResult::Status::Cancelled, tr("cancelled"));
}

void PageRequest::get(const QUrl& url)
{
    QNetworkRequest request(url);
    request.setRawHeader("User-Agent", userAgent());
    request.setRawHeader("Accept", "text/html,application/xhtml+xml;q=0.9");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    m_announced = -1;
    m_result.body.clear();
    m_result.finalUrl = url;
    m_reply = m_nam->get(request);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &PageRequest::onMetaData);
    connect(m_reply, &QIODevice::readyRead, this, &PageRequest::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &PageRequest::onFinished);
}

void PageRequest::onMetaData()
{
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0 || status == m_result.httpStatus)
        return; // no status line yet, or the same headers announced again
    m_result.httpStatus = status;
    if (status >= 300 && status < 400) {
        const QByteArray location = m_reply->rawHeader("Location");
        if (location.isEmpty())
            return; // 304 and friends: onFinished() reports the missing page
        const QUrl target = m_reply->url().resolved(QUrl::fromEncoded(location));
        if (!isWebUrl(target)) {
            fail(FetchResult::Status::InvalidUrl,
                tr("redirected to an address that is not http or https: %1").arg(target.toDisplayString()));
            return;
        }
        if (m_result.redirects >= m_options.maxRedirects) {
            fail(FetchResult::Status::TooManyRedirects,
                tr("more than %n redirect(s): stopped at %1", nullptr, m_options.maxRedirects)
                    .arg(target.toDisplayString()));
            return;
        }
        ++m_result.redirects;
        m_result.httpStatus = 0;
        dropReply();
        get(target);
        return;
    }
    if (status >= 400) {
        const QString phrase = m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        fail(FetchResult::Status::HttpError,
            tr("the server answered %1 %2").arg(status).arg(phrase.trimmed()).trimmed());
        return;
    }
    m_result.contentType = QString::fromLatin1(m_reply->rawHeader("Content-Type")).trimmed();
    if (!m_result.contentType.isEmpty() && !isHtmlType(m_result.contentType)) {
        fail(FetchResult::Status::NotHtml,
            tr("not a web page: the server sent %1, and only HTML pages are imported")
                .arg(m_result.contentType.section(QLatin1Char(';'), 0, 0).trimmed()));
        return;
    }
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid()) {
        m_announced = length.toLongLong();
        if (m_announced > m_options.maxBytes) {
            fail(FetchResult::Status::TooLarge,
                tr("the page is larger than the %1 limit (%2 announced)")
                    .arg(sizeText(m_options.maxBytes), sizeText(m_announced)));
            return;
        }
    }
}

void PageRequest::onReadyRead()
{
    if (m_result.httpStatus < 200 || m_result.httpStatus >= 300) {
        m_reply->readAll(); // a redirect's or an interim answer's body is not the page
        return;
    }
    m_result.body += m_reply->readAll();
    if (m_result.body.size() > m_options.maxBytes) {
        m_result.body.clear();
        fail(FetchResult::Status::TooLarge,
            tr("the page is larger than the %1 limit").arg(sizeText(m_options.maxBytes)));
        return;
    }
    emit progress(m_result.body.size(), m_announced);
}

void PageRequest::onFinished()
{
    QNetworkReply* reply = m_reply;
    if (!reply)
        return;
    onMetaData(); // headers that came with the last bytes
    if (!m_running || m_reply != reply)
        return; // refused, or following a redirect
    if (reply->bytesAvailable() > 0) {
        onReadyRead();
        if (!m_running)
            return;
    }
    if (reply->error() != QNetworkReply::NoError) {
        fail(FetchResult::Status::NetworkError, tr("could not fetch the page: %1").arg(reply->errorString()));
        return;
    }
    if (m_result.httpStatus < 200 || m_result.httpStatus >= 300) {
        fail(FetchResult::Status::HttpError,
            tr("the server answered %1 without a page").arg(m_result.httpStatus));
        return;
    }
    if (m_result.body.trimmed().isEmpty()) {
        fail(FetchResult::Status::Empty, tr("the server sent an empty page"));
        return;
    }
    m_result.finalUrl = reply->url();
    m_result.status = FetchResult::Status::Ok;
    m_result.error.clear();
    finish();
}

void PageRequest::fail(FetchResult::Status status, const QString& reason)
{
    m_result.status = status;
    m_result.error = reason;
    m_result.body.clear();
    finish();
}

void PageRequest::finish()
{
    m_deadline.stop();
    dropReply();
    m_running = false;
    emit finished(m_result);
}

void PageRequest::dropReply()
{
    if (!m_reply)
        return;
    QNetworkReply* reply = m_reply;
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    // A 4xx/5xx reply is about to report its own error, and aborting would make Qt report a
    // second one; deleting it closes the connection all the same. Others stop downloading now.
    const bool httpError = m_result.status == FetchResult::Status::HttpError;
    if (reply->isRunning() && reply->error() == QNetworkReply::NoError && !httpError)
        reply->abort();
    reply->deleteLater();
}

QString PageRequest::sizeText(qint64 bytes)
{
    // "20 MB", "64 KB", "1.5 MB": the way the limit is set, in binary units as file managers do.
    const auto scaled = [](qint64 value, qint64 unit, const char* name) {
        const double units = double(value) / double(unit);
        const int decimals = value % unit == 0 || units >= 100 ? 0 : 1;
        return QStringLiteral("%1 %2").arg(QString::number(units, 'f', decimals), QLatin1String(name));
    };
    if (bytes >= 1024 * 1024)
        return scaled(bytes, 1024 * 1024, "MB");
    if (bytes >= 1024)
        return scaled(bytes, 1024, "KB");
    return tr("%n byte(s)", nullptr, int(bytes));
}

} // namespace ql
