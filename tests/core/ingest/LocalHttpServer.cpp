#include "tests/core/ingest/LocalHttpServer.h"

#include <QHostAddress>
#include <QSharedPointer>
#include <QTcpSocket>

namespace ql::test {

HttpResponse HttpResponse::html(const QByteArray& body, const QByteArray& charset)
{
    HttpResponse r;
    r.addHeader("Content-Type", "text/html; charset=" + charset);
    r.body = body;
    return r;
}

HttpResponse HttpResponse::redirect(const QByteArray& location, int status)
{
    HttpResponse r;
    r.status = status;
    r.reason = status == 301 ? "Moved Permanently" : "Found";
    r.addHeader("Location", location);
    r.body = "<html><body>Moved</body></html>";
    r.addHeader("Content-Type", "text/html");
    return r;
}

LocalHttpServer::LocalHttpServer()
{
    QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] { onConnection(); });
}

LocalHttpServer::~LocalHttpServer()
{
    m_server.close();
}

bool LocalHttpServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl LocalHttpServer::url(const QString& path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
}

void LocalHttpServer::route(const QString& path, const HttpResponse& response)
{
    m_routes.insert(path, response);
}

void LocalHttpServer::onConnection()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        // The socket is a child of the server, so sockets left stalled die with it.
        auto buffer = QSharedPointer<QByteArray>::create();
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            *buffer += socket->readAll();
            const int end = int(buffer->indexOf("\r\n\r\n"));
            if (end < 0)
                return;
            const QList<QByteArray> requestLine = buffer->left(buffer->indexOf("\r\n")).split(' ');
            // One request per connection: later bytes are not read.
            QObject::disconnect(socket, &QTcpSocket::readyRead, socket, nullptr);
            const QString path = requestLine.size() >= 2 ? QString::fromLatin1(requestLine[1]) : QString();
            m_requests.append(path);
            HttpResponse response;
            const auto it = m_routes.constFind(path);
            if (it != m_routes.constEnd()) {
                response = it.value();
            } else {
                response.status = 404;
                response.reason = "Not Found";
                response.addHeader("Content-Type", "text/html");
                response.body = "<html><body><h1>Not Found</h1></body></html>";
            }
            if (response.silent)
                return;
            QByteArray head
                = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + response.reason + "\r\n";
            for (const auto& header : std::as_const(response.headers))
                head += header.first + ": " + header.second + "\r\n";
            if (response.announceLength)
                head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
            head += "Connection: close\r\n\r\n";
            socket->write(head);
            if (response.stallAfter >= 0) {
                socket->write(response.body.left(response.stallAfter));
                return;
            }
            socket->write(response.body);
            socket->disconnectFromHost(); // after the pending bytes are written
        });
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

} // namespace ql::test
