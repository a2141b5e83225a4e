#include "core/analysis/extraction/TextRules.h"

#include "core/analysis/extraction/ArticleTokens.h"
#include "core/analysis/extraction/FoldedHashSet.h"

#include <QSet>

#include <algorithm>
#include <bitset>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace ql::textrules {

namespace {

// A set of lower-case words looked up without allocating: these checks run for every capitalised
// word of every article.
class WordSet
{
public:
    WordSet(std::initializer_list<const char*> words)
    {
        m_storage.reserve(words.size());
        for (const char* w : words)
            m_storage.push_back(QString::fromUtf8(w));
        for (const QString& s : m_storage) {
            m_set.insert(std::u16string_view(reinterpret_cast<const char16_t*>(s.utf16()), size_t(s.size())));
            m_hashes.insert(ArticleTokens::foldedHash(s));
            if (s.isEmpty() || s.size() > MaxWord)
                continue;
            m_lengths |= quint64(1) << s.size();
            const char16_t lead = s.at(0).unicode();
            const char16_t last = s.at(s.size() - 1).unicode();
            if (lead < 128)
                m_leads[size_t(s.size())].set(lead);
            else
                m_otherLeads = true;
            if (last < 128)
                m_lasts[size_t(s.size())].set(last);
            else
                m_otherLasts = true;
        }
    }

    bool contains(QStringView word) const
    {
        if (word.isEmpty() || word.size() > MaxWord || (m_lengths & (quint64(1) << word.size())) == 0)
            return false;
        // Most words asked about are in no set: the length with the first and last letters (folded
        // ASCII; anything else may fold to anything) rejects them unhashed.
        const size_t length = size_t(word.size());
        const char16_t lead = fold(word.at(0));
        if (lead < 128 ? !m_leads[length].test(lead) : !m_otherLeads)
            return false;
        const char16_t last = fold(word.at(word.size() - 1));
        if (last < 128 ? !m_lasts[length].test(last) : !m_otherLasts)
            return false;
        char16_t buffer[MaxWord];
        buffer[0] = lead;
        for (qsizetype i = 1; i < word.size(); ++i)
            buffer[i] = fold(word.at(i));
        return m_set.count(std::u16string_view(buffer, size_t(word.size()))) > 0;
    }

    // For a run of ASCII letters (ArticleTokens): false when no word of the set has its hash, so that
    // contains() is false for it. (Such a word folds the same way here and in the hash.)
    bool mayContainRunHash(quint64 hash) const { return m_hashes.contains(hash); }

private:
    static char16_t fold(QChar c)
    {
        const char16_t u = c.unicode();
        if (u < 128)
            return (u >= u'A' && u <= u'Z') ? char16_t(u + 32) : u;
        if (u == 0x2019)
            return u'\'';
        if (u == 0x2010 || u == 0x2011)
            return u'-';
        return c.toLower().unicode();
    }

    static constexpr qsizetype MaxWord = 40;

    std::vector<QString> m_storage;
    std::unordered_set<std::u16string_view> m_set;
    FoldedHashSet m_hashes;
    quint64 m_lengths = 0; // bit k: some word has k characters
    std::bitset<128> m_leads[MaxWord + 1]; // by length: the ASCII first letters
    std::bitset<128> m_lasts[MaxWord + 1]; // by length: the ASCII last letters
    bool m_otherLeads = false; // some word starts with another character
    bool m_otherLasts = false; // some word ends with another character
};

WordSet wordSet(std::initializer_list<const char*> words)
{
    return WordSet(words);
}

bool inSet(const WordSet& set, QStringView word)
{
    return set.contains(word);
}

} // namespace

bool isLetter(QChar c)
{
    return c.isLetter() || isMark(c);
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || isMark(c) || c == QLatin1Char('-') || isApostrophe(c);
}

bool isDashOrSpace(QChar c)
{
    return c.isSpace() || c == QLatin1Char('-') || c == QChar(0x2013) || c == QChar(0x2014);
}

QString foldWord(QStringView word)
{
    QString out = word.toString().toLower();
    out.replace(QChar(0x2019), QLatin1Char('\''));
    out.replace(QChar(0x2010), QLatin1Char('-'));
    out.replace(QChar(0x2011), QLatin1Char('-'));
    return out;
}

