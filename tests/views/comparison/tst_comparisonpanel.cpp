#include "core/families/FamilyIndex.h"
#include "core/families/QuoteFidelity.h"
#include "core/importing/ImportPipeline.h"
#include "core/store/Store.h"
#include "models/comparison/FamilyMembersModel.h"
#include "models/edits/StoreEdits.h"
#include "views/comparison/ComparisonPanel.h"
#include "views/comparison/DiffView.h"
#include "views/dialogs/MessageBox.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QMimeData>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include <memory>

using ql::FamilyMembersModel;

// The comparison panel on a store built from the user's five sample articles (read at run time).
class TstComparisonPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void familyInTimeOrder();
    void referenceDiffMarksInsertionsNotSpelling();
    void useAsReference();
    void pairDiff();
    void diffViewSides_data();
    void diffViewSides();
    void mergeAndSplitWithUndo();
    void followsStatementEdits();
    void articleRequested();
    void csvExport();
    void csvEscaping_data();
    void csvEscaping();
    void exportAsksBeforeOverwriting();
    void copyPutsTextAndHtml();
    void fidelityAgainstTranscript();
    void followsStatementRemoval();
    void look();

private:
    QSet<qint64> familyMembersOf(qint64 statementId) const;
    qint64 articleIdOf(const QString& prefix) const;

    QTemporaryDir m_dir;
    ql::Store m_store;
    std::unique_ptr<ql::FamilyIndex> m_index;
    QUndoStack m_undo;
    std::unique_ptr<ql::StoreEdits> m_edits;
    std::unique_ptr<ql::ComparisonPanel> m_panel;
    QHash<QString, qint64> m_articleOfFile;
    qint64 m_industry = 0;
};

