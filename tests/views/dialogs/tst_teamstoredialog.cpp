#include "core/store/StoreLocation.h"
#include "views/dialogs/TeamStoreDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace ql;

class TestTeamStoreDialog : public QObject
{
    Q_OBJECT

private slots:
    void buildsTheUrlWithoutPassword_data();
    void buildsTheUrlWithoutPassword();
    void startsFromTheLastUrl();
    void connectNeedsServerAndDatabase();
};

void TestTeamStoreDialog::buildsTheUrlWithoutPassword_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("ssl");
    QTest::addColumn<QString>("options");
    QTest::addColumn<QString>("url");
    QTest::newRow("plain") << QStringLiteral("db.example.org") << 5432 << QStringLiteral("quotes")
                           << QStringLiteral("ana") << QStringLiteral("require") << QString()
                           << QStringLiteral("postgresql://ana@db.example.org:5432/quotes?sslmode=require");
    QTest::newRow("options") << QStringLiteral("10.0.0.5") << 6543 << QStringLiteral("team") << QString()
                             << QStringLiteral("verify-full")
                             << QStringLiteral("connect_timeout=5; application_name=ql")
                             << QStringLiteral("postgresql://10.0.0.5:6543/team?sslmode=verify-full"
                                               "&connect_timeout=5&application_name=ql");
}

void TestTeamStoreDialog::buildsTheUrlWithoutPassword()
{
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, database);
    QFETCH(QString, user);
    QFETCH(QString, ssl);
    QFETCH(QString, options);
    QFETCH(QString, url);
    TeamStoreDialog dialog { QString() };
    dialog.hostEdit()->setText(host);
    dialog.portBox()->setValue(port);
    dialog.databaseEdit()->setText(database);
    dialog.userEdit()->setText(user);
    dialog.passwordEdit()->setText(QStringLiteral("s3cret"));
    dialog.sslBox()->setCurrentText(ssl);
    dialog.optionsEdit()->setText(options);
    QCOMPARE(dialog.url(), url);
    QCOMPARE(dialog.password(), QStringLiteral("s3cret"));
    QVERIFY(!dialog.url().contains(QLatin1String("s3cret")));
    QCOMPARE(dialog.passwordEdit()->echoMode(), QLineEdit::Password);
    // What the dialog builds is what the store parses.
    QString error;
    const StoreLocation location = StoreLocation::parse(dialog.url(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(location.host, host);
    QCOMPARE(location.database, database);
    QVERIFY(location.connectOptions.contains(QStringLiteral("sslmode=") + ssl));
}

void TestTeamStoreDialog::startsFromTheLastUrl()
{
    TeamStoreDialog dialog(
        QStringLiteral("postgresql://ivo@team.example:5433/archive?sslmode=require&connect_timeout=3"));
    QCOMPARE(dialog.hostEdit()->text(), QStringLiteral("team.example"));
    QCOMPARE(dialog.portBox()->value(), 5433);
    QCOMPARE(dialog.databaseEdit()->text(), QStringLiteral("archive"));
    QCOMPARE(dialog.userEdit()->text(), QStringLiteral("ivo"));
    QCOMPARE(dialog.sslBox()->currentText(), QStringLiteral("require"));
    QCOMPARE(dialog.optionsEdit()->text(), QStringLiteral("connect_timeout=3"));
    QVERIFY(dialog.passwordEdit()->text().isEmpty());
}

void TestTeamStoreDialog::connectNeedsServerAndDatabase()
{
    TeamStoreDialog dialog { QString() };
    QPushButton* connectButton = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    QVERIFY(!connectButton->isEnabled());
    dialog.hostEdit()->setText(QStringLiteral("db"));
    QVERIFY(!connectButton->isEnabled());
    dialog.databaseEdit()->setText(QStringLiteral("quotes"));
    QVERIFY(connectButton->isEnabled());
    dialog.optionsEdit()->setText(QStringLiteral("x=a"));
    QVERIFY(connectButton->isEnabled());
}

QTEST_MAIN(TestTeamStoreDialog)
#include "tst_teamstoredialog.moc"
