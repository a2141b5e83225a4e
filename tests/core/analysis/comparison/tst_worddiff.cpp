#include "core/analysis/comparison/WordDiff.h"

#include <QRandomGenerator>
#include <QtTest>

#include <vector>

using ql::DiffOp;
using ql::DiffOpKind;

class TstWordDiff : public QObject
{
    Q_OBJECT

private slots:
    void inlineText_data();
    void inlineText();
    void spansOfAReplacement();
    void reorderingIsMarkedAsMove();
    void minimalAgainstLcs();
    void longInputs();
};

void TstWordDiff::inlineText_data()
{
    QTest::addColumn<QString>("left");
    QTest::addColumn<QString>("right");
    QTest::addColumn<QString>("expected");

    QTest::newRow("both empty") << QString() << QString() << QString();
    QTest::newRow("left empty") << QString() << QStringLiteral("New words")
                                << QStringLiteral("{+New words+}");
    QTest::newRow("right empty") << QStringLiteral("Old words") << QString()
                                 << QStringLiteral("[-Old words-]");
    QTest::newRow("identical") << QStringLiteral("We stand together.") << QStringLiteral("We stand together.")
                               << QStringLiteral("We stand together");
    QTest::newRow("punctuation and case only")
        << QStringLiteral("\u201CWe stand, together!\u201D") << QStringLiteral("we STAND together")
        << QStringLiteral("we STAND together");
    QTest::newRow("spelling variants are equal") << QStringLiteral("Our defence programme is organised")
                                                 << QStringLiteral("our defense program is organized")
                                                 << QStringLiteral("our defense program is organized");
    QTest::newRow("insertion in the middle")
        << QStringLiteral("We need ammunition now") << QStringLiteral("We need more ammunition now")
        << QStringLiteral("We need {+more+} ammunition now");
    QTest::newRow("insertion at the start")
        << QStringLiteral("the plan works") << QStringLiteral("Indeed the plan works")
        << QStringLiteral("{+Indeed+} the plan works");
    QTest::newRow("insertion at the end")
        << QStringLiteral("the plan works") << QStringLiteral("the plan works very well")
        << QStringLiteral("the plan works {+very well+}");
    QTest::newRow("deletion") << QStringLiteral("Allies must act swiftly and decisively")
                              << QStringLiteral("Allies must act decisively")
                              << QStringLiteral("Allies must act [-swiftly and-] decisively");
    QTest::newRow("replacement") << QStringLiteral("production must rise quickly")
                                 << QStringLiteral("production must grow steadily")
                                 << QStringLiteral("production must [-rise quickly-]{+grow steadily+}");
    QTest::newRow("contraction equals long form")
        << QStringLiteral("Courage cannot stop rockets") << QStringLiteral("Courage can\u2019t stop rockets")
        << QStringLiteral("Courage can\u2019t stop rockets");
    QTest::newRow("reordered clause")
        << QStringLiteral("without fuel, there is no flight")
        << QStringLiteral("there is no flight without fuel")
        << QStringLiteral("[-without fuel-] there is no flight {+without fuel+}");
    QTest::newRow("no common words") << QStringLiteral("alpha beta") << QStringLiteral("gamma delta")
                                     << QStringLiteral("[-alpha beta-]{+gamma delta+}");
}

void TstWordDiff::inlineText()
{
    QFETCH(QString, left);
    QFETCH(QString, right);
    QFETCH(QString, expected);
    const auto ops = ql::WordDiff().compare(left, right);
    QCOMPARE(ql::WordDiff::toInlineText(ops, left, right), expected);
    // Ops tile both token sequences without gaps.
    int l = 0, r = 0;
    for (const DiffOp& op : ops) {
        QCOMPARE(op.leftFirst, l);
        QCOMPARE(op.rightFirst, r);
        l = op.leftLast;
        r = op.rightLast;
    }
}

