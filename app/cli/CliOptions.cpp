#include "app/cli/CliOptions.h"

#include <QCommandLineParser>
#include <QStringList>

namespace ql {

namespace {

// Wide enough for "--kind figures|gdp|timeline"; longer names wrap onto a line of their own.
constexpr int kNameColumn = 30;

QCommandLineOption storeOption()
{
    return QCommandLineOption(QStringLiteral("store"),
        QStringLiteral("the store to use (default: the app's default store)"), QStringLiteral("PATH"));
}

QCommandLineOption formatOption()
{
    return QCommandLineOption(
        QStringLiteral("format"), QStringLiteral("text (default), jsonl or json"), QStringLiteral("FORMAT"));
}

QCommandLineOption limitOption()
{
    return QCommandLineOption(
        QStringLiteral("limit"), QStringLiteral("at most N results (default 20)"), QStringLiteral("N"));
}

QCommandLineOption minSizeOption()
{
    return QCommandLineOption(QStringLiteral("min-size"),
        QStringLiteral("smallest family to list (default 2)"), QStringLiteral("N"));
}

QCommandLineOption textOption()
{
    return QCommandLineOption(
        QStringLiteral("text"), QStringLiteral("each JSON object also carries the article's cleaned text"));
}

bool positive(const QString& value, int* into)
{
    bool ok = false;
    const int n = value.toInt(&ok);
    if (!ok || n <= 0)
        return false;
    *into = n;
    return true;
}

} // namespace

QCommandLineOption CliOptions::help()
{
    return QCommandLineOption(
        { QStringLiteral("h"), QStringLiteral("help") }, QStringLiteral("show this help and exit"));
}

QCommandLineOption CliOptions::version()
{
    return QCommandLineOption(
        { QStringLiteral("v"), QStringLiteral("version") }, QStringLiteral("show the version and exit"));
}

QList<QCommandLineOption> CliOptions::shared(int flags)
{
    QList<QCommandLineOption> out;
    if (flags & Store)
        out << storeOption();
    if (flags & Format)
        out << formatOption();
    if (flags & Limit)
        out << limitOption();
    if (flags & MinSize)
        out << minSizeOption();
    if (flags & Text)
        out << textOption();
    return out;
}

QString CliOptions::read(const QCommandLineParser& parser, int flags, CliSettings& settings)
{
    if ((flags & Store) && parser.isSet(QStringLiteral("store"))) {
        const QString path = parser.value(QStringLiteral("store"));
        // An empty path would silently mean the default store, and "--store --help" would create a
        // store named "--help": both are mistakes on the command line, not paths.
        if (path.isEmpty())
            return QStringLiteral("--store needs a path (leave --store out for the default store)");
        if (path.startsWith(QLatin1Char('-')))
            return QStringLiteral("--store needs a path, not '%1' (write ./%1 for such a file name)")
                .arg(path);
        settings.storePath = path;
    }
    if ((flags & Format) && parser.isSet(QStringLiteral("format"))) {
        const QString format = parser.value(QStringLiteral("format"));
        if (format != QLatin1String("jsonl") && format != QLatin1String("json")
            && format != QLatin1String("text"))
            return QStringLiteral("unknown format '%1' (use text, jsonl or json)").arg(format);
        settings.format = format;
    }
    if ((flags & Limit) && parser.isSet(QStringLiteral("limit"))
        && !positive(parser.value(QStringLiteral("limit")), &settings.limit))
        return QStringLiteral("--limit needs a positive number");
    if ((flags & MinSize) && parser.isSet(QStringLiteral("min-size"))
        && !positive(parser.value(QStringLiteral("min-size")), &settings.minSize))
        return QStringLiteral("--min-size needs a positive number");
    if ((flags & Text) && parser.isSet(QStringLiteral("text")))
        settings.withText = true;
    return QString();
}

QString CliOptions::parseError(const QCommandLineParser& parser)
{
    const QStringList unknown = parser.unknownOptionNames();
    if (!unknown.isEmpty()) {
        const QString& name = unknown.first();
        const QString dashes = name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--");
        return QStringLiteral("unknown option %1").arg(QString(dashes + name));
    }
    // The one other error QCommandLineParser reports is a missing value; its text names the option.
    return parser.errorText();
}

QString CliOptions::describe(const QList<QCommandLineOption>& options)
{
    QString out;
    for (const QCommandLineOption& option : options) {
        QStringList names;
        for (const QString& name : option.names())
            names << (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
        QString left = QStringLiteral("  ") + names.join(QStringLiteral(", "));
        if (!option.valueName().isEmpty())
            left += QLatin1Char(' ') + option.valueName();
        if (left.size() >= kNameColumn)
            out += left + QLatin1Char('\n') + QString(kNameColumn, QLatin1Char(' '));
        else
            out += left.leftJustified(kNameColumn);
        out += option.description() + QLatin1Char('\n');
    }
    return out;
}

QString CliOptions::versionLine(const QString& program)
{
    return QStringLiteral("%1 %2 (Qt %3)\n")
        .arg(program, QStringLiteral(QL_VERSION), QString::fromLatin1(qVersion()));
}

} // namespace ql
