#pragma once

#include "domain/Statement.h"

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
};

} // namespace ql
