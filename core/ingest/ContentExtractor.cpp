#include "core/ingest/ContentExtractor.h"

#include "core/ingest/PageBlocks.h"
#include "core/ingest/PlainTextReader.h"

#include <QRegularExpression>

#include <gumbo.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <vector>

namespace ql {

namespace {

using namespace blockhints;

// Points an element starts with when a paragraph first scores it.
double tagBase(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_DIV:
        return 5;
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_BLOCKQUOTE:
        return 3;
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_FORM:
        return -3;
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_TH:
        return -5;
    default:
        return 0;
    }
}

int wordsIn(const QString& line)
{
    return line.isEmpty() ? 0 : int(line.count(QLatin1Char(' '))) + 1;
}

// Who wrote it and when, set as a line of its own wherever the page's markup does not say so:
// "By Kari Nordby", "Published 4 March 2025, 09:30", "(Reporting by …; editing by …)",
// "Anna Berg contributed reporting." A sentence of the article that starts with "By the end" or
// "Updated figures show …" ends like a sentence, or is longer.
bool isCreditLine(const QString& line)
{
    constexpr auto Options
        = QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;
    static const QRegularExpression byline(
        QStringLiteral("^(?:by|von|par|por|di|door|av|przez)\\s+(?-i:\\p{Lu}|\\p{Lo})"), Options);
    static const QRegularExpression stamp(
        QStringLiteral(
            "^(?:published|posted|updated|last updated|first published|veröffentlicht|aktualisiert|"
            "publié|mis à jour|publicado|actualizado|atualizado|pubblicato|aggiornato)\\b[^.!?]{0,80}\\d"),
        Options);
    static const QRegularExpression credits(
        QStringLiteral(
            "^\\(?(?:additional )?(?:reporting|writing|editing|edited|compiled|produced|translated) by\\b|"
            "\\bcontributed (?:reporting|to (?:this|the) (?:report|story|article))\\b"),
        Options);
    const int words = wordsIn(line);
    if (words > 40)
        return false;
    if (credits.match(line).hasMatch())
        return true;
    const QChar last = line.back();
    if (words > 14 || last == QLatin1Char('.') || last == QLatin1Char('!') || last == QLatin1Char('?'))
        return false;
    return byline.match(line).hasMatch() || stamp.match(line).hasMatch();
}

QString normalisedTitle(const QString& s)
{
    QString out;
    out.reserve(s.size());
    bool space = false;
    for (const QChar c : s) {
        if (c.isLetterOrNumber()) {
            if (space && !out.isEmpty())
                out += QLatin1Char(' ');
            space = false;
            out += c.toLower();
        } else {
            space = true;
        }
    }
    return out;
}

// Paragraph text of the chosen blocks, with furniture inside them left out.
class TextCollector
{
public:
    // `useNames`: whether names and furniture tags may drop blocks; not when they misled the choice.
    TextCollector(const std::vector<Block>& blocks, const QStringList& titles, int best, bool useNames)
        : m_blocks(blocks)
        , m_best(best)
        , m_useNames(useNames)
    {
        for (const QString& t : titles) {
            const QString n = normalisedTitle(t);
            if (!n.isEmpty())
                m_titles.append(n);
        }
    }

    QStringList lines;
    QString headline;
    int paragraphs = 0;

    // `prose`: of all the roots together, which the blocks inside are measured against. A sibling
    // that joined the top block is judged like the blocks inside (it may be a box of teasers).
    void collectRoot(int root, int prose, bool isTop)
    {
        m_rootProse = prose;
        collect(root, false, isTop);
        flush();
    }

    // Headings with no text after them (the "Comments" of a dropped comment section) are not the article's.
    void finish()
    {
        while (m_headingAt >= 0 && m_headingAt < lines.size())
            lines.removeLast();
        while (!lines.isEmpty() && lines.back().isEmpty())
            lines.removeLast();
        if (headline.isEmpty())
            headline = m_titleHeading;
    }

private:
    // An ancestor of the best-scored block (or that block) holds the article: never dropped.
    bool holdsBest(int i) const { return m_best >= 0 && m_blocks[size_t(i)].contains(m_best, i); }

