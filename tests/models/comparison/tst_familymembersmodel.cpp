#include "models/comparison/DiffHtml.h"
#include "models/comparison/FamilyMembersModel.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QtTest>

using ql::FamilyMembersModel;

// The comparison model on invented statements: order, roles, diff marks and signals.
class TstFamilyMembersModel : public QObject
{
    Q_OBJECT

private slots:
    void timeOrderUndatedLast();
    void marks_data();
    void marks();
    void referenceChangeEmitsDataChanged();
    void verdictsAreShown();
    void comparisonTextAndHtml();
    void darkThemeRecolours();

private:
    static ql::StatementRow row(
        qint64 id, const QString& text, const QDate& date, const QString& speaker = QString());
};

namespace {
// Marked runs of a rich-text rendering, by the background colour that marks them.
QMultiHash<QString, QString> marksOf(const QString& html)
{
    static const QRegularExpression span(
        QStringLiteral("<span style=\"background-color:(#[0-9a-f]{6})[^\"]*\">([^<]*)</span>"));
    QMultiHash<QString, QString> out;
    auto it = span.globalMatch(html);
    while (it.hasNext()) {
        const auto m = it.next();
        out.insert(m.captured(1), m.captured(2));
    }
    return out;
}
} // namespace

ql::StatementRow TstFamilyMembersModel::row(
    qint64 id, const QString& text, const QDate& date, const QString& speaker)
{
    ql::StatementRow r;
    r.statement.id = id;
    r.statement.articleId = id * 10;
    r.statement.text = text;
    r.statement.saidOn = date;
    r.statement.speaker = speaker;
    r.statement.start = int(id);
    r.statement.end = int(id) + int(text.size());
    r.publisher = QStringLiteral("Gazette %1").arg(id);
    r.articleTitle = QStringLiteral("Title %1").arg(id);
    return r;
}

void TstFamilyMembersModel::timeOrderUndatedLast()
{
    FamilyMembersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setMembers({ row(1, QStringLiteral("Shields up, said the admiral"), QDate()),
                         row(2, QStringLiteral("Shields up now, said the admiral"), QDate(2025, 2, 1)),
                         row(3, QStringLiteral("Shields up, the admiral said"), QDate(2021, 7, 9)) },
        2);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(FamilyMembersModel::ColumnCount));
    const QList<qint64> expected { 3, 2, 1 };
    for (int r = 0; r < 3; ++r)
        QCOMPARE(
            model.data(model.index(r, 0), FamilyMembersModel::StatementIdRole).toLongLong(), expected.at(r));
    QCOMPARE(
        model.data(model.index(0, FamilyMembersModel::DateColumn)).toString(), QStringLiteral("2021-07-09"));
    QCOMPARE(
        model.data(model.index(2, FamilyMembersModel::DateColumn)).toString(), QStringLiteral("undated"));
    QCOMPARE(model.data(model.index(1, 0), FamilyMembersModel::ArticleIdRole).toLongLong(), 20);
    QCOMPARE(model.data(model.index(1, 0), FamilyMembersModel::StartRole).toInt(), 2);
    QCOMPARE(model.data(model.index(1, 0), FamilyMembersModel::EndRole).toInt(), 2 + 32);
    QVERIFY(model.data(model.index(1, 0), FamilyMembersModel::IsReferenceRole).toBool());
    QCOMPARE(
        model.data(model.index(1, FamilyMembersModel::SourceColumn)).toString(), QStringLiteral("Gazette 2"));

    // An unknown reference falls back to the first member.
    model.setMembers({ row(5, QStringLiteral("One line"), QDate(2020, 1, 1)) }, 99);
    QCOMPARE(model.referenceStatementId(), qint64(5));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(reset.count(), 3);
}

