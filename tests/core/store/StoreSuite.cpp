#include "tests/core/store/StoreSuite.h"

#include "core/store/testing/TeamStoreFixture.h"

#include <QTest>

#include <unistd.h>

namespace ql::test {

void StoreSuite::initTestCase()
{
#ifdef QL_TEST_POSTGRES
    // Without a server this suite fails: a team store that was never tested must not pass.
    QString error;
    const QString url = TeamStoreFixture::serverUrl(&error);
    QVERIFY2(!url.isEmpty(), qPrintable(error));
#endif
}

void StoreSuite::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_databases.clear();
}

QString StoreSuite::path(const QString& name) const
{
    return m_dir->filePath(name);
}

QString StoreSuite::storeAt(const QString& name)
{
#ifdef QL_TEST_POSTGRES
    if (const auto it = m_databases.constFind(name); it != m_databases.cend())
        return *it;
    QString error;
    const QString url = TeamStoreFixture::createDatabase(
        QStringLiteral("qlt_%1_%2").arg(getpid()).arg(++m_databaseCount), &error);
    if (url.isEmpty())
        qWarning("%s", qPrintable(error)); // the open that follows fails and says where
    m_databases.insert(name, url);
    return url;
#else
    return path(name);
#endif
}

} // namespace ql::test
