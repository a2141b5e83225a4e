#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <QUrl>

namespace ql {

// What fetching one web page gave: the page's bytes and where they came from, or one line that
// says why there is no page.
struct FetchResult
{
    enum class Status {
        Ok,
        InvalidUrl, // not an http(s) address
        Cancelled,
        TimedOut,
        TooLarge,
        NotHtml, // the server sent an image, a PDF, a download…
        HttpError, // 4xx or 5xx
        TooManyRedirects,
        NetworkError, // refused, unreachable, TLS…
        Empty
    };

    Status status = Status::Cancelled;
    QString error; // one line for the wizard's list and the CLI; empty when ok
    QUrl requestedUrl;
    QUrl finalUrl; // after redirects
    int httpStatus = 0;
    int redirects = 0;
    QString contentType; // as the server sent it, charset included
    QByteArray body;

    bool ok() const { return status == Status::Ok; }
};

} // namespace ql

Q_DECLARE_METATYPE(ql::FetchResult)
