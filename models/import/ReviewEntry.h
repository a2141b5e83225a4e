#pragma once

#include "core/importing/PreparedArticle.h"

#include <QString>
#include <QVector>

namespace ql {

// One prepared document as the analyst reviews it: its status, whether it is kept, and which
// of its statements and figures are accepted.
struct ReviewEntry
{
    enum class Status { Ok, Duplicate, Rejected };

    PreparedArticle prepared;
    Status status = Status::Rejected;
    QString reason; // why it is rejected or a duplicate; empty when ok
    bool included = true; // only meaningful for Ok entries
    QVector<bool> statementAccepted; // parallel to prepared.extraction.statements
    QVector<bool> figureAccepted; // parallel to prepared.extraction.figures

    static ReviewEntry fromPrepared(const PreparedArticle& prepared);
    bool willImport() const { return status == Status::Ok && included; }
    int acceptedStatementCount() const;
    int acceptedFigureCount() const;
    // The article as it will land: rejected statements and figures left out, figure links to
    // statements renumbered.
    PreparedArticle accepted() const;
};

} // namespace ql
