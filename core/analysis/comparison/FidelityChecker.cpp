#include "core/analysis/comparison/FidelityChecker.h"

#include "core/analysis/comparison/TextNormalizer.h"
#include "core/analysis/comparison/WordDiff.h"

#include <algorithm>
#include <vector>

namespace ql {

namespace {

// Position of the first contiguous run of `needle` in `haystack`, or -1.
int findRun(const QList<NormalizedToken>& haystack, const QList<NormalizedToken>& needle)
{
    const int n = int(needle.size());
    const int m = int(haystack.size());
    for (int start = 0; start + n <= m; ++start) {
        int i = 0;
        while (i < n && haystack.at(start + i).text == needle.at(i).text)
            ++i;
        if (i == n)
            return start;
    }
    return -1;
}

// Fitting alignment: the whole quote against the transcript stretch that scores best.
// Content words weigh more than stop words, so a window is anchored on what was said.
std::pair<int, int> bestWindow(const QList<NormalizedToken>& quote, const QList<NormalizedToken>& transcript)
{
    const int n = int(quote.size());
    const int m = int(transcript.size());
    constexpr int kGap = -2;
    constexpr int kMismatch = -2;
    std::vector<int> previous(size_t(m) + 1, 0);
    std::vector<int> current(size_t(m) + 1, 0);
    std::vector<int> previousStart(size_t(m) + 1);
    std::vector<int> currentStart(size_t(m) + 1);
    for (int j = 0; j <= m; ++j)
        previousStart[size_t(j)] = j;
    for (int i = 1; i <= n; ++i) {
        const NormalizedToken& q = quote.at(i - 1);
        current[0] = previous[0] + kGap;
        currentStart[0] = 0;
        for (int j = 1; j <= m; ++j) {
            const bool same = q.text == transcript.at(j - 1).text;
            const int match = same ? (q.stopWord ? 2 : 4) : kMismatch;
            int score = previous[size_t(j - 1)] + match;
            int start = previousStart[size_t(j - 1)];
            if (previous[size_t(j)] + kGap > score) {
                score = previous[size_t(j)] + kGap;
                start = previousStart[size_t(j)];
            }
            if (current[size_t(j - 1)] + kGap > score) {
                score = current[size_t(j - 1)] + kGap;
                start = currentStart[size_t(j - 1)];
            }
            current[size_t(j)] = score;
            currentStart[size_t(j)] = start;
        }
        std::swap(previous, current);
        std::swap(previousStart, currentStart);
    }
    int bestEnd = 0;
    for (int j = 1; j <= m; ++j) {
        if (previous[size_t(j)] > previous[size_t(bestEnd)])
            bestEnd = j;
    }
    return { previousStart[size_t(bestEnd)], bestEnd };
}

} // namespace

FidelityChecker::FidelityChecker(double alteredThreshold)
    : m_alteredThreshold(alteredThreshold)
{ }

QString FidelityChecker::verdictName(FidelityVerdict verdict)
{
    switch (verdict) {
    case FidelityVerdict::Verbatim:
        return QStringLiteral("verbatim");
    case FidelityVerdict::Altered:
        return QStringLiteral("altered");
    case FidelityVerdict::NotFound:
        break;
    }
    return QStringLiteral("not_found");
}

FidelityResult FidelityChecker::check(QStringView quote, const QStringList& transcriptSentences) const
{
    const QString joined = transcriptSentences.join(QLatin1Char('\n'));
    return check(quote, QStringView(joined));
}

FidelityResult FidelityChecker::check(QStringView quote, QStringView transcript) const
{
    FidelityResult result;
    const TextNormalizer normalizer;
    const QList<NormalizedToken> quoteTokens = normalizer.tokenize(quote);
    const QList<NormalizedToken> transcriptTokens = normalizer.tokenize(transcript);
    if (quoteTokens.isEmpty() || transcriptTokens.isEmpty())
        return result;

    int first = findRun(transcriptTokens, quoteTokens);
    int last = first < 0 ? -1 : first + int(quoteTokens.size());
    if (first < 0) {
        const auto window = bestWindow(quoteTokens, transcriptTokens);
        first = window.first;
        last = window.second;
    }
    if (first >= last)
        return result;
    const QList<NormalizedToken> windowTokens = transcriptTokens.mid(first, last - first);
    const WordDiff differ;
    QList<DiffOp> diff = differ.compare(quoteTokens, windowTokens);
    const double share = WordDiff::equalShare(diff);
    const bool verbatim = share >= 1.0;
    // A window that agrees only on "it is not for us" says nothing about the quote.
    bool contentAgrees = false;
    for (const DiffOp& op : diff) {
        for (int i = op.leftFirst; op.kind == DiffOpKind::Equal && i < op.leftLast; ++i)
            contentAgrees = contentAgrees || !quoteTokens.at(i).stopWord;
    }
    if (!verbatim && (share < m_alteredThreshold || !contentAgrees))
        return result;
    result.verdict = verbatim ? FidelityVerdict::Verbatim : FidelityVerdict::Altered;
    result.similarity = share;
    result.transcriptStart = windowTokens.front().start;
    result.transcriptEnd = windowTokens.back().end;
    result.transcriptExcerpt
        = transcript.mid(result.transcriptStart, result.transcriptEnd - result.transcriptStart).toString();
    // Diff offsets on the right side already refer to the transcript text.
    result.diff = diff;
    return result;
}

} // namespace ql
