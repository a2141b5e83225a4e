#include "core/analysis/extraction/FigureExtractor.h"

#include "core/analysis/extraction/FigureActorFinder.h"
#include "core/analysis/extraction/TextRules.h"

#include <QRegularExpression>

#include <algorithm>
#include <vector>

namespace ql {

namespace {

struct Amount
{
    int start = -1; // including a currency prefix
    int numberStart = -1;
    int end = -1; // after scale and currency suffix
    double number = 0.0;
    double scale = 1.0;
    bool hasScale = false;
    QString currency;
    bool percent = false;
    bool valid = false;
};

bool isWordCharAt(const QString& text, int pos)
{
    return pos >= 0 && pos < int(text.size())
        && (text.at(pos).isLetterOrNumber() || textrules::isMark(text.at(pos)));
}

int skipSpaces(const QString& text, int pos, int limit, int maxSpaces = 1)
{
    int k = pos;
    int spaces = 0;
    while (k < limit && spaces < maxSpaces
        && (text.at(k) == QLatin1Char(' ') || text.at(k) == QChar(0x00A0) || text.at(k) == QChar(0x202F)
            || text.at(k) == QChar(0x2009))) {
        ++k;
        ++spaces;
    }
    return k;
}

// A word table converted to QString once (the entries hold UTF-8 such as "€").
template<typename Entry, size_t N> const QStringList& tableWords(const Entry (&entries)[N])
{
    static const QStringList words = [&entries] {
        QStringList out;
        for (const Entry& e : entries)
            out.append(QString::fromUtf8(e.word));
        return out;
    }();
    return words;
}

// The lower-cased first letter of each word of a table, so that a lookup folds only the text's letter.
template<typename Entry, size_t N> const std::vector<QChar>& tableLeads(const Entry (&entries)[N])
{
    static const std::vector<QChar> leads = [&entries] {
        std::vector<QChar> out;
        for (const QString& word : tableWords(entries))
            out.push_back(word.at(0).toLower());
        return out;
    }();
    return leads;
}

// Longest word list entry at `pos`, followed by a non-letter; returns its length or 0.
template<typename Entry, size_t N>
int matchWord(const QString& text, int pos, const Entry (&entries)[N], const Entry** found)
{
    const QStringList& words = tableWords(entries);
    const std::vector<QChar>& leads = tableLeads(entries);
    const QChar first = textrules::toLower(text.at(pos));
    int best = 0;
    for (size_t i = 0; i < N; ++i) {
        const QString& word = words.at(qsizetype(i));
        const int len = int(word.size());
        if (len <= best || pos + len > int(text.size()) || leads[i] != first)
            continue;
        const Entry& e = entries[i];
        if (QStringView(text).mid(pos, len).compare(
                word, e.caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive)
                == 0
            && !(pos + len < int(text.size()) && text.at(pos + len).isLetter())) {
            best = len;
            *found = &e;
        }
    }
    return best;
}

struct ScaleWord
{
    const char* word;
    double scale;
    bool caseSensitive;
    bool needsCurrencyPrefix;
};

constexpr ScaleWord Scales[] = {
    { "trillion", 1e12, false, false },
    { "trillions", 1e12, false, false },
    { "tn", 1e12, false, false },
    { "trn", 1e12, false, false },
    { "billion", 1e9, false, false },
    { "billions", 1e9, false, false },
    { "bn", 1e9, false, false },
    { "bln", 1e9, false, false },
    { "b", 1e9, true, true },
    { "million", 1e6, false, false },
    { "millions", 1e6, false, false },
    { "mn", 1e6, false, false },
    { "mln", 1e6, false, false },
    { "m", 1e6, true, true },
    { "thousand", 1e3, false, false },
    { "k", 1e3, true, true },
};

struct CurrencyWord
{
    const char* word;
    const char* iso;
    bool caseSensitive;
};

constexpr CurrencyWord SuffixCurrencies[] = {
    { "euros", "EUR", false },
    { "euro", "EUR", false },
    { "EUR", "EUR", true },
    { "US dollars", "USD", false },
    { "U.S. dollars", "USD", false },
    { "dollars", "USD", false },
    { "dollar", "USD", false },
    { "USD", "USD", true },
    { "pounds sterling", "GBP", false },
    { "pounds", "GBP", false },
    { "sterling", "GBP", false },
    { "GBP", "GBP", true },
    { "Swiss francs", "CHF", false },
    { "francs", "CHF", false },
    { "CHF", "CHF", true },
    { "yen", "JPY", false },
    { "JPY", "JPY", true },
    { "Canadian dollars", "CAD", false },
    { "CAD", "CAD", true },
    { "Australian dollars", "AUD", false },
    { "AUD", "AUD", true },
    { "Swedish kronor", "SEK", false },
    { "kronor", "SEK", false },
    { "SEK", "SEK", true },
    { "Norwegian kroner", "NOK", false },
    { "NOK", "NOK", true },
    { "Danish kroner", "DKK", false },
    { "Danish krone", "DKK", false },
    { "Norwegian krone", "NOK", false },
    // Danish or Norwegian: resolved from the country the text around the amount names.
    { "kroner", "KR?", false },
    { "krone", "KR?", false },
    { "kronor", "SEK", false },
    { "krona", "SEK", false },
    { "DKK", "DKK", true },
    { "zloty", "PLN", false },
    { "zlotys", "PLN", false },
    { "PLN", "PLN", true },
    { "hryvnias", "UAH", false },
    { "hryvnia", "UAH", false },
    { "UAH", "UAH", true },
    { "roubles", "RUB", false },
    { "rubles", "RUB", false },
    { "RUB", "RUB", true },
    { "yuan", "CNY", false },
    { "CNY", "CNY", true },
    { "€", "EUR", true },
    { "$", "USD", true },
    { "£", "GBP", true },
};

constexpr CurrencyWord PrefixCodes[] = {
    { "EUR", "EUR", true },
    { "USD", "USD", true },
    { "GBP", "GBP", true },
    { "CHF", "CHF", true },
    { "JPY", "JPY", true },
    { "CAD", "CAD", true },
    { "AUD", "AUD", true },
    { "SEK", "SEK", true },
    { "NOK", "NOK", true },
    { "DKK", "DKK", true },
    { "PLN", "PLN", true },
    { "UAH", "UAH", true },
    { "CNY", "CNY", true },
    { "RUB", "RUB", true },
    { "US$", "USD", true },
    { "C$", "CAD", true },
    { "A$", "AUD", true },
    { "€", "EUR", true },
    { "$", "USD", true },
    { "£", "GBP", true },
    { "¥", "JPY", true },
};

QString prefixCurrency(const QString& text, int numberStart, int* prefixStart)
{
    int k = numberStart;
    if (k > 0 && (text.at(k - 1) == QLatin1Char(' ') || text.at(k - 1) == QChar(0x00A0)))
        --k;
    if (k == 0 || text.at(k - 1).isSpace() || text.at(k - 1).isDigit())
        return {};
    const QStringList& words = tableWords(PrefixCodes);
    for (size_t i = 0; i < std::size(PrefixCodes); ++i) {
        const CurrencyWord& c = PrefixCodes[i];
        const QString& word = words.at(qsizetype(i));
        const int s = k - int(word.size());
        // The last character first: it tells most codes apart without a call.
        if (s < 0 || text.at(k - 1) != word.at(word.size() - 1)
            || QStringView(text).mid(s, word.size()) != word)
            continue;
        // A code must stand alone ("EUR 2bn"), a symbol may follow anything.
        if (word.at(0).isLetter() && isWordCharAt(text, s - 1))
            continue;
        if (k != numberStart && !word.at(0).isLetter() && word.size() == 1 && s > 0
            && text.at(s - 1).isLetter())
            continue;
        *prefixStart = s;
        return QString::fromLatin1(c.iso);
    }
    return {};
}

Amount parseAmount(const QString& text, int i)
{
    Amount a;
    const int n = int(text.size());
    int j = i;
    double integral = 0.0;
    while (j < n && text.at(j).isDigit() && j - i < 15)
        integral = integral * 10.0 + text.at(j++).digitValue();
    if (j < n && text.at(j).isDigit())
        return a; // too long to be an amount
    // Thousands separators: "1,000,000" (a comma followed by exactly three digits).
    while (j + 3 < n && (text.at(j) == QLatin1Char(',') || text.at(j) == QChar(0x202F))
        && text.at(j + 1).isDigit() && text.at(j + 2).isDigit() && text.at(j + 3).isDigit()
        && !(j + 4 < n && text.at(j + 4).isDigit())) {
        integral = integral * 1000.0 + text.at(j + 1).digitValue() * 100 + text.at(j + 2).digitValue() * 10
            + text.at(j + 3).digitValue();
        j += 4;
    }
    if (j + 1 < n && (text.at(j) == QLatin1Char('.') || text.at(j) == QLatin1Char(','))
        && text.at(j + 1).isDigit()) {
        // "2,4 billion" is a European decimal; "2,400" was taken as thousands above.
        int k = j + 1;
        double scale = 0.1;
        while (k < n && text.at(k).isDigit() && k - j < 12) {
            integral += text.at(k).digitValue() * scale;
            scale /= 10.0;
            ++k;
        }
        while (k < n && text.at(k).isDigit())
            ++k;
        j = k;
    }
    a.number = integral;
    a.numberStart = i;
    a.start = i;
    a.end = j;
    a.currency = prefixCurrency(text, i, &a.start);
    int k = skipSpaces(text, j, n);
    if (k < n && text.at(k) == QLatin1Char('%')) {
        a.percent = true;
        a.end = k + 1;
        a.valid = true;
        return a;
    }
    if (k < n && text.at(k).isLetter()) {
        const QStringView rest = QStringView(text).mid(k, std::min(12, n - k));
        int unitLength = 0;
        if (rest.startsWith(QLatin1String("per cent"), Qt::CaseInsensitive))
            unitLength = 8;
        else if (rest.startsWith(QLatin1String("percent"), Qt::CaseInsensitive))
            unitLength = 7;
        else if (rest.startsWith(QLatin1String("pct"), Qt::CaseInsensitive))
            unitLength = 3;
        if (unitLength > 0) {
            a.percent = true;
            a.end = k + unitLength;
            a.valid = true;
            return a;
        }
    }
    // "a 1-billion-euro contract": hyphens may join number, scale and currency.
    if (k < n - 1 && k == j && text.at(k) == QLatin1Char('-') && text.at(k + 1).isLetter())
        ++k;
    const ScaleWord* scale = nullptr;
    const int scaleLen = k < n ? matchWord(text, k, Scales, &scale) : 0;
    if (scaleLen > 0 && (!scale->needsCurrencyPrefix || (!a.currency.isEmpty() && k == j))) {
        a.scale = scale->scale;
        a.hasScale = true;
        a.end = k + scaleLen;
    }
    if (a.currency.isEmpty()) {
        int c = skipSpaces(text, a.end, n);
        if (c == a.end && a.hasScale && c < n - 1 && text.at(c) == QLatin1Char('-')
            && text.at(c + 1).isLetter())
            ++c;
        const CurrencyWord* cur = nullptr;
        const int curLen = c < n ? matchWord(text, c, SuffixCurrencies, &cur) : 0;
        if (curLen > 0) {
            a.currency = QString::fromLatin1(cur->iso);
            a.end = c + curLen;
        }
    }
    a.valid = true;
    return a;
}

// Whether `word` followed by a space starts at `pos`.
bool wordAndSpaceAt(const QString& text, int pos, QLatin1String word)
{
    const int n = int(text.size());
    return pos + int(word.size()) < n && QStringView(text).mid(pos, word.size()) == word
        && text.at(pos + int(word.size())) == QLatin1Char(' ');
}

QString subjectAfter(const QString& text, int pos)
{
    static const QRegularExpression re(
        QStringLiteral(
            "^[ \\x{00A0}]*(?:worth[ ]+)?(?:(?:of|for|on|in)[ ]+)(?:the[ ]+|new[ ]+)?"
            "((?:[\\w\\-\\x{2019}']+)(?:[ "
            "]+(?!including\\b|to\\b|which\\b|that\\b|and\\b|from\\b|over\\b|by\\b|"
            "per\\b|in\\b|this\\b|was\\b|were\\b|is\\b|will\\b|with\\b|as\\b|a\\b|an\\b|on\\b|for\\b|at\\b|"
            "next\\b|last\\b|each\\b|every\\b|within\\b|until\\b|before\\b|after\\b|during\\b|year\\b|"
            "years\\b|"
            "annually\\b|now\\b|so\\b|but\\b|or\\b|it\\b|they\\b|we\\b|he\\b|she\\b|has\\b|have\\b|had\\b)"
            "[\\w\\-\\x{2019}']+){0,4})"),
        QRegularExpression::UseUnicodePropertiesOption);
    // The pattern needs "of", "for", "on" or "in" (after "worth") right after the amount: most amounts
    // have none, and the test costs less than starting the pattern.
    const int n = int(text.size());
    int k = pos;
    while (k < n && (text.at(k) == QLatin1Char(' ') || text.at(k) == QChar(0x00A0)))
        ++k;
    if (wordAndSpaceAt(text, k, QLatin1String("worth"))) {
        int w = k + 5;
        while (w < n && text.at(w) == QLatin1Char(' '))
            ++w;
        k = w;
    }
    if (!wordAndSpaceAt(text, k, QLatin1String("of")) && !wordAndSpaceAt(text, k, QLatin1String("for"))
        && !wordAndSpaceAt(text, k, QLatin1String("on")) && !wordAndSpaceAt(text, k, QLatin1String("in")))
        return {};
    // Bounded windows keep every regex call O(1) however long the text is.
    const auto m = re.match(text.mid(pos, 120));
    if (!m.hasMatch())
        return {};
    const QString subject = m.captured(1);
    if (subject.at(0).isDigit() || subject.compare(QLatin1String("year"), Qt::CaseInsensitive) == 0)
        return {};
    return subject;
}

// "of the gross domestic product", "of GDP", "of their GDP", "GDP".
int gdpPhraseEnd(const QString& text, int pos)
{
    static const QRegularExpression re(
        QStringLiteral("^[ \\x{00A0}]*(?:of[ ]+(?:the[ ]+|its[ ]+|their[ ]+|our[ ]+|his[ ]+|her[ ]+|your[ "
                       "]+|national[ ]+|"
                       "annual[ ]+|(?:the[ ]+)?[\\w\\x{2019}']+[\\x{2019}']s[ ]+)?(?:gross[ ]+domestic[ "
                       "]+product|GDP|GNP|economic[ ]+output)"
                       "|GDP\\b)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    const QString window = text.mid(pos, 80);
    // Every form the pattern knows names "GDP", "GNP", a "product" or an "output".
    if (!textrules::containsAnyAsciiCaseless(window,
            { QLatin1String("gdp"), QLatin1String("gnp"), QLatin1String("product"),
                QLatin1String("output") }))
        return -1;
    const auto m = re.match(window);
    return m.hasMatch() ? pos + int(m.capturedEnd()) : -1;
}

int targetYear(const QString& text, int pos)
{
    static const QRegularExpression re(
        QStringLiteral("^[^.;!?\\n]{0,50}?\\b(?:by|in|until|till|before|for|from|within)[ ]+(?:the[ ]+end[ "
                       "]+of[ ]+)?((?:19|20)\\d\\d)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(text.mid(pos, 100));
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

// The text between two amounts that makes them one range: "-", "–", "to", "and" after "between".
bool isRangeConnector(const QString& text, const Amount& first, int secondStart)
{
    if (secondStart < first.end || secondStart - first.end > 8)
        return false;
    const QString between = text.mid(first.end, secondStart - first.end).trimmed();
    if (between == QLatin1String("-") || between == QStringLiteral("\u2013")
        || between == QLatin1String("to"))
        return true;
    if (between == QLatin1String("and")) {
        const int from = std::max(0, first.start - 9);
        return text.mid(from, first.start - from).contains(QLatin1String("between"), Qt::CaseInsensitive);
    }
    return false;
}

// "6.5 billion kroner": Danish or Norwegian, whichever country is named nearest the amount.
QString kronerCurrency(const QString& text, int start, int end)
{
    static const QRegularExpression country(
        QStringLiteral("\\b(?:(Denmark|Danish|Copenhagen|Danes)|(Norway|Norwegian|Oslo|Norwegians))\\b"));
    constexpr int Window = 300;
    const int from = std::max(0, start - Window);
    const QString around = text.mid(from, std::min(int(text.size()), end + Window) - from);
    QString best;
    int bestDistance = Window + 1;
    for (auto it = country.globalMatch(around); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const int at = from + int(m.capturedStart());
        const int distance = at < start ? start - at : at - end;
        if (distance < bestDistance) {
            bestDistance = distance;
            best = m.capturedLength(1) > 0 ? QStringLiteral("DKK") : QStringLiteral("NOK");
        }
    }
    return best;
}

// "two", "Three", "ten": small numbers written out, as shares of GDP usually are; -1 otherwise.
int numberWord(QStringView word)
{
    static const char* const words[] = { "zero", "one", "two", "three", "four", "five", "six", "seven",
        "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
        "eighteen", "nineteen", "twenty" };
    for (int v = 0; v < int(std::size(words)); ++v) {
        if (word.compare(QLatin1String(words[v]), Qt::CaseInsensitive) == 0)
            return v;
    }
    return -1;
}

// "two percent of GDP", "three and a half per cent of gross domestic product".
void spelledShares(
    const QString& text, const QList<int>& perAt, const QList<TextSpan>& skipped, QList<Figure>& out)
{
    const int n = int(text.size());
    for (const int p : perAt) {
        const QStringView rest = QStringView(text).mid(p, std::min(8, n - p));
        int unitEnd = -1;
        if (rest.startsWith(QLatin1String("per cent"), Qt::CaseInsensitive))
            unitEnd = p + 8;
        else if (rest.startsWith(QLatin1String("percent"), Qt::CaseInsensitive))
            unitEnd = p + 7;
        if (unitEnd < 0 || (p > 0 && text.at(p - 1).isLetter())
            || (unitEnd < n && text.at(unitEnd).isLetter()))
            continue;
        // Walk back over "and a half" and one number word.
        auto wordBefore = [&text](int end, int* start) {
            int e = end;
            while (e > 0 && text.at(e - 1) == QLatin1Char(' '))
                --e;
            int b = e;
            while (b > 0 && text.at(b - 1).isLetter() && e - b < 12)
                --b;
            *start = b;
            return QStringView(text).mid(b, e - b);
        };
        int start = p;
        double half = 0.0;
        int w1 = 0;
        QStringView word = wordBefore(p, &w1);
        if (word.compare(QLatin1String("half"), Qt::CaseInsensitive) == 0) {
            int w2 = 0;
            int w3 = 0;
            const QStringView a = wordBefore(w1, &w2);
            const QStringView conj = wordBefore(w2, &w3);
            if (a.compare(QLatin1String("a"), Qt::CaseInsensitive) != 0
                || conj.compare(QLatin1String("and"), Qt::CaseInsensitive) != 0)
                continue;
            half = 0.5;
            word = wordBefore(w3, &w1);
        }
        const int value = numberWord(word);
        if (value < 0 || (w1 > 0 && text.at(w1 - 1).isLetterOrNumber()))
            continue;
        start = w1;
        const int gdpEnd = gdpPhraseEnd(text, unitEnd);
        if (gdpEnd < 0 || spansContain(skipped, start))
            continue;
        Figure f;
        f.kind = QStringLiteral("gdp_share");
        f.value = value + half;
        f.start = start;
        f.end = gdpEnd;
        f.text = text.mid(f.start, f.end - f.start);
        f.year = targetYear(text, gdpEnd);
        out.append(f);
    }
}

// "one billion euros", "half a billion dollars", "two million pounds": amounts written in words.
void spelledAmounts(
    const QString& text, const QList<int>& illionAt, const QList<TextSpan>& skipped, QList<Figure>& out)
{
    const int n = int(text.size());
    for (const int p : illionAt) {
        if (p < 2)
            continue;
        const int scaleStart = p - 2; // "billion", "million", "trillion" all have one or two letters before
        const ScaleWord* scale = nullptr;
        int start = -1;
        for (const int s : { p - 1, scaleStart }) {
            if (s < 0 || (s > 0 && text.at(s - 1).isLetter()))
                continue;
            const int len = matchWord(text, s, Scales, &scale);
            if (len > 0 && s + len >= p + 6) {
                start = s;
                break;
            }
        }
        if (start < 0 || !scale)
            continue;
        int scaleEnd = p + 6;
        if (scaleEnd < n && text.at(scaleEnd) == QLatin1Char('s'))
            ++scaleEnd;
        // The number word before the scale.
        int e = start;
        while (e > 0 && text.at(e - 1) == QLatin1Char(' '))
            --e;
        int b = e;
        while (b > 0 && text.at(b - 1).isLetter() && e - b < 12)
            --b;
        if (b == e || (b > 0 && (text.at(b - 1).isLetterOrNumber() || text.at(b - 1) == QLatin1Char('-'))))
            continue;
        const QStringView word = QStringView(text).mid(b, e - b);
        double value = numberWord(word);
        int figureStart = b;
        if (word.compare(QLatin1String("a"), Qt::CaseInsensitive) == 0
            || word.compare(QLatin1String("an"), Qt::CaseInsensitive) == 0) {
            value = 1.0;
            // "half a billion"
            int e2 = b;
            while (e2 > 0 && text.at(e2 - 1) == QLatin1Char(' '))
                --e2;
            int b2 = e2;
            while (b2 > 0 && text.at(b2 - 1).isLetter() && e2 - b2 < 6)
                --b2;
            if (QStringView(text).mid(b2, e2 - b2).compare(QLatin1String("half"), Qt::CaseInsensitive) == 0) {
                value = 0.5;
                figureStart = b2;
            }
        }
        if (value <= 0.0)
            continue;
        const int c = skipSpaces(text, scaleEnd, n);
        const CurrencyWord* cur = nullptr;
        const int curLen = c < n ? matchWord(text, c, SuffixCurrencies, &cur) : 0;
        if (curLen == 0 || !cur->word[0] || !QChar::fromLatin1(cur->word[0]).isLetter()
            || spansContain(skipped, figureStart))
            continue;
        QString currency = QString::fromLatin1(cur->iso);
        if (currency == QLatin1String("KR?"))
            currency = kronerCurrency(text, figureStart, c + curLen);
        if (currency.isEmpty())
            continue;
        Figure f;
        f.kind = QStringLiteral("money");
        f.value = value * scale->scale;
        f.currency = currency;
        f.start = figureStart;
        f.end = c + curLen;
        f.text = text.mid(f.start, f.end - f.start);
        f.subject = subjectAfter(text, f.end);
        out.append(f);
    }
}

} // namespace

QList<Figure> FigureExtractor::extract(const QString& text, const QList<TextSpan>& skipped) const
{
    QList<Figure> out;
    const int n = int(text.size());
    QList<Amount> amounts;
    // Amounts written in words are rare: the same pass notes where they may be ("per cent", "…illion")
    // before anything slower looks.
    QList<int> perAt;
    QList<int> illionAt;
    const QChar* d = text.constData();
    for (int i = 0; i < n; ++i) {
        if (!d[i].isDigit()) {
            const char16_t c = char16_t(d[i].unicode() | 0x20);
            if (c == u'p' && i + 3 <= n && (d[i + 1].unicode() | 0x20) == u'e'
                && (d[i + 2].unicode() | 0x20) == u'r'
                && QStringView(text)
                       .mid(i + 3, std::min(5, n - i - 3))
                       .trimmed()
                       .startsWith(QLatin1String("cent"), Qt::CaseInsensitive))
                perAt.append(i);
            else if (c == u'i' && i + 6 <= n && (d[i + 1].unicode() | 0x20) == u'l'
                && (d[i + 2].unicode() | 0x20) == u'l' && (d[i + 3].unicode() | 0x20) == u'i'
                && (d[i + 4].unicode() | 0x20) == u'o' && (d[i + 5].unicode() | 0x20) == u'n')
                illionAt.append(i);
            continue;
        }
        const QChar prev = i > 0 ? text.at(i - 1) : QChar(QLatin1Char(' '));
        // Inside a word or a code: F-35, A400M, +49, 3.14, 1/2.
        int codeStart = 0;
        const bool glued = (prev.isLetterOrNumber() && prefixCurrency(text, i, &codeStart).isEmpty())
            || prev == QLatin1Char('.') || prev == QLatin1Char('+') || prev == QLatin1Char('/')
            || prev == QLatin1Char(',') || (prev == QLatin1Char('-') && i > 1 && text.at(i - 2).isLetter());
        Amount a;
        if (!glued)
            a = parseAmount(text, i);
        int next = i + 1;
        while (next < n
            && (text.at(next).isDigit() || text.at(next) == QLatin1Char(',')
                || text.at(next) == QLatin1Char('.'))
            && (text.at(next).isDigit() || (next + 1 < n && text.at(next + 1).isDigit())))
            ++next;
        if (a.valid) {
            amounts.append(a);
            next = std::max(next, a.end);
        }
        i = next - 1;
    }
    // Ranges share their scale and currency: "$2-3 billion", "between 2 and 3 billion euros".
    for (int k = 0; k + 1 < amounts.size(); ++k) {
        Amount& a = amounts[k];
        Amount& b = amounts[k + 1];
        if (a.percent != b.percent || !isRangeConnector(text, a, b.start))
            continue;
        if (!a.hasScale && b.hasScale) {
            a.scale = b.scale;
            a.hasScale = true;
        }
        if (a.currency.isEmpty())
            a.currency = b.currency;
        if (b.currency.isEmpty())
            b.currency = a.currency;
    }
    for (int k = 0; k < amounts.size(); ++k) {
        const Amount& a = amounts.at(k);
        if (spansContain(skipped, a.start))
            continue;
        if (a.percent) {
            int gdpEnd = gdpPhraseEnd(text, a.end);
            // "between 2% and 3% of GDP": the share named by the range's last member.
            if (gdpEnd < 0 && k + 1 < amounts.size() && amounts.at(k + 1).percent
                && isRangeConnector(text, a, amounts.at(k + 1).start))
                gdpEnd = gdpPhraseEnd(text, amounts.at(k + 1).end);
            if (gdpEnd < 0)
                continue;
            Figure f;
            f.kind = QStringLiteral("gdp_share");
            f.value = a.number;
            f.start = a.start;
            f.end = std::max(gdpEnd, a.end);
            f.text = text.mid(f.start, f.end - f.start);
            f.year = targetYear(text, gdpEnd);
            out.append(f);
            continue;
        }
        if (a.currency.isEmpty() || a.number <= 0.0)
            continue;
        const QString currency
            = a.currency == QLatin1String("KR?") ? kronerCurrency(text, a.start, a.end) : a.currency;
        if (currency.isEmpty())
            continue; // kroner of no named country: not a guess
        Figure f;
        f.kind = QStringLiteral("money");
        f.value = a.number * a.scale;
        f.currency = currency;
        f.start = a.start;
        f.end = a.end;
        f.text = text.mid(f.start, f.end - f.start);
        f.subject = subjectAfter(text, a.end);
        out.append(f);
    }
    const qsizetype digitFigures = out.size();
    spelledShares(text, perAt, skipped, out);
    spelledAmounts(text, illionAt, skipped, out);
    if (out.size() > digitFigures) // keep text order for the statement links
        std::stable_sort(
            out.begin(), out.end(), [](const Figure& a, const Figure& b) { return a.start < b.start; });
    const FigureActorFinder sentences(text);
    for (Figure& f : out) {
        f.actor = sentences.actor(f.start, f.end);
        // A share of GDP is yearly by definition; only an amount can be a one-off or a rate.
        f.perYear = f.kind == QLatin1String("money") && sentences.perYear(f.start, f.end);
        f.reportedBy = sentences.reportedBy(f.start, f.end);
    }
    return out;
}

} // namespace ql