void TstFamilyMembersModel::marks_data()
{
    QTest::addColumn<QString>("reference");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("inserted");
    QTest::addColumn<QStringList>("deleted");
    QTest::addColumn<QStringList>("changed");

    QTest::newRow("inserted word") << QStringLiteral("We keep the alliance ready")
                                   << QStringLiteral("We keep the whole alliance ready")
                                   << QStringList { QStringLiteral("whole") } << QStringList()
                                   << QStringList();
    QTest::newRow("deleted word") << QStringLiteral("We keep the whole alliance ready")
                                  << QStringLiteral("We keep the alliance ready") << QStringList()
                                  << QStringList { QStringLiteral("whole") } << QStringList();
    QTest::newRow("spelling only") << QStringLiteral("Our defence plans are ready")
                                   << QStringLiteral("Our defense plans are ready") << QStringList()
                                   << QStringList() << QStringList();
    QTest::newRow("case, punctuation, quote marks")
        << QStringLiteral("\u201CReady, now!\u201D said the general")
        << QStringLiteral("ready now said the General") << QStringList() << QStringList() << QStringList();
    QTest::newRow("replaced word") << QStringLiteral("The budget will grow this year")
                                   << QStringLiteral("The budget will shrink this year") << QStringList()
                                   << QStringList { QStringLiteral("grow") }
                                   << QStringList { QStringLiteral("shrink") };
    QTest::newRow("markup in text is escaped")
        << QStringLiteral("Tanks <and> planes") << QStringLiteral("Tanks <and> more planes")
        << QStringList { QStringLiteral("more") } << QStringList() << QStringList();
}

void TstFamilyMembersModel::marks()
{
    QFETCH(QString, reference);
    QFETCH(QString, text);
    QFETCH(QStringList, inserted);
    QFETCH(QStringList, deleted);
    QFETCH(QStringList, changed);

    FamilyMembersModel model;
    model.setMembers({ row(1, reference, QDate(2020, 5, 5)), row(2, text, QDate(2022, 5, 5)) }, 1);
    const QString html
        = model.data(model.index(1, FamilyMembersModel::TextColumn), FamilyMembersModel::HtmlRole).toString();
    const auto marks = marksOf(html);
    const ql::DiffColors& colors = model.colors();
    auto sorted = [](QStringList l) {
        l.sort();
        return l;
    };
    QCOMPARE(sorted(marks.values(colors.inserted.name())), sorted(inserted));
    QCOMPARE(sorted(marks.values(colors.deleted.name())), sorted(deleted));
    QCOMPARE(sorted(marks.values(colors.changed.name())), sorted(changed));
    QVERIFY2(!html.contains(QStringLiteral("<and>")), qPrintable(html));
    // The reference itself is never marked.
    const QString referenceHtml
        = model.data(model.index(0, FamilyMembersModel::TextColumn), FamilyMembersModel::HtmlRole).toString();
    QVERIFY(marksOf(referenceHtml).isEmpty());
    QCOMPARE(referenceHtml, ql::DiffHtml::escape(reference));
    // Without marks, the text reads exactly as written (spelling and punctuation kept).
    if (inserted.isEmpty() && deleted.isEmpty() && changed.isEmpty())
        QCOMPARE(html, ql::DiffHtml::escape(text));
}

void TstFamilyMembersModel::referenceChangeEmitsDataChanged()
{
    FamilyMembersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMembers({ row(1, QStringLiteral("Ships sail at dawn"), QDate(2019, 1, 1)),
                         row(2, QStringLiteral("Ships sail at dawn and dusk"), QDate(2020, 1, 1)) },
        1);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(marksOf(model.data(model.index(0, 3), FamilyMembersModel::HtmlRole).toString()).isEmpty());
    model.setReference(2);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.referenceStatementId(), qint64(2));
    QVERIFY(model.data(model.index(1, 0), FamilyMembersModel::IsReferenceRole).toBool());
    QVERIFY(model.data(model.index(1, 0), Qt::FontRole).value<QFont>().bold());
    const auto marks = marksOf(model.data(model.index(0, 3), FamilyMembersModel::HtmlRole).toString());
    QCOMPARE(marks.values(model.colors().deleted.name()), QStringList { QStringLiteral("and dusk") });
    QCOMPARE(model.data(model.index(0, 3), FamilyMembersModel::DiffTextRole).toString(),
        QStringLiteral("Ships sail at dawn [-and dusk-]"));
    // Unknown ids and the current reference change nothing.
    model.setReference(42);
    model.setReference(2);
    QCOMPARE(changed.count(), 1);
}

