#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QTimer>

class QTcpSocket;

namespace ql {

class Store;
class StoreEdits;

// Watches a team store whose server went away: says so, keeps retrying, and once the server
// answers again reconnects the store and saves the edits StoreEdits kept meanwhile. Whether the
// server answers is asked with a TCP connect (asynchronous, so the window never waits for a
// dead host's timeout); only then is the store's own, blocking, reconnect tried. A loss is noticed
// by the write that meets it (noticeLoss()) or, while the analyst only reads, by a heartbeat every
// HeartbeatMs on a team store: the same TCP connect, then a ping of the store's own session when the
// server answers or refuses (both are quick; a host that swallows packets is left to the next write,
// since a query to it would block the window).
class TeamStoreWatch : public QObject
{
    Q_OBJECT

public:
    static constexpr int RetryMs = 5000;
    static constexpr int HeartbeatMs = 5000;

    TeamStoreWatch(Store* store, StoreEdits* edits, QObject* parent = nullptr);

    // Called when a write failed with StoreError::Code::ConnectionLost (or to check at once).
    void noticeLoss();
    // Empty while the store is fine; otherwise what the status bar says.
    QString status() const { return m_status; }
    bool isRetrying() const { return m_retry.isActive() || m_probe; }

signals:
    void statusChanged(const QString& status);
    // After a successful reconnect; `saved` edits that waited were tried.
    void reconnected(int saved);

private:
    void probe();
    void heartbeat();
    void pingStore();
    void probeFinished(bool answered);
    void setStatus(const QString& status);

    Store* m_store;
    StoreEdits* m_edits;
    QTimer m_retry;
    QTimer m_heartbeat;
    QTcpSocket* m_probe = nullptr;
    QTcpSocket* m_beat = nullptr;
    QDateTime m_lostSince;
    QString m_status;
};

} // namespace ql