namespace {
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

void TstComparisonPanel::initTestCase()
{
    const QDir dev(QStringLiteral(QL_SHARED_EVAL_DIR "/dev"));
    const QStringList names = dev.entryList({ QStringLiteral("*.txt") }, QDir::Files, QDir::Name);
    if (names.size() != 5)
        QFAIL(qPrintable(QStringLiteral("expected the five sample articles in %1").arg(dev.path())));
    QVERIFY(m_dir.isValid());
    QVERIFY(!m_store.open(m_dir.filePath(QStringLiteral("panel.qls"))).isError());
    QStringList paths;
    for (const QString& n : names)
        paths << dev.filePath(n);
    const QList<ql::ImportResult> results = ql::ImportPipeline(m_store).importFiles(paths);
    QCOMPARE(results.size(), 5);
    for (const ql::ImportResult& r : results) {
        QVERIFY2(r.status == ql::ImportResult::Status::Imported,
            qPrintable(r.source + QLatin1Char(' ') + r.reason));
        m_articleOfFile.insert(QFileInfo(r.source).fileName(), r.articleId);
    }
    m_index = std::make_unique<ql::FamilyIndex>(m_store);
    QVERIFY(!m_index->load().isError());
    for (const ql::Statement& s : m_store.allStatements()) {
        if (s.text.contains(QStringLiteral("no defence without industry"), Qt::CaseInsensitive)) {
            m_industry = s.id;
            break;
        }
    }
    QVERIFY2(m_industry != 0, "no statement says \"no defence without industry\"");
}

void TstComparisonPanel::init()
{
    m_undo.clear();
    m_edits = std::make_unique<ql::StoreEdits>(&m_store, &m_undo);
    m_panel = std::make_unique<ql::ComparisonPanel>(&m_store, m_index.get(), m_edits.get());
    m_panel->resize(1000, 640);
}

void TstComparisonPanel::cleanup()
{
    m_panel.reset();
}

QSet<qint64> TstComparisonPanel::familyMembersOf(qint64 statementId) const
{
    const QList<qint64> ids = m_index->families().members(m_index->familyOf(statementId));
    return QSet<qint64>(ids.cbegin(), ids.cend());
}

qint64 TstComparisonPanel::articleIdOf(const QString& prefix) const
{
    for (auto it = m_articleOfFile.cbegin(); it != m_articleOfFile.cend(); ++it)
        if (it.key().startsWith(prefix))
            return it.value();
    return 0;
}

void TstComparisonPanel::familyInTimeOrder()
{
    QAbstractItemModelTester tester(m_panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(m_panel->model(), &QAbstractItemModel::modelReset);
    m_panel->showStatement(m_industry);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_panel->statementId(), m_industry);
    QCOMPARE(m_panel->familyId(), m_index->familyOf(m_industry));
    const FamilyMembersModel* model = m_panel->model();
    QVERIFY2(model->rowCount() >= 3, qPrintable(QString::number(model->rowCount())));
    QCOMPARE(model->rowCount(), int(familyMembersOf(m_industry).size()));

    QSet<QString> speakers;
    QSet<qint64> articles;
    bool undatedSeen = false;
    QDate previous;
    for (int r = 0; r < model->rowCount(); ++r) {
        const ql::Statement& s = model->members().at(r).statement;
        QCOMPARE(model->data(model->index(r, 0), FamilyMembersModel::StatementIdRole).toLongLong(), s.id);
        if (!s.saidOn.isValid()) {
            undatedSeen = true;
        } else {
            QVERIFY2(!undatedSeen, "a dated variant follows an undated one");
            QVERIFY2(!previous.isValid() || previous <= s.saidOn, qPrintable(s.saidOn.toString(Qt::ISODate)));
            previous = s.saidOn;
        }
        if (!s.speaker.isEmpty())
            speakers.insert(s.speaker);
        articles.insert(s.articleId);
    }
    QVERIFY2(speakers.size() >= 2, qPrintable(QStringList(speakers.values()).join(QLatin1Char(','))));
    QVERIFY(articles.size() >= 2);
    // The shown statement is the reference and is selected.
    QCOMPARE(model->referenceStatementId(), m_industry);
    QCOMPARE(m_panel->selectedStatementIds(), QList<qint64> { m_industry });
}

void TstComparisonPanel::referenceDiffMarksInsertionsNotSpelling()
{
    m_panel->showStatement(m_industry);
    const FamilyMembersModel* model = m_panel->model();
    bool strongSeen = false;
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex text = model->index(r, FamilyMembersModel::TextColumn);
        const QString html = model->data(text, FamilyMembersModel::HtmlRole).toString();
        const QString diff = model->data(text, FamilyMembersModel::DiffTextRole).toString();
        const auto marks = marksOf(html);
        // Spelling variants are the same word: "defence" is never dropped or replaced for "defense".
        QVERIFY2(!diff.contains(QStringLiteral("[-defence")), qPrintable(diff));
        for (const QString& struck : marks.values(model->colors().deleted.name()))
            QVERIFY2(!struck.contains(QStringLiteral("defence"), Qt::CaseInsensitive), qPrintable(html));
        const QStringList inserted
            = marks.values(model->colors().inserted.name()) + marks.values(model->colors().changed.name());
        for (const QString& run : inserted)
            strongSeen = strongSeen || run.contains(QStringLiteral("strong"), Qt::CaseInsensitive);
        if (model->members().at(r).statement.id == m_industry)
            QVERIFY(marks.isEmpty());
    }
    QVERIFY2(strongSeen, "no variant marks the inserted word \"strong\"");
}

void TstComparisonPanel::useAsReference()
{
    m_panel->showStatement(m_industry);
    FamilyMembersModel* model = m_panel->model();
    const qint64 other = model->members().last().statement.id == m_industry
        ? model->members().first().statement.id
        : model->members().last().statement.id;
    m_panel->selectStatements({ other });
    QVERIFY(m_panel->useAsReferenceAction()->isEnabled());
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    m_panel->useAsReferenceAction()->trigger();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model->referenceStatementId(), other);
    QVERIFY(!m_panel->useAsReferenceAction()->isEnabled());
    // The old reference now shows its differences to the new one.
    const QString html = model
                             ->data(model->index(model->rowOf(m_industry), FamilyMembersModel::TextColumn),
                                 FamilyMembersModel::HtmlRole)
                             .toString();
    QVERIFY2(!marksOf(html).isEmpty(), qPrintable(html));
    // A refresh keeps the chosen reference.
    m_panel->refresh();
    QCOMPARE(model->referenceStatementId(), other);
}

