#pragma once

#include "models/commands/StatementRedater.h"
#include "models/commands/StoreCommand.h"

#include "core/domain/Statement.h"

#include <QDate>
#include <QList>

#include <optional>

namespace ql {

// Title, date, source and publisher of an article, edited together as the properties dialog does.
// A new date re-dates the article's statements in the same step ("on Tuesday" needs the article's
// date).
class EditArticleCommand : public StoreCommand
{
public:
    struct Fields
    {
        QString title;
        QDate published;
        QString sourceUrl;
        // No value: the publisher stays as it is.
        std::optional<QString> publisher = std::nullopt;
    };
    EditArticleCommand(Store* store, qint64 articleId, const Fields& fields);
    // With the re-dating worked out beforehand (off the GUI thread, see RedatingRunner) against the
    // store as it is now: the command keeps those windows for redo and undo.
    EditArticleCommand(Store* store, qint64 articleId, const Fields& fields, StatementRedater::Change dates);

protected:
    StoreError apply() override;
    StoreError revert() override;

private:
    StoreError write(const Fields& to, const QList<Statement>& dates, const Fields& from);

    qint64 m_articleId;
    Fields m_new;
    Fields m_old;
    QList<Statement> m_datesBefore; // the statements' windows as stored before the edit
    QList<Statement> m_datesAfter;
};

} // namespace ql
