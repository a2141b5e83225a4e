#include "models/timeline/TimelineModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using ql::StatementKind;
using ql::TimelineEntry;
using ql::TimelineModel;

namespace {

TimelineEntry entry(qint64 id, const QDate& date, const QString& speaker, const QString& family = QString(),
    const QString& event = QString(), StatementKind kind = StatementKind::Quote)
{
    TimelineEntry e;
    e.statementId = id;
    e.date = date;
    e.speaker = speaker;
    e.source = QStringLiteral("Harbour Gazette");
    e.family = family;
    e.event = event;
    e.kind = kind;
    e.firstWords = QStringLiteral("Statement number %1 about readiness").arg(id);
    return e;
}

QVector<TimelineEntry> fixture()
{
    return {
        entry(1, QDate(2024, 3, 5), QStringLiteral("Ada Lindqvist"), QStringLiteral("f-readiness"),
            QStringLiteral("Spring summit")),
        entry(2, QDate(2023, 11, 20), QStringLiteral("Bram Okafor"), QStringLiteral("f-budget")),
        entry(3, QDate(), QStringLiteral("Ada Lindqvist")),
        entry(4, QDate(2024, 1, 15), QString(), QStringLiteral("f-budget"), QStringLiteral("Spring summit"),
            StatementKind::Transcript),
        entry(5, QDate(2024, 3, 5), QStringLiteral("Ada Lindqvist"), QStringLiteral("f-readiness"),
            QStringLiteral("Spring summit"), StatementKind::Paraphrase),
        entry(6, QDate(), QString()),
    };
}

// `count` statements of three per article over two years, every seventh undated, in the store's order.
QVector<TimelineEntry> corpus(int count, qint64 firstId = 1)
{
    const QStringList speakers { QStringLiteral("Ada Lindqvist"), QStringLiteral("Bram Okafor"), QString(),
        QStringLiteral("Cleo Marsh") };
    QVector<TimelineEntry> out;
    for (qint64 id = firstId; id < firstId + count; ++id) {
        const QDate date = id % 7 == 0 ? QDate() : QDate(2023, 1, 1).addDays((id * 37) % 700);
        TimelineEntry e = entry(id, date, speakers.at(int(id % speakers.size())),
            id % 5 == 0 ? QString() : QStringLiteral("f-%1").arg(id % 9),
            QStringLiteral("Event %1").arg(id / 3));
        e.articleId = id / 3;
        e.familyId = id % 5 == 0 ? 0 : id % 9 + 1;
        out.append(e);
    }
    return out;
}

// What a fresh read of the store would give: dated by day then id, undated by id.
QVector<TimelineEntry> storeOrder(QVector<TimelineEntry> entries)
{
    std::sort(entries.begin(), entries.end(), [](const TimelineEntry& a, const TimelineEntry& b) {
        if (a.date.isValid() != b.date.isValid())
            return a.date.isValid();
        return a.date != b.date ? a.date < b.date : a.statementId < b.statementId;
    });
    return entries;
}

// Every role of every row, the undated ids and the lanes: what a view can see of the model.
QStringList rowsOf(const TimelineModel& model)
{
    QStringList out;
    const QHash<int, QByteArray> roles = model.roleNames();
    QList<int> keys = roles.keys();
    std::sort(keys.begin(), keys.end());
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList cells;
        for (const int role : std::as_const(keys))
            cells << model.index(row).data(role).toString();
        cells << QString::number(model.rowForStatement(model.entry(row).statementId));
        out << cells.join(QLatin1Char('|'));
    }
    QStringList undated;
    for (const TimelineEntry& e : model.undatedEntries())
        undated << QString::number(e.statementId);
    out << QStringLiteral("undated: ") + undated.join(QLatin1Char(','));
    out << QStringLiteral("lanes: ") + model.lanes().join(QLatin1Char(','));
    return out;
}

} // namespace

class TstTimelineModel : public QObject
{
    Q_OBJECT

private slots:
    void modelTester();
    void undatedKeptAside();
    void sortedByDateStable();
    void lanes_data();
    void lanes();
    void laneModeSignals();
    void roles();
    void resetSignals();
    void windowsCarryTheirSpanAndEvidence();
    void applyChangeEqualsReload_data();
    void applyChangeEqualsReload();
    void setFamiliesSignalsOnlyWhatChanged();
};

