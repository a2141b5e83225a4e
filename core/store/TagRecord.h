#pragma once

#include <QList>
#include <QString>

namespace ql {

// One entry of the tag codebook.
struct TagRecord
{
    qint64 id = 0;
    QString name;
    QString colour; // "#rrggbb"; empty: no colour
    bool kept = false; // stays in the codebook when no statement uses it
    int statementCount = 0;
};

// What a tag merge changed, so undo can put both tags back exactly.
struct TagMerge
{
    TagRecord from; // removed by the merge
    qint64 intoId = 0;
    QList<qint64> taggedFrom; // statements that had `from`
    QList<qint64> addedInto; // of those, the ones that got `into` from the merge
};

} // namespace ql