    bool isDropped(int i, bool isRoot) const
    {
        const Block& b = m_blocks[size_t(i)];
        if (isRoot || holdsBest(i))
            return false;
        // The structure (an <article> in an article) is no name and holds in either case.
        const quint32 h = m_useNames ? b.hints : b.hints & InnerArticle;
        if (h & (Comment | InnerArticle))
            return true;
        // Whatever its name, a block with most of the prose is the article.
        const bool mostOfTheProse = b.prose * 2 > m_rootProse && b.prose >= 200;
        // A post quoted in the article (an embedded tweet) sits in a "widget" or "embed" box.
        const bool quotation = b.prose > 0 && (b.tag == GUMBO_TAG_BLOCKQUOTE || b.quotedProse * 2 > b.prose)
            && !(h & (Hidden | FurnitureTag));
        if ((h & (Unlikely | Hidden | FurnitureTag)) && !mostOfTheProse && !quotation)
            return true;
        if ((h & (Byline | Caption | Stamp | HeaderName)) && (b.prose < 250 || b.chars < 300) && !quotation)
            return true;
        if (b.tag == GUMBO_TAG_A || PageBlocks::isInline(b.tag))
            return false;
        // A short line that is mostly a date: the article's time stamp.
        if (b.timeChars > 0 && b.chars < 120 && b.timeChars * 2 >= b.chars)
            return true;
        // Lists and boxes that are largely links, with little of the punctuation of prose: menus,
        // tag lists, "more stories" cards. A paragraph of the article is not judged here (its
        // teaser test is at flush()).
        if (b.tag == GUMBO_TAG_P || b.chars == 0 || PageBlocks::isHeading(b.tag))
            return false;
        const float density = float(b.linkChars) / float(b.chars);
        return density > 0.5f || (density > 0.2f && b.commas < 10 && !(h & Positive)) || isCardList(i);
    }

    // Teaser cards: three or more short boxes (not paragraphs, not table rows) side by side, each
    // with a link to another page, its headline, and a line or two of summary.
    bool isCardList(int i) const
    {
        const Block& b = m_blocks[size_t(i)];
        if (b.linkChars == 0 || b.prose * 2 > m_rootProse)
            return false;
        int boxes = 0;
        int cards = 0;
        for (int c = i + 1; c < b.end; c = m_blocks[size_t(c)].end) {
            const Block& k = m_blocks[size_t(c)];
            if (PageBlocks::isHeading(k.tag) || k.chars == 0)
                continue;
            ++boxes;
            const bool box = k.tag == GUMBO_TAG_DIV || k.tag == GUMBO_TAG_LI || k.tag == GUMBO_TAG_SECTION
                || k.tag == GUMBO_TAG_ARTICLE || k.tag == GUMBO_TAG_UNKNOWN;
            cards += box && k.linkChars > 0 && k.chars < 400 && k.linkChars * 10 >= k.chars;
        }
        return cards >= 3 && cards * 5 >= boxes * 4;
    }

    bool matchesTitle(const QString& heading) const
    {
        const QString h = normalisedTitle(heading);
        if (h.isEmpty())
            return false;
        for (const QString& t : m_titles) {
            if (t == h || (h.size() >= 15 && t.contains(h)) || (t.size() >= 15 && h.contains(t)))
                return true;
        }
        return false;
    }

    static QString textOf(const GumboNode* node)
    {
        QString out;
        const GumboVector& children = node->v.element.children;
        for (unsigned i = 0; i < children.length; ++i) {
            const auto* c = static_cast<const GumboNode*>(children.data[i]);
            if (c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_CDATA || c->type == GUMBO_NODE_WHITESPACE)
                out += QString::fromUtf8(c->v.text.text);
            else if (!PageBlocks::isSkipped(c))
                out += QLatin1Char(' ') + textOf(c) + QLatin1Char(' ');
        }
        return out;
    }

