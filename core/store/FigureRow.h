#pragma once

#include "core/domain/Figure.h"

#include <QDate>
#include <QString>

namespace ql {

// A figure as charts need it: with its date (the statement's, else the article's), speaker and source.
struct FigureRow
{
    Figure figure;
    QDate date;
    QString speaker;
    QString source; // publisher, else the article title
    QString publisher; // empty when the article names none
    QString sentence; // the statement holding the figure, else the figure's own text
};

} // namespace ql
