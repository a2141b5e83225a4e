#include "core/ingest/JsonLd.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace ql {

QJsonValue parseJsonLd(const QByteArray& text)
{
    const QByteArray trimmed = text.trimmed();
    QJsonParseError error;
    QJsonDocument json = QJsonDocument::fromJson(trimmed, &error);
    if (error.error == QJsonParseError::GarbageAtEnd && error.offset > 0)
        json = QJsonDocument::fromJson(trimmed.left(error.offset), &error);
    if (error.error != QJsonParseError::NoError)
        return QJsonValue(QJsonValue::Undefined);
    return json.isArray() ? QJsonValue(json.array()) : QJsonValue(json.object());
}

} // namespace ql