    void collect(int i, bool inLink, bool isRoot)
    {
        if (isDropped(i, isRoot))
            return;
        const Block& b = m_blocks[size_t(i)];
        const GumboTag t = b.tag;
        if (t == GUMBO_TAG_BR) {
            m_current += QChar(0x2028); // a line break inside the paragraph
            return;
        }
        if (PageBlocks::isHeading(t)) {
            const QString text = PlainTextReader::cleanLine(textOf(b.node));
            if (t == GUMBO_TAG_H1 && headline.isEmpty())
                headline = text;
            // The headline is the title, not the text: one that repeats the page's title, or an
            // <h1> before any paragraph.
            const bool repeatsTitle = matchesTitle(text);
            if (repeatsTitle && m_titleHeading.isEmpty())
                m_titleHeading = text;
            if (repeatsTitle || (t == GUMBO_TAG_H1 && paragraphs == 0)) {
                flush();
                return;
            }
        }
        const bool block = !PageBlocks::isInline(t) && t != GUMBO_TAG_TD && t != GUMBO_TAG_TH;
        if (block)
            flush();
        if (PageBlocks::isHeading(t))
            m_heading = true;
        // A table row is one line ("Air defence | $850 million"): cells on lines of their own would
        // read as a menu and lose the figures a table usually holds.
        if ((t == GUMBO_TAG_TD || t == GUMBO_TAG_TH) && m_hasText)
            m_current += QStringLiteral(" | ");
        // Browsers draw the marks of <q>; the text must carry them or the quotation is lost.
        if (t == GUMBO_TAG_Q)
            m_current += QChar(0x201C);
        int child = i + 1;
        const GumboVector& children = b.node->v.element.children;
        for (unsigned k = 0; k < children.length; ++k) {
            const auto* c = static_cast<const GumboNode*>(children.data[k]);
            if (c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_CDATA
                || c->type == GUMBO_NODE_WHITESPACE) {
                const QString text = QString::fromUtf8(c->v.text.text);
                m_current += text;
                // Remembered as the text arrives, so a row of many empty cells stays linear.
                m_hasText = m_hasText || c->type != GUMBO_NODE_WHITESPACE;
                if (inLink || t == GUMBO_TAG_A)
                    m_linkChars += text.trimmed().size();
            } else if (!PageBlocks::isSkipped(c)) {
                Q_ASSERT(m_blocks[size_t(child)].node == c);
                collect(child, inLink || t == GUMBO_TAG_A, false);
                child = m_blocks[size_t(child)].end;
            }
        }
        if (t == GUMBO_TAG_Q)
            m_current += QChar(0x201D);
        if (block)
            flush();
    }

    void flush()
    {
        if (m_current.isEmpty()) {
            m_heading = false;
            return;
        }
        const QStringList parts = m_current.split(QChar(0x2028));
        QStringList cleaned;
        qsizetype chars = 0;
        for (const QString& part : parts) {
            QString c = PlainTextReader::cleanLine(part);
            if (!c.isEmpty() && isCreditLine(c))
                continue;
            if (!c.isEmpty()) {
                chars += c.size();
                cleaned.append(std::move(c));
            } else if (!cleaned.isEmpty() && !cleaned.back().isEmpty()) {
                cleaned.append(QString()); // <br><br>: a paragraph break
            }
        }
        while (!cleaned.isEmpty() && cleaned.back().isEmpty())
            cleaned.removeLast();
        // A paragraph that is mostly a link is a teaser for another page.
        const bool teaser = chars > 0 && m_linkChars * 10 > chars * 6 && chars < 300;
        // The headline set as a paragraph of its own above the text.
        const bool title = paragraphs == 0 && cleaned.size() == 1 && matchesTitle(cleaned.front());
        if (!cleaned.isEmpty() && !teaser && !title) {
            if (m_heading && m_headingAt < 0)
                m_headingAt = lines.size();
            else if (!m_heading)
                m_headingAt = -1;
            lines += cleaned;
            lines.append(QString());
            ++paragraphs;
        }
        m_heading = false;
        m_current.clear();
        m_hasText = false;
        m_linkChars = 0;
    }

