#include "core/analysis/extraction/ArticleTokens.h"

#include <algorithm>

namespace ql {

namespace {

// ASCII by table: the folded character of a letter or digit, 0 for anything else. Only characters
// outside ASCII ask QChar.
struct AsciiTable
{
    std::uint8_t folded[128] {};
    constexpr AsciiTable()
    {
        for (char16_t u = 0; u < 128; ++u) {
            if ((u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'z'))
                folded[u] = std::uint8_t(u);
            else if (u >= u'A' && u <= u'Z')
                folded[u] = std::uint8_t(u + 32);
        }
    }
};

constexpr AsciiTable ascii;

// U+02BC, a letter, is an apostrophe to the lexicon: it hashes as one.
char16_t foldedOther(QChar c)
{
    return c.unicode() == 0x02BC ? u'\'' : c.toLower().unicode();
}

} // namespace

quint64 ArticleTokens::foldedHash(QStringView word)
{
    quint64 h = HashSeed;
    for (const QChar c : word) {
        const char16_t u = c.unicode();
        h ^= u < 128 ? ((u >= u'A' && u <= u'Z') ? char16_t(u + 32) : u) : foldedOther(c);
        h *= HashPrime;
    }
    return h;
}

ArticleTokens::ArticleTokens(const QString& text)
    : m_text(text)
{
    const int n = int(text.size());
    const char16_t* d = reinterpret_cast<const char16_t*>(text.constData());
    // News prose has about one word in six characters.
    m_runs.reserve(std::size_t(n / 6 + 1));
    int i = 0;
    while (i < n) {
        const char16_t u = d[i];
        if (u < 128 ? ascii.folded[u] == 0 : !QChar(u).isLetterOrNumber()) {
            ++i;
            continue;
        }
        Run run;
        run.start = i;
        std::uint8_t flags = 0;
        if (u < 128) {
            if (u >= u'A' && u <= u'Z')
                flags = FirstLetter | FirstUpper;
            else if (u >= u'a')
                flags = FirstLetter | FirstLower;
        } else {
            const QChar c(u);
            if (c.isLetter())
                flags = std::uint8_t(
                    FirstLetter | (c.isUpper() ? FirstUpper : 0) | (c.isLower() ? FirstLower : 0));
        }
        if (i > 0 && d[i - 1] >= 0x0300 && QChar(d[i - 1]).isMark())
            flags |= AfterMark;
        quint64 h = HashSeed;
        // The folded ASCII characters ANDed: a digit (0x30–0x39) clears bit 0x40, which every
        // lower-case letter has.
        unsigned all = 0x40;
        bool other = false;
        bool digit = false;
        int e = i;
        for (;;) {
            // The common case, a run of ASCII letters and digits, in a loop of its own.
            const char16_t* p = d + e;
            const char16_t* const stop = d + n;
            while (p != stop) {
                const char16_t v = *p;
                const unsigned f = v < 128 ? ascii.folded[v] : 0;
                if (f == 0)
                    break;
                all &= f;
                h = (h ^ f) * HashPrime;
                ++p;
            }
            e = int(p - d);
            if (e >= n || d[e] < 128)
                break;
            const QChar c(d[e]);
            if (c.isLetter())
                h = (h ^ foldedOther(c)) * HashPrime;
            else if (c.isNumber())
                h = (h ^ c.toLower().unicode()) * HashPrime, digit = true;
            else
                break;
            other = true;
            ++e;
        }
        digit = digit || (all & 0x40) == 0;
        run.end = e;
        run.hash = h;
        run.flags = std::uint8_t(flags | (digit ? 0 : AllLetters) | (other ? 0 : AsciiOnly));
        m_runs.push_back(run);
        i = e;
    }
}

std::size_t ArticleTokens::firstStartingAt(int pos) const
{
    const auto it = std::lower_bound(
        m_runs.cbegin(), m_runs.cend(), pos, [](const Run& r, int p) { return r.start < p; });
    return std::size_t(it - m_runs.cbegin());
}

bool ArticleTokens::isLetterAt(int i) const
{
    return m_text.at(i).isLetter();
}

} // namespace ql
