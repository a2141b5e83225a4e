#include "views/comparison/ComparisonPanel.h"

#include "core/analysis/comparison/FidelityChecker.h"
#include "core/families/FamilyIndex.h"
#include "core/families/QuoteFidelity.h"
#include "core/store/ChangeNotifier.h"
#include "core/store/Store.h"
#include "models/comparison/FamilyMembersModel.h"
#include "models/edits/StoreEdits.h"
#include "views/charts/ColorPalette.h"
#include "views/comparison/DiffView.h"
#include "views/comparison/MarkupDelegate.h"
#include "views/dialogs/MessageBox.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QSaveFile>
#include <QSet>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace ql {

namespace {

QString csvField(const QString& value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"'))
        && !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString describe(const StatementRow& row)
{
    const Statement& st = row.statement;
    const QString date = !st.said.isNull() ? st.said.label()
        : st.saidOn.isValid()              ? st.saidOn.toString(Qt::ISODate)
                                           : ComparisonPanel::tr("undated");
    const QString speaker
        = row.statement.speaker.isEmpty() ? ComparisonPanel::tr("unknown speaker") : row.statement.speaker;
    QString source = row.publisher.isEmpty() ? row.articleTitle : row.publisher;
    constexpr int MaxSource = 50;
    if (source.size() > MaxSource)
        source = source.left(MaxSource - 1).trimmed() + QChar(0x2026);
    return QStringLiteral("<b>%1</b> · %2 · %3").arg(speaker.toHtmlEscaped(), date, source.toHtmlEscaped());
}

} // namespace

ComparisonPanel::ComparisonPanel(Store* store, FamilyIndex* index, StoreEdits* edits, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_index(index)
    , m_edits(edits)
    , m_model(new FamilyMembersModel(this))
    , m_summary(new QLabel(this))
    , m_toolBar(new QToolBar(this))
    , m_table(new QTableView(this))
    , m_verdict(new QLabel(this))
    , m_diffView(new DiffView(this))
{
    setObjectName(QStringLiteral("comparisonPanel"));
    m_model->setDarkTheme(ColorPalette::isDark(palette()));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::RichText);

    m_table->setModel(m_model);
    m_table->setItemDelegate(
        new MarkupDelegate(m_table, FamilyMembersModel::TextColumn, FamilyMembersModel::HtmlRole));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // Only the text column wraps (the delegate lays it out); the others stay one elided line.
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setAlternatingRowColors(true);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->verticalHeader()->hide();
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(FamilyMembersModel::TextColumn, QHeaderView::Stretch);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setColumnWidth(FamilyMembersModel::DateColumn, 90);
    m_table->setColumnWidth(FamilyMembersModel::SpeakerColumn, 130);
    m_table->setColumnWidth(FamilyMembersModel::SourceColumn, 130);
    m_table->setColumnWidth(FamilyMembersModel::FidelityColumn, 130);
    // Wrapped rich text needs its height recomputed whenever the text column's width changes.
    // Deferred so it runs once the header has finished laying out every section.
    auto* rowHeights = new QTimer(this);
    rowHeights->setSingleShot(true);
    rowHeights->setInterval(0);
    connect(rowHeights, &QTimer::timeout, m_table, &QTableView::resizeRowsToContents);
    connect(header, &QHeaderView::sectionResized, rowHeights, [rowHeights](int column) {
        if (column == FamilyMembersModel::TextColumn)
            rowHeights->start();
    });
    connect(m_model, &QAbstractItemModel::modelReset, m_table, &QTableView::resizeRowsToContents);
    connect(m_model, &QAbstractItemModel::dataChanged, m_table, &QTableView::resizeRowsToContents);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &ComparisonPanel::updateSelection);
    connect(m_table, &QAbstractItemView::doubleClicked, this, &ComparisonPanel::openSelectedArticle);

    createActions();

    auto* lower = new QWidget(this);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_verdict);
    lowerLayout->addWidget(m_diffView, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_toolBar);
    layout->addWidget(splitter, 1);

    connectStore();
    refresh();
}