    const std::vector<Block>& m_blocks;
    QStringList m_titles;
    QString m_titleHeading; // the first heading that repeats the title
    int m_best = -1;
    bool m_useNames = true;
    bool m_heading = false; // the text being gathered is a heading's
    qsizetype m_headingAt = -1; // where the headings at the end of `lines` begin, or -1
    int m_rootProse = 0;
    QString m_current;
    bool m_hasText = false;
    qsizetype m_linkChars = 0;
};

class Selection
{
public:
    explicit Selection(std::vector<Block>& blocks)
        : m_blocks(blocks)
    { }

    int best = -1; // the best-scored block
    int top = -1; // the block the article is taken from
    std::vector<int> roots; // top and the siblings that join it, in page order

    // `useNames`: class, id and role names (and furniture tags) keep blocks out of the running.
    void choose(bool useNames)
    {
        m_useNames = useNames;
        for (Block& b : m_blocks) {
            b.score = 0;
            b.scored = false;
        }
        const int n = int(m_blocks.size());
        const int bodyProse = m_blocks.front().prose;
        for (int i = 0; i < n;) {
            const Block& b = m_blocks[size_t(i)];
            if (useNames ? isOutOfTheRunning(b, bodyProse) : bool(b.hints & InnerArticle)) {
                i = b.end;
                continue;
            }
            if (b.unit > 0) {
                // The paragraph's own points go to its parent, half to the grandparent, less further up;
                // text directly in a <div> counts as a paragraph inside it.
                int a = PageBlocks::isContainer(b.tag) ? i : b.parent;
                for (int level = 0; a >= 0 && level < 5; ++level, a = m_blocks[size_t(a)].parent)
                    addScore(a, b.unit / (level == 0 ? 1.0f : level == 1 ? 2.0f : float(level) * 3.0f));
            }
            ++i;
        }
        best = -1;
        std::array<int, 5> leaders;
        leaders.fill(-1);
        for (int i = 0; i < n; ++i) {
            Block& b = m_blocks[size_t(i)];
            if (!b.scored)
                continue;
            b.score *= 1.0f - linkDensity(b);
            for (size_t k = 0; k < leaders.size(); ++k) {
                if (leaders[k] < 0 || b.score > m_blocks[size_t(leaders[k])].score) {
                    std::copy_backward(leaders.begin() + qsizetype(k), leaders.end() - 1, leaders.end());
                    leaders[k] = i;
                    break;
                }
            }
        }
        best = leaders[0];
        top = best;
        roots.clear();
        if (top < 0)
            return;
        promoteSharedAncestor(leaders);
        climb();
        // A wrapper around nothing else is the same block, with whatever it holds beside the text.
        while (m_blocks[size_t(top)].parent > 0
            && m_blocks[size_t(m_blocks[size_t(top)].parent)].elementChildren == 1)
            top = m_blocks[size_t(top)].parent;
        addSiblings(useNames);
    }

private:
    static float linkDensity(const Block& b)
    {
        return b.chars > 0 ? float(b.linkChars) / float(b.chars) : 0.0f;
    }

    static bool isOutOfTheRunning(const Block& b, int bodyProse)
    {
        if (b.hints & (Comment | InnerArticle))
            return true;
        if (b.hints & Hidden)
            return !(b.prose * 2 > bodyProse && b.prose >= 200);
        if (!(b.hints & (FurnitureTag | Unlikely)) || (b.hints & MaybeContent && !(b.hints & FurnitureTag)))
            return false;
        // A wrapper that holds most of the page's prose is the page, whatever it is called (a
        // <form> around everything, <div class="page has-sidebar">).
        return !(b.prose * 2 > bodyProse && b.prose >= 200);
    }

