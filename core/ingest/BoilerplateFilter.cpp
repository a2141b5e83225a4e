#include "core/ingest/BoilerplateFilter.h"

#include "core/ingest/DateParser.h"

#include <QRegularExpression>

#include <string_view>
#include <unordered_set>
#include <vector>

namespace ql {

namespace {

constexpr auto Ci
    = QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;

int wordCount(QStringView line)
{
    int words = 0;
    bool inWord = false;
    for (const QChar c : line) {
        if (c.isLetterOrNumber()) {
            if (!inWord)
                ++words;
            inWord = true;
        } else if (c.isSpace()) {
            inWord = false;
        }
    }
    return words;
}

bool endsWithSentencePunctuation(QStringView line)
{
    static const QString enders = QStringLiteral(".!?,;:\"”’»)…");
    return !line.isEmpty() && enders.contains(line.back());
}

bool hasLetterOrDigit(QStringView line)
{
    for (const QChar c : line) {
        if (c.isLetterOrNumber())
            return true;
    }
    return false;
}

// Whole lines that are page furniture, whatever the site.
const QRegularExpression& labelLine()
{
    static const QRegularExpression re(
        QStringLiteral(
            "^[\\s\\p{P}\\p{S}]*(?:related|related (?:posts?|articles?|stories|news|content|coverage|"
            "topics|links|reading)|more (?:news|stories|articles|on this( story| topic)?|from .{1,40})|"
            "more (?:\\S+ ){1,3}(?:news|stories|articles|posts|videos|reads)|"
            "recommended(?: for you| articles| stories)?|you (?:may|might) also (?:like|be interested in)|"
            "read (?:more|also|next)|see also|also read|most (?:read|popular|viewed|shared)|"
            "trending(?: now| stories)?|latest (?:news|stories|articles)|top stories|editor'?s picks|"
            "popular (?:posts|stories)|tags?|topics|keywords|share(?: this)?(?: article| story| post)?|"
            "share on \\w+|print(?: this)?(?: article)?|e-?mail|comments?|\\d+ comments?|"
            "leave a (?:reply|comment)|advertisement|advertising|sponsored(?: content)?|"
            "continue reading|story continues below.*|skip to (?:main )?content|menu|search|home|"
            "back to top|follow(?: us| on)?|contact(?: us| info| information)?|newsletter|subscribe(?: now)?|"
            "sign in|log in|register|publish(?:ed)? date|date published|publication date|published|"
            "last updated|updated|"
            "photo|video|listen|watch|source|sources|credits?)[\\s\\p{P}\\p{S}]*$"),
        Ci);
    return re;
}

// Speech transcript markers: not content, but the speech follows them, so they never end the article.
const QRegularExpression& deliveryMarker()
{
    static const QRegularExpression re(
        QStringLiteral(
            "^[\\s\\p{P}\\p{S}]*(?:as delivered|check against delivery|as prepared(?: for delivery)?|"
            "(?:speech|text) as delivered)[\\s\\p{P}\\p{S}]*$"),
        Ci);
    return re;
}

// Lines that announce other content: "Read also: …", "Related: …", "Photo: …".
const QRegularExpression& teaserPrefix()
{
    static const QRegularExpression re(
        QStringLiteral(
            "^[\\s\\p{P}\\p{S}]*(?:read (?:also|more|next)|see also|also read|related(?: story| article)?|"
            "more|watch|listen|recommended|photo|image|picture|video|tags?|topics|keywords|"
            "(?:photo|image) (?:credit|by)|(?:last )?updated|published(?: on)?|posted(?: on)?|"
            "publish date|date|lesen sie auch|mehr zum thema|lire aussi|à lire aussi|voir aussi|leia também|"
            "leia mais|lea también|lee también|ver también|leggi anche)\\s*[:|–—-]"),
        Ci);
    return re;
}

// Calls to action and self-descriptions of the publisher.
const QRegularExpression& promoPhrase()
{
    static const QRegularExpression re(
        QStringLiteral(
            "(?:\\b(?:sign(?:ing)? up|subscribe|register)\\b.{0,40}\\b(?:newsletter|updates|mailing list|"
            "alerts|digest)|\\bnewsletters?\\b.{0,30}\\b(?:sign up|subscribe|inbox)|"
            "\\bdownload (?:our|the)(?: free)?(?: \\w+)? app\\b|\\bget (?:our|the)(?: free)? app\\b|"
            "\\b(?:app store|google play)\\b|\\bfollow us\\b|\\bfollow (?:\\S+ ){0,4}on (?:twitter|x|"
            "facebook|instagram|telegram|linkedin|youtube|tiktok|whatsapp|google news|threads|bluesky)\\b|"
            "\\b(?:join|like) us on\\b|\\bsupport (?:us|our (?:work|journalism)|independent journalism)\\b|"
            "\\bbecome (?:our|a) (?:patron|member|subscriber|supporter)\\b|\\bis the place where you\\b|"
            "\\bconsumer choice\\b|\\bproduct of the year\\b|\\ball rights reserved\\b|©|"
            "\\bcopyright\\s+(?:©\\s*)?(?:19|20)\\d{2}\\b|\\b(?:we|this (?:site|website)) uses? cookies\\b|"
            "\\bcookie (?:policy|settings|preferences|consent)\\b|\\baccept (?:all )?cookies\\b|"
            "\\bprivacy policy\\b|\\bterms (?:of (?:use|service)|and conditions)\\b|"
            "\\b(?:click|tap) here\\b|\\bunsubscribe\\b|\\bfolgen sie uns\\b|\\bsuivez[- ]nous\\b|"
            "\\bsiga-nos\\b|\\bsíguenos\\b|\\bseguici\\b|\\bnewsletter abonnieren\\b|\\babonnez-vous\\b|"
            "\\bsuscríbete\\b)"),
        Ci);
    return re;
}

const QRegularExpression& urlOnly()
{
    static const QRegularExpression re(
        QStringLiteral("^[\\s\\p{P}]*(?:(?:source|url|link|originally published (?:at|on)|read (?:it|more) "
                       "(?:at|on)|via)\\s*:?\\s*)?(?:https?://|www\\.)\\S+[\\s\\p{P}]*$"),
        Ci);
    return re;
}

const QRegularExpression& contactToken()
{
    // Phone numbers (at least seven digits in groups), e-mail addresses and URLs.
    static const QRegularExpression re(
        QStringLiteral(
            "(?:\\+|\\b00)?\\(?\\d[\\d ()./–-]{5,}\\d|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+|"
            "(?:https?://|www\\.)\\S+|\\b(?:tel|phone|fax|mobile|e-?mail|telephone|hotline)\\b\\.?:?"),
        Ci);
    return re;
}

const QRegularExpression& addressLine()
{
    static const QRegularExpression re(
        QStringLiteral(
            "^(?:\\d{4,5}\\s+\\p{Lu}[\\p{L}-]+(?:[\\s–-]+\\p{L}[\\p{L}-]*){0,3}|"
            "[\\p{L}.-]+(?:straße|strasse|str\\.|street|avenue|road|weg|platz|gasse|boulevard|"
            "allee|lane|drive|square|rue|via|calle)\\s*\\d+\\w?|"
            "(?:p\\.?o\\.? box|postfach)\\s*\\d+|.{1,60}\\b(?:gmbh|mbh|ltd\\.?|llc|inc\\.?|s\\.a\\.|ag|"
            "b\\.v\\.|plc|s\\.r\\.l\\.)|contact info(?:rmation)?|impressum)$"),
        Ci);
    return re;
}

const QRegularExpression& footnoteLine()
{
    static const QRegularExpression re(
        QStringLiteral("^\\*+\\s*(?:study|survey|source|data|according)\\b"), Ci);
    return re;
}

bool isContactLine(const QString& line)
{
    if (!line.contains(QLatin1Char('@')) && !line.contains(QLatin1String("://"))
        && !line.contains(QLatin1String("www."))) {
        int digits = 0;
        for (const QChar c : line)
            digits += c.isDigit();
        if (digits < 7)
            return false;
    }
    QString rest = line;
    rest.remove(contactToken());
    int letters = 0;
    for (const QChar c : rest)
        letters += c.isLetter();
    return letters < 8 && rest.size() < line.size();
}

// Words one of which every promo phrase contains: the expensive pattern runs only on lines
// that have one, which keeps the filter fast on long articles.
bool mayBePromo(const QString& line)
{
    // Looked up by view: no string is built per word of every line of every imported article.
    static const std::unordered_set<std::u16string_view> triggers
        = { u"newsletter", u"newsletters", u"subscribe", u"download", u"app", u"follow", u"consumer",
              u"rights", u"copyright", u"cookie", u"cookies", u"privacy", u"click", u"tap", u"unsubscribe",
              u"patron", u"folgen", u"suivez", u"siga", u"síguenos", u"seguici", u"abonnez", u"suscríbete" };
    static const QLatin1String phrases[] = { QLatin1String("support us"), QLatin1String("support our"),
        QLatin1String("support independent"), QLatin1String("place where you"), QLatin1String("us on"),
        QLatin1String("product of the year"), QLatin1String("terms of"), QLatin1String("terms and"),
        QLatin1String("google play"), QLatin1String("become a") };
    if (line.contains(QChar(0x00A9)))
        return true;
    const QString lower = line.toLower();
    for (const QLatin1String& p : phrases) {
        if (lower.contains(p))
            return true;
    }
    const QChar* d = lower.constData();
    const qsizetype n = lower.size();
    qsizetype start = -1;
    for (qsizetype i = 0; i <= n; ++i) {
        const bool letter = i < n && d[i].isLetter();
        if (letter && start < 0)
            start = i;
        if (!letter && start >= 0) {
            if (i - start >= 3 && i - start <= 11
                && triggers.count(
                    std::u16string_view(reinterpret_cast<const char16_t*>(d + start), size_t(i - start))))
                return true;
            start = -1;
        }
    }
    return false;
}

// A number next to a currency sign or a percent sign.
bool holdsAmount(const QString& line)
{
    const qsizetype n = line.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = line.at(i);
        if (c.category() != QChar::Symbol_Currency && c != QLatin1Char('%'))
            continue;
        if ((i > 0 && line.at(i - 1).isDigit()) || (i + 1 < n && line.at(i + 1).isDigit())
            || (i > 1 && line.at(i - 1) == QLatin1Char(' ') && line.at(i - 2).isDigit()))
            return true;
    }
    return false;
}

bool isMenuItem(const QString& line, int words)
{
    static const QString enders = QStringLiteral(".!?,;:\"”’»…");
    if (words == 0 || words > 4 || line.size() > 40 || enders.contains(line.back()))
        return false;
    const QChar first = line.front();
    if (line.startsWith(QLatin1String("By "))) // a byline belongs to the article header
        return false;
    if (holdsAmount(line)) // "Air defence | $850 million": a table row or a list of figures, not a menu
        return false;
    return !first.isLetter() || first.isUpper();
}

} // namespace

