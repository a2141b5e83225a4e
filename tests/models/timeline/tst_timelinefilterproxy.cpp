#include "models/timeline/TimelineFilterProxy.h"
#include "models/timeline/TimelineModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using ql::StatementKind;
using ql::TimelineEntry;
using ql::TimelineFilterProxy;
using ql::TimelineModel;

namespace {

TimelineEntry entry(qint64 id, const QDate& date, const QString& speaker, const QString& source,
    StatementKind kind, const QString& words, const QStringList& tags = {})
{
    TimelineEntry e;
    e.statementId = id;
    e.date = date;
    e.speaker = speaker;
    e.source = source;
    e.kind = kind;
    e.firstWords = words;
    e.tags = tags;
    return e;
}

QVector<TimelineEntry> fixture()
{
    const QString ada = QStringLiteral("Ada Lindqvist");
    const QString bram = QStringLiteral("Bram Okafor");
    const QString gazette = QStringLiteral("Harbour Gazette");
    const QString wire = QStringLiteral("Northwind Wire");
    return {
        entry(1, QDate(2023, 2, 1), ada, gazette, StatementKind::Quote,
            QStringLiteral("We will double the ammunition lines"), { QStringLiteral("ammunition") }),
        entry(2, QDate(2023, 6, 12), bram, wire, StatementKind::Transcript,
            QStringLiteral("The budget rises to two percent")),
        entry(3, QDate(2024, 1, 9), ada, wire, StatementKind::Paraphrase,
            QStringLiteral("Air defence remains the priority"),
            { QStringLiteral("air defence"), QStringLiteral("budget") }),
        entry(4, QDate(2024, 7, 30), bram, gazette, StatementKind::Quote,
            QStringLiteral("Ammunition stocks are too low"), { QStringLiteral("Ammunition") }),
        entry(5, QDate(2024, 9, 2), QString(), gazette, StatementKind::Quote,
            QStringLiteral("Nobody claimed this line")),
    };
}

struct Filter
{
    QStringList speakers;
    QStringList sources;
    QStringList tags;
    QList<int> kinds;
    QDate from;
    QDate to;
    QString text;
    QList<qint64> ids; // empty: no id restriction
};

} // namespace

Q_DECLARE_METATYPE(Filter)

class TstTimelineFilterProxy : public QObject
{
    Q_OBJECT

private slots:
    void filters_data();
    void filters();
    void modelTester();
    void clearFiltersShowsAll();
    void signalsAndAccessors();
};

void TstTimelineFilterProxy::filters_data()
{
    QTest::addColumn<Filter>("filter");
    QTest::addColumn<QList<qint64>>("expected");
    QTest::newRow("no filter") << Filter {} << QList<qint64> { 1, 2, 3, 4, 5 };
    QTest::newRow("speaker") << Filter { { QStringLiteral("Ada Lindqvist") }, {}, {}, {}, {}, {}, {}, {} }
                             << QList<qint64> { 1, 3 };
    QTest::newRow("two speakers") << Filter {
        { QStringLiteral("Ada Lindqvist"), QStringLiteral("Bram Okafor") }, {}, {}, {}, {}, {}, {}, {}
    } << QList<qint64> { 1, 2, 3, 4 };
    QTest::newRow("source") << Filter { {}, { QStringLiteral("Northwind Wire") }, {}, {}, {}, {}, {}, {} }
                            << QList<qint64> { 2, 3 };
    QTest::newRow("tag, any case") << Filter { {}, {}, { QStringLiteral("ammunition") }, {}, {}, {}, {}, {} }
                                   << QList<qint64> { 1, 4 };
    QTest::newRow("kind quote") << Filter { {}, {}, {}, { static_cast<int>(StatementKind::Quote) }, {}, {},
        {}, {} } << QList<qint64> { 1, 4, 5 };
    QTest::newRow("kinds transcript+paraphrase") << Filter { {}, {}, {},
        { static_cast<int>(StatementKind::Transcript), static_cast<int>(StatementKind::Paraphrase) }, {}, {},
        {}, {} } << QList<qint64> { 2, 3 };
    QTest::newRow("date range inclusive") << Filter { {}, {}, {}, {}, QDate(2023, 6, 12), QDate(2024, 7, 30),
        {}, {} } << QList<qint64> { 2, 3, 4 };
    QTest::newRow("open-ended from") << Filter { {}, {}, {}, {}, QDate(2024, 1, 1), {}, {}, {} }
                                     << QList<qint64> { 3, 4, 5 };
    QTest::newRow("text, any case") << Filter { {}, {}, {}, {}, {}, {}, QStringLiteral("AMMUNITION"), {} }
                                    << QList<qint64> { 1, 4 };
    QTest::newRow("search ids") << Filter { {}, {}, {}, {}, {}, {}, {}, { 2, 5, 99 } }
                                << QList<qint64> { 2, 5 };
    QTest::newRow("combined") << Filter { { QStringLiteral("Bram Okafor") },
        { QStringLiteral("Harbour Gazette") }, {}, {}, QDate(2024, 1, 1), {}, QStringLiteral("stocks"), {} }
                              << QList<qint64> { 4 };
    QTest::newRow("nothing matches") << Filter { {}, {}, {}, {}, {}, {}, QStringLiteral("submarine"), {} }
                                     << QList<qint64> {};
}

