#pragma once

#include "core/domain/Statement.h"
#include "core/importing/ImportResult.h"
#include "core/importing/PreparedArticle.h"
#include "core/store/OfficeTerm.h"
#include "core/store/Store.h"
#include "core/store/StoreError.h"
#include "models/commands/EditArticleCommand.h"
#include "models/commands/StatementRedater.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>

class QUndoCommand;
class QUndoStack;

namespace ql {

class FamilyIndex;
struct CalendarEvent;

// The one way to change the store from the window: every edit the analyst makes is a function
// here, which builds its command and pushes it on the undo stack this object keeps. Views and
// windows call these functions and never see a command class (Subsurface's commands/command.h
// shape), so Edit ▸ Undo covers every edit and no edit runs outside the stack.
class StoreEdits : public QObject
{
    Q_OBJECT
public:
    // With its own undo stack, or with `stack` (not owned) when the caller keeps one.
    explicit StoreEdits(Store* store, QObject* parent = nullptr);
    StoreEdits(Store* store, QUndoStack* stack, QObject* parent = nullptr);

    QUndoStack* undoStack() const { return m_stack; }
    Store* store() const { return m_store; }

    struct ImportOutcome
    {
        QList<ImportResult> results;
        StoreError error;
    };
    // One undoable step for the whole batch.
    ImportOutcome importArticles(const QList<PreparedArticle>& articles);

    // Statements. addStatement returns the new id, 0 when the store refused it.
    qint64 addStatement(const Statement& statement, const QStringList& tags);
    // `versions`/`version`: the row versions the analyst saw (from the statement rows shown); a
    // statement changed since by another window or analyst is refused, not overwritten. A missing
    // or zero version means the store's version now.
    void setSpan(qint64 statementId, int start, int end, qint64 version = 0);
    void deleteStatements(const QList<qint64>& statementIds);
    void setSpeaker(const QList<qint64>& statementIds, const QString& speaker,
        const QHash<qint64, qint64>& versions = {});
    void tagStatements(const QList<qint64>& statementIds, const QString& tag, bool add);
    void setNote(Store::NoteTarget target, qint64 id, const QString& note, qint64 version = 0);

    // Articles, speakers, tags, figures.
    void deleteArticles(const QList<qint64>& articleIds);
    // `dates` (worked out off the GUI thread) when the article's date changed.
    void editArticle(qint64 articleId, const EditArticleCommand::Fields& fields);
    void editArticle(
        qint64 articleId, const EditArticleCommand::Fields& fields, StatementRedater::Change dates);
    void renameSpeaker(qint64 speakerId, const QString& name);
    void mergeSpeakers(qint64 fromId, qint64 intoId);
    void linkSpeaker(qint64 speakerId, const QString& holder);
    void createTag(const QString& name, const QString& colour);
    void editTag(qint64 tagId, const QString& name, const QString& colour);
    void mergeTags(qint64 fromId, qint64 intoId);
    void setFigureActor(const QList<qint64>& figureIds, const QString& actor);

    // The reference tables, with the statements they re-date.
    void replaceOfficeTerms(const QList<OfficeTerm>& terms, StatementRedater::Change dates);
    void replaceEvents(const QList<CalendarEvent>& events, StatementRedater::Change dates);

    // Variant families; true when the index changed as asked.
    bool mergeFamilies(FamilyIndex* index, qint64 targetFamily, qint64 otherFamily);
    bool splitFamily(FamilyIndex* index, qint64 statementId);

    // A team store whose server went away (Store::connectionLost): the edits made meanwhile are
    // kept here, in order, instead of being lost, and applyPending() makes them once the store is
    // back (each reports its own refusal, e.g. a conflict with a colleague's edit made
    // meanwhile). Imports, new statements and family changes are not kept: they say they failed.
    int pendingCount() const { return int(m_pending.size()); }
    // Returns how many waiting edits were tried.
    int applyPending();

signals:
    void pendingChanged(int count);

private:
    // Pushes the command `make` builds, or keeps `make` for later while the store is lost.
    void submit(const std::function<QUndoCommand*()>& make);

    Store* m_store;
    QUndoStack* m_stack;
    QList<std::function<QUndoCommand*()>> m_pending;
};

} // namespace ql