BoilerplateFilter::Verdict BoilerplateFilter::classify(const QString& line)
{
    if (line.isEmpty())
        return Verdict::Keep;
    if (!hasLetterOrDigit(line))
        return Verdict::Drop; // bullets, rules, separators
    const int words = wordCount(line);
    if (words > 60)
        return Verdict::Keep; // long prose: no furniture is this long
    if (words <= 6 && deliveryMarker().match(line).hasMatch())
        return Verdict::Drop;
    if (words <= 12 && labelLine().match(line).hasMatch())
        return Verdict::DropAndEndArticle;
    if (mayBePromo(line) && promoPhrase().match(line).hasMatch())
        return Verdict::DropAndEndArticle;
    if (words <= 25 && teaserPrefix().match(line).hasMatch())
        return Verdict::Drop;
    if (words <= 25 && footnoteLine().match(line).hasMatch())
        return Verdict::Drop;
    if (words <= 12 && urlOnly().match(line).hasMatch())
        return Verdict::Drop;
    if (words <= 16 && isContactLine(line))
        return Verdict::Drop;
    if (words <= 8 && addressLine().match(line).hasMatch())
        return Verdict::Drop;
    if (words <= 10 && DateParser::isDateOnly(line))
        return Verdict::Drop;
    return Verdict::Keep;
}