bool containsFolded(const QSet<QString>& set, QStringView word)
{
    constexpr qsizetype MaxWord = 64;
    char16_t buffer[MaxWord];
    if (word.size() > MaxWord)
        return set.contains(foldWord(word));
    for (qsizetype i = 0; i < word.size(); ++i) {
        const char16_t u = word.at(i).unicode();
        if (u < 128)
            buffer[i] = (u >= u'A' && u <= u'Z') ? char16_t(u + 32) : u;
        else if (u == 0x2019)
            buffer[i] = u'\'';
        else if (u == 0x2010 || u == 0x2011)
            buffer[i] = u'-';
        else
            return set.contains(foldWord(word)); // full Unicode lower-casing, as foldWord() does
    }
    return set.contains(QString::fromRawData(reinterpret_cast<const QChar*>(buffer), word.size()));
}

bool isSpeechVerb(QStringView word)
{
    static const WordSet verbs = wordSet({ "said", "says", "say", "stressed", "stresses", "added", "adds",
        "noted", "notes", "warned", "warns", "told", "tells", "explained", "explains", "emphasized",
        "emphasised", "emphasizes", "emphasises", "remarked", "remarks", "stated", "states", "declared",
        "declares", "insisted", "insists", "argued", "argues", "continued", "continues", "concluded",
        "concludes", "underlined", "underlines", "underscored", "underscores", "highlighted", "highlights",
        "observed", "observes", "commented", "comments", "wrote", "writes", "tweeted", "tweets", "asked",
        "asks", "replied", "replies", "urged", "urges", "recalled", "recalls", "acknowledged", "acknowledges",
        "admitted", "admits", "announced", "announces", "claimed", "claims", "suggested", "suggests",
        "affirmed", "affirms", "reiterated", "reiterates", "cautioned", "cautions", "predicted", "predicts",
        "confirmed", "confirms", "assured", "assures", "indicated", "indicates", "maintained", "maintains",
        "vowed", "vows", "promised", "promises", "pointed", "points", "stressing", "saying", "adding",
        "noting", "warning", "explaining", "emphasizing", "emphasising", "declaring", "insisting", "arguing",
        "telling", "calling", "called", "calls", "answered", "answers", "responded", "responds", "exclaimed",
        "quipped", "mentioned", "mentions", "described", "describes", "thinks", "believes", "believed",
        "announcing", "underlining", "highlighting", "recalling", "urging", "concluding", "writing",
        "remarking", "observing", "summed", "reminded", "reminds", "spoke", "speaks", "agreed", "agrees",
        "objected", "countered", "conceded", "concedes", "boasted", "complained", "estimated", "estimates",
        "forecast", "revealed", "reveals", "disclosed", "assessed", "pledged", "pledges", "appealed",
        "demanded", "demands" });
    return inSet(verbs, word);
}

namespace {

const WordSet& pronounSet()
{
    static const WordSet pronouns = wordSet({ "he", "she" });
    return pronouns;
}

} // namespace

bool isPronoun(QStringView word)
{
    return inSet(pronounSet(), word);
}

bool isAdverbFiller(QStringView word)
{
    static const WordSet fillers = wordSet({ "also", "then", "later", "today", "yesterday", "again",
        "further", "publicly", "repeatedly", "recently", "previously", "once", "already", "still", "firmly",
        "clearly", "bluntly", "openly", "has", "had", "have", "was", "is", "would", "will", "reportedly",
        "separately", "earlier", "now", "himself", "herself", "explicitly", "specifically", "strongly" });
    return inSet(fillers, word);
}

namespace {

const WordSet& titleSet()
{
    static const WordSet titles = wordSet({ "secretary", "general", "secretary-general", "minister",
        "president", "vice-president", "prime", "chancellor", "commissioner", "ambassador", "admiral", "gen.",
        "adm.", "maj.", "capt.", "brig.", "cmdr.", "cdr.", "sgt.", "gov.", "amb.", "supt.", "lt.", "col.",
        "colonel", "major", "captain", "ceo", "cfo", "coo", "chairman", "chairwoman", "chair", "chairperson",
        "director", "director-general", "spokesperson", "spokesman", "spokeswoman", "senator", "sen.", "rep.",
        "representative", "governor", "mayor", "king", "queen", "prince", "chief", "head", "deputy", "vice",
        "assistant", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof.", "professor", "high",
        "executive", "officer", "commander", "marshal", "lieutenant", "pope", "premier", "envoy",
        "undersecretary", "under-secretary", "state", "speaker", "founder", "co-founder", "analyst",
        "economist", "researcher", "expert", "manager", "boss", "leader", "adviser", "advisor", "counsellor",
        "counselor", "sir", "dame", "lord", "lady", "baroness", "chief-of-staff", "member", "mep", "mp",
        "rev.", "rev", "reverend", "rabbi", "pastor", "msgr.", "fr.", "sgt", "cpl.", "pvt.", "atty.", "supt",
        "rep", "sen", "gov", "lt", "gen", "col", "capt", "congressman", "congresswoman", "delegate",
        "justice", "judge" });
    return titles;
}

} // namespace

