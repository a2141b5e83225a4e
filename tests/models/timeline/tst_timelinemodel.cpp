#include "models/timeline/TimelineModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

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

QTEST_GUILESS_MAIN(TstTimelineModel)
#include "tst_timelinemodel.moc"
