#include "core/analysis/extraction/SentenceSplitter.h"

#include "core/analysis/extraction/TextRules.h"

#include <QSet>

namespace ql {

namespace {

bool isClosingMark(QChar c)
{
    return c == QLatin1Char('"') || c == QLatin1Char('\'') || c == QChar(0x201D) || c == QChar(0x2019)
        || c == QChar(0x00BB) || c == QLatin1Char(')') || c == QLatin1Char(']') || c == QChar(0x201C);
}

bool isAbbreviation(QStringView word)
{
    static const QSet<QString> abbreviations = [] {
        QSet<QString> s;
        for (const char* w :
            { "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "st", "sen",
                "rep", "gov", "no", "nos", "vs", "etc", "inc", "ltd", "co", "corp", "jan", "feb", "mar",
                "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "fig", "approx", "e.g", "i.e",
                "u.s", "u.k", "u.n", "e.u", "jr", "sr", "mt", "ft", "est", "dept", "univ" })
            s.insert(QString::fromUtf8(w));
        return s;
    }();
    return abbreviations.contains(word.toString().toLower());
}

} // namespace

bool SentenceSplitter::endsSentenceAt(const QString& text, int dot, int limit)
{
    const QChar c = text.at(dot);
    int next = dot + 1;
    if (c == QLatin1Char('.')) {
        if (next < limit && text.at(next).isDigit())
            return false; // 2.4
        int w = dot;
        while (w > 0 && (text.at(w - 1).isLetter() || text.at(w - 1) == QLatin1Char('.')))
            --w;
        const QStringView word = QStringView(text).mid(w, dot - w);
        if (word.size() == 1 && word.at(0).isUpper())
            return false; // initial
        if (!word.isEmpty() && isAbbreviation(word))
            return false;
    }
    while (next < limit && isClosingMark(text.at(next)))
        ++next;
    if (next >= limit)
        return true;
    if (!text.at(next).isSpace())
        return false;
    while (next < limit && text.at(next).isSpace() && text.at(next) != QLatin1Char('\n'))
        ++next;
    if (next >= limit || text.at(next) == QLatin1Char('\n'))
        return true;
    const QChar n = text.at(next);
    return n.isUpper() || n.isDigit() || n.isPunct() || !n.isLetter();
}

QList<TextSpan> SentenceSplitter::split(const QString& text, TextSpan range) const
{
    QList<TextSpan> out;
    const int limit = std::min(range.end, int(text.size()));
    int start = range.start;
    auto addSentence = [&](int end) {
        int s = start;
        int e = end;
        while (s < e && text.at(s).isSpace())
            ++s;
        while (e > s && text.at(e - 1).isSpace())
            --e;
        if (e > s)
            out.append(TextSpan { s, e });
    };
    for (int i = range.start; i < limit; ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\n')) {
            addSentence(i);
            start = i + 1;
        } else if ((c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?')
                       || c == QChar(0x2026))
            && endsSentenceAt(text, i, limit)) {
            int end = i + 1;
            while (end < limit && isClosingMark(text.at(end)))
                ++end;
            addSentence(end);
            start = end;
            i = end - 1;
        }
    }
    addSentence(limit);
    return out;
}

} // namespace ql