void TstTimelineModel::modelTester()
{
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEntries(fixture());
    model.setLaneMode(TimelineModel::LaneMode::ByEvent);
    model.setEntries({});
    model.setEntries(fixture());
    QCOMPARE(model.rowCount(), 4);
}

void TstTimelineModel::undatedKeptAside()
{
    TimelineModel model;
    model.setEntries(fixture());
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.undatedCount(), 2);
    QCOMPARE(model.undatedEntries().at(0).statementId, 3);
    QCOMPARE(model.undatedEntries().at(1).statementId, 6);
    QCOMPARE(model.rowForStatement(3), -1);
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(model.index(row).data(TimelineModel::DateRole).toDate().isValid());
}

void TstTimelineModel::sortedByDateStable()
{
    TimelineModel model;
    model.setEntries(fixture());
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row).data(TimelineModel::StatementIdRole).toLongLong());
    // 1 and 5 share a day and keep the order they were given in.
    QCOMPARE(ids, (QList<qint64> { 2, 4, 1, 5 }));
    QCOMPARE(model.rowForStatement(5), 3);
    QCOMPARE(model.firstDate(), QDate(2023, 11, 20));
    QCOMPARE(model.lastDate(), QDate(2024, 3, 5));
}

void TstTimelineModel::lanes_data()
{
    QTest::addColumn<TimelineModel::LaneMode>("mode");
    QTest::addColumn<QStringList>("lanes");
    QTest::addColumn<QString>("laneOfStatement4");
    const QString unknown = TimelineModel::unknownLaneLabel();
    QTest::newRow("by speaker") << TimelineModel::LaneMode::BySpeaker
                                << QStringList { QStringLiteral("Ada Lindqvist"),
                                       QStringLiteral("Bram Okafor"), unknown }
                                << unknown;
    QTest::newRow("by family") << TimelineModel::LaneMode::ByFamily
                               << QStringList { QStringLiteral("f-budget"), QStringLiteral("f-readiness") }
                               << QStringLiteral("f-budget");
    QTest::newRow("by event") << TimelineModel::LaneMode::ByEvent
                              << QStringList { QStringLiteral("Spring summit"), unknown }
                              << QStringLiteral("Spring summit");
}

void TstTimelineModel::lanes()
{
    QFETCH(TimelineModel::LaneMode, mode);
    QFETCH(QStringList, lanes);
    QFETCH(QString, laneOfStatement4);
    TimelineModel model;
    model.setEntries(fixture());
    model.setLaneMode(mode);
    QCOMPARE(model.lanes(), lanes);
    const QModelIndex idx = model.index(model.rowForStatement(4));
    QCOMPARE(idx.data(TimelineModel::LaneKeyRole).toString(), laneOfStatement4);
    QCOMPARE(idx.data(TimelineModel::LaneIndexRole).toInt(), lanes.indexOf(laneOfStatement4));
}

void TstTimelineModel::laneModeSignals()
{
    TimelineModel model;
    model.setEntries(fixture());
    QSignalSpy modeSpy(&model, &TimelineModel::laneModeChanged);
    QSignalSpy dataSpy(&model, &QAbstractItemModel::dataChanged);
    model.setLaneMode(TimelineModel::LaneMode::ByFamily);
    QCOMPARE(modeSpy.count(), 1);
    QCOMPARE(dataSpy.count(), 1);
    const QList<QVariant> args = dataSpy.takeFirst();
    QCOMPARE(args.at(0).toModelIndex().row(), 0);
    QCOMPARE(args.at(1).toModelIndex().row(), model.rowCount() - 1);
    QVERIFY(args.at(2).value<QVector<int>>().contains(TimelineModel::LaneKeyRole));
    model.setLaneMode(TimelineModel::LaneMode::ByFamily);
    QCOMPARE(modeSpy.count(), 1); // unchanged mode: no signal
}

