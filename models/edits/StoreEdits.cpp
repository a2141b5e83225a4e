#include "models/edits/StoreEdits.h"

#include "core/domain/CalendarEvent.h"
#include "core/families/FamilyIndex.h"
#include "models/commands/AddStatementCommand.h"
#include "models/commands/BulkEditCommand.h"
#include "models/commands/CreateTagCommand.h"
#include "models/commands/DeleteArticlesCommand.h"
#include "models/commands/DeleteStatementCommand.h"
#include "models/commands/EditTagCommand.h"
#include "models/commands/ImportArticlesCommand.h"
#include "models/commands/LinkSpeakerCommand.h"
#include "models/commands/MergeFamiliesCommand.h"
#include "models/commands/MergeSpeakersCommand.h"
#include "models/commands/MergeTagsCommand.h"
#include "models/commands/RenameSpeakerCommand.h"
#include "models/commands/ReplaceEventsCommand.h"
#include "models/commands/ReplaceOfficeTermsCommand.h"
#include "models/commands/SetFigureActorCommand.h"
#include "models/commands/SetNoteCommand.h"
#include "models/commands/SetSpanCommand.h"
#include "models/commands/SetSpeakerCommand.h"
#include "models/commands/SplitFamilyCommand.h"
#include "models/commands/TagCommand.h"

#include <QUndoStack>

