#include "BoilerplateLineFinder.h"

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
    auto opensWithPrefix = [&s](qsizetype at) {
        if (at < s.size() && s.at(at) == QChar(0x00A9))
            return true;
        for (const char* p : prefixes) {
            qsizetype k = 0;
            for (; p[k] != 0; ++k) {
                if (at + k >= s.size())
                    break;
                char16_t u = s.at(at + k).unicode();
                if (u >= u'A' && u <= u'Z')
                    u = char16_t(u + 32);
                else if (u == 0x017F)
                    u = u's';
                else if (u == 0x212A)
                    u = u'k';
                if (u != char16_t(p[k]))
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
    bool letters = false;
    bool plus = false;
    bool at = false;
    for (const QChar c : trimmedLine) {
        letters = letters || c.isLetter();
        plus = plus || c == QLatin1Char('+') || c == QLatin1Char('(');
        at = at || c == QLatin1Char('@');
    }
    if (!letters)
        return true;
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