bool isTitleWord(QStringView word)
{
    return inSet(titleSet(), word);
}

bool mayBePronounOrTitleRun(quint64 runHash)
{
    return pronounSet().mayContainRunHash(runHash) || titleSet().mayContainRunHash(runHash);
}

bool isRoleQualifier(QStringView word)
{
    static const WordSet qualifiers = wordSet({ "nato", "nato's", "eu", "eu's", "un", "u.s.", "us", "uk",
        "the", "alliance", "alliance's", "foreign", "defence", "defense", "finance", "economy", "interior",
        "former", "current", "new", "acting", "ukrainian", "ukraine's", "romanian", "german", "french",
        "british", "american", "polish", "dutch", "danish", "norwegian", "swedish", "finnish", "italian",
        "spanish", "estonian", "latvian", "lithuanian", "russian", "russia's", "turkish", "canadian",
        "european", "commission", "council", "parliament", "company", "group", "industry", "military",
        "armed", "forces", "army", "navy", "air", "force", "national", "security", "federal", "state",
        "german's", "of", "for", "and", "affairs", "policy", "investment", "production", "procurement",
        "industrial", "strategy", "innovation", "operations", "communications", "press", "public",
        "diplomacy", "emerging", "challenges" });
    return inSet(qualifiers, word);
}

bool isNameParticle(QStringView word)
{
    static const WordSet particles = wordSet({ "de", "van", "von", "der", "den", "da", "di", "du", "la", "le",
        "al", "bin", "ter", "ten", "del", "dos", "das", "y" });
    return inSet(particles, word);
}

bool isNonNameWord(QStringView word)
{
    static const WordSet words = wordSet({ "the", "a", "an", "in", "on", "at", "but", "and", "or", "during",
        "after", "before", "as", "for", "with", "this", "that", "these", "those", "it", "its", "we", "i",
        "he", "she", "they", "our", "their", "his", "her", "also", "when", "while", "if", "since", "today",
        "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
        "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "to", "from", "by", "of", "there", "here", "what", "which", "who", "why", "how", "so",
        "yet", "however", "meanwhile", "moreover", "according", "first", "second", "third", "thank", "ladies",
        "gentlemen", "dear", "nato", "eu", "un", "us", "u.s.", "uk", "ukraine", "russia", "europe", "america",
        "alliance", "allies", "ally", "forum", "summit", "agency", "plan", "union", "council", "ministry",
        "fund", "industry", "group", "company", "commission", "parliament", "office", "government", "news",
        "source", "details", "background", "read", "related", "posts", "contact", "follow", "download",
        "sign", "publish", "date", "photo", "image", "more", "all", "some", "many", "every", "each", "no",
        "not", "one", "two", "three", "many", "both", "such", "said", "says", "not", "north", "south", "east",
        "west", "eastern", "western", "war", "defence", "defense", "security", "washington", "brussels",
        "kyiv", "moscow", "berlin", "paris", "london", "stockholm", "bucharest", "white", "house", "states",
        "united", "kingdom", "republic", "federation", "international", "democratic", "republican", "cold",
        "revolution", "action", "production", "procurement", "support", "innovation", "initiative",
        "strategy", "programme", "program", "treaty", "article", "report", "press", "release", "statement",
        "speech", "remarks", "transcript", "ukrainian", "russian", "german", "french", "british", "american",
        "european", "indo-pacific", "pacific", "atlantic", "baltic", "black", "sea", "air", "land", "naval",
        "space", "cyber", "logistics", "training", "unmanned", "special", "forces", "homeland", "components",
        "systems", "publications", "latin" });
    return inSet(words, word);
}

bool isPreposition(QStringView word)
{
    static const WordSet preps = wordSet({ "with", "to", "of", "for", "by", "from", "and", "about", "against",
        "between", "among", "thanked", "met", "meeting", "like", "than", "toward", "towards", "including",
        "beside", "besides", "unlike", "via", "or" });
    return inSet(preps, word);
}