void TstComparisonPanel::pairDiff()
{
    m_panel->showStatement(m_industry);
    const FamilyMembersModel* model = m_panel->model();
    QVERIFY(model->rowCount() >= 3);
    const ql::Statement a = model->members().at(1).statement;
    const ql::Statement b = model->members().at(2).statement;
    m_panel->selectStatements({ a.id, b.id });
    QCOMPARE(m_panel->selectedStatementIds(), (QList<qint64> { a.id, b.id }));
    const ql::DiffView* view = m_panel->diffView();
    QCOMPARE(view->leftText(), a.text);
    QCOMPARE(view->rightText(), b.text);
    QVERIFY(!view->ops().isEmpty());
    QVERIFY(!marksOf(view->leftHtml()).isEmpty() || !marksOf(view->rightHtml()).isEmpty());
    // Unmarked text keeps every character of the originals.
    QVERIFY(view->summary().contains(QStringLiteral("% of words shared")));

    m_panel->selectStatements({ a.id, b.id, m_industry });
    QVERIFY(view->ops().isEmpty());
}

void TstComparisonPanel::diffViewSides_data()
{
    QTest::addColumn<QString>("left");
    QTest::addColumn<QString>("right");
    QTest::addColumn<QStringList>("leftMarks");
    QTest::addColumn<QStringList>("rightMarks");
    QTest::newRow("insertion") << QStringLiteral("The fleet is ready")
                               << QStringLiteral("The whole fleet is ready") << QStringList()
                               << QStringList { QStringLiteral("whole") };
    QTest::newRow("deletion") << QStringLiteral("The fleet is fully ready")
                              << QStringLiteral("The fleet is ready")
                              << QStringList { QStringLiteral("fully") } << QStringList();
    QTest::newRow("replacement") << QStringLiteral("Costs will rise") << QStringLiteral("Costs will fall")
                                 << QStringList { QStringLiteral("rise") }
                                 << QStringList { QStringLiteral("fall") };
    QTest::newRow("spelling") << QStringLiteral("The defence programme")
                              << QStringLiteral("The defense program") << QStringList() << QStringList();
}

void TstComparisonPanel::diffViewSides()
{
    QFETCH(QString, left);
    QFETCH(QString, right);
    QFETCH(QStringList, leftMarks);
    QFETCH(QStringList, rightMarks);
    ql::DiffView view;
    view.setTexts(QStringLiteral("A"), left, QStringLiteral("B"), right);
    QCOMPARE(view.leftText(), left);
    QCOMPARE(view.rightText(), right);
    QCOMPARE(marksOf(view.leftHtml()).values(), leftMarks);
    QCOMPARE(marksOf(view.rightHtml()).values(), rightMarks);
    view.clear();
    QVERIFY(view.ops().isEmpty());
    QVERIFY(view.leftHtml().isEmpty());
}

