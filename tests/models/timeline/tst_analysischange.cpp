#include "models/timeline/AnalysisChange.h"

#include <QTest>

using ql::AnalysisChange;

class TstAnalysisChange : public QObject
{
    Q_OBJECT

private slots:
    void importIsReadByArticle();
    void undoInTheSameBurstCancelsTheRead();
    void redoAfterUndoDropsThenReads();
    void singleStatements();
    void fullReadWins();
};

void TstAnalysisChange::importIsReadByArticle()
{
    AnalysisChange c;
    QVERIFY(c.isEmpty());
    c.articlesAdded({ 4, 5 });
    c.statementsAdded(4, { 40, 41 });
    c.statementsAdded(5, { 50 });
    c.articleChanged(5); // read whole anyway
    QVERIFY(!c.isEmpty());
    QVERIFY(!c.needsFullRead());
    QCOMPARE(c.articlesToRead(), (QList<qint64> { 4, 5 }));
    QVERIFY(c.statementsToRead().isEmpty());
    QVERIFY(c.articlesToDrop().isEmpty());
    QVERIFY(c.articlesOfStatements().isEmpty());
}

void TstAnalysisChange::undoInTheSameBurstCancelsTheRead()
{
    AnalysisChange c;
    c.articlesAdded({ 4 });
    c.statementsAdded(4, { 40 });
    c.articlesRemoved({ 4 });
    QVERIFY(c.articlesToRead().isEmpty());
    QCOMPARE(c.articlesToDrop(), QSet<qint64> { 4 });
}

void TstAnalysisChange::redoAfterUndoDropsThenReads()
{
    AnalysisChange c;
    c.articlesRemoved({ 4 });
    c.articlesAdded({ 4 });
    QCOMPARE(c.articlesToDrop(), QSet<qint64> { 4 });
    QCOMPARE(c.articlesToRead(), QList<qint64> { 4 });
}

void TstAnalysisChange::singleStatements()
{
    AnalysisChange c;
    c.statementsAdded(7, { 70 });
    c.statementChanged(71);
    c.statementsRemoved(8, { 80 });
    c.statementsRemoved(7, { 70 }); // added and removed again: nothing to read
    QCOMPARE(c.statementsToRead(), QList<qint64> { 71 });
    QCOMPARE(c.statementsToDrop(), (QSet<qint64> { 70, 71, 80 }));
    QCOMPARE(c.articlesOfStatements(), (QSet<qint64> { 7, 8 }));
    c.clear();
    QVERIFY(c.isEmpty());
}

void TstAnalysisChange::fullReadWins()
{
    AnalysisChange c;
    c.articlesAdded({ 1 });
    c.requireFullRead();
    QVERIFY(c.needsFullRead());
    QVERIFY(!c.isEmpty());
    c.clear();
    QVERIFY(!c.needsFullRead());
}

QTEST_GUILESS_MAIN(TstAnalysisChange)
#include "tst_analysischange.moc"