QStringList BoilerplateFilter::filter(const QStringList& lines) const
{
    const qsizetype n = lines.size();
    std::vector<char> drop(size_t(n), 0);
    std::vector<int> words(size_t(n), 0);
    std::vector<char> endsArticle(size_t(n), 0);
    for (qsizetype i = 0; i < n; ++i) {
        if (lines[i].isEmpty())
            continue;
        words[size_t(i)] = wordCount(lines[i]);
        const Verdict v = classify(lines[i]);
        if (v != Verdict::Keep)
            drop[size_t(i)] = 1;
        endsArticle[size_t(i)] = v == Verdict::DropAndEndArticle;
    }

    // Menus: runs of short capitalised lines without sentence punctuation.
    for (qsizetype i = 0; i < n;) {
        if (lines[i].isEmpty() || !isMenuItem(lines[i], words[size_t(i)])) {
            ++i;
            continue;
        }
        qsizetype j = i;
        int run = 0;
        int items = 0;
        qsizetype last = i;
        while (j < n && (lines[j].isEmpty() || drop[size_t(j)] || isMenuItem(lines[j], words[size_t(j)]))) {
            if (!lines[j].isEmpty()) {
                ++run;
                items += !drop[size_t(j)];
                last = j;
            }
            ++j;
        }
        // Five lines, three of them bare words: an article header (headline, agency, place) is shorter.
        if (run >= 5 && items >= 3) {
            for (qsizetype k = i; k <= last; ++k)
                drop[size_t(k)] = 1;
        }
        i = j;
    }

    // After the last real paragraph (a long sentence), a "Related posts", newsletter or follow-us
    // line starts the page footer: everything from there on is furniture.
    qsizetype lastProse = -1;
    for (qsizetype i = 0; i < n; ++i) {
        if (!drop[size_t(i)] && words[size_t(i)] >= 20 && endsWithSentencePunctuation(lines[i]))
            lastProse = i;
    }
    bool contentBefore = lastProse >= 0;
    for (qsizetype i = lastProse + 1; i < n; ++i) {
        if (!drop[size_t(i)] && !lines[i].isEmpty())
            contentBefore = true;
        if (endsArticle[size_t(i)] && contentBefore) {
            for (qsizetype k = i; k < n; ++k)
                drop[size_t(k)] = 1;
            break;
        }
    }

    QStringList out;
    out.reserve(n);
    for (qsizetype i = 0; i < n; ++i) {
        if (drop[size_t(i)])
            continue;
        if (lines[i].isEmpty() && (out.isEmpty() || out.back().isEmpty()))
            continue;
        out.append(lines[i]);
    }
    while (!out.isEmpty() && out.back().isEmpty())
        out.removeLast();
    return out;
}

} // namespace ql
