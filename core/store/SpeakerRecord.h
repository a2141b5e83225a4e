#pragma once

#include <QList>
#include <QStringList>

namespace ql {

// A speaker as the Speakers dialog edits it: the name, the names re-imports may spell it with,
// the office holder it is, and how many statements it has.
struct SpeakerRecord
{
    qint64 id = 0;
    QString name;
    QString holder; // a holder in the offices table; empty when not linked
    QStringList aliases; // sorted
    int statementCount = 0;
};

// What a merge changed, so undo can split the speakers again exactly.
struct SpeakerMerge
{
    SpeakerRecord from; // removed by the merge
    SpeakerRecord into; // as it was before the merge
    QList<qint64> statementIds; // moved from `from` to `into`
};

} // namespace ql
