#include "core/store/Store.h"

#include "core/store/ChangeNotifier.h"
#include "core/store/StorePrivate.h"
#include "core/store/StoreSql.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace ql {

using namespace storesql;

// --- offices -----------------------------------------------------------------------------------

QList<OfficeTerm> Store::officeTerms() const
{
    QList<OfficeTerm> out;
    QSqlQuery q(d->db);
    if (q.exec(QStringLiteral(
            "SELECT office, holder, start_date, end_date FROM offices ORDER BY office, start_date")))
        while (q.next())
            out.append(
                { q.value(0).toString(), q.value(1).toString(), dateFrom(q.value(2)), dateFrom(q.value(3)) });
    return out;
}

StoreError Store::replaceOfficeTerms(const QList<OfficeTerm>& terms)
{
    Transaction tx = d->write(m_batch.open);
    QSqlQuery q(d->db);
    if (!q.exec(QStringLiteral("DELETE FROM offices")))
        return sqlError(QStringLiteral("cannot replace offices"), q.lastError().text());
    for (const OfficeTerm& t : terms) {
        if (t.office.trimmed().isEmpty() || t.holder.trimmed().isEmpty() || !t.start.isValid())
            return StoreError::make(StoreError::Code::InvalidInput,
                QStringLiteral("an office term needs an office, a holder and a start date"));
        q.prepare(
            QStringLiteral("INSERT INTO offices(office, holder, start_date, end_date) VALUES (?, ?, ?, ?)"));
        q.addBindValue(t.office.trimmed());
        q.addBindValue(t.holder.trimmed());
        q.addBindValue(dateValue(t.start));
        q.addBindValue(nullableDate(t.end));
        if (!q.exec())
            return sqlError(QStringLiteral("cannot store office term"), q.lastError().text());
    }
    if (!tx.commit())
        return sqlError(QStringLiteral("cannot commit offices"), d->db.lastError().text());
    return {};
}

bool Store::officeTermsSeeded() const
{
    QSqlQuery q(d->db);
    return q.exec(QStringLiteral("SELECT 1 FROM store_meta WHERE key = 'offices_seeded'")) && q.next();
}

StoreError Store::setOfficeTermsSeeded(bool seeded)
{
    QSqlQuery q(d->db);
    if (!q.exec(seeded ? QStringLiteral("INSERT INTO store_meta(key, value) VALUES ('offices_seeded', '1') "
                                        "ON CONFLICT (key) DO NOTHING")
                       : QStringLiteral("DELETE FROM store_meta WHERE key = 'offices_seeded'")))
        return sqlError(QStringLiteral("cannot mark offices"), q.lastError().text());
    return {};
}

} // namespace ql