void TstTimelineModel::roles()
{
    TimelineModel model;
    model.setEntries(fixture());
    const QModelIndex idx = model.index(model.rowForStatement(5));
    QCOMPARE(idx.data(TimelineModel::SpeakerRole).toString(), QStringLiteral("Ada Lindqvist"));
    QCOMPARE(idx.data(TimelineModel::SourceRole).toString(), QStringLiteral("Harbour Gazette"));
    QCOMPARE(idx.data(TimelineModel::KindRole).toInt(), static_cast<int>(StatementKind::Paraphrase));
    QCOMPARE(idx.data(TimelineModel::DateRole).toDate(), QDate(2024, 3, 5));
    QVERIFY(idx.data(Qt::DisplayRole).toString().contains(QStringLiteral("2024-03-05")));
    QVERIFY(idx.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Statement number 5")));
    QCOMPARE(model.roleNames().value(TimelineModel::StatementIdRole), QByteArray("statementId"));
}

void TstTimelineModel::resetSignals()
{
    TimelineModel model;
    QSignalSpy resetSpy(&model, &QAbstractItemModel::modelReset);
    QSignalSpy undatedSpy(&model, &TimelineModel::undatedCountChanged);
    model.setEntries(fixture());
    QCOMPARE(resetSpy.count(), 1);
    QCOMPARE(undatedSpy.count(), 1);
    QCOMPARE(undatedSpy.at(0).at(0).toInt(), 2);
    model.setEntries(fixture());
    QCOMPARE(resetSpy.count(), 2);
    QCOMPARE(undatedSpy.count(), 1); // same count: no signal
}

void TstTimelineModel::windowsCarryTheirSpanAndEvidence()
{
    TimelineEntry e = entry(7, QDate(2025, 11, 6), QStringLiteral("Ada Lindqvist"));
    e.dateFrom = QDate(2025, 11, 5);
    e.when = QString::fromUtf8("5–6 Nov 2025");
    e.evidence = QStringLiteral("Harbour Forum, Gdansk, from 'the Harbour Forum'");
    TimelineModel model;
    model.setEntries({ e, entry(8, QDate(2025, 11, 1), QStringLiteral("Ada Lindqvist")) });
    const QModelIndex window = model.index(model.rowForStatement(7));
    QCOMPARE(window.data(TimelineModel::DateFromRole).toDate(), QDate(2025, 11, 5));
    QCOMPARE(window.data(TimelineModel::DateRole).toDate(), QDate(2025, 11, 6));
    QVERIFY(window.data(Qt::ToolTipRole).toString().contains(e.when));
    QVERIFY(window.data(Qt::ToolTipRole).toString().contains(e.evidence));
    // A day is its own window.
    const QModelIndex day = model.index(model.rowForStatement(8));
    QCOMPARE(day.data(TimelineModel::DateFromRole).toDate(), QDate(2025, 11, 1));
}

void TstTimelineModel::applyChangeEqualsReload_data()
{
    QTest::addColumn<TimelineModel::LaneMode>("mode");
    QTest::addColumn<QVector<TimelineEntry>>("added");
    QTest::addColumn<QList<qint64>>("droppedArticles");
    QTest::addColumn<QList<qint64>>("droppedStatements");
    QTest::addColumn<bool>("reset"); // scattered over more than MaxRowRuns places
    const auto speaker = TimelineModel::LaneMode::BySpeaker;
    const auto family = TimelineModel::LaneMode::ByFamily;
    QTest::newRow("one article added")
        << speaker << corpus(3, 301) << QList<qint64>() << QList<qint64>() << false;
    QTest::newRow("a new speaker's lane") << family << QVector<TimelineEntry> { [] {
        TimelineEntry e
            = entry(400, QDate(2023, 6, 1), QStringLiteral("Aaron First"), QStringLiteral("f-new"));
        e.articleId = 400;
        return e;
    }() } << QList<qint64>() << QList<qint64>()
                                          << false;
    QTest::newRow("one article removed")
        << speaker << QVector<TimelineEntry>() << QList<qint64> { 20 } << QList<qint64>() << false;
    QTest::newRow("one statement removed")
        << family << QVector<TimelineEntry>() << QList<qint64>() << QList<qint64> { 44 } << false;
    QTest::newRow("an import of 100 articles")
        << speaker << corpus(300, 301) << QList<qint64>() << QList<qint64>() << true;
    QList<qint64> half;
    for (qint64 a = 0; a < 100; a += 2)
        half << a;
    QTest::newRow("its undo") << family << QVector<TimelineEntry>() << half << QList<qint64>() << true;
    TimelineEntry moved = entry(10, QDate(2025, 2, 2), QStringLiteral("Bram Okafor"), QStringLiteral("f-1"));
    moved.articleId = 3;
    QTest::newRow("a statement re-dated")
        << speaker << QVector<TimelineEntry> { moved } << QList<qint64>() << QList<qint64> { 10 } << false;
    TimelineEntry undated = moved;
    undated.date = QDate();
    QTest::newRow("a statement undated")
        << speaker << QVector<TimelineEntry> { undated } << QList<qint64>() << QList<qint64> { 10 } << false;
    QTest::newRow("removed and added back")
        << speaker << corpus(3, 60) << QList<qint64> { 20 } << QList<qint64>() << false;
}

void TstTimelineModel::applyChangeEqualsReload()
{
    QFETCH(TimelineModel::LaneMode, mode);
    QFETCH(QVector<TimelineEntry>, added);
    QFETCH(QList<qint64>, droppedArticles);
    QFETCH(QList<qint64>, droppedStatements);
    QFETCH(bool, reset);
    const QVector<TimelineEntry> before = corpus(300);
    const QSet<qint64> articles(droppedArticles.cbegin(), droppedArticles.cend());
    const QSet<qint64> statements(droppedStatements.cbegin(), droppedStatements.cend());
    QVector<TimelineEntry> after;
    for (const TimelineEntry& e : before)
        if (!articles.contains(e.articleId) && !statements.contains(e.statementId))
            after.append(e);
    after += added;

    TimelineModel model;
    model.setLaneMode(mode);
    model.setEntries(storeOrder(before));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy undatedSpy(&model, &TimelineModel::undatedCountChanged);
    const int undatedBefore = model.undatedCount();
    model.applyChange(added, articles, statements);

    TimelineModel fresh;
    fresh.setLaneMode(mode);
    fresh.setEntries(storeOrder(after));
    QCOMPARE(rowsOf(model), rowsOf(fresh));
    QCOMPARE(resets.count(), reset ? 1 : 0);
    if (!reset) {
        // Only the rows that changed are signalled, and they add up to the new row count.
        int delta = 0;
        for (const QList<QVariant>& args : std::as_const(inserted))
            delta += args.at(2).toInt() - args.at(1).toInt() + 1;
        for (const QList<QVariant>& args : std::as_const(removed))
            delta -= args.at(2).toInt() - args.at(1).toInt() + 1;
        QCOMPARE(model.rowCount(), int(storeOrder(before).size()) - undatedBefore + delta);
        QVERIFY(inserted.count() + removed.count() <= TimelineModel::MaxRowRuns * 2);
    }
    QCOMPARE(undatedSpy.count(), undatedBefore != fresh.undatedCount() ? 1 : 0);
}

void TstTimelineModel::setFamiliesSignalsOnlyWhatChanged()
{
    TimelineModel model;
    model.setLaneMode(TimelineModel::LaneMode::ByFamily);
    model.setEntries(fixture());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    // Statement 4 (row 1) joins the readiness family; nothing else moves.
    const QHash<qint64, qint64> familyOf { { 1, 7 }, { 2, 8 }, { 4, 7 }, { 5, 7 } };
    const QHash<qint64, QString> names { { 7, QStringLiteral("f-readiness") },
        { 8, QStringLiteral("f-budget") } };
    model.setFamilies([&](qint64 id) { return familyOf.value(id); }, names);
    // First pass: every row learns its family id, so each row is signalled once.
    QVERIFY(!changed.isEmpty());
    changed.clear();
    const QHash<qint64, qint64> merged { { 1, 7 }, { 2, 7 }, { 4, 7 }, { 5, 7 } };
    model.setFamilies([&](qint64 id) { return merged.value(id); }, names);
    QCOMPARE(model.index(model.rowForStatement(2)).data(TimelineModel::FamilyRole).toString(),
        QStringLiteral("f-readiness"));
    QCOMPARE(model.lanes(), QStringList { QStringLiteral("f-readiness") });
    bool rowSignalled = false;
    for (const QList<QVariant>& args : std::as_const(changed)) {
        const int first = args.at(0).toModelIndex().row();
        const int last = args.at(1).toModelIndex().row();
        rowSignalled = rowSignalled || (first <= 0 && last >= 0);
    }
    QVERIFY(rowSignalled); // statement 2 is row 0
    changed.clear();
    model.setFamilies([&](qint64 id) { return merged.value(id); }, names);
    QCOMPARE(changed.count(), 0); // nothing changed: nothing signalled
}

QTEST_GUILESS_MAIN(TstTimelineModel)
#include "tst_timelinemodel.moc"
