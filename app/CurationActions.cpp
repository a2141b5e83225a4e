#include "app/CurationActions.h"

#include "app/MainWindow.h"
#include "core/store/ChangeNotifier.h"
#include "models/library/ArticleListModel.h"
#include "models/library/IdFilterProxy.h"
#include "models/library/StatementTableModel.h"
#include "views/dialogs/AddStatementDialog.h"
#include "views/dialogs/NoteEditor.h"
#include "views/dialogs/SpeakersDialog.h"
#include "views/dialogs/TagsDialog.h"
#include "views/reader/ArticleReader.h"
#include "views/timeline/TimelinePanel.h"

#include "models/edits/StoreEdits.h"
#include <QAction>
#include <QComboBox>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QMenu>
#include <QStatusBar>
#include <QTableView>

#include <memory>
#include <set>
#include <vector>

namespace ql {

namespace {

QList<qint64> selectedIds(const QTableView* view, int role)
{
    QList<qint64> ids;
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    for (const QModelIndex& index : rows)
        ids << index.data(role).toLongLong();
    if (ids.isEmpty() && view->currentIndex().isValid())
        ids << view->currentIndex().data(role).toLongLong();
    std::sort(ids.begin(), ids.end());
    return ids;
}

IdFilterProxy* proxyOf(const QTableView* view)
{
    return qobject_cast<IdFilterProxy*>(view->model());
}

} // namespace

CurationActions::CurationActions(MainWindow* window, Store* store, StoreEdits* edits)
    : QObject(window)
    , m_window(window)
    , m_store(store)
    , m_edits(edits)
    , m_tagFilter(new QComboBox(window))
{
    // Several articles or statements at once: delete, tag, set the speaker as one undo step.
    m_window->articleView()->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_window->statementView()->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_window->articleView()->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_tagFilter->setObjectName(QStringLiteral("tagFilter"));
    m_tagFilter->setToolTip(tr("Show only what is tagged so: the library (articles with such a statement), "
                               "the statements, the timeline and the charts"));
    m_tagFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_tagFilter, qOverload<int>(&QComboBox::currentIndexChanged), this,
        [this](int index) { setTagFilter(index > 0 ? m_tagFilter->itemText(index) : QString()); });

    m_addStatement = makeAction(tr("&Add Statement from Selection…"), QStringLiteral("addStatementAction"),
        QKeySequence(tr("Ctrl+Shift+A")));
    connect(m_addStatement, &QAction::triggered, this, &CurationActions::addStatementFromSelection);
    m_setSpan = makeAction(tr("Set Statement Span to &Selection"), QStringLiteral("setSpanAction"),
        QKeySequence(tr("Ctrl+Shift+M")));
    connect(m_setSpan, &QAction::triggered, this, &CurationActions::setSpanToSelection);
    m_window->reader()->setSelectionActions({ m_addStatement, m_setSpan });
    connect(m_window->reader(), &QTextEdit::selectionChanged, this, &CurationActions::updateSelectionActions);
    connect(m_window->statementView()->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &CurationActions::updateSelectionActions);
    updateSelectionActions();

    ChangeNotifier* n = m_store->notifier();
    for (auto signal : { &ChangeNotifier::storeReset, &ChangeNotifier::tagsChanged })
        connect(n, signal, this, &CurationActions::refreshTagChoices);
    connect(n, &ChangeNotifier::statementTagsChanged, this, &CurationActions::refreshTagChoices);
    connect(n, &ChangeNotifier::storeReset, this, &CurationActions::refreshDialogs);
    connect(n, &ChangeNotifier::speakersChanged, this, &CurationActions::refreshDialogs);
    connect(n, &ChangeNotifier::tagsChanged, this, &CurationActions::refreshDialogs);
    connect(n, &ChangeNotifier::statementTagsChanged, this, &CurationActions::refreshDialogs);
    connect(n, &ChangeNotifier::statementsAdded, this, &CurationActions::refreshDialogs);
    connect(n, &ChangeNotifier::statementsRemoved, this, &CurationActions::refreshDialogs);
    connect(n, &ChangeNotifier::articlesRemoved, this, &CurationActions::refreshDialogs);
    connect(n, &ChangeNotifier::statementChanged, this, &CurationActions::refreshDialogs);
    // New rows must pass the filter too: the id sets are worked out again.
    for (auto signal : { &ChangeNotifier::articlesAdded, &ChangeNotifier::articlesRemoved })
        connect(n, signal, this, [this] {
            if (!m_tag.isEmpty())
                applyTagFilter();
        });
    connect(n, &ChangeNotifier::statementsAdded, this, [this] {
        if (!m_tag.isEmpty())
            applyTagFilter();
    });
    refreshTagChoices();
}

