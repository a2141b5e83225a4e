#include "DemoCorpus.h"
#include "MainWindow.h"
#include "cli/StoreLocation.h"
#include "store/Store.h"

#include <QApplication>
#include <QFileInfo>
#include <QSettings>

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

    ql::Store store;
    ql::MainWindow window(&store);

    // A store named on the command line wins; then the last one used; then the default store,
    // which gets the demo corpus the first time it is created.
    const QStringList args = QApplication::arguments().mid(1);
    const QString last = QSettings().value(QStringLiteral("stores/last")).toString();
    bool opened = false;
    if (!args.isEmpty())
        opened = window.openStore(args.first());
    else if (!last.isEmpty() && QFileInfo::exists(last))
        opened = window.openStore(last);
    if (!opened) {
        const QString path = ql::defaultStorePath();
        const bool fresh = !QFileInfo::exists(path);
        if (window.openStore(path) && fresh)
            ql::DemoCorpus::loadInto(store);
    }
    window.show();
    return QApplication::exec();
}
