#pragma once

#include "core/domain/Figure.h"
#include "core/domain/Statement.h"

#include <QList>

namespace ql {

// What the extractor found in one article's text.
struct Extraction
{
    QList<Statement> statements;
    QList<Figure> figures;
    bool isTranscript = false;
    QString transcriptSpeaker;
};

} // namespace ql