void ComparisonPanel::createActions()
{
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    const auto add = [this](const QString& text, const QString& tip, void (ComparisonPanel::*slot)()) {
        auto* action = new QAction(text, this);
        action->setToolTip(tip);
        action->setStatusTip(tip);
        connect(action, &QAction::triggered, this, slot);
        m_toolBar->addAction(action);
        m_table->addAction(action);
        return action;
    };
    m_useAsReference = add(tr("Use as reference"), tr("Compare the other variants with the selected one"),
        &ComparisonPanel::useSelectedAsReference);
    m_openArticle = add(tr("Open article"), tr("Show the selected variant in its article"),
        &ComparisonPanel::openSelectedArticle);
    m_copy = add(tr("Copy"), tr("Copy the comparison as text and HTML"), &ComparisonPanel::copyComparison);
    m_exportCsv
        = add(tr("Export CSV…"), tr("Save the comparison as a CSV file"), &ComparisonPanel::exportCsv);
    m_merge = add(tr("Merge with family of…"), tr("Join this family with the family of another statement"),
        &ComparisonPanel::mergeWithFamilyOfAsked);
    m_split = add(tr("Split from family"), tr("Take the selected variant out of this family"),
        &ComparisonPanel::splitSelected);
}

void ComparisonPanel::connectStore()
{
    const ChangeNotifier* notifier = m_store ? m_store->notifier() : nullptr;
    if (!notifier)
        return;
    connect(notifier, &ChangeNotifier::familiesChanged, this, &ComparisonPanel::refresh);
    connect(notifier, &ChangeNotifier::storeReset, this, [this] { showStatement(0); });
    connect(notifier, &ChangeNotifier::statementChanged, this, [this](qint64 id) {
        if (id == m_statementId || m_model->rowOf(id) >= 0)
            refresh();
    });
    connect(notifier, &ChangeNotifier::statementsRemoved, this, [this](qint64, const QList<qint64>& ids) {
        for (qint64 id : ids) {
            if (id == m_statementId || m_model->rowOf(id) >= 0) {
                refresh();
                return;
            }
        }
    });
}

void ComparisonPanel::showStatement(qint64 statementId)
{
    if (statementId == m_statementId && statementId != 0)
        return;
    m_statementId = statementId;
    refresh();
    if (m_model->rowOf(statementId) >= 0)
        selectStatements({ statementId });
}

void ComparisonPanel::refresh()
{
    const QList<qint64> selected = selectedStatementIds();
    QList<StatementRow> rows;
    m_familyId = m_index && m_statementId ? m_index->familyOf(m_statementId) : 0;
    if (m_familyId != 0)
        rows = m_index->members(m_familyId);
    else if (m_store && m_statementId != 0)
        rows = m_store->statementRowsByIds({ m_statementId }); // not grouped yet: it is its own family
    FamilyMembersModel::Verdicts verdicts;
    if (m_store) {
        const QuoteFidelity fidelity(*m_store);
        for (const StatementRow& row : std::as_const(rows))
            if (const auto v = fidelity.check(row.statement))
                verdicts.insert(row.statement.id, *v);
    }
    qint64 reference = m_model->referenceStatementId();
    const bool keepReference = std::any_of(rows.cbegin(), rows.cend(),
        [reference](const StatementRow& r) { return r.statement.id == reference; });
    if (!keepReference)
        reference = m_statementId;
    m_model->setMembers(rows, reference, verdicts);
    updateSummary();
    selectStatements(selected);
    updateSelection();
}

void ComparisonPanel::updateSummary()
{
    if (m_statementId == 0) {
        m_summary->setText(tr("Select a statement to see who said it before and how the wording changed."));
        return;
    }
    const QList<StatementRow>& rows = m_model->members();
    if (rows.isEmpty()) {
        m_summary->setText(tr("Statement %1 is no longer stored.").arg(m_statementId));
        return;
    }
    QSet<QString> speakers;
    QSet<qint64> articles;
    for (const StatementRow& row : rows) {
        if (!row.statement.speaker.isEmpty())
            speakers.insert(row.statement.speaker);
        articles.insert(row.statement.articleId);
    }
    m_summary->setText(tr("<b>%1 variants</b> of this line (%2 named speakers, %3 articles). Reference: %4")
                           .arg(rows.size())
                           .arg(speakers.size())
                           .arg(articles.size())
                           .arg(describe(rows.at(m_model->rowOf(m_model->referenceStatementId())))));
}

QList<qint64> ComparisonPanel::selectedStatementIds() const
{
    QList<int> rows;
    const QModelIndexList indexes = m_table->selectionModel()->selectedRows();
    for (const QModelIndex& i : indexes)
        rows << i.row();
    std::sort(rows.begin(), rows.end());
    QList<qint64> ids;
    for (int r : std::as_const(rows))
        ids << m_model->members().at(r).statement.id;
    return ids;
}