    void addScore(int i, float points)
    {
        Block& b = m_blocks[size_t(i)];
        if (!b.scored) {
            b.scored = true;
            b.score = float(tagBase(b.tag));
            if (m_useNames) {
                if (b.hints & Positive)
                    b.score += 25;
                if (b.hints & Negative)
                    b.score -= 25;
                if (b.hints & ArticleBody)
                    b.score += 25;
            }
        }
        b.score += points;
    }

    bool isAncestor(int a, int d) const { return a != d && m_blocks[size_t(a)].contains(d, a); }

    // When several of the best blocks lie in one ancestor, the article is split and that ancestor holds it.
    void promoteSharedAncestor(const std::array<int, 5>& leaders)
    {
        const float topScore = m_blocks[size_t(top)].score;
        std::vector<int> close;
        for (size_t k = 1; k < leaders.size(); ++k) {
            if (leaders[k] >= 0 && m_blocks[size_t(leaders[k])].score >= topScore * 0.75f)
                close.push_back(leaders[k]);
        }
        if (close.size() < 3)
            return;
        for (int a = m_blocks[size_t(top)].parent; a > 0; a = m_blocks[size_t(a)].parent) {
            int inside = 0;
            for (const int c : close)
                inside += isAncestor(a, c);
            if (inside >= 3) {
                top = a;
                return;
            }
        }
    }

    // Parents get a share of their children's points; a parent scoring more than the child it was
    // reached from holds more of the article.
    void climb()
    {
        float last = m_blocks[size_t(top)].score;
        const float threshold = last / 3;
        for (int p = m_blocks[size_t(top)].parent; p > 0; p = m_blocks[size_t(p)].parent) {
            const Block& b = m_blocks[size_t(p)];
            if (!b.scored)
                continue;
            if (b.score < threshold)
                break;
            if (b.score > last) {
                top = p;
                break;
            }
            last = b.score;
        }
    }

    static bool endsSentence(const GumboNode* node)
    {
        // The last non-space character of the last text in the subtree.
        const GumboVector& children = node->v.element.children;
        for (unsigned k = children.length; k-- > 0;) {
            const auto* c = static_cast<const GumboNode*>(children.data[k]);
            if (c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_CDATA) {
                const char* s = c->v.text.text;
                size_t len = std::strlen(s);
                while (len > 0
                    && (s[len - 1] == ' ' || s[len - 1] == '\n' || s[len - 1] == '\t' || s[len - 1] == '\r'))
                    --len;
                if (len == 0)
                    continue;
                const char last = s[len - 1];
                return last == '.' || last == '!' || last == '?' || last == '"' || last == ':' || last == ')'
                    || static_cast<unsigned char>(last) >= 0x80;
            }
            if (c->type == GUMBO_NODE_ELEMENT && !PageBlocks::isSkipped(c))
                return endsSentence(c);
        }
        return false;
    }

    // The prose of a block without what its furniture (a <header> with the dek, a sidebar) holds.
    int proseOutsideFurniture(int i) const
    {
        const Block& b = m_blocks[size_t(i)];
        if (b.hints & (Comment | InnerArticle | Hidden | FurnitureTag | Unlikely | HeaderName))
            return 0;
        int prose = b.unit > 0 ? b.inlineChars : 0;
        for (int c = i + 1; c < b.end; c = m_blocks[size_t(c)].end)
            prose += proseOutsideFurniture(c);
        return prose;
    }

    static bool sameClass(const GumboNode* a, const GumboNode* b)
    {
        const char* ca = PageBlocks::attribute(a, "class");
        const char* cb = PageBlocks::attribute(b, "class");
        return ca && cb && *ca && std::strcmp(ca, cb) == 0;
    }

