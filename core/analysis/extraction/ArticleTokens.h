#pragma once

#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <cstdint>
#include <vector>

namespace ql {

// The words of one article, found once: every maximal run of letters and digits
// (QChar::isLetterOrNumber) with what the scans ask about it. The extractor's passes over the whole
// text (speaker mentions, pronoun votes, the article lexicon, relative-date anchors, event aliases)
// each walked every character and classified it again; they walk these runs instead, so a character
// is classified once per article. The table answers exactly what a character scan would: a consumer
// that reads it gives the same result as one that scans the text (tst_articletokens checks both).
class ArticleTokens
{
public:
    enum Flag : std::uint8_t {
        AllLetters = 1, // no digit in the run: the run is one letter run
        FirstLetter = 2, // the run starts with a letter
        FirstUpper = 4, // … an upper-case one (QChar::isUpper)
        FirstLower = 8, // … a lower-case one (QChar::isLower)
        AfterMark = 16, // the character before the run is a combining mark
        AsciiOnly = 32, // every character of the run is ASCII
    };

    struct Run
    {
        int start = 0;
        int end = 0;
        // foldedHash() of the run's characters: a word list tells most runs apart by it unread.
        quint64 hash = 0;
        std::uint8_t flags = 0;
        bool has(Flag f) const { return (flags & f) != 0; }
        int length() const { return end - start; }
    };

    ArticleTokens() = default;
    explicit ArticleTokens(const QString& text);

    // The table describes `text`: the same characters in the same memory, which the table's own copy
    // keeps alive and unchanged (a changed string detaches). Not only equal characters: a consumer
    // asks this once per call, and comparing texts would cost what the table saves. (A
    // QString::fromRawData() text whose buffer changes under the table would defeat it; the extractor
    // gets none.)
    bool describes(const QString& text) const
    {
        return m_text.constData() == text.constData() && m_text.size() == text.size();
    }
    const QString& text() const { return m_text; }
    const std::vector<Run>& runs() const { return m_runs; }
    // FNV-1a over the characters lower-cased (ASCII by arithmetic, any other by QChar::toLower(), the
    // letter U+02BC as an ASCII apostrophe): the hash ArticleLexicon keeps of a word, and the one every
    // run carries.
    static quint64 foldedHash(QStringView word);
    static constexpr quint64 HashSeed = 1469598103934665603ULL;
    static constexpr quint64 HashPrime = 1099511628211ULL;

    // Index of the first run that starts at or after `pos` (runs().size() when none).
    std::size_t firstStartingAt(int pos) const;

    // Calls f(start, end) for every maximal run of letters (QChar::isLetter) inside `run`, in order.
    template<typename F> void forEachLetterRun(const Run& run, F&& f) const
    {
        if (run.has(AllLetters)) {
            f(run.start, run.end);
            return;
        }
        int i = run.start;
        while (i < run.end) {
            while (i < run.end && !isLetterAt(i))
                ++i;
            const int s = i;
            while (i < run.end && isLetterAt(i))
                ++i;
            if (i > s)
                f(s, i);
        }
    }

private:
    bool isLetterAt(int i) const;

    QString m_text; // shares the described text's data
    std::vector<Run> m_runs;
};

} // namespace ql