qint64 ComparisonPanel::currentStatementId() const
{
    const QList<qint64> ids = selectedStatementIds();
    return ids.size() == 1 ? ids.first() : 0;
}

void ComparisonPanel::selectStatements(const QList<qint64>& statementIds)
{
    QItemSelection selection;
    for (qint64 id : statementIds) {
        const int row = m_model->rowOf(id);
        if (row >= 0)
            selection.select(
                m_model->index(row, 0), m_model->index(row, FamilyMembersModel::ColumnCount - 1));
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (!selection.isEmpty())
        m_table->scrollTo(selection.indexes().first());
}

void ComparisonPanel::updateSelection()
{
    const QList<qint64> ids = selectedStatementIds();
    const QList<StatementRow>& rows = m_model->members();
    const auto rowFor = [&](qint64 id) -> const StatementRow& { return rows.at(m_model->rowOf(id)); };
    const qint64 reference = m_model->referenceStatementId();

    m_verdict->clear();
    if (ids.size() == 1) {
        if (const auto v = m_model->verdict(ids.first())) {
            const QString title = v->transcriptTitle.toHtmlEscaped();
            switch (v->result.verdict) {
            case FidelityVerdict::Verbatim:
                m_verdict->setText(tr("Quoted <b>verbatim</b> from the transcript “%1”.").arg(title));
                break;
            case FidelityVerdict::Altered:
                m_verdict->setText(
                    tr("Quote <b>altered</b> against the transcript “%1” (%2 % of words shared); "
                       "the diff below shows how.")
                        .arg(title)
                        .arg(qRound(v->result.similarity * 100.0)));
                break;
            case FidelityVerdict::NotFound:
                m_verdict->setText(tr("Quote <b>not found</b> in the transcript “%1”.").arg(title));
                break;
            }
        }
    }

    if (ids.size() == 2) {
        const StatementRow& a = rowFor(ids.at(0));
        const StatementRow& b = rowFor(ids.at(1));
        m_diffView->setTexts(describe(a), a.statement.text, describe(b), b.statement.text);
    } else if (ids.size() == 1) {
        const StatementRow& row = rowFor(ids.first());
        const auto v = m_model->verdict(row.statement.id);
        if (v && v->result.verdict == FidelityVerdict::Altered && !v->result.transcriptExcerpt.isEmpty()) {
            m_diffView->setTexts(describe(row), row.statement.text,
                tr("<b>Transcript</b> · %1").arg(v->transcriptTitle.toHtmlEscaped()),
                v->result.transcriptExcerpt);
        } else if (row.statement.id != reference && m_model->rowOf(reference) >= 0) {
            const StatementRow& ref = rowFor(reference);
            m_diffView->setTexts(tr("Reference: %1").arg(describe(ref)), ref.statement.text, describe(row),
                row.statement.text);
        } else {
            m_diffView->clear(tr("This is the reference. Select another variant, or two, to compare."));
        }
    } else {
        m_diffView->clear(ids.isEmpty() ? QString() : tr("Select exactly two variants to compare them."));
    }
    updateActions();
}

void ComparisonPanel::updateActions()
{
    const qint64 current = currentStatementId();
    m_useAsReference->setEnabled(current != 0 && current != m_model->referenceStatementId());
    m_openArticle->setEnabled(current != 0);
    const bool hasRows = m_model->rowCount() > 0;
    m_copy->setEnabled(hasRows);
    m_exportCsv->setEnabled(hasRows);
    m_merge->setEnabled(m_familyId != 0 && m_edits);
    m_split->setEnabled(current != 0 && m_model->rowCount() > 1 && m_edits);
}

QString ComparisonPanel::verdictText() const
{
    return m_verdict->text();
}

void ComparisonPanel::useSelectedAsReference()
{
    const qint64 id = currentStatementId();
    if (id == 0)
        return;
    m_model->setReference(id);
    updateSummary();
    updateSelection();
}

void ComparisonPanel::openSelectedArticle()
{
    const QList<qint64> ids = selectedStatementIds();
    if (ids.isEmpty())
        return;
    const Statement& s = m_model->members().at(m_model->rowOf(ids.first())).statement;
    emit articleRequested(s.articleId, s.start, s.end);
}

void ComparisonPanel::copyComparison()
{
    if (m_model->rowCount() == 0)
        return;
    auto* mime = new QMimeData;
    mime->setText(m_model->comparisonText());
    mime->setHtml(m_model->comparisonHtml());
    QApplication::clipboard()->setMimeData(mime);
}

bool ComparisonPanel::writeCsv(const QString& path, const FamilyMembersModel& model, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    const QString eol = QStringLiteral("\r\n");
    QString out = QStringLiteral("\uFEFF"); // spreadsheets read the file as UTF-8 only with a BOM
    out += QStringLiteral(
               "statement_id,article_id,date,speaker,source,article_title,text,difference_to_reference,"
               "is_reference,fidelity,transcript")
        + eol;
    for (int r = 0; r < model.rowCount(); ++r) {
        const StatementRow& row = model.members().at(r);
        const Statement& s = row.statement;
        const auto verdict = model.verdict(s.id);
        const bool isReference = s.id == model.referenceStatementId();
        const QStringList fields {
            QString::number(s.id),
            QString::number(s.articleId),
            s.saidOn.isValid() ? s.saidOn.toString(Qt::ISODate) : QString(),
            s.speaker,
            row.publisher,
            row.articleTitle,
            s.text,
            isReference ? QString()
                        : model.data(model.index(r, 0), FamilyMembersModel::DiffTextRole).toString(),
            isReference ? QStringLiteral("yes") : QStringLiteral("no"),
            verdict ? FidelityChecker::verdictName(verdict->result.verdict) : QString(),
            verdict ? verdict->transcriptTitle : QString(),
        };
        QStringList quoted;
        for (const QString& f : fields)
            quoted << csvField(f);
        out += quoted.join(QLatin1Char(',')) + eol;
    }
    const QByteArray bytes = out.toUtf8();
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

bool ComparisonPanel::exportCsvTo(const QString& path)
{
    if (QFileInfo::exists(path)) {
        const auto answer = MessageBox::question(
            this, tr("Export CSV"), tr("%1 exists already. Replace it?").arg(QFileInfo(path).fileName()));
        if (answer != QMessageBox::Yes)
            return false;
    }
    QString error;
    if (!writeCsv(path, *m_model, &error)) {
        MessageBox::warning(this, tr("Export CSV"), tr("Could not write %1: %2").arg(path, error));
        return false;
    }
    return true;
}

void ComparisonPanel::exportCsv()
{
    if (m_model->rowCount() == 0)
        return;
    // Overwriting is asked by exportCsvTo(), the same way for dialogs and callers.
    QString path = QFileDialog::getSaveFileName(this, tr("Export comparison"),
        QStringLiteral("family-%1.csv").arg(m_familyId), tr("CSV files (*.csv)"), nullptr,
        QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    exportCsvTo(path);
}

bool ComparisonPanel::mergeWithFamilyOf(qint64 otherStatementId)
{
    if (!m_index || !m_edits || m_familyId == 0)
        return false;
    const qint64 other = m_index->familyOf(otherStatementId);
    if (other == 0) {
        MessageBox::warning(this, tr("Merge families"),
            tr("Statement %1 does not exist or belongs to no family yet.").arg(otherStatementId));
        return false;
    }
    if (other == m_familyId) {
        MessageBox::warning(
            this, tr("Merge families"), tr("Statement %1 is in this family already.").arg(otherStatementId));
        return false;
    }
    return m_edits->mergeFamilies(m_index, m_familyId, other);
}

bool ComparisonPanel::splitFromFamily(qint64 statementId)
{
    if (!m_index || !m_edits)
        return false;
    const qint64 before = m_index->familyOf(statementId);
    if (before == 0 || m_index->families().members(before).size() < 2)
        return false;
    return m_edits->splitFamily(m_index, statementId);
}

void ComparisonPanel::mergeWithFamilyOfAsked()
{
    bool ok = false;
    const QString text = QInputDialog::getText(this, tr("Merge with family of…"),
        tr("Id of a statement whose family should join this one:"), QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    const qint64 id = text.trimmed().toLongLong(&ok);
    if (!ok || id <= 0) {
        MessageBox::warning(this, tr("Merge families"), tr("“%1” is no statement id.").arg(text));
        return;
    }
    mergeWithFamilyOf(id);
}

void ComparisonPanel::splitSelected()
{
    const qint64 id = currentStatementId();
    if (id != 0)
        splitFromFamily(id);
}

void ComparisonPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        m_model->setDarkTheme(ColorPalette::isDark(palette()));
    QWidget::changeEvent(event);
}

} // namespace ql