void TstComparisonPanel::mergeAndSplitWithUndo()
{
    m_panel->showStatement(m_industry);
    const QSet<qint64> original = familyMembersOf(m_industry);
    // Any statement of another family, preferably a big one.
    qint64 outsider = 0;
    for (const ql::Statement& s : m_store.allStatements()) {
        if (!original.contains(s.id)) {
            outsider = s.id;
            break;
        }
    }
    QVERIFY(outsider != 0);
    const QSet<qint64> outsiderFamily = familyMembersOf(outsider);
    const int rows = m_panel->model()->rowCount();

    QVERIFY(m_panel->mergeWithFamilyOf(outsider));
    QCOMPARE(m_undo.count(), 1);
    QVERIFY(m_undo.canUndo());
    QCOMPARE(m_index->familyOf(outsider), m_index->familyOf(m_industry));
    QCOMPARE(familyMembersOf(m_industry), original + outsiderFamily);
    QCOMPARE(m_panel->model()->rowCount(), rows + int(outsiderFamily.size())); // refreshed on familiesChanged
    // Merging again with the same family is refused and pushes nothing.
    ql::MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!m_panel->mergeWithFamilyOf(outsider));
    QCOMPARE(m_undo.count(), 1);

    m_undo.undo();
    QCOMPARE(familyMembersOf(m_industry), original);
    QCOMPARE(familyMembersOf(outsider), outsiderFamily);
    QCOMPARE(m_panel->model()->rowCount(), rows);
    m_undo.redo();
    QCOMPARE(familyMembersOf(m_industry), original + outsiderFamily);
    m_undo.undo();
    QCOMPARE(familyMembersOf(m_industry), original);

    // Split a member that is not the shown statement: the panel keeps showing the rest.
    qint64 member = 0;
    for (qint64 id : original)
        if (id != m_industry && (member == 0 || id < member))
            member = id;
    m_panel->selectStatements({ member });
    QVERIFY(m_panel->splitAction()->isEnabled());
    m_panel->splitAction()->trigger();
    QVERIFY(m_index->familyOf(member) != m_index->familyOf(m_industry));
    QCOMPARE(m_panel->model()->rowOf(member), -1);
    QCOMPARE(m_panel->model()->rowCount(), rows - 1);
    m_undo.undo();
    QCOMPARE(familyMembersOf(m_industry), original);
    QCOMPARE(m_panel->model()->rowCount(), rows);
    m_undo.redo();
    QCOMPARE(m_panel->model()->rowOf(member), -1);
    m_undo.undo();
    QCOMPARE(familyMembersOf(m_industry), original);
    QVERIFY(!m_undo.canUndo());
    // The grouping on disk is the restored one too.
    ql::FamilyIndex reloaded(m_store);
    QVERIFY(!reloaded.load().isError());
    const QList<qint64> saved = reloaded.families().members(reloaded.familyOf(m_industry));
    QCOMPARE(QSet<qint64>(saved.cbegin(), saved.cend()), original);
}

void TstComparisonPanel::followsStatementEdits()
{
    m_panel->showStatement(m_industry);
    const FamilyMembersModel* model = m_panel->model();
    const int row = model->rowOf(m_industry);
    const QString before = model->members().at(row).statement.speaker;
    const QString invented = QStringLiteral("Invented Panel Speaker");
    QVERIFY(!m_store.setStatementSpeaker(m_industry, invented).isError());
    QCOMPARE(
        model->data(model->index(model->rowOf(m_industry), FamilyMembersModel::SpeakerColumn)).toString(),
        invented);
    QVERIFY(!m_store.setStatementSpeaker(m_industry, before).isError());
    QCOMPARE(model->members().at(model->rowOf(m_industry)).statement.speaker, before);
}

void TstComparisonPanel::articleRequested()
{
    m_panel->showStatement(m_industry);
    QSignalSpy spy(m_panel.get(), &ql::ComparisonPanel::articleRequested);
    const FamilyMembersModel* model = m_panel->model();
    const int row = model->rowCount() - 1;
    const ql::Statement s = model->members().at(row).statement;
    m_panel->selectStatements({ s.id });
    m_panel->openArticleAction()->trigger();
    QCOMPARE(spy.count(), 1);
    const QList<QVariant> args = spy.takeFirst();
    QCOMPARE(args.at(0).toLongLong(), s.articleId);
    QCOMPARE(args.at(1).toInt(), model->data(model->index(row, 0), FamilyMembersModel::StartRole).toInt());
    QCOMPARE(args.at(2).toInt(), model->data(model->index(row, 0), FamilyMembersModel::EndRole).toInt());
    const auto article = m_store.article(s.articleId);
    QVERIFY(article.has_value());
    QVERIFY(s.start >= 0 && s.end > s.start && s.end <= article->text.size());
    const QString firstWord = s.text.section(QLatin1Char(' '), 0, 0);
    QVERIFY2(article->text.mid(s.start, s.end - s.start).contains(firstWord), qPrintable(firstWord));
}

