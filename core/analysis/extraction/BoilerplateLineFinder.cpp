#include "core/analysis/extraction/BoilerplateLineFinder.h"

#include <QRegularExpression>

namespace ql {

namespace {

// Whether the line may open with one of the phrases of the `lead` pattern: each of them starts with
// one of these words, and most lines of prose with none, so the pattern runs only where it may match.
// Letters compare folded (ASCII, and the Kelvin sign and the long s that the case-insensitive pattern
// also takes for "k" and "s"); a line that goes on with other characters outside ASCII after a bullet is
// left to the pattern.
bool mayOpenWithBoilerplate(QStringView s)
{
    static const char* const prefixes[] = { "read ", "also read", "see also", "related", "more:", "for more",
        "download", "sign up", "subscribe", "follow ", "share ", "advertisement", "copyright", "all rights",
        "contact ", "publish", "cookie", "privacy", "terms of", "newsletter", "tag", "photo",
        "image:", "credit:", "source:", "http", "www.", "click here", "watch:", "listen:", "print", "email",
        "e-mail", "back to top", "skip to", "log", "register" };
    auto fold = [](char16_t u) {
        if (u >= u'A' && u <= u'Z')
            return char16_t(u + 32);
        if (u == 0x017F)
            return u's';
        if (u == 0x212A)
            return u'k';
        return u;
    };
    auto opensWithPrefix = [&s, &fold](qsizetype at) {
        if (at >= s.size())
            return false; // every prefix has a first letter
        if (s.at(at) == QChar(0x00A9))
            return true;
        const char16_t first = fold(s.at(at).unicode());
        for (const char* p : prefixes) {
            if (char16_t(p[0]) != first)
                continue;
            qsizetype k = 1;
            for (; p[k] != 0; ++k) {
                if (at + k >= s.size() || fold(s.at(at + k).unicode()) != char16_t(p[k]))
                    break;
            }
            if (p[k] == 0)
                return true;
        }
        return false;
    };
    if (opensWithPrefix(0))
        return true;
    const char16_t first = s.isEmpty() ? 0 : s.at(0).unicode();
    if (first != u'-' && first != u'*' && first != 0x2022 && first != u'>' && first != u'|')
        return false;
    qsizetype at = 1;
    while (at < s.size() && s.at(at).isSpace())
        ++at;
    return (at < s.size() && s.at(at).unicode() >= 128) || opensWithPrefix(at);
}

} // namespace

bool BoilerplateLineFinder::isBoilerplateLine(QStringView line)
{
    static const QRegularExpression lead(
        QStringLiteral(
            "^(?:[-*\\x{2022}>|]\\s*)?(?:read (?:also|more|next)|also read|see also|related(?: posts| "
            "articles| news| stories|:|$)|"
            "more:|for more|download|sign up|subscribe|follow (?:us|on)|share "
            "(?:this|on)|advertisement|copyright|"
            "\\x{00A9}|all rights reserved|contact (?:us|info)|publish(?:ed)? date|cookie|privacy|terms of|"
            "newsletter|tags?:|photo(?: credit)?:|image:|credit:|source: *https?:|https?://|www\\.|click "
            "here|"
            "watch:|listen:|print\\b|email\\b|e-mail\\b|back to top|skip to|log ?in\\b|register\\b)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression phone(QStringLiteral("(?:\\+|\\(0)\\d[\\d ()\\-\\x{2013}/]{6,}\\d"));
    static const QRegularExpression email(
        QStringLiteral("[\\w.+-]+@[\\w-]+\\.[\\w.]+"), QRegularExpression::UseUnicodePropertiesOption);
    const QStringView trimmedLine = line.trimmed();
    if (trimmedLine.isEmpty())
        return false;
    // A view on the article's own buffer: no copy per line.
    const QString s = QString::fromRawData(trimmedLine.data(), trimmedLine.size());
    // Most lines have a letter among their first characters; the searches for the phone and e-mail
    // marks run only when the line is short enough for those patterns to be tried.
    bool letters = false;
    for (const QChar c : trimmedLine) {
        if (c.isLetter()) {
            letters = true;
            break;
        }
    }
    if (!letters)
        return true;
    const bool shortLine = s.size() < 200;
    const bool plus
        = shortLine && (trimmedLine.contains(QLatin1Char('+')) || trimmedLine.contains(QLatin1Char('(')));
    const bool at = shortLine && trimmedLine.contains(QLatin1Char('@'));
    if (mayOpenWithBoilerplate(trimmedLine) && lead.match(s).hasMatch())
        return true;
    if (s.size() < 200 && plus && phone.match(s).hasMatch())
        return true;
    if (s.size() < 200 && at && email.match(s).hasMatch())
        return true;
    return false;
}

QList<TextSpan> BoilerplateLineFinder::boilerplateLines(const QString& text) const
{
    QList<TextSpan> out;
    const int n = int(text.size());
    int start = 0;
    while (start < n) {
        int end = int(text.indexOf(QLatin1Char('\n'), start));
        if (end < 0)
            end = n;
        // Long lines are prose; checking only short ones keeps this cheap and safe.
        if (end - start < 200 && isBoilerplateLine(QStringView(text).mid(start, end - start)))
            out.append(TextSpan { start, end });
        start = end + 1;
    }
    return out;
}

} // namespace ql
