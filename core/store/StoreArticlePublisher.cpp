#include "core/store/Store.h"

#include "core/store/ChangeNotifier.h"
#include "core/store/StorePrivate.h"
#include "core/store/StoreSql.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ql {

using namespace storesql;

// The publisher the analyst gives in Article Properties (undoable through EditArticleCommand).
StoreError Store::setArticlePublisher(qint64 id, const QString& publisher)
{
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral("UPDATE articles SET publisher = ? WHERE id = ?"));
    q.addBindValue(textValue(publisher.simplified()));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(QStringLiteral("cannot update the publisher"), q.lastError().text());
    if (q.numRowsAffected() == 0)
        return StoreError::make(
            StoreError::Code::NotFound, QStringLiteral("article %1 does not exist").arg(id));
    emit m_notifier->articleChanged(id);
    return {};
}

} // namespace ql