void TstComparisonPanel::csvExport()
{
    m_panel->showStatement(m_industry);
    const FamilyMembersModel* model = m_panel->model();
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("family.csv"));
    QString error;
    QVERIFY2(ql::ComparisonPanel::writeCsv(path, *model, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    QVERIFY(text.endsWith(QStringLiteral("\r\n")));
    const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), model->rowCount() + 1);
    QCOMPARE(lines.first(),
        QStringLiteral(
            "statement_id,article_id,date,speaker,source,article_title,text,difference_to_reference,"
            "is_reference,fidelity,transcript"));
    for (int r = 0; r < model->rowCount(); ++r) {
        const ql::Statement& s = model->members().at(r).statement;
        QVERIFY(lines.at(r + 1).startsWith(QStringLiteral("%1,%2,").arg(s.id).arg(s.articleId)));
        if (s.saidOn.isValid())
            QVERIFY(lines.at(r + 1).contains(s.saidOn.toString(Qt::ISODate)));
    }
    const QString referenceLine = lines.at(model->rowOf(m_industry) + 1);
    QVERIFY(referenceLine.contains(QStringLiteral(",yes,")));
    QVERIFY(text.contains(QStringLiteral("{+")));
}

void TstComparisonPanel::csvEscaping_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("field");
    QTest::newRow("plain") << QStringLiteral("Plain words here") << QStringLiteral(",Plain words here,");
    QTest::newRow("comma") << QStringLiteral("First, second") << QStringLiteral(",\"First, second\",");
    QTest::newRow("quotes") << QStringLiteral("He said \"no\" twice")
                            << QStringLiteral(",\"He said \"\"no\"\" twice\",");
    QTest::newRow("line break") << QStringLiteral("Line one\nline two")
                                << QStringLiteral(",\"Line one\nline two\",");
    QTest::newRow("non-ASCII") << QStringLiteral("Sécurité für alle \u2014 ja")
                               << QStringLiteral(",Sécurité für alle \u2014 ja,");
}

void TstComparisonPanel::csvEscaping()
{
    QFETCH(QString, text);
    QFETCH(QString, field);
    FamilyMembersModel model;
    ql::StatementRow row;
    row.statement.id = 4;
    row.statement.articleId = 9;
    row.statement.text = text;
    model.setMembers({ row }, 4);
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("one.csv"));
    QString error;
    QVERIFY2(ql::ComparisonPanel::writeCsv(path, model, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString content = QString::fromUtf8(file.readAll());
    QVERIFY2(content.contains(QStringLiteral("\r\n4,9,,,,") + field), qPrintable(content));

    QVERIFY(!ql::ComparisonPanel::writeCsv(out.filePath(QStringLiteral("missing/dir/x.csv")), model, &error));
    QVERIFY(!error.isEmpty());
}

void TstComparisonPanel::exportAsksBeforeOverwriting()
{
    m_panel->showStatement(m_industry);
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("existing.csv"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("keep me");
    }
    ql::MessageBox::setNextAnswer(QMessageBox::No);
    QVERIFY(!m_panel->exportCsvTo(path));
    QVERIFY(ql::MessageBox::lastText().contains(QStringLiteral("existing.csv")));
    QFile kept(path);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("keep me"));
    kept.close();

    ql::MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY(m_panel->exportCsvTo(path));
    QFile replaced(path);
    QVERIFY(replaced.open(QIODevice::ReadOnly));
    QVERIFY(replaced.readAll().contains("statement_id"));

    // A new file is written without a question.
    ql::MessageBox::setNextAnswer(QMessageBox::No);
    QVERIFY(m_panel->exportCsvTo(out.filePath(QStringLiteral("new.csv"))));
    ql::MessageBox::setNextAnswer(QMessageBox::NoButton);
}

void TstComparisonPanel::copyPutsTextAndHtml()
{
    m_panel->showStatement(m_industry);
    QApplication::clipboard()->clear();
    m_panel->copyAction()->trigger();
    const QMimeData* mime = QApplication::clipboard()->mimeData();
    QVERIFY(mime);
    QVERIFY(mime->hasText());
    QVERIFY(mime->hasHtml());
    QVERIFY(mime->formats().contains(QStringLiteral("text/plain")));
    QVERIFY(mime->formats().contains(QStringLiteral("text/html")));
    const FamilyMembersModel* model = m_panel->model();
    QCOMPARE(mime->text(), model->comparisonText());
    QCOMPARE(mime->html(), model->comparisonHtml());
    const ql::Statement& s = model->members().at(model->rowOf(m_industry)).statement;
    QVERIFY(mime->text().contains(s.text.simplified()));
    QCOMPARE(mime->text().count(QLatin1Char('\n')), model->rowCount() + 1);
    QVERIFY(mime->html().contains(QStringLiteral("<table")));
}

