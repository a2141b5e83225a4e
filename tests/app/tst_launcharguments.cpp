// "Open with Quoteline": documents go to the import wizard, a store file is opened.
#include "app/LaunchArguments.h"
#include "core/store/Store.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TstLaunchArguments : public QObject
{
    Q_OBJECT

private slots:
    void splitsDocumentsFromStores_data();
    void splitsDocumentsFromStores();
};

void TstLaunchArguments::splitsDocumentsFromStores_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content"); // empty: not created
    QTest::addColumn<bool>("document");
    QTest::newRow("text") << QStringLiteral("speech.txt") << QByteArray("\"We will build,\" she said.\n")
                          << true;
    QTest::newRow("html") << QStringLiteral("page.html") << QByteArray("<p>Hello</p>") << true;
    QTest::newRow("pdf") << QStringLiteral("scan.pdf") << QByteArray("%PDF-1.4\n") << true;
    QTest::newRow("store by name") << QStringLiteral("team.qlstore") << QByteArray("anything") << false;
    QTest::newRow("sqlite under another name")
        << QStringLiteral("archive.db") << QByteArray("SQLite format 3\0rest", 20) << false;
    QTest::newRow("missing: a store to create") << QStringLiteral("new.qlstore") << QByteArray() << false;
    QTest::newRow("missing text file") << QStringLiteral("gone.txt") << QByteArray() << true;
    QTest::newRow("missing, no suffix") << QStringLiteral("archive") << QByteArray() << false;
}

void TstLaunchArguments::splitsDocumentsFromStores()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(bool, document);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(name);
    if (!content.isEmpty()) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    QCOMPARE(ql::LaunchArguments::isDocument(path), document);
    const ql::LaunchArguments split = ql::LaunchArguments::split({ path });
    QCOMPARE(split.documents, document ? QStringList { path } : QStringList {});
    QCOMPARE(split.stores, document ? QStringList {} : QStringList { path });
}

QTEST_GUILESS_MAIN(TstLaunchArguments)
#include "tst_launcharguments.moc"
