#include "tests/core/store/ImportFixtures.h"

#include <QDir>
#include <QFile>
#include <QProcessEnvironment>

namespace ql::test {

namespace {

const char* const kSpeakers[] = { "Vera Kolar", "Ivo Marek", "Lena Sorvik", "Tomas Brandl", "Ana Petrescu" };
const char* const kWords[] = { "alliance", "budget", "brigade", "munitions", "procurement", "readiness",
    "deterrence", "capability", "factory", "contract", "partner", "summit", "logistics", "airspace" };

QProcessEnvironment cliEnvironment(const QString& home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    return env;
}

} // namespace

QString cliPath()
{
    return QStringLiteral(QL_BINARY_DIR "/app/quoteline-cli");
}

QStringList writeArticles(const QString& dir, const QString& prefix, int count, int padding)
{
    QDir().mkpath(dir);
    QStringList paths;
    for (int i = 0; i < count; ++i) {
        const QString tag = QStringLiteral("%1-%2").arg(prefix).arg(i);
        QString text = QStringLiteral("Ministers weigh plan %1\n\n").arg(tag);
        text
            += QStringLiteral("BRUSSELS, 3 March 2025 - \"We need %1 more brigades for plan %2,\" %3 said on "
                              "Monday.\n\nThe ministry will spend %4.5 billion euros on plan %2 by 2030.\n")
                   .arg(i % 40 + 3)
                   .arg(tag, QLatin1String(kSpeakers[i % 5]))
                   .arg(i % 90 + 1);
        for (int p = 0; p < padding; ++p) {
            text += QLatin1Char('\n');
            for (int w = 0; w < 80; ++w)
                text += QLatin1String(kWords[(i * 7 + p * 13 + w * 5) % 14]) + QLatin1Char(' ');
            text += QStringLiteral("note %1/%2.\n").arg(tag).arg(p);
        }
        const QString path
            = QDir(dir).filePath(QStringLiteral("%1-%2.txt").arg(prefix).arg(i, 5, 10, QLatin1Char('0')));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(text.toUtf8()) < 0)
            return {};
        paths << path;
    }
    return paths;
}

QProcess* startCli(const QString& home, const QStringList& arguments, QObject* parent)
{
    auto* p = new QProcess(parent);
    p->setProcessEnvironment(cliEnvironment(home));
    p->start(cliPath(), arguments);
    return p;
}

QProcess* startCliLimited(
    const QString& home, const QString& shellPrefix, const QStringList& arguments, QObject* parent)
{
    auto* p = new QProcess(parent);
    p->setProcessEnvironment(cliEnvironment(home));
    // The arguments reach the program as bash's "$@", unquoted by nothing.
    p->start(QStringLiteral("bash"),
        QStringList { QStringLiteral("-c"), shellPrefix + QStringLiteral(" exec \"$0\" \"$@\""), cliPath() }
            + arguments);
    return p;
}

} // namespace ql::test
