#pragma once

#include "core/domain/Statement.h"

#include <QStringList>

namespace ql {

// A statement as lists show it: the statement plus where it came from and its tags.
struct StatementRow
{
    Statement statement;
    QString articleTitle;
    QString publisher;
    QStringList tags;
    QString note; // the analyst's memo
    // Bumped by every edit of the statement: an edit begun on this version is refused once another
    // window or analyst has changed the row (Store::setStatementSpeaker and the other writes).
    qint64 rowVersion = 0;
};

} // namespace ql
