#include "models/edits/TeamStoreWatch.h"

#include "core/store/Store.h"
#include "core/store/StoreLocation.h"
#include "models/edits/StoreEdits.h"

#include <QTcpSocket>

namespace ql {

TeamStoreWatch::TeamStoreWatch(Store* store, StoreEdits* edits, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_edits(edits)
{
    m_retry.setSingleShot(true);
    m_retry.setInterval(RetryMs);
    connect(&m_retry, &QTimer::timeout, this, &TeamStoreWatch::probe);
    m_heartbeat.setInterval(HeartbeatMs);
    connect(&m_heartbeat, &QTimer::timeout, this, &TeamStoreWatch::heartbeat);
    m_heartbeat.start();
    // An edit kept while lost changes what the status says.
    connect(m_edits, &StoreEdits::pendingChanged, this, [this] {
        if (m_store->connectionLost())
            noticeLoss();
    });
}

void TeamStoreWatch::noticeLoss()
{
    if (!m_store->isTeamStore())
        return;
    if (!m_store->connectionLost())
        m_store->ping(); // a check asked for: it marks the store lost when the server is gone
    if (!m_store->connectionLost())
        return;
    if (m_lostSince.isNull())
        m_lostSince = QDateTime::currentDateTime();
    setStatus(tr("%1 does not answer (since %2): %n edit(s) kept, saved when it is back; trying again every "
                 "%3 s",
        nullptr, m_edits->pendingCount())
                  .arg(m_store->path(), m_lostSince.toString(QStringLiteral("HH:mm")))
                  .arg(RetryMs / 1000));
    if (!m_retry.isActive() && !m_probe)
        m_retry.start();
}

void TeamStoreWatch::probe()
{
    QString error;
    const StoreLocation location = StoreLocation::parse(m_store->path(), &error);
    // A local socket (no host, or a folder) answers or refuses at once: no probe needed.
    if (!error.isEmpty() || location.host.isEmpty() || location.host.startsWith(QLatin1Char('/'))) {
        probeFinished(true);
        return;
    }
    auto* socket = new QTcpSocket(this);
    m_probe = socket;
    // Each outcome counts once, for the probe it belongs to.
    const auto finish = [this, socket](bool answered) {
        if (socket == m_probe)
            probeFinished(answered);
    };
    connect(socket, &QTcpSocket::connected, this, [finish] { finish(true); });
    connect(socket, &QTcpSocket::errorOccurred, this, [finish] { finish(false); });
    // A host that swallows packets: give up well before the next try.
    QTimer::singleShot(RetryMs - 500, socket, [finish] { finish(false); });
    socket->connectToHost(location.host, quint16(location.port > 0 ? location.port : 5432));
}

void TeamStoreWatch::heartbeat()
{
    if (!m_store->isTeamStore() || m_store->connectionLost() || isRetrying() || m_beat)
        return;
    QString error;
    const StoreLocation location = StoreLocation::parse(m_store->path(), &error);
    if (!error.isEmpty() || location.host.isEmpty() || location.host.startsWith(QLatin1Char('/'))) {
        pingStore();
        return;
    }
    auto* socket = new QTcpSocket(this);
    m_beat = socket;
    const auto finish = [this, socket](bool answeredOrRefused) {
        if (socket != m_beat)
            return;
        m_beat->disconnect(this);
        m_beat->abort();
        m_beat->deleteLater();
        m_beat = nullptr;
        if (answeredOrRefused)
            pingStore();
    };
    connect(socket, &QTcpSocket::connected, this, [finish] { finish(true); });
    // Refused or no such host: the ping fails at once. Any other error (a host that swallows
    // packets ends in a timeout) is not pinged: the query would block the window.
    connect(socket, &QTcpSocket::errorOccurred, this, [finish](QAbstractSocket::SocketError e) {
        finish(e == QAbstractSocket::ConnectionRefusedError || e == QAbstractSocket::HostNotFoundError
            || e == QAbstractSocket::RemoteHostClosedError);
    });
    QTimer::singleShot(HeartbeatMs - 500, socket, [finish] { finish(false); });
    socket->connectToHost(location.host, quint16(location.port > 0 ? location.port : 5432));
}

void TeamStoreWatch::pingStore()
{
    // The server answered the TCP connect (or refused it at once): asking the store's own session
    // is quick either way, and finds a session the server ended (a restart) as well as a server that
    // is down. ping() marks the store lost when it is.
    if (m_store->ping().isError() || m_store->connectionLost())
        noticeLoss();
}

void TeamStoreWatch::probeFinished(bool answered)
{
    if (m_probe) {
        m_probe->disconnect(this);
        m_probe->abort();
        m_probe->deleteLater();
        m_probe = nullptr;
    }
    if (!answered || m_store->reconnect().isError()) {
        noticeLoss();
        if (!m_retry.isActive())
            m_retry.start();
        return;
    }
    const int kept = m_edits->pendingCount();
    const int saved = m_edits->applyPending();
    m_lostSince = QDateTime();
    setStatus(QString());
    emit reconnected(saved);
    // Lost again while saving: keep trying.
    if (m_store->connectionLost() || saved < kept)
        noticeLoss();
}

void TeamStoreWatch::setStatus(const QString& status)
{
    if (status == m_status)
        return;
    m_status = status;
    emit statusChanged(m_status);
}

} // namespace ql