    // Siblings of the top block that belong to the article: scored well enough, or prose.
    void addSiblings(bool useNames)
    {
        const int parent = m_blocks[size_t(top)].parent;
        if (parent < 0) {
            roots.push_back(top);
            return;
        }
        const Block& t = m_blocks[size_t(top)];
        const float threshold = std::max(10.0f, t.score * 0.2f);
        const int bodyProse = m_blocks.front().prose;
        std::vector<int> children;
        std::vector<char> joins;
        for (int c = parent + 1; c < m_blocks[size_t(parent)].end; c = m_blocks[size_t(c)].end) {
            const Block& s = m_blocks[size_t(c)];
            bool join = c == top;
            // An <article> beside the article is another one (the next post, a teaser).
            if (!join && s.tag != GUMBO_TAG_ARTICLE && !(s.hints & Comment)
                && !(useNames ? isOutOfTheRunning(s, bodyProse) : bool(s.hints & InnerArticle))) {
                const float bonus = sameClass(s.node, t.node) ? t.score * 0.2f : 0.0f;
                const float density = linkDensity(s);
                if (s.scored && s.score + bonus >= threshold)
                    join = true;
                else if (density < 0.25f && !(s.hints & Negative) && proseOutsideFurniture(c) >= 140)
                    join = true; // a section of the article that scored little on its own
                else if (s.tag == GUMBO_TAG_P && s.chars >= 80 && density < 0.25f)
                    join = true;
                else if (s.tag == GUMBO_TAG_P && s.chars > 0 && s.linkChars == 0 && endsSentence(s.node))
                    join = true;
            }
            children.push_back(c);
            joins.push_back(join);
        }
        // Subheadings between parts of the article belong to it.
        for (size_t k = 0; k < children.size(); ++k) {
            if (joins[k] || !PageBlocks::isHeading(m_blocks[size_t(children[k])].tag))
                continue;
            const bool before
                = std::find(joins.begin(), joins.begin() + qsizetype(k), 1) != joins.begin() + qsizetype(k);
            size_t next = k + 1;
            while (next < children.size() && PageBlocks::isHeading(m_blocks[size_t(children[next])].tag))
                ++next;
            if (before && next < children.size() && joins[next])
                joins[k] = 1;
        }
        for (size_t k = 0; k < children.size(); ++k) {
            if (joins[k])
                roots.push_back(children[k]);
        }
    }

    std::vector<Block>& m_blocks;
    bool m_useNames = true;
};

int wordCount(const QStringList& lines)
{
    int words = 0;
    for (const QString& l : lines)
        words += wordsIn(l);
    return words;
}

} // namespace

ExtractedContent ContentExtractor::extract(const GumboInternalNode* body, const QStringList& titles) const
{
    ExtractedContent result;
    if (!body || body->type != GUMBO_NODE_ELEMENT)
        return result;
    PageBlocks page(body);
    Selection selection(page.blocks);

    auto collect = [&](const Selection& s, bool useNames) {
        TextCollector collector(page.blocks, titles, s.best, useNames);
        int prose = 0;
        for (const int r : s.roots)
            prose += page.blocks[size_t(r)].prose;
        if (s.roots.empty())
            collector.collectRoot(0, page.blocks.front().prose, true);
        for (const int r : s.roots)
            collector.collectRoot(r, prose, r == s.top);
        collector.finish();
        return ExtractedContent { std::move(collector.lines), std::move(collector.headline) };
    };

    selection.choose(true);
    result = collect(selection, true);
    // Names misled the choice when they leave (next to) nothing: a page whose every wrapper is called
    // "sidebar" or "modal" still has its article. Chosen again without names, the longer text wins.
    const int words = wordCount(result.lines);
    if (words < 50) {
        selection.choose(false);
        ExtractedContent second = collect(selection, false);
        if (wordCount(second.lines) > 2 * words)
            result = std::move(second);
    }
    return result;
}

} // namespace ql