QAction* CurationActions::makeAction(const QString& text, const QString& name, const QKeySequence& key)
{
    auto* action = new QAction(text, this);
    action->setObjectName(name);
    if (!key.isEmpty()) {
        action->setShortcut(key);
        // Active in the view the action belongs to, so Delete means what has the focus.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    }
    return action;
}

void CurationActions::addStatementActions(QMenu* edit)
{
    QTableView* view = m_window->statementView();
    QAction* speaker = makeAction(tr("Set &Speaker…"), QStringLiteral("setSpeakerAction"));
    connect(speaker, &QAction::triggered, this, &CurationActions::askSpeaker);
    QAction* del = makeAction(
        tr("&Delete Statements"), QStringLiteral("deleteStatementsAction"), QKeySequence::Delete);
    connect(del, &QAction::triggered, this, [this] { deleteStatements(selectedStatementIds()); });
    QAction* tag = makeAction(tr("Add &Tag…"), QStringLiteral("addTagAction"), QKeySequence(tr("Ctrl+T")));
    connect(tag, &QAction::triggered, this, [this] { askTag(true); });
    QAction* untag = makeAction(tr("Remove Ta&g…"), QStringLiteral("removeTagAction"));
    connect(untag, &QAction::triggered, this, [this] { askTag(false); });
    QAction* note = makeAction(
        tr("Statement &Note…"), QStringLiteral("statementNoteAction"), QKeySequence(tr("Ctrl+Shift+N")));
    connect(note, &QAction::triggered, this, &CurationActions::editStatementNote);
    edit->addActions({ m_addStatement, m_setSpan });
    edit->addSeparator();
    edit->addActions({ speaker, del, tag, untag, note });
    view->addActions({ speaker, del, tag, untag, note });
}

void CurationActions::addArticleActions(QMenu* edit)
{
    QAction* del
        = makeAction(tr("Delete &Articles"), QStringLiteral("deleteArticlesAction"), QKeySequence::Delete);
    connect(del, &QAction::triggered, this, [this] { deleteArticles(selectedArticleIds()); });
    QAction* note = makeAction(tr("Article N&ote…"), QStringLiteral("articleNoteAction"));
    connect(note, &QAction::triggered, this, &CurationActions::editArticleNote);
    edit->addActions({ del, note });
    m_window->articleView()->addActions({ del, note });
}

void CurationActions::addCodebookActions(QMenu* edit)
{
    QAction* speakers = makeAction(tr("S&peakers…"), QStringLiteral("speakersAction"));
    connect(speakers, &QAction::triggered, this, &CurationActions::showSpeakers);
    QAction* tags = makeAction(tr("Ta&gs…"), QStringLiteral("tagsAction"));
    connect(tags, &QAction::triggered, this, &CurationActions::showTags);
    edit->addActions({ speakers, tags });
}

// --- the edits ---------------------------------------------------------------------------------

qint64 CurationActions::addStatement(int start, int end, const QString& speaker, StatementKind kind,
    const SaidWindow& said, const QStringList& tags)
{
    const qint64 articleId = m_window->currentArticleId();
    const auto article = articleId ? m_store->article(articleId) : std::nullopt;
    if (!article)
        return 0;
    // A selection dragged by hand often takes a space or line break at either end.
    while (start < end && start < article->text.size() && article->text.at(start).isSpace())
        ++start;
    while (end > start && end <= article->text.size() && article->text.at(end - 1).isSpace())
        --end;
    Statement s;
    s.articleId = articleId;
    s.speaker = speaker.simplified();
    s.kind = kind;
    s.start = start;
    s.end = end;
    s.said = said;
    s.saidOn = said.day();
    const qint64 id = m_edits->addStatement(s, tags);
    if (id)
        m_window->selectStatement(id);
    return id;
}

void CurationActions::setSpan(qint64 statementId, int start, int end)
{
    m_edits->setSpan(statementId, start, end, shownVersions().value(statementId));
}

void CurationActions::deleteArticles(const QList<qint64>& articleIds)
{
    if (articleIds.isEmpty())
        return;
    m_edits->deleteArticles(articleIds);
    m_window->statusBar()->showMessage(
        tr("Deleted %n article(s) with their statements and figures; Edit ▸ Undo puts them back.", nullptr,
            int(articleIds.size())),
        8000);
}

void CurationActions::deleteStatements(const QList<qint64>& statementIds)
{
    m_edits->deleteStatements(statementIds);
}

void CurationActions::setSpeaker(const QList<qint64>& statementIds, const QString& speaker)
{
    m_edits->setSpeaker(statementIds, speaker, shownVersions());
}

void CurationActions::tagStatements(const QList<qint64>& statementIds, const QString& tag, bool add)
{
    m_edits->tagStatements(statementIds, tag, add);
}

void CurationActions::renameSpeaker(qint64 speakerId, const QString& name)
{
    m_edits->renameSpeaker(speakerId, name);
}

void CurationActions::mergeSpeakers(qint64 fromId, qint64 intoId)
{
    m_edits->mergeSpeakers(fromId, intoId);
}

void CurationActions::linkSpeaker(qint64 speakerId, const QString& holder)
{
    m_edits->linkSpeaker(speakerId, holder);
}

void CurationActions::createTag(const QString& name, const QString& colour)
{
    m_edits->createTag(name, colour);
}

void CurationActions::editTag(qint64 tagId, const QString& name, const QString& colour)
{
    m_edits->editTag(tagId, name, colour);
}

void CurationActions::mergeTags(qint64 fromId, qint64 intoId)
{
    m_edits->mergeTags(fromId, intoId);
}

void CurationActions::setNote(Store::NoteTarget target, qint64 id, const QString& note)
{
    m_edits->setNote(
        target, id, note, target == Store::NoteTarget::Statement ? shownVersions().value(id) : 0);
}

// --- asking the analyst ------------------------------------------------------------------------

void CurationActions::addStatementFromSelection()
{
    const auto [start, end] = m_window->reader()->selectedSpan();
    const qint64 articleId = m_window->currentArticleId();
    const auto summary = articleId ? m_store->articleSummary(articleId) : std::nullopt;
    if (end <= start || !summary)
        return;
    QString excerpt = m_window->reader()->textCursor().selectedText();
    excerpt.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    AddStatementDialog dialog(
        excerpt.trimmed(), m_store->speakers(), m_store->allTags(), summary->published, m_window);
    if (dialog.exec() == QDialog::Accepted)
        addStatement(start, end, dialog.speaker(), dialog.kind(), dialog.window(), dialog.tags());
}

void CurationActions::setSpanToSelection()
{
    const auto [start, end] = m_window->reader()->selectedSpan();
    const QModelIndex current = m_window->statementView()->currentIndex();
    if (current.isValid())
        setSpan(current.data(StatementTableModel::StatementIdRole).toLongLong(), start, end);
}

void CurationActions::updateSelectionActions()
{
    const auto [start, end] = m_window->reader()->selectedSpan();
    const bool selected = end > start && m_window->currentArticleId() != 0;
    m_addStatement->setEnabled(selected);
    m_setSpan->setEnabled(selected && m_window->statementView()->currentIndex().isValid());
}

void CurationActions::askSpeaker()
{
    const QList<qint64> ids = selectedStatementIds();
    if (ids.isEmpty())
        return;
    const QString current = m_window->statementView()
                                ->currentIndex()
                                .siblingAtColumn(StatementTableModel::SpeakerColumn)
                                .data()
                                .toString();
    const QStringList speakers = m_store->speakers();
    bool ok = false;
    const QString speaker = QInputDialog::getItem(m_window, tr("Set Speaker"),
        ids.size() == 1 ? tr("Speaker:")
                        : tr("Speaker of the %n selected statement(s):", nullptr, int(ids.size())),
        speakers, int(speakers.indexOf(current)), true, &ok);
    if (ok)
        setSpeaker(ids, speaker);
}

void CurationActions::askTag(bool add)
{
    const QList<qint64> ids = selectedStatementIds();
    if (ids.isEmpty())
        return;
    QStringList choices;
    if (add) {
        choices = m_store->allTags();
    } else {
        std::set<QString> present;
        for (const qint64 id : ids)
            if (const auto row = m_store->statementRow(id))
                present.insert(row->tags.cbegin(), row->tags.cend());
        choices = QStringList(present.begin(), present.end());
        if (choices.isEmpty())
            return;
    }
    bool ok = false;
    const QString tag = QInputDialog::getItem(m_window, add ? tr("Add Tag") : tr("Remove Tag"),
        ids.size() == 1 ? tr("Tag:") : tr("Tag for the %n selected statement(s):", nullptr, int(ids.size())),
        choices, add ? -1 : 0, add, &ok);
    if (ok)
        tagStatements(ids, tag, add);
}

void CurationActions::editStatementNote()
{
    const QModelIndex current = m_window->statementView()->currentIndex();
    if (!current.isValid())
        return;
    const qint64 id = current.data(StatementTableModel::StatementIdRole).toLongLong();
    const QString text = current.siblingAtColumn(StatementTableModel::TextColumn).data().toString();
    NoteEditor editor(tr("Note on “%1”").arg(text.size() > 120 ? text.left(117) + QStringLiteral("…") : text),
        m_store->note(Store::NoteTarget::Statement, id), m_window);
    if (editor.exec() == QDialog::Accepted)
        setNote(Store::NoteTarget::Statement, id, editor.note());
}

void CurationActions::editArticleNote()
{
    const qint64 id = m_window->currentArticleId();
    const auto summary = id ? m_store->articleSummary(id) : std::nullopt;
    if (!summary)
        return;
    NoteEditor editor(tr("Note on the article “%1”").arg(summary->title), summary->note, m_window);
    if (editor.exec() == QDialog::Accepted)
        setNote(Store::NoteTarget::Article, id, editor.note());
}

QList<qint64> CurationActions::selectedStatementIds() const
{
    return selectedIds(m_window->statementView(), StatementTableModel::StatementIdRole);
}

QHash<qint64, qint64> CurationActions::shownVersions() const
{
    // The versions of the statement rows as the table shows them, so an edit begun on a row that
    // another analyst has changed since is refused rather than written over their change.
    QHash<qint64, qint64> versions;
    const QTableView* view = m_window->statementView();
    QModelIndexList rows = view->selectionModel()->selectedRows();
    if (view->currentIndex().isValid())
        rows << view->currentIndex();
    for (const QModelIndex& index : rows)
        versions.insert(index.data(StatementTableModel::StatementIdRole).toLongLong(),
            index.data(StatementTableModel::RowVersionRole).toLongLong());
    return versions;
}

QList<qint64> CurationActions::selectedArticleIds() const
{
    return selectedIds(m_window->articleView(), ArticleListModel::ArticleIdRole);
}

// --- dialogs -----------------------------------------------------------------------------------

SpeakersDialog* CurationActions::showSpeakers()
{
    if (!m_speakers) {
        m_speakers = new SpeakersDialog(m_window);
        m_speakers->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_speakers, &SpeakersDialog::renameRequested, this, &CurationActions::renameSpeaker);
        connect(m_speakers, &SpeakersDialog::mergeRequested, this, &CurationActions::mergeSpeakers);
        connect(m_speakers, &SpeakersDialog::linkRequested, this, &CurationActions::linkSpeaker);
    }
    refreshDialogs();
    m_speakers->show();
    m_speakers->raise();
    return m_speakers;
}

