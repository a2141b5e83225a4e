#include "core/analysis/extraction/TranscriptSentences.h"

#include "core/analysis/extraction/TextRules.h"

#include <QRegularExpression>
#include <QSet>

namespace ql {

using namespace textrules;

bool TranscriptSentences::isCourtesy(QStringView sentence)
{
    static const QRegularExpression re(
        QStringLiteral(
            "^(?:(?:and )?thank you(?: (?:very|so) much)?(?: (?:all|everyone|again|for "
            "(?:your|the) (?:attention|question|questions|invitation)|for having (?:me|us)))?|thanks(?: (?:a "
            "lot|again|"
            "everyone))?|many thanks|ladies and gentlemen|good (?:morning|afternoon|evening)(?: "
            "(?:everyone|all))?|welcome(?: everyone| all)?)(?:[,;] *(?:[\\w\\-.]+ ?){0,4})?[.!,]*$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    const QStringView s = sentence.trimmed();
    if (s.isEmpty() || s.size() > 80)
        return false;
    return re.match(s.toString()).hasMatch();
}

bool TranscriptSentences::isFragment(QStringView sentence)
{
    static const QSet<QString> verbs = [] {
        QSet<QString> v;
        for (const char* w : { "is", "are", "was", "were", "be", "been", "am", "have", "has", "had", "do",
                 "does", "did", "will", "would", "can", "could", "must", "should", "may", "might", "shall",
                 "need", "needs", "want", "wants", "know", "think", "see", "get", "go", "make", "let",
                 "let's", "it's", "we're", "i'm", "that's", "there's", "here's", "don't", "won't", "can't" })
            v.insert(QString::fromLatin1(w));
        return v;
    }();
    if (wordCount(sentence) > MaxFragmentWords)
        return false;
    int i = 0;
    const int n = int(sentence.size());
    while (i < n) {
        if (!sentence.at(i).isLetter()) {
            ++i;
            continue;
        }
        int e = i;
        while (e < n && (sentence.at(e).isLetter() || isApostrophe(sentence.at(e))))
            ++e;
        const QStringView w = sentence.mid(i, e - i);
        if (containsFolded(verbs, w) || (w.size() > 4 && w.endsWith(QLatin1String("ed"))))
            return false;
        i = e;
    }
    return true;
}

QList<TextSpan> TranscriptSentences::statements(const QString& text, const QList<TextSpan>& sentences)
{
    QList<TextSpan> out;
    bool pendingJoin = false; // a fragment opened the paragraph: the next sentence takes it
    int pendingStart = -1;
    int pendingEnd = -1;
    for (const TextSpan& s : sentences) {
        const QStringView sentence = QStringView(text).mid(s.start, s.length());
        if (isCourtesy(sentence))
            continue;
        if (isFragment(sentence)) {
            // Joined within a paragraph, or across one line break ("Ukraine needs capabilities.\n
            // High quality.\nAnd quickly."): a blank line starts a new thought.
            const bool adjacent = !out.isEmpty()
                && QStringView(text).mid(out.last().end, s.start - out.last().end).count(QLatin1Char('\n'))
                    <= 1;
            if (adjacent) {
                out.last().end = s.end;
            } else if (!pendingJoin) {
                pendingJoin = true;
                pendingStart = s.start;
                pendingEnd = s.end;
            } else {
                pendingEnd = s.end;
            }
            continue;
        }
        TextSpan kept = s;
        if (pendingJoin
            && QStringView(text).mid(pendingStart, s.start - pendingStart).count(QLatin1Char('\n')) > 1) {
            out.append(TextSpan { pendingStart, pendingEnd });
            pendingJoin = false;
        }
        if (pendingJoin) {
            kept.start = pendingStart;
            pendingJoin = false;
        }
        out.append(kept);
    }
    // A paragraph of fragments only ("Yes. Absolutely.") stays one statement.
    if (pendingJoin)
        out.append(TextSpan { pendingStart, pendingEnd });
    return out;
}

} // namespace ql
