#pragma once

#include "core/domain/Article.h"
#include "core/domain/Figure.h"
#include "core/domain/Statement.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace ql {

// Everything one article owns in the store, ids included, so undo can put it back exactly.
struct StatementSnapshot
{
    Statement statement;
    QStringList tags;
    QList<qint64> linkedFigureIds; // figures whose statement_id pointed here
    QList<qint64> tagIds; // the ids of `tags`, in the same order, so undo keeps them
    QString note;
    qint64 familyId = 0; // its variant family; 0 when not placed
    // Restored too, so an edit that was undone across the delete still matches the row.
    qint64 rowVersion = 0;
};

struct ArticleSnapshot
{
    Article article;
    QList<StatementSnapshot> statements;
    QList<Figure> figures;
    QString note;
};

} // namespace ql