TagsDialog* CurationActions::showTags()
{
    if (!m_tags) {
        m_tags = new TagsDialog(m_window);
        m_tags->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_tags, &TagsDialog::createRequested, this, &CurationActions::createTag);
        connect(m_tags, &TagsDialog::editRequested, this, &CurationActions::editTag);
        connect(m_tags, &TagsDialog::mergeRequested, this, &CurationActions::mergeTags);
    }
    refreshDialogs();
    m_tags->show();
    m_tags->raise();
    return m_tags;
}

void CurationActions::refreshDialogs()
{
    if (!m_store->isOpen())
        return;
    if (m_speakers) {
        QStringList holders;
        for (const OfficeTerm& term : m_store->officeTerms())
            if (!holders.contains(term.holder))
                holders << term.holder;
        holders.sort();
        m_speakers->setHolders(holders);
        m_speakers->setSpeakers(m_store->speakerRecords());
    }
    if (m_tags)
        m_tags->setTags(m_store->tagRecords());
}

// --- the tag filter ----------------------------------------------------------------------------

void CurationActions::refreshTagChoices()
{
    const QStringList tags = m_store->isOpen() ? m_store->allTags() : QStringList();
    QStringList items { tr("All tags") };
    items += tags;
    QStringList current;
    for (int i = 0; i < m_tagFilter->count(); ++i)
        current << m_tagFilter->itemText(i);
    if (current != items) {
        const QSignalBlocker block(m_tagFilter);
        m_tagFilter->clear();
        m_tagFilter->addItems(items);
        m_tagFilter->setCurrentIndex(std::max(0, int(items.indexOf(m_tag, 1))));
    }
    // A renamed or merged tag leaves the filter; a tag that came or went on a statement refilters.
    if (!m_tag.isEmpty() && !tags.contains(m_tag))
        setTagFilter(QString());
    else if (!m_tag.isEmpty())
        applyTagFilter();
}