namespace ql {

StoreEdits::StoreEdits(Store* store, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_stack(new QUndoStack(this))
{ }

StoreEdits::StoreEdits(Store* store, QUndoStack* stack, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_stack(stack)
{ }

StoreEdits::ImportOutcome StoreEdits::importArticles(const QList<PreparedArticle>& articles)
{
    if (articles.isEmpty())
        return {};
    auto* command = new ImportArticlesCommand(m_store, articles);
    m_stack->push(command);
    // An import that stored nothing is still pushed (its results say why), so the command lives.
    return { command->results(), command->lastError() };
}

qint64 StoreEdits::addStatement(const Statement& statement, const QStringList& tags)
{
    auto* command = new AddStatementCommand(m_store, statement, tags);
    m_stack->push(command); // a refused span is reported by the command's error handler
    // The stack deletes a command that failed, so only a command still on top is read.
    return m_stack->count() > 0 && m_stack->command(m_stack->count() - 1) == command ? command->statementId()
                                                                                     : 0;
}

void StoreEdits::setSpan(qint64 statementId, int start, int end, qint64 version)
{
    if (statementId && end > start)
        submit([=, this] { return new SetSpanCommand(m_store, statementId, start, end, version); });
}

void StoreEdits::deleteStatements(const QList<qint64>& statementIds)
{
    if (statementIds.size() == 1) {
        submit([=, this] { return new DeleteStatementCommand(m_store, statementIds.first()); });
        return;
    }
    if (statementIds.isEmpty())
        return;
    submit([=, this] {
        auto* bulk = new BulkEditCommand(tr("Delete %n statement(s)", nullptr, int(statementIds.size())));
        for (const qint64 id : statementIds)
            bulk->add(std::make_unique<DeleteStatementCommand>(m_store, id));
        return bulk;
    });
}

void StoreEdits::setSpeaker(
    const QList<qint64>& statementIds, const QString& speaker, const QHash<qint64, qint64>& versions)
{
    if (statementIds.isEmpty())
        return;
    submit([=, this] {
        auto* bulk
            = new BulkEditCommand(tr("Set speaker of %n statement(s)", nullptr, int(statementIds.size())));
        for (const qint64 id : statementIds)
            bulk->add(
                std::make_unique<SetSpeakerCommand>(m_store, id, speaker.simplified(), versions.value(id)));
        return bulk;
    });
}

void StoreEdits::tagStatements(const QList<qint64>& statementIds, const QString& tag, bool add)
{
    if (statementIds.isEmpty() || tag.simplified().isEmpty())
        return;
    submit([=, this] {
        auto* bulk = new BulkEditCommand(add
                ? tr("Tag %n statement(s) “%1”", nullptr, int(statementIds.size())).arg(tag)
                : tr("Untag %n statement(s) “%1”", nullptr, int(statementIds.size())).arg(tag));
        for (const qint64 id : statementIds)
            bulk->add(std::make_unique<TagCommand>(
                m_store, id, tag.simplified(), add ? TagCommand::Action::Add : TagCommand::Action::Remove));
        return bulk;
    });
}

void StoreEdits::setNote(Store::NoteTarget target, qint64 id, const QString& note, qint64 version)
{
    if (id && note.trimmed() != m_store->note(target, id))
        submit([=, this] { return new SetNoteCommand(m_store, target, id, note, version); });
}

void StoreEdits::deleteArticles(const QList<qint64>& articleIds)
{
    if (!articleIds.isEmpty())
        submit([=, this] { return new DeleteArticlesCommand(m_store, articleIds); });
}

void StoreEdits::editArticle(qint64 articleId, const EditArticleCommand::Fields& fields)
{
    submit([=, this] { return new EditArticleCommand(m_store, articleId, fields); });
}

void StoreEdits::editArticle(
    qint64 articleId, const EditArticleCommand::Fields& fields, StatementRedater::Change dates)
{
    submit([=, this] { return new EditArticleCommand(m_store, articleId, fields, dates); });
}

void StoreEdits::renameSpeaker(qint64 speakerId, const QString& name)
{
    submit([=, this] { return new RenameSpeakerCommand(m_store, speakerId, name); });
}

void StoreEdits::mergeSpeakers(qint64 fromId, qint64 intoId)
{
    submit([=, this] { return new MergeSpeakersCommand(m_store, fromId, intoId); });
}

void StoreEdits::linkSpeaker(qint64 speakerId, const QString& holder)
{
    submit([=, this] { return new LinkSpeakerCommand(m_store, speakerId, holder); });
}

void StoreEdits::createTag(const QString& name, const QString& colour)
{
    submit([=, this] { return new CreateTagCommand(m_store, name, colour); });
}

void StoreEdits::editTag(qint64 tagId, const QString& name, const QString& colour)
{
    submit([=, this] { return new EditTagCommand(m_store, tagId, name, colour); });
}

void StoreEdits::mergeTags(qint64 fromId, qint64 intoId)
{
    submit([=, this] { return new MergeTagsCommand(m_store, fromId, intoId); });
}

void StoreEdits::setFigureActor(const QList<qint64>& figureIds, const QString& actor)
{
    if (!figureIds.isEmpty())
        submit([=, this] { return new SetFigureActorCommand(m_store, figureIds, actor.simplified()); });
}

void StoreEdits::replaceOfficeTerms(const QList<OfficeTerm>& terms, StatementRedater::Change dates)
{
    submit([=, this] { return new ReplaceOfficeTermsCommand(m_store, terms, dates); });
}

void StoreEdits::replaceEvents(const QList<CalendarEvent>& events, StatementRedater::Change dates)
{
    submit([=, this] { return new ReplaceEventsCommand(m_store, events, dates); });
}

bool StoreEdits::mergeFamilies(FamilyIndex* index, qint64 targetFamily, qint64 otherFamily)
{
    if (!index)
        return false;
    const QList<qint64> moving = index->families().members(otherFamily);
    m_stack->push(new MergeFamiliesCommand(m_store, index, targetFamily, otherFamily));
    // The stack deletes a command that failed, so success is read from the index, not the command.
    return !moving.isEmpty() && index->familyOf(moving.first()) == targetFamily;
}

bool StoreEdits::splitFamily(FamilyIndex* index, qint64 statementId)
{
    if (!index)
        return false;
    const qint64 before = index->familyOf(statementId);
    m_stack->push(new SplitFamilyCommand(m_store, index, statementId));
    return index->familyOf(statementId) != before;
}

void StoreEdits::submit(const std::function<QUndoCommand*()>& make)
{
    // Behind edits already waiting, so they reach the store in the order the analyst made them.
    if (m_pending.isEmpty() && !m_store->connectionLost()) {
        m_stack->push(make());
        // Unless the edit met the loss: the store wrote nothing and the stack dropped the failed
        // command; it is made again once the store is back.
        if (!m_store->connectionLost())
            return;
    }
    m_pending.append(make);
    emit pendingChanged(int(m_pending.size()));
}

int StoreEdits::applyPending()
{
    int tried = 0;
    while (!m_pending.isEmpty() && !m_store->connectionLost()) {
        const std::function<QUndoCommand*()> make = m_pending.takeFirst();
        m_stack->push(make());
        if (m_store->connectionLost()) {
            m_pending.prepend(make); // lost again: it waits at the front
            break;
        }
        ++tried;
    }
    emit pendingChanged(int(m_pending.size()));
    return tried;
}

} // namespace ql
