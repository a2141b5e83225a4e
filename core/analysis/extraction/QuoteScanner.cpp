#include "core/analysis/extraction/QuoteScanner.h"

#include "core/analysis/extraction/TextRules.h"

#include <vector>

namespace ql {

namespace {

enum class Family { Double, Single, Guillemet };

struct Opener
{
    int pos = 0;
    QChar mark;
    Family family = Family::Double;
};

struct ScanState
{
    const QString& text;
    QList<QuoteSpan>& out;
    std::vector<Opener> stack;
    QList<TextSpan> pieces; // finished pieces of the outermost quotation (multi-paragraph)
    int pieceStart = -1;
    QList<QuoteSpan> children; // closed quotations directly inside the outermost one
};

bool isSpaceAt(const QString& text, int pos)
{
    return pos < 0 || pos >= int(text.size()) || text.at(pos).isSpace();
}

bool isWordAt(const QString& text, int pos)
{
    return pos >= 0 && pos < int(text.size())
        && (text.at(pos).isLetterOrNumber() || textrules::isMark(text.at(pos)));
}

bool isOpeningMark(QChar c)
{
    return c == QChar(0x201C) || c == QChar(0x201E) || c == QChar(0x00AB) || c == QLatin1Char('"')
        || c == QChar(0x2018) || c == QChar(0x201A) || c == QLatin1Char('\'');
}

Family familyOf(QChar c)
{
    if (c == QChar(0x00AB) || c == QChar(0x00BB))
        return Family::Guillemet;
    if (c == QChar(0x2018) || c == QChar(0x2019) || c == QChar(0x201A) || c == QLatin1Char('\''))
        return Family::Single;
    return Family::Double;
}

int findOpener(const std::vector<Opener>& stack, Family family, QChar onlyMark = QChar())
{
    for (int i = int(stack.size()) - 1; i >= 0; --i) {
        const Opener& o = stack[size_t(i)];
        if (o.family == family && (onlyMark.isNull() || o.mark == onlyMark))
            return i;
    }
    return -1;
}

// The outermost quotation never closed: its mark was unbalanced, but complete quotations inside it are real.
void abandon(ScanState& st)
{
    for (const QuoteSpan& child : std::as_const(st.children)) {
        if (child.contentEnd() - child.contentStart() > 0)
            st.out.append(child);
    }
    st.children.clear();
    st.pieces.clear();
    st.stack.clear();
}

void push(ScanState& st, int pos, QChar mark)
{
    // Real text nests quotations two or three deep; a deeper pile of marks is noise, and capping it keeps
    // every stack search O(1).
    if (st.stack.size() >= QuoteScanner::MaxDepth)
        abandon(st);
    if (st.stack.empty())
        st.pieceStart = pos + 1;
    st.stack.push_back(Opener { pos, mark, familyOf(mark) });
}

void closeAt(ScanState& st, int index, int closePos)
{
    const Opener opener = st.stack[size_t(index)];
    st.stack.resize(size_t(index));
    if (index == 0) {
        QuoteSpan span;
        span.open = opener.pos;
        span.close = closePos;
        span.pieces = st.pieces;
        span.pieces.append(TextSpan { st.pieceStart, closePos });
        const int length = span.contentEnd() - span.contentStart();
        if (length > 0 && length <= QuoteScanner::MaxQuoteLength)
            st.out.append(span);
        st.pieces.clear();
        st.children.clear();
    } else if (index == 1) {
        QuoteSpan child;
        child.open = opener.pos;
        child.close = closePos;
        child.pieces.append(TextSpan { opener.pos + 1, closePos });
        st.children.append(child);
    }
}

void handleMark(ScanState& st, int i)
{
    const QString& text = st.text;
    const QChar c = text.at(i);
    const bool spaceBefore = isSpaceAt(text, i - 1) || (i > 0 && textrules::isDashOrSpace(text.at(i - 1)))
        || (i > 0 && (text.at(i - 1) == QLatin1Char('(') || text.at(i - 1) == QLatin1Char('[')));
    const bool spaceAfter = isSpaceAt(text, i + 1);
    const ushort u = c.unicode();
    switch (u) {
    case 0x201C: { // “ opens, or closes a German „
        const int german = findOpener(st.stack, Family::Double, QChar(0x201E));
        if (german >= 0 && german == int(st.stack.size()) - 1 && !spaceBefore)
            closeAt(st, german, i);
        else
            push(st, i, c);
        break;
    }
    case 0x201D: { // ”
        const int idx = findOpener(st.stack, Family::Double);
        if (idx >= 0 && st.stack[size_t(idx)].mark != QLatin1Char('"'))
            closeAt(st, idx, i);
        else if (idx >= 0 && !spaceBefore)
            closeAt(st, idx, i);
        else if (spaceBefore && !spaceAfter)
            push(st, i, c); // Nordic style ”…”
        break;
    }
    case 0x201E:
        push(st, i, c);
        break;
    case 0x00AB: // «
        push(st, i, c);
        break;
    case 0x00BB: { // »
        const int idx = findOpener(st.stack, Family::Guillemet);
        if (idx >= 0)
            closeAt(st, idx, i);
        break;
    }
    case '"': {
        int idx = findOpener(st.stack, Family::Double, QLatin1Char('"'));
        // “… yet," — a quotation opened with a curly mark and closed with a straight one (mixed
        // keyboards and converted text).
        if (idx < 0 && !spaceBefore && !isWordAt(text, i + 1))
            idx = findOpener(st.stack, Family::Double, QChar(0x201C));
        if (idx >= 0 && !spaceBefore)
            closeAt(st, idx, i);
        else if (!spaceAfter && !isWordAt(text, i - 1))
            push(st, i, c);
        break;
    }
    case 0x2018: { // ‘ opens, or closes a German ‚
        const int low = findOpener(st.stack, Family::Single, QChar(0x201A));
        if (low >= 0 && !spaceBefore)
            closeAt(st, low, i);
        else if (!spaceAfter)
            push(st, i, c);
        break;
    }
    case 0x201A:
        push(st, i, c);
        break;
    case 0x2019:
    case '\'': {
        if (isWordAt(text, i - 1) && isWordAt(text, i + 1))
            break; // apostrophe inside a word
        const int idx = findOpener(st.stack, Family::Single);
        if (idx >= 0 && !spaceBefore && (u == 0x2019 || st.stack[size_t(idx)].mark == QLatin1Char('\''))) {
            closeAt(st, idx, i);
        } else if (spaceBefore && !spaceAfter && u == '\'' && isWordAt(text, i + 1)) {
            push(st, i, c);
        }
        break;
    }
    default:
        break;
    }
}

bool endsSentence(const QString& text, int lineStart, int lineEnd)
{
    for (int i = lineEnd - 1; i >= lineStart; --i) {
        const QChar c = text.at(i);
        if (c.isSpace())
            continue;
        return c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?')
            || c == QLatin1Char(':');
    }
    return true;
}

} // namespace

QList<QuoteSpan> QuoteScanner::scan(const QString& text) const
{
    QList<QuoteSpan> out;
    ScanState st { text, out, {}, {}, -1, {} };
    const int n = int(text.size());
    int lineStart = 0;
    int skipMarkAt = -1;
    while (lineStart <= n) {
        int lineEnd = int(text.indexOf(QLatin1Char('\n'), lineStart));
        if (lineEnd < 0)
            lineEnd = n;
        for (int i = lineStart; i < lineEnd; ++i) {
            if (i == skipMarkAt) {
                st.pieceStart = i + 1;
                continue;
            }
            const QChar c = text.at(i);
            if (c.unicode() < 0x80 && c != QLatin1Char('"') && c != QLatin1Char('\''))
                continue;
            // ''…'': two apostrophes stand for a double mark in some archives and wire feeds. The
            // mark is the inner apostrophe when opening and the outer one when closing, so the
            // quotation's content starts and ends at the right place.
            if (c == QLatin1Char('\'') && i + 1 < lineEnd && text.at(i + 1) == QLatin1Char('\'')) {
                const int idx = findOpener(st.stack, Family::Double, QLatin1Char('"'));
                if (idx >= 0 && !isSpaceAt(text, i - 1)) {
                    closeAt(st, idx, i);
                    ++i;
                    continue;
                }
                if (!isSpaceAt(text, i + 2) && !isWordAt(text, i - 1)) {
                    push(st, i + 1, QLatin1Char('"'));
                    ++i;
                    continue;
                }
            }
            handleMark(st, i);
            if (!st.stack.empty() && i - st.stack.front().pos > MaxQuoteLength)
                abandon(st);
        }
        if (!st.stack.empty()) {
            // Look at the next non-blank line: a reopening mark continues the quotation (multi-paragraph
            // convention); a lower-case start after an unfinished sentence is a hard-wrapped line.
            int next = lineEnd + 1;
            while (next < n && text.at(next).isSpace())
                ++next;
            const Family family = st.stack.front().family;
            bool reopened = false;
            bool wrapped = false;
            if (next < n) {
                const QChar nc = text.at(next);
                reopened = isOpeningMark(nc) && familyOf(nc) == family
                    && (nc != QLatin1Char('\'') || !isWordAt(text, next - 1));
                const bool blankBetween = text.mid(lineEnd, next - lineEnd).count(QLatin1Char('\n')) > 1;
                wrapped
                    = !reopened && !blankBetween && nc.isLower() && !endsSentence(text, lineStart, lineEnd);
            }
            if (reopened || wrapped) {
                st.stack.resize(1);
                st.pieces.append(TextSpan { st.pieceStart, lineEnd });
                st.pieceStart = next;
                if (reopened)
                    skipMarkAt = next;
                lineStart = next;
                continue;
            }
            abandon(st);
        }
        lineStart = lineEnd + 1;
    }
    std::sort(out.begin(), out.end(), [](const QuoteSpan& a, const QuoteSpan& b) { return a.open < b.open; });
    return out;
}

} // namespace ql
