#include "models/timeline/FamilyLaneNames.h"

#include <QTest>

using ql::FamilyLaneNames;
using ql::TimelineEntry;

namespace {

TimelineEntry member(qint64 id, qint64 family, const QDate& date)
{
    TimelineEntry e;
    e.statementId = id;
    e.familyId = family;
    e.date = date;
    return e;
}

} // namespace

class TstFamilyLaneNames : public QObject
{
    Q_OBJECT

private slots:
    void laneNameOf_data();
    void laneNameOf();
    void earliestLineNamesTheLane();
    void asksOnlyForNewEarliestLines();
};

void TstFamilyLaneNames::laneNameOf_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("name");
    QTest::newRow("short") << QStringLiteral("\u201cTwo per cent is a floor.\u201d")
                           << QStringLiteral("\u201cTwo per cent is a floor.\u201d");
    QTest::newRow("cut at a word") << QStringLiteral(
        "We will keep every promise we made at the summit in Vilnius")
                                   << QStringLiteral(
                                          "\u201cWe will keep every promise we made at the\u2026\u201d");
}

void TstFamilyLaneNames::laneNameOf()
{
    QFETCH(QString, text);
    QFETCH(QString, name);
    QCOMPARE(FamilyLaneNames::laneNameOf(text), name);
}

void TstFamilyLaneNames::earliestLineNamesTheLane()
{
    FamilyLaneNames names;
    const QVector<TimelineEntry> dated { member(5, 1, QDate(2024, 5, 1)), member(2, 1, QDate(2023, 1, 1)),
        member(7, 3, QDate(2022, 1, 1)), member(9, 4, QDate(2021, 1, 1)) };
    // An undated line never names a family that has a dated one.
    const QVector<TimelineEntry> undated { member(1, 1, QDate()), member(8, 3, QDate()) };
    const QHash<qint64, QString> texts { { 2, QStringLiteral("Readiness first") },
        { 7, QStringLiteral("Readiness first") }, { 9, QStringLiteral("Budgets rise") } };
    const QHash<qint64, QString> lanes = names.update(dated, undated, [&](const QList<qint64>& ids) {
        QHash<qint64, QString> out;
        for (const qint64 id : ids)
            out.insert(id, texts.value(id));
        return out;
    });
    QCOMPARE(lanes.size(), 3);
    QCOMPARE(lanes.value(1), QStringLiteral("\u201cReadiness first\u201d"));
    // The same first line twice: the younger family is numbered.
    QCOMPARE(lanes.value(3), QStringLiteral("\u201cReadiness first\u201d (2)"));
    QCOMPARE(lanes.value(4), QStringLiteral("\u201cBudgets rise\u201d"));
    // Family 1 gone: family 3 is the only one with that line and loses its number.
    const QVector<TimelineEntry> rest { dated.at(2), dated.at(3) };
    const QHash<qint64, QString> after = names.update(rest, { undated.at(1) }, {});
    QCOMPARE(after.size(), 2);
    QCOMPARE(after.value(3), QStringLiteral("\u201cReadiness first\u201d"));
    // Kept between changes, the names are what a first update gives.
    FamilyLaneNames fresh;
    QCOMPARE(after, fresh.update(rest, { undated.at(1) }, [&](const QList<qint64>& ids) {
        QHash<qint64, QString> out;
        for (const qint64 id : ids)
            out.insert(id, texts.value(id));
        return out;
    }));
}

void TstFamilyLaneNames::asksOnlyForNewEarliestLines()
{
    FamilyLaneNames names;
    QList<qint64> asked;
    const auto textsOf = [&](const QList<qint64>& ids) {
        asked += ids;
        QHash<qint64, QString> out;
        for (const qint64 id : ids)
            out.insert(id, QStringLiteral("Line %1").arg(id));
        return out;
    };
    QVector<TimelineEntry> dated { member(2, 1, QDate(2023, 1, 1)), member(3, 2, QDate(2023, 2, 1)) };
    names.update(dated, {}, textsOf);
    QCOMPARE(asked.size(), 2);
    asked.clear();
    dated.append(member(4, 1, QDate(2024, 1, 1))); // a later line: family 1 keeps its name
    QCOMPARE(names.update(dated, {}, textsOf).value(1), QStringLiteral("\u201cLine 2\u201d"));
    QVERIFY(asked.isEmpty());
    dated.append(member(5, 2, QDate(2020, 1, 1))); // an earlier line renames family 2
    QCOMPARE(names.update(dated, {}, textsOf).value(2), QStringLiteral("\u201cLine 5\u201d"));
    QCOMPARE(asked, QList<qint64> { 5 });
    asked.clear();
    names.forget({ 5 }); // its text was edited
    names.update(dated, {}, textsOf);
    QCOMPARE(asked, QList<qint64> { 5 });
}

QTEST_GUILESS_MAIN(TstFamilyLaneNames)
#include "tst_familylanenames.moc"
