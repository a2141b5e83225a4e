#pragma once

#include "core/analysis/extraction/TextSpan.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace ql {

// Turns the sentences of a transcript paragraph into statements: a verbless fragment of a few words
// ("High quality.", "And quickly.") belongs to the sentence before it (or after it, at the start of a
// paragraph), and courtesies ("Thank you.", "Thank you very much, Mr President.") are not statements,
// so they never form variant families across speakers.
class TranscriptSentences
{
public:
    static constexpr int MaxFragmentWords = 3;

    static QList<TextSpan> statements(const QString& text, const QList<TextSpan>& sentences);
    static bool isCourtesy(QStringView sentence);
    static bool isFragment(QStringView sentence);
};

} // namespace ql