void CurationActions::setTagFilter(const QString& tag)
{
    m_tag = tag;
    {
        const QSignalBlocker block(m_tagFilter);
        m_tagFilter->setCurrentIndex(tag.isEmpty() ? 0 : std::max(0, m_tagFilter->findText(tag)));
    }
    applyTagFilter();
}

void CurationActions::applyTagFilter()
{
    std::optional<QSet<qint64>> statements;
    m_taggedArticles.reset();
    if (!m_tag.isEmpty() && m_store->isOpen()) {
        const QList<qint64> s = m_store->statementIdsWithTag(m_tag);
        const QList<qint64> a = m_store->articleIdsWithTag(m_tag);
        statements = QSet<qint64>(s.cbegin(), s.cend());
        m_taggedArticles = QSet<qint64>(a.cbegin(), a.cend());
    }
    if (IdFilterProxy* proxy = proxyOf(m_window->articleView()))
        proxy->setAllowedIds(m_taggedArticles);
    if (IdFilterProxy* proxy = proxyOf(m_window->statementView()))
        proxy->setAllowedIds(statements);
    if (TimelinePanel* timeline = m_window->timelinePanel())
        timeline->setTagFilter(m_tag);
    emit tagFilterChanged();
}

QVector<MoneyPoint> CurationActions::filtered(const QVector<MoneyPoint>& points) const
{
    if (!m_taggedArticles)
        return points;
    QVector<MoneyPoint> out;
    for (const MoneyPoint& p : points)
        if (m_taggedArticles->contains(p.articleId))
            out << p;
    return out;
}

QVector<GdpTargetPoint> CurationActions::filtered(const QVector<GdpTargetPoint>& points) const
{
    if (!m_taggedArticles)
        return points;
    QVector<GdpTargetPoint> out;
    for (const GdpTargetPoint& p : points)
        if (m_taggedArticles->contains(p.articleId))
            out << p;
    return out;
}

} // namespace ql
