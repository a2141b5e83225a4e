#include "views/import/PasteFormat.h"

#include <QRegularExpression>

namespace ql {

PasteFormat::Kind PasteFormat::sniff(const QString& text)
{
    // Only the head is looked at: pastes can be whole pages and this runs on every keystroke.
    const QString head = text.left(4096);
    static const QRegularExpression htmlTag(
        QStringLiteral("<(!doctype\\s+html|html|head|body|article|div|p|span|h[1-6]|"
                       "blockquote|ul|ol|li|table|section|br)(\\s[^>]*)?/?>"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression closingTag(QStringLiteral("</[a-zA-Z][a-zA-Z0-9]*>"));
    const QRegularExpressionMatch open = htmlTag.match(head);
    if (open.hasMatch() && (closingTag.match(head).hasMatch() || head.trimmed().startsWith(QLatin1Char('<'))))
        return Kind::Html;

    // Two distinct Markdown signals, so a stray "# " or "*" in a plain paste stays plain.
    static const QRegularExpression heading(
        QStringLiteral("^#{1,6}\\s+\\S"), QRegularExpression::MultilineOption);
    static const QRegularExpression link(QStringLiteral("\\[[^\\]\\n]+\\]\\([^)\\s]+\\)"));
    static const QRegularExpression emphasis(QStringLiteral("(\\*\\*|__)[^*_\\n]+(\\*\\*|__)"));
    static const QRegularExpression quote(QStringLiteral("^>\\s+\\S"), QRegularExpression::MultilineOption);
    static const QRegularExpression bullet(
        QStringLiteral("^[*+-]\\s+\\S"), QRegularExpression::MultilineOption);
    int hits = 0;
    for (const QRegularExpression* re : { &heading, &link, &emphasis, &quote, &bullet })
        hits += re->match(head).hasMatch() ? 1 : 0;
    if (hits >= 2 || (heading.match(head).hasMatch() && head.trimmed().startsWith(QLatin1Char('#'))))
        return Kind::Markdown;
    return Kind::PlainText;
}

QString PasteFormat::mimeType(Kind kind)
{
    switch (kind) {
    case Kind::Html:
        return QStringLiteral("text/html");
    case Kind::Markdown:
        return QStringLiteral("text/markdown");
    case Kind::PlainText:
        break;
    }
    return QStringLiteral("text/plain");
}

} // namespace ql
