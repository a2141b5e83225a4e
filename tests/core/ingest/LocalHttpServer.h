#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QPair>
#include <QStringList>
#include <QTcpServer>
#include <QUrl>

namespace ql::test {

// One canned answer of the test server.
struct HttpResponse
{
    int status = 200;
    QByteArray reason = "OK";
    QList<QPair<QByteArray, QByteArray>> headers; // besides Connection: close (and Content-Length)
    QByteArray body;
    bool announceLength = true; // false: the body ends when the connection closes
    // Stall: send the headers and this many body bytes, then nothing more (-1: send everything).
    int stallAfter = -1;
    bool silent = false; // read the request and never answer

    void addHeader(const QByteArray& name, const QByteArray& value)
    {
        headers.append(qMakePair(name, value));
    }

    static HttpResponse html(const QByteArray& body, const QByteArray& charset = "utf-8");
    static HttpResponse redirect(const QByteArray& location, int status = 302);
};

// A real HTTP/1.1 server on 127.0.0.1 (a free port) for the fetch tests: answers each GET with
// the response routed to its path (404 otherwise), one request per connection, and records
// which paths were asked for.
class LocalHttpServer
{
public:
    LocalHttpServer();
    ~LocalHttpServer();

    bool listen();
    QUrl url(const QString& path) const;
    void route(const QString& path, const HttpResponse& response);
    const QStringList& requests() const { return m_requests; }

private:
    void onConnection();

    QTcpServer m_server;
    QMap<QString, HttpResponse> m_routes;
    QStringList m_requests;
};

} // namespace ql::test

// Test data rows carry responses.
Q_DECLARE_METATYPE(ql::test::HttpResponse)