void TstWordDiff::spansOfAReplacement()
{
    const QString left = QStringLiteral("The alliance is \u201Cstrong\u201D today");
    const QString right = QStringLiteral("The alliance is united today");
    const auto ops = ql::WordDiff().compare(left, right);
    QCOMPARE(ops.size(), 3);
    const DiffOp& change = ops.at(1);
    QCOMPARE(change.kind, DiffOpKind::Replace);
    QCOMPARE(left.mid(change.leftStart, change.leftEnd - change.leftStart), QStringLiteral("strong"));
    QCOMPARE(right.mid(change.rightStart, change.rightEnd - change.rightStart), QStringLiteral("united"));
    QCOMPARE(change.leftFirst, 3);
    QCOMPARE(change.leftLast, 4);
    QCOMPARE(ql::WordDiff::equalShare(ops), 8.0 / 10.0);
}

void TstWordDiff::reorderingIsMarkedAsMove()
{
    const auto ops = ql::WordDiff().compare(QStringLiteral("without industry there is no defence"),
        QStringLiteral("there is no defence without industry"));
    int moved = 0;
    for (const DiffOp& op : ops) {
        if (op.moved) {
            ++moved;
            QVERIFY(op.kind == DiffOpKind::Delete || op.kind == DiffOpKind::Insert);
        }
    }
    QCOMPARE(moved, 2);
}

// Myers' script must be minimal: its edit count equals n + m - 2 * LCS.
void TstWordDiff::minimalAgainstLcs()
{
    QRandomGenerator random(20240611);
    const QStringList vocabulary { QStringLiteral("alpha"), QStringLiteral("bravo"),
        QStringLiteral("charlie"), QStringLiteral("delta"), QStringLiteral("echo") };
    for (int round = 0; round < 300; ++round) {
        QStringList left, right;
        const int n = int(random.bounded(12));
        const int m = int(random.bounded(12));
        for (int i = 0; i < n; ++i)
            left << vocabulary.at(int(random.bounded(vocabulary.size())));
        for (int i = 0; i < m; ++i)
            right << vocabulary.at(int(random.bounded(vocabulary.size())));
        std::vector<std::vector<int>> lcs(size_t(n) + 1, std::vector<int>(size_t(m) + 1, 0));
        for (int i = 1; i <= n; ++i) {
            for (int j = 1; j <= m; ++j) {
                lcs[size_t(i)][size_t(j)] = left.at(i - 1) == right.at(j - 1)
                    ? lcs[size_t(i - 1)][size_t(j - 1)] + 1
                    : std::max(lcs[size_t(i - 1)][size_t(j)], lcs[size_t(i)][size_t(j - 1)]);
            }
        }
        const auto ops = ql::WordDiff().compare(left.join(QLatin1Char(' ')), right.join(QLatin1Char(' ')));
        int equal = 0;
        for (const DiffOp& op : ops) {
            if (op.kind == DiffOpKind::Equal)
                equal += op.leftLast - op.leftFirst;
        }
        QVERIFY2(equal == lcs[size_t(n)][size_t(m)],
            qPrintable(left.join(QLatin1Char(' ')) + QStringLiteral(" | ") + right.join(QLatin1Char(' '))));
        if (!ops.isEmpty()) {
            QCOMPARE(ops.back().leftLast, n);
            QCOMPARE(ops.back().rightLast, m);
        }
    }
}

void TstWordDiff::longInputs()
{
    QStringList words;
    for (int i = 0; i < 3000; ++i)
        words << QStringLiteral("w%1").arg(i % 97);
    const QString left = words.join(QLatin1Char(' '));
    words.removeAt(1500);
    words.insert(10, QStringLiteral("inserted"));
    const QString right = words.join(QLatin1Char(' '));
    const auto ops = ql::WordDiff().compare(left, right);
    int changed = 0;
    for (const DiffOp& op : ops) {
        if (op.kind != DiffOpKind::Equal)
            changed += (op.leftLast - op.leftFirst) + (op.rightLast - op.rightFirst);
    }
    QCOMPARE(changed, 2);
}

QTEST_GUILESS_MAIN(TstWordDiff)
#include "tst_worddiff.moc"