void TstFamilyMembersModel::verdictsAreShown()
{
    FamilyMembersModel model;
    ql::QuoteFidelity::Verdict altered;
    altered.result.verdict = ql::FidelityVerdict::Altered;
    altered.result.similarity = 0.8;
    altered.transcriptArticleId = 7;
    altered.transcriptTitle = QStringLiteral("Press conference");
    ql::QuoteFidelity::Verdict verbatim;
    verbatim.result.verdict = ql::FidelityVerdict::Verbatim;
    verbatim.result.similarity = 1.0;
    verbatim.transcriptTitle = QStringLiteral("Press conference");
    model.setMembers({ row(1, QStringLiteral("We stand together"), QDate(2023, 3, 3)),
                         row(2, QStringLiteral("We all stand together"), QDate(2023, 3, 4)),
                         row(3, QStringLiteral("We stand together today"), QDate(2023, 3, 5)) },
        1, { { 1, verbatim }, { 2, altered } });
    QCOMPARE(model.data(model.index(0, 0), FamilyMembersModel::VerdictRole).toString(),
        QStringLiteral("verbatim"));
    QCOMPARE(
        model.data(model.index(1, 0), FamilyMembersModel::VerdictRole).toString(), QStringLiteral("altered"));
    QCOMPARE(model.data(model.index(2, 0), FamilyMembersModel::VerdictRole).toString(), QString());
    QCOMPARE(model.data(model.index(1, FamilyMembersModel::FidelityColumn)).toString(),
        QStringLiteral("altered (80 % same)"));
    QVERIFY(model.data(model.index(1, FamilyMembersModel::FidelityColumn), Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("Press conference")));
    QVERIFY(!model.data(model.index(2, FamilyMembersModel::FidelityColumn), Qt::ToolTipRole).isValid());
    QVERIFY(model.verdict(2).has_value());
    QVERIFY(!model.verdict(3).has_value());
}

void TstFamilyMembersModel::comparisonTextAndHtml()
{
    FamilyMembersModel model;
    model.setMembers(
        { row(1, QStringLiteral("Hold the line"), QDate(2018, 6, 1), QStringLiteral("A. Speaker")),
            row(2, QStringLiteral("Hold the northern line"), QDate(2024, 6, 1),
                QStringLiteral("B. Speaker")) },
        1);
    const QStringList lines = model.comparisonText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0), QStringLiteral("Date\tSpeaker\tSource\tText\tFidelity"));
    QCOMPARE(lines.at(1), QStringLiteral("2018-06-01 (reference)\tA. Speaker\tGazette 1\tHold the line\t"));
    QCOMPARE(lines.at(2), QStringLiteral("2024-06-01\tB. Speaker\tGazette 2\tHold the {+northern+} line\t"));
    const QString html = model.comparisonHtml();
    QVERIFY(html.startsWith(QStringLiteral("<table")));
    QCOMPARE(html.count(QStringLiteral("<tr")), 3);
    QCOMPARE(
        marksOf(html).values(model.colors().inserted.name()), QStringList { QStringLiteral("northern") });
}

void TstFamilyMembersModel::darkThemeRecolours()
{
    FamilyMembersModel model;
    model.setMembers({ row(1, QStringLiteral("Hold the line"), QDate(2018, 6, 1)),
                         row(2, QStringLiteral("Hold the northern line"), QDate(2024, 6, 1)) },
        1);
    const QColor light = model.colors().inserted;
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setDarkTheme(true);
    QCOMPARE(changed.count(), 1);
    QVERIFY(model.colors().inserted != light);
    QVERIFY(model.colors().inserted.lightness() < 128);
    const auto marks = marksOf(model.data(model.index(1, 3), FamilyMembersModel::HtmlRole).toString());
    QCOMPARE(marks.values(model.colors().inserted.name()), QStringList { QStringLiteral("northern") });
}

QTEST_MAIN(TstFamilyMembersModel)
#include "tst_familymembersmodel.moc"
