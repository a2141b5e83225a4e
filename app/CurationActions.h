#pragma once

#include "core/domain/SaidWindow.h"
#include "core/domain/StatementKind.h"
#include "core/store/Store.h"
#include "models/charts/GdpTargetPoint.h"
#include "models/charts/MoneyPoint.h"

#include <QHash>
#include <QKeySequence>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QVector>

#include <optional>

class QAction;
class QComboBox;
class QMenu;

namespace ql {

class MainWindow;
class StoreEdits;
class SpeakersDialog;
class TagsDialog;

// The analyst's curation edits in the library window (issue 14): statements added from a reader
// selection or moved to a new span, articles deleted, bulk edits of the selected statements,
// speakers renamed/merged/linked, the tag codebook, notes, and the tag filter over the library,
// the statements, the timeline and the charts. Every edit goes through the window's StoreEdits, so Edit ▸
// Undo covers it.
class CurationActions : public QObject
{
    Q_OBJECT
public:
    CurationActions(MainWindow* window, Store* store, StoreEdits* edits);

    // Menu entries; the statement and article entries also live in their views' context menus.
    void addStatementActions(QMenu* edit);
    void addArticleActions(QMenu* edit);
    void addCodebookActions(QMenu* edit);
    // "All tags" or one tag of the codebook, for the toolbar.
    QComboBox* tagFilter() const { return m_tagFilter; }

    // The edits, as the menus and dialogs call them (and tests do).
    // Adds a statement at [start, end) of the current article, its blanks at either end left out.
    qint64 addStatement(int start, int end, const QString& speaker, StatementKind kind,
        const SaidWindow& said, const QStringList& tags);
    void setSpan(qint64 statementId, int start, int end);
    void deleteArticles(const QList<qint64>& articleIds);
    void deleteStatements(const QList<qint64>& statementIds);
    void setSpeaker(const QList<qint64>& statementIds, const QString& speaker);
    void tagStatements(const QList<qint64>& statementIds, const QString& tag, bool add);
    void renameSpeaker(qint64 speakerId, const QString& name);
    void mergeSpeakers(qint64 fromId, qint64 intoId);
    void linkSpeaker(qint64 speakerId, const QString& holder);
    void createTag(const QString& name, const QString& colour);
    void editTag(qint64 tagId, const QString& name, const QString& colour);
    void mergeTags(qint64 fromId, qint64 intoId);
    void setNote(Store::NoteTarget target, qint64 id, const QString& note);

    // Empty: no tag filter.
    void setTagFilter(const QString& tag);
    QString tagFilterTag() const { return m_tag; }
    // The charts' points from articles with a statement of the filter's tag (all without a filter).
    QVector<MoneyPoint> filtered(const QVector<MoneyPoint>& points) const;
    QVector<GdpTargetPoint> filtered(const QVector<GdpTargetPoint>& points) const;

    QList<qint64> selectedStatementIds() const;
    QList<qint64> selectedArticleIds() const;
    // Statement id → row version of the selected and current rows, as shown.
    QHash<qint64, qint64> shownVersions() const;
    // The dialogs, opened without blocking (Edit ▸ Speakers…, Edit ▸ Tags…).
    SpeakersDialog* showSpeakers();
    TagsDialog* showTags();

signals:
    void tagFilterChanged();

private:
    void addStatementFromSelection();
    void setSpanToSelection();
    void askSpeaker();
    void askTag(bool add);
    void editStatementNote();
    void editArticleNote();
    void updateSelectionActions();
    void refreshTagChoices();
    void applyTagFilter();
    void refreshDialogs();
    QAction* makeAction(const QString& text, const QString& name, const QKeySequence& key = {});

    MainWindow* m_window;
    Store* m_store;
    StoreEdits* m_edits;
    QComboBox* m_tagFilter;
    QString m_tag;
    std::optional<QSet<qint64>> m_taggedArticles;
    QAction* m_addStatement = nullptr;
    QAction* m_setSpan = nullptr;
    QPointer<SpeakersDialog> m_speakers;
    QPointer<TagsDialog> m_tags;
};

} // namespace ql
