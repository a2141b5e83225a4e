#include "core/ingest/PlainTextReader.h"

namespace ql {

namespace {

bool endsSentenceOrClause(QStringView line)
{
    if (line.isEmpty())
        return true;
    static const QString enders = QStringLiteral(".!?:;,\"”’»)…|");
    return enders.contains(line.back());
}

// A line of a hard-wrapped paragraph: long, and not closed by punctuation.
bool continuesOnNextLine(QStringView line, QStringView next)
{
    if (line.size() < 50 || next.isEmpty() || endsSentenceOrClause(line))
        return false;
    const QChar first = next.front();
    return first.isLetterOrNumber() || first == QLatin1Char('(') || first == QChar(0x201C)
        || first == QLatin1Char('"');
}

} // namespace

QString PlainTextReader::cleanLine(QStringView line)
{
    QString out;
    out.reserve(line.size());
    bool space = false;
    for (const QChar c : line) {
        const char16_t u = c.unicode();
        const bool isSpace = u == ' ' || u == '\t' || u == 0x00a0 || u == 0x2007 || u == 0x202f
            || (u >= 0x2000 && u <= 0x200a) || u == 0x3000 || u == '\f' || u == '\v';
        if (isSpace) {
            space = !out.isEmpty();
            continue;
        }
        // Zero-width characters, soft hyphens and stray controls carry no text.
        if (u == 0x200b || u == 0x200c || u == 0x200d || u == 0x2060 || u == 0xfeff || u == 0x00ad
            || (u < 0x20) || (u >= 0x7f && u < 0xa0))
            continue;
        if (space) {
            out += QLatin1Char(' ');
            space = false;
        }
        out += c;
    }
    return out;
}

QStringList PlainTextReader::lines(const QString& decoded) const
{
    QStringList out;
    qsizetype start = 0;
    const qsizetype n = decoded.size();
    const QChar* d = decoded.constData();
    bool lastBlank = true;
    for (qsizetype i = 0; i <= n; ++i) {
        const bool end = i == n;
        const char16_t u = end ? u'\n' : d[i].unicode();
        if (u != '\n' && u != '\r' && u != 0x2028 && u != 0x2029 && u != 0x85)
            continue;
        const QString line = cleanLine(QStringView(d + start, i - start));
        if (line.isEmpty()) {
            if (!lastBlank)
                out.append(QString());
            lastBlank = true;
        } else {
            out.append(line);
            lastBlank = false;
        }
        if (u == '\r' && i + 1 < n && d[i + 1] == QLatin1Char('\n'))
            ++i;
        start = i + 1;
    }
    while (!out.isEmpty() && out.back().isEmpty())
        out.removeLast();
    return out;
}

QString PlainTextReader::assemble(const QStringList& lines)
{
    QString text;
    qsizetype total = 0;
    for (const QString& l : lines)
        total += l.size() + 2;
    text.reserve(total);
    // Without any blank line the writer used one line per paragraph.
    const bool hasBlank = lines.contains(QString());
    qsizetype i = 0;
    while (i < lines.size()) {
        if (lines[i].isEmpty()) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < lines.size() && !lines[end].isEmpty())
            ++end;
        // A block of long, complete sentences one per line is a run of paragraphs, as pasted
        // articles often come; short lines (speeches, verse, addresses) stay one paragraph.
        int longLines = 0;
        for (qsizetype k = i; k < end; ++k)
            longLines += lines[k].size() >= 120 && endsSentenceOrClause(lines[k]);
        const bool linePerParagraph = !hasBlank || (end - i >= 2 && longLines * 3 >= (end - i) * 2);
        if (!text.isEmpty())
            text += QStringLiteral("\n\n");
        for (qsizetype k = i; k < end; ++k) {
            if (k > i) {
                if (continuesOnNextLine(lines[k - 1], lines[k]))
                    text += QLatin1Char(' ');
                else
                    text += linePerParagraph ? QStringLiteral("\n\n") : QStringLiteral("\n");
            }
            text += lines[k];
        }
        i = end;
    }
    return text;
}

} // namespace ql
