#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>

namespace ql {

// Rolls back unless commit() succeeded, so an early return can never leave half a write behind.
// Inside an open transaction (an import batch) it is a savepoint instead, so the inner write still
// lands whole or not at all while the outer transaction goes on.
class Transaction
{
public:
    enum class Mode { Outermost, Savepoint };

    explicit Transaction(QSqlDatabase& db, Mode mode = Mode::Outermost)
        : m_db(db)
        , m_mode(mode)
        , m_active(mode == Mode::Outermost ? db.transaction() : exec(QStringLiteral("SAVEPOINT ql_write")))
    { }
    ~Transaction()
    {
        if (!m_active)
            return;
        if (m_mode == Mode::Outermost) {
            m_db.rollback();
        } else {
            // ROLLBACK TO keeps the savepoint open; RELEASE then drops it without committing anything.
            exec(QStringLiteral("ROLLBACK TO ql_write"));
            exec(QStringLiteral("RELEASE ql_write"));
        }
    }
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool isActive() const { return m_active; }
    bool commit()
    {
        if (!m_active)
            return false;
        m_active = false;
        return m_mode == Mode::Outermost ? m_db.commit() : exec(QStringLiteral("RELEASE ql_write"));
    }

private:
    bool exec(const QString& sql) const
    {
        QSqlQuery q(m_db);
        return q.exec(sql);
    }

    QSqlDatabase& m_db;
    const Mode m_mode;
    bool m_active;
};

} // namespace ql
