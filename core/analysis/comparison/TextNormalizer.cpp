#include "core/analysis/comparison/TextNormalizer.h"

#include "core/analysis/comparison/SpellingFolder.h"
#include "core/analysis/comparison/StopWords.h"

namespace ql {

namespace {

constexpr char16_t kApostrophe = u'\'';

bool isApostrophe(char16_t c)
{
    return c == u'\'' || c == u'\u2019' || c == u'\u02BC';
}

// Reads one code point at `i` and advances `i` past it.
uint codePointAt(QStringView text, qsizetype& i)
{
    const QChar c = text.at(i++);
    if (c.isHighSurrogate() && i < text.size() && text.at(i).isLowSurrogate())
        return QChar::surrogateToUcs4(c, text.at(i++));
    return c.unicode();
}

bool isWordCodePoint(uint cp)
{
    if (QChar::isLetterOrNumber(cp))
        return true;
    const auto cat = QChar::category(cp);
    return cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining
        || cat == QChar::Mark_Enclosing;
}

bool isWordAt(QStringView text, qsizetype i)
{
    if (i < 0 || i >= text.size())
        return false;
    return isWordCodePoint(codePointAt(text, i));
}

bool isDigitAt(QStringView text, qsizetype i)
{
    return i >= 0 && i < text.size() && text.at(i).isDigit();
}

QString comparisonForm(QStringView raw)
{
    bool ascii = true;
    for (const QChar c : raw) {
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii)
        return raw.toString().toLower();
    // Diacritics are dropped only on Latin, Greek and Cyrillic letters (all below U+0530):
    // transliterated names vary in accents, while other scripts need their marks.
    const QString decomposed = raw.toString().normalized(QString::NormalizationForm_KD);
    QString stripped;
    stripped.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing && !stripped.isEmpty()
            && stripped.back().unicode() < 0x0530)
            continue;
        stripped.append(c);
    }
    QString folded = stripped.normalized(QString::NormalizationForm_KC).toCaseFolded();
    // Qt folds case one character at a time, so the full folding of sharp s is done here.
    folded.replace(QChar(0x00DF), QLatin1String("ss"));
    for (QChar& c : folded) {
        if (isApostrophe(c.unicode()))
            c = QChar(kApostrophe);
    }
    return folded;
}

// Contractions are expanded so "can't" matches "cannot" and "it's" matches "it is".
QStringList expandContraction(const QString& word)
{
    if (word == QLatin1String("cannot"))
        return { QStringLiteral("can"), QStringLiteral("not") };
    const qsizetype ap = word.indexOf(QChar(kApostrophe));
    if (ap < 0)
        return { word };
    const QString head = word.left(ap);
    const QString tail = word.mid(ap + 1);
    if (tail == QLatin1String("t") && head.endsWith(QLatin1Char('n')) && head.size() > 1) {
        // "can't" keeps its "n"; the others drop it ("don't" -> "do").
        QString base = head.left(head.size() - 1);
        if (head == QLatin1String("can"))
            base = head;
        else if (head == QLatin1String("won"))
            base = QStringLiteral("will");
        else if (head == QLatin1String("shan"))
            base = QStringLiteral("shall");
        else if (head == QLatin1String("ain"))
            base = QStringLiteral("is");
        return { base, QStringLiteral("not") };
    }
    if (tail == QLatin1String("s")) {
        static const QStringList pronouns { QStringLiteral("it"), QStringLiteral("that"),
            QStringLiteral("there"), QStringLiteral("here"), QStringLiteral("what"), QStringLiteral("who"),
            QStringLiteral("he"), QStringLiteral("she"), QStringLiteral("where"), QStringLiteral("how"),
            QStringLiteral("when"), QStringLiteral("why") };
        if (head == QLatin1String("let"))
            return { head, QStringLiteral("us") };
        if (pronouns.contains(head))
            return { head, QStringLiteral("is") };
        return { head }; // possessive
    }
    static const QStringList shortForms { QStringLiteral("re"), QStringLiteral("ve"), QStringLiteral("ll"),
        QStringLiteral("m"), QStringLiteral("d") };
    static const QStringList longForms { QStringLiteral("are"), QStringLiteral("have"),
        QStringLiteral("will"), QStringLiteral("am"), QStringLiteral("would") };
    const qsizetype form = shortForms.indexOf(tail);
    if (form >= 0 && !head.isEmpty())
        return { head, longForms.at(form) };
    QString joined = word;
    joined.remove(QChar(kApostrophe));
    return { joined };
}

} // namespace

void TextNormalizer::appendWord(QStringView raw, int start, int end, QList<NormalizedToken>& out) const
{
    QString form = comparisonForm(raw);
    if (form.isEmpty())
        return;
    if (form.at(0).isDigit())
        form.remove(QLatin1Char(',')); // "1,000" and "1000" are the same number
    for (const QString& part : expandContraction(form)) {
        if (part.isEmpty())
            continue;
        NormalizedToken token;
        token.text = SpellingFolder::fold(part);
        token.start = start;
        token.end = end;
        token.stopWord = StopWords::contains(token.text);
        out.append(token);
    }
}

QList<NormalizedToken> TextNormalizer::tokenize(QStringView text) const
{
    QList<NormalizedToken> tokens;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        qsizetype next = i;
        if (!isWordCodePoint(codePointAt(text, next))) {
            i = next;
            continue;
        }
        const qsizetype start = i;
        i = next;
        while (i < n) {
            qsizetype after = i;
            const uint cp = codePointAt(text, after);
            if (isWordCodePoint(cp)) {
                i = after;
                continue;
            }
            // An apostrophe between letters belongs to the word ("don't", "Ukraine's");
            // a separator between digits belongs to the number ("2.4", "1,000").
            const char16_t c = text.at(i).unicode();
            if (isApostrophe(c) && isWordAt(text, i + 1) && !isDigitAt(text, i - 1)) {
                ++i;
                continue;
            }
            if ((c == u'.' || c == u',') && isDigitAt(text, i - 1) && isDigitAt(text, i + 1)) {
                ++i;
                continue;
            }
            break;
        }
        appendWord(text.mid(start, i - start), int(start), int(i), tokens);
    }
    return tokens;
}

QStringList TextNormalizer::words(QStringView text) const
{
    QStringList out;
    const auto tokens = tokenize(text);
    out.reserve(tokens.size());
    for (const auto& token : tokens)
        out.append(token.text);
    return out;
}

quint64 TextNormalizer::fingerprint(QStringView text) const
{
    return fingerprint(tokenize(text));
}

quint64 TextNormalizer::fingerprint(const QList<NormalizedToken>& tokens)
{
    // FNV-1a over the UTF-16 units of the tokens, separated by a space.
    quint64 hash = 14695981039346656037ULL;
    const auto feed = [&hash](char16_t unit) {
        hash ^= unit;
        hash *= 1099511628211ULL;
    };
    for (const auto& token : tokens) {
        for (const QChar c : token.text)
            feed(c.unicode());
        feed(u' ');
    }
    return hash;
}

} // namespace ql