int monthNumber(QStringView word)
{
    static const QStringList months
        = { QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"), QStringLiteral("apr"),
              QStringLiteral("may"), QStringLiteral("jun"), QStringLiteral("jul"), QStringLiteral("aug"),
              QStringLiteral("sep"), QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec") };
    static const QStringList full = { QStringLiteral("january"), QStringLiteral("february"),
        QStringLiteral("march"), QStringLiteral("april"), QStringLiteral("may"), QStringLiteral("june"),
        QStringLiteral("july"), QStringLiteral("august"), QStringLiteral("september"),
        QStringLiteral("october"), QStringLiteral("november"), QStringLiteral("december") };
    if (word.size() < 3 || word.size() > 10)
        return 0;
    QString w = word.toString().toLower();
    if (w.endsWith(QLatin1Char('.')))
        w.chop(1);
    for (int i = 0; i < 12; ++i) {
        if (w == full.at(i) || w == months.at(i) || (i == 8 && w == QLatin1String("sept")))
            return i + 1;
    }
    return 0;
}

bool isMonthName(QStringView word)
{
    return monthNumber(word) != 0;
}

int wordCount(QStringView text)
{
    int count = 0;
    bool inWord = false;
    for (const QChar c : text) {
        const bool w = c.isLetterOrNumber() || isMark(c);
        if (w && !inWord)
            ++count;
        if (w)
            inWord = true;
        else if (c.isSpace() || c == QChar(0x2014) || c == QChar(0x2013))
            inWord = false;
    }
    return count;
}

bool containsAsciiCaseless(QStringView text, QLatin1String lowerNeedle)
{
    const qsizetype n = text.size();
    const qsizetype m = lowerNeedle.size();
    if (m == 0)
        return true;
    const char first = lowerNeedle.at(0).toLatin1();
    for (qsizetype i = 0; i + m <= n; ++i) {
        if (toLower(text.at(i)).unicode() != char16_t(first))
            continue;
        qsizetype k = 1;
        while (k < m && toLower(text.at(i + k)).unicode() == char16_t(lowerNeedle.at(k).toLatin1()))
            ++k;
        if (k == m)
            return true;
    }
    return false;
}

bool containsAnyAsciiCaseless(QStringView text, std::initializer_list<QLatin1String> lowerNeedles)
{
    // The needles' first letters as a mask: the pass tells most characters apart with one test.
    quint32 leads = 0;
    for (const QLatin1String needle : lowerNeedles) {
        const char first = needle.isEmpty() ? 0 : needle.at(0).toLatin1();
        if (first < 'a' || first > 'z') {
            for (const QLatin1String each : lowerNeedles) {
                if (containsAsciiCaseless(text, each))
                    return true;
            }
            return false;
        }
        leads |= quint32(1) << (first - 'a');
    }
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t u = toLower(text.at(i)).unicode();
        if (u < u'a' || u > u'z' || (leads & (quint32(1) << (u - u'a'))) == 0)
            continue;
        for (const QLatin1String needle : lowerNeedles) {
            const qsizetype m = needle.size();
            if (u != char16_t(needle.at(0).toLatin1()) || i + m > n)
                continue;
            qsizetype k = 1;
            while (k < m && toLower(text.at(i + k)).unicode() == char16_t(needle.at(k).toLatin1()))
                ++k;
            if (k == m)
                return true;
        }
    }
    return false;
}

int editDistance(QStringView a, QStringView b, int maxDistance)
{
    const int n = int(a.size());
    const int m = int(b.size());
    if (std::abs(n - m) > maxDistance)
        return maxDistance + 1;
    std::vector<int> prev(size_t(m) + 1);
    std::vector<int> cur(size_t(m) + 1);
    for (int j = 0; j <= m; ++j)
        prev[size_t(j)] = j;
    for (int i = 1; i <= n; ++i) {
        cur[0] = i;
        int rowBest = cur[0];
        for (int j = 1; j <= m; ++j) {
            const int cost = toLower(a[i - 1]) == toLower(b[j - 1]) ? 0 : 1;
            cur[size_t(j)]
                = std::min({ prev[size_t(j)] + 1, cur[size_t(j) - 1] + 1, prev[size_t(j) - 1] + cost });
            rowBest = std::min(rowBest, cur[size_t(j)]);
        }
        if (rowBest > maxDistance)
            return maxDistance + 1;
        std::swap(prev, cur);
    }
    return std::min(prev[size_t(m)], maxDistance + 1);
}

} // namespace ql::textrules
