#include "BoilerplateLineFinder.h"

#include <QRegularExpression>

namespace ql {

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
    if (lead.match(s).hasMatch())
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