void TstTimelineFilterProxy::filters()
{
    QFETCH(Filter, filter);
    QFETCH(QList<qint64>, expected);
    TimelineModel model;
    model.setEntries(fixture());
    TimelineFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.setSpeakers(filter.speakers);
    proxy.setSources(filter.sources);
    proxy.setTags(filter.tags);
    QList<StatementKind> kinds;
    for (const int k : std::as_const(filter.kinds))
        kinds.append(static_cast<StatementKind>(k));
    proxy.setKinds(kinds);
    proxy.setDateRange(filter.from, filter.to);
    proxy.setTextContains(filter.text);
    if (!filter.ids.isEmpty())
        proxy.setStatementIds(QSet<qint64>(filter.ids.cbegin(), filter.ids.cend()));
    QList<qint64> ids;
    for (int row = 0; row < proxy.rowCount(); ++row)
        ids.append(proxy.index(row, 0).data(TimelineModel::StatementIdRole).toLongLong());
    QCOMPARE(ids, expected);
}

void TstTimelineFilterProxy::modelTester()
{
    TimelineModel model;
    TimelineFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEntries(fixture());
    proxy.setSpeakers({ QStringLiteral("Ada Lindqvist") });
    proxy.setTextContains(QStringLiteral("air"));
    proxy.clearFilters();
    model.setLaneMode(TimelineModel::LaneMode::ByEvent);
    QCOMPARE(proxy.rowCount(), 5);
}

void TstTimelineFilterProxy::clearFiltersShowsAll()
{
    TimelineModel model;
    model.setEntries(fixture());
    TimelineFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.setSources({ QStringLiteral("Northwind Wire") });
    proxy.setStatementIds(QSet<qint64> { 2 });
    QCOMPARE(proxy.rowCount(), 1);
    proxy.clearFilters();
    QCOMPARE(proxy.rowCount(), 5);
    QVERIFY(proxy.sources().isEmpty());
}

void TstTimelineFilterProxy::signalsAndAccessors()
{
    TimelineModel model;
    model.setEntries(fixture());
    TimelineFilterProxy proxy;
    proxy.setSourceModel(&model);
    QCOMPARE(proxy.rowCount(), 5);
    QSignalSpy spy(&proxy, &TimelineFilterProxy::filtersChanged);
    QSignalSpy removed(&proxy, &QAbstractItemModel::rowsRemoved);
    proxy.setKinds({ StatementKind::Transcript });
    QCOMPARE(spy.count(), 1);
    QVERIFY(removed.count() >= 1);
    QCOMPARE(proxy.kinds(), QList<StatementKind> { StatementKind::Transcript });
    proxy.setDateRange(QDate(2023, 1, 1), QDate(2023, 12, 31));
    QCOMPARE(proxy.dateFrom(), QDate(2023, 1, 1));
    QCOMPARE(proxy.dateTo(), QDate(2023, 12, 31));
    QCOMPARE(spy.count(), 2);
    QCOMPARE(proxy.rowCount(), 1);
}

QTEST_GUILESS_MAIN(TstTimelineFilterProxy)
#include "tst_timelinefilterproxy.moc"