void TstComparisonPanel::fidelityAgainstTranscript()
{
    const qint64 news = articleIdOf(QStringLiteral("004_"));
    const qint64 transcript = articleIdOf(QStringLiteral("003_"));
    QVERIFY(news != 0 && transcript != 0);
    const ql::QuoteFidelity fidelity(m_store);
    qint64 judged = 0;
    int matched = 0;
    for (const ql::StatementRow& row : m_store.statementRows(news, 0, 10000)) {
        const auto v = fidelity.check(row.statement);
        if (!v || v->transcriptArticleId != transcript)
            continue;
        if (v->result.verdict != ql::FidelityVerdict::NotFound) {
            ++matched;
            if (judged == 0)
                judged = row.statement.id;
        }
    }
    QVERIFY2(matched >= 1, "no quote of 004 is verbatim or altered against the transcript 003");

    m_panel->showStatement(judged);
    m_panel->selectStatements({ judged });
    const FamilyMembersModel* model = m_panel->model();
    const QString verdict
        = model->data(model->index(model->rowOf(judged), 0), FamilyMembersModel::VerdictRole).toString();
    QVERIFY2(
        verdict == QStringLiteral("verbatim") || verdict == QStringLiteral("altered"), qPrintable(verdict));
    const auto title = m_store.articleSummary(transcript);
    QVERIFY(title.has_value());
    QVERIFY2(m_panel->verdictText().contains(verdict), qPrintable(m_panel->verdictText()));
    QVERIFY2(
        m_panel->verdictText().contains(title->title.toHtmlEscaped()), qPrintable(m_panel->verdictText()));
}

void TstComparisonPanel::followsStatementRemoval()
{
    m_panel->showStatement(m_industry);
    const FamilyMembersModel* model = m_panel->model();
    const int rows = model->rowCount();
    const qint64 victim = model->members().last().statement.id == m_industry
        ? model->members().first().statement.id
        : model->members().last().statement.id;
    ql::StoreError error;
    const auto snapshot = m_store.removeStatement(victim, &error);
    QVERIFY2(snapshot.has_value(), qPrintable(error.message));
    QCOMPARE(model->rowOf(victim), -1);
    QCOMPARE(model->rowCount(), rows - 1);
    QVERIFY(!m_store.restoreStatement(*snapshot).isError());
    QVERIFY(!m_index->sync().isError());
    m_panel->refresh();
    QCOMPARE(model->rowCount(), rows);
    QVERIFY(model->rowOf(victim) >= 0);
}

void TstComparisonPanel::look()
{
    QDir().mkpath(QStringLiteral("/tmp/panel-look"));
    m_panel->showStatement(m_industry);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    const FamilyMembersModel* model = m_panel->model();
    m_panel->selectStatements({ model->members().at(0).statement.id, model->members().last().statement.id });
    QCoreApplication::processEvents(); // row heights follow the laid-out column widths
    const QImage light = m_panel->grab().toImage();
    QVERIFY(!light.isNull());
    QVERIFY(light.save(QStringLiteral("/tmp/panel-look/panel-light.png")));

    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    const QColor lightInserted = model->colors().inserted;
    m_panel->setPalette(dark);
    QVERIFY(model->colors().inserted != lightInserted);
    QVERIFY(m_panel->diffView()->rightHtml().contains(model->colors().inserted.name())
        || m_panel->diffView()->leftHtml().contains(model->colors().deleted.name()));
    QVERIFY(m_panel->grab().toImage().save(QStringLiteral("/tmp/panel-look/panel-dark.png")));
    m_panel->setPalette(QPalette());
}

QTEST_MAIN(TstComparisonPanel)
#include "tst_comparisonpanel.moc"
