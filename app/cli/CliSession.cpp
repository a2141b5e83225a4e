#include "app/cli/CliSession.h"

#include "core/store/Store.h"
#include "core/store/StoreLocation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ql {

CliSession::CliSession(QTextStream& out, QTextStream& err, const CliSettings& settings)
    : m_out(out)
    , m_err(err)
    , m_settings(settings)
{ }

int CliSession::fail(const QString& reason, int exitCode)
{
    m_err << "quoteline-cli: " << reason << Qt::endl;
    return exitCode;
}

bool CliSession::openStore(Store& store)
{
    const QString path = m_settings.storePath.isEmpty() ? defaultStorePath() : m_settings.storePath;
    if (const StoreError e = store.open(path); e.isError()) {
        fail(e.message);
        return false;
    }
    return true;
}

void CliSession::printJson(const QJsonValue& value)
{
    const QJsonDocument doc
        = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    const bool compact = m_settings.format == QLatin1String("jsonl");
    m_out << QString::fromUtf8(doc.toJson(compact ? QJsonDocument::Compact : QJsonDocument::Indented));
    if (compact)
        m_out << '\n';
}

} // namespace ql
