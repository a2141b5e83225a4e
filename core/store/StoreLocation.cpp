#include "core/store/StoreLocation.h"

#include <QDir>
#include <QStandardPaths>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

namespace ql {

QString defaultStorePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(QStringLiteral("quoteline.qlstore"));
}

bool StoreLocation::looksLikeUrl(const QString& text)
{
    const QString t = text.trimmed();
    return t.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || t.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

QString StoreLocation::displayName() const
{
    if (!isPostgres())
        return path;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    // An empty host would make QUrl drop the user too; libpq reads "localhost" the same way.
    url.setHost(host.isEmpty() || host.startsWith(QLatin1Char('/')) ? QStringLiteral("localhost") : host);
    if (!user.isEmpty())
        url.setUserName(user);
    if (port > 0)
        url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    if (!connectOptions.isEmpty()) {
        QUrlQuery query;
        for (const QString& option : connectOptions.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            const int eq = option.indexOf(QLatin1Char('='));
            query.addQueryItem(option.left(eq), option.mid(eq + 1));
        }
        if (host.startsWith(QLatin1Char('/')))
            query.addQueryItem(QStringLiteral("host"), host);
        url.setQuery(query);
    } else if (host.startsWith(QLatin1Char('/'))) {
        url.setQuery(QStringLiteral("host=") + host);
    }
    return url.toString();
}

StoreLocation StoreLocation::parse(const QString& text, QString* error)
{
    StoreLocation location;
    error->clear();
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        *error = QStringLiteral("no store given: name an SQLite file or a postgresql:// URL");
        return location;
    }
    if (!looksLikeUrl(trimmed)) {
        location.path = text;
        return location;
    }
    location.kind = Kind::Postgres;
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid()) {
        *error = QStringLiteral("%1 is not a valid PostgreSQL URL: %2").arg(trimmed, url.errorString());
        return location;
    }
    location.host = url.host();
    location.port = url.port(-1);
    location.user = url.userName();
    location.password = url.password();
    location.database = url.path().mid(1);
    if (location.database.contains(QLatin1Char('/'))) {
        *error = QStringLiteral("%1 names no single database (postgresql://user@host:port/database)")
                     .arg(location.displayName());
        return location;
    }
    QStringList options;
    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        // libpq takes these from the URL's own parts; a query item would silently contradict them.
        if (key == QLatin1String("password")) {
            location.password = value;
            continue;
        }
        if (key == QLatin1String("host") && location.host.isEmpty()) {
            location.host = value;
            continue;
        }
        if (key == QLatin1String("user") && location.user.isEmpty()) {
            location.user = value;
            continue;
        }
        if (key.isEmpty() || key.contains(QLatin1Char(';')) || value.contains(QLatin1Char(';'))) {
            *error = QStringLiteral("the option \"%1=%2\" cannot be passed to PostgreSQL").arg(key, value);
            return location;
        }
        options << key + QLatin1Char('=') + value;
    }
    location.connectOptions = options.join(QLatin1Char(';'));
    if (location.database.isEmpty()) {
        *error = QStringLiteral("%1 names no database (postgresql://user@host:port/database)")
                     .arg(location.displayName());
        return location;
    }
    return location;
}

} // namespace ql
