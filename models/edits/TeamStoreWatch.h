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
// dead host's timeout); only then is the store's own, blocking, reconnect tried. A store that
// is not a team store, or one that is fine, costs nothing: the loss is noticed by the write that
// meets it (noticeLoss()).
class TeamStoreWatch : public QObject
{
    Q_OBJECT

public:
    static constexpr int RetryMs = 5000;

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
    void probeFinished(bool answered);
    void setStatus(const QString& status);

    Store* m_store;
    StoreEdits* m_edits;
    QTimer m_retry;
    QTcpSocket* m_probe = nullptr;
    QDateTime m_lostSince;
    QString m_status;
};

} // namespace ql
