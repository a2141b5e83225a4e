#include "app/DemoCorpus.h"
#include "app/LaunchArguments.h"
#include "app/MainWindow.h"
#include "core/store/Store.h"
#include "core/store/StoreLocation.h"
#include "views/import/ImportSources.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QSettings>

#include <cstdio>

namespace {

// The GUI's exit code for a wrong command line, the same as quoteline-cli's.
constexpr int kUsageError = 2;

int usageError(const QString& reason)
{
    std::fprintf(stderr, "quoteline: %s (see --help)\n", qUtf8Printable(reason));
    return kUsageError;
}

} // namespace

int main(int argc, char* argv[])
{
#if QT_VERSION < QT_VERSION_CHECK(6, 0, 0)
    QApplication::setAttribute(Qt::AA_EnableHighDpiScaling);
    QApplication::setAttribute(Qt::AA_UseHighDpiPixmaps);
#endif
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Quoteline"));
    QApplication::setApplicationName(QStringLiteral("Quoteline"));
    QApplication::setApplicationDisplayName(QStringLiteral("Quoteline"));
    QApplication::setApplicationVersion(QStringLiteral(QL_VERSION));

    // The command line is read before anything is opened or remembered: "--help" is a question,
    // never the name of a store to create.
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Follow what leaders and the defence industry say over time."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption storeOption(QStringLiteral("store"),
        QStringLiteral("Open the store at PATH (created if missing) instead of the last one used."),
        QStringLiteral("PATH"));
    parser.addOption(storeOption);
    parser.addPositionalArgument(QStringLiteral("store|documents"),
        QStringLiteral("A store to open (the same as --store PATH), or documents to import (\"Open with "
                       "Quoteline\": text, HTML, Markdown or PDF files, shown in the import wizard)."),
        QStringLiteral("[STORE | FILE…]"));
    if (!parser.parse(QApplication::arguments())) {
        const QStringList unknown = parser.unknownOptionNames();
        return usageError(unknown.isEmpty()
                ? parser.errorText()
                : QStringLiteral("unknown option %1")
                      .arg(QString((unknown.first().size() == 1 ? QStringLiteral("-") : QStringLiteral("--"))
                          + unknown.first())));
    }
    if (parser.isSet(help))
        parser.showHelp(0); // exits
    // --help-all (addHelpOption's, with Qt's own options): process() prints it and exits.
    if (parser.isSet(QStringLiteral("help-all")))
        parser.process(QApplication::arguments());
    if (parser.isSet(version))
        parser.showVersion(); // exits
    // Existing files that are not stores are documents to import; what remains names the store.
    const ql::LaunchArguments launch = ql::LaunchArguments::split(parser.positionalArguments());
    const QStringList& positional = launch.stores;
    const QStringList& documents = launch.documents;
    if (positional.size() > 1 || (positional.size() == 1 && parser.isSet(storeOption)))
        return usageError(QStringLiteral("give one store, not several"));
    QString requested = parser.isSet(storeOption) ? parser.value(storeOption) : positional.value(0);
    if (parser.isSet(storeOption) && requested.isEmpty())
        return usageError(QStringLiteral("--store needs a path (leave --store out for the last store)"));
    if (requested.startsWith(QLatin1Char('-')))
        return usageError(QStringLiteral("--store needs a path, not '%1' (write ./%1 for such a file name)")
                              .arg(requested));

    ql::Store store;
    ql::MainWindow window(&store);

    // A store named on the command line wins; then the last one used; then the default store,
    // which gets the demo corpus the first time it is created.
    const QString last = QSettings().value(QStringLiteral("stores/last")).toString();
    bool opened = false;
    if (!requested.isEmpty())
        opened = window.openStore(requested);
    else if (!last.isEmpty() && QFileInfo::exists(last))
        opened = window.openStore(last);
    if (!opened) {
        const QString path = ql::defaultStorePath();
        const bool fresh = !QFileInfo::exists(path);
        if (window.openStore(path) && fresh)
            ql::DemoCorpus::loadInto(store);
    }
    window.show();
    if (!documents.isEmpty())
        window.openImportWizard(ql::ImportSources(documents, {}));
    return QApplication::exec();
}
