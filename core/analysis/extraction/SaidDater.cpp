#include "core/analysis/extraction/SaidDater.h"

#include "core/analysis/extraction/ArticleTokens.h"
#include "core/analysis/extraction/BoilerplateLineFinder.h"
#include "core/analysis/extraction/EventDateFinder.h"
#include "core/analysis/extraction/RelativeDateFinder.h"
#include "core/analysis/extraction/TextRules.h"
#include "core/analysis/extraction/TranscriptDetector.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <vector>

namespace ql {

namespace {

// When nothing closer is known, a news report is about the days just before it appeared.
constexpr int ArticleWeekDays = 7;
// The lead, where a report says where and when its statements were made, is its first paragraphs.
constexpr int LeadParagraphs = 4;
// A day and month without a year is resolved in windows up to this wide (a year of office).
constexpr int YearlessReachDays = 366;
// A day reference dates speech only close to the word that reports it: "said on Tuesday".
constexpr int SpeechReachWords = 5;

QString dayText(const QDate& d)
{
    return QLocale::c().toString(d, QStringLiteral("d MMM yyyy"));
}

QString windowText(const QDate& from, const QDate& to)
{
    SaidWindow w;
    w.from = from;
    w.to = to;
    return w.label();
}

// The words that give the evidence, as the tooltip quotes them.
QString quoted(const QString& text, TextSpan span)
{
    QString s = text.mid(span.start, span.length()).simplified();
    if (s.size() > 80)
        s = s.left(77) + QStringLiteral("…");
    return QStringLiteral("'%1'").arg(s);
}

// The date's phrase with the few words before it that say what happened then: "held in Kyiv on 29
// September".
QString quotedWithLead(const QString& text, TextSpan span)
{
    int start = span.start;
    for (int words = 0; words < 4 && start > 0;) {
        const QChar c = text.at(start - 1);
        if (c == QLatin1Char('\n') || c == QLatin1Char('.') || c == QLatin1Char(',') || c == QLatin1Char(';'))
            break;
        --start;
        if (c.isSpace() && start > 0 && !text.at(start - 1).isSpace())
            ++words;
    }
    while (start < span.start && text.at(start).isSpace())
        ++start;
    return quoted(text, TextSpan { start, span.end });
}

struct Evidence
{
    QDate from; // null: open towards the past
    QDate to; // null: open towards the future
    QString reason;
    int weekday = 0; // a weekday not resolvable yet: filters the window once it is narrow
    bool isSet() const { return from.isValid() || to.isValid() || weekday > 0; }
};

// Intersects evidence, strongest first: each piece narrows the window where it agrees with what is
// known and is reported as a conflict where it does not.
class Window
{
public:
    // `reportConflict` false: evidence about the article at large that does not fit what dates this
    // statement itself is simply not about it. `citeIfAgrees`: named evidence (an event, a date in
    // the text) is listed even when it only confirms the window.
    void add(const Evidence& e, bool reportConflict = true, bool citeIfAgrees = false)
    {
        if (!e.isSet())
            return;
        if (e.weekday > 0 && !e.from.isValid()) {
            m_weekdays.append(e);
            return;
        }
        QDate from = m_from;
        QDate to = m_to;
        if (e.from.isValid() && (!from.isValid() || e.from > from))
            from = e.from;
        if (e.to.isValid() && (!to.isValid() || e.to < to))
            to = e.to;
        if (from.isValid() && to.isValid() && from > to) {
            if (reportConflict)
                m_conflicts.append(e.reason);
            return;
        }
        if (from != m_from || to != m_to || (citeIfAgrees && !m_reasons.contains(e.reason))) {
            m_from = from;
            m_to = to;
            m_reasons.append(e.reason);
        }
    }
    // Weekdays named where the article's date is unknown ("today, Thursday") pick their day out of
    // a window other evidence has made narrow.
    void applyWeekdays()
    {
        for (const Evidence& e : std::as_const(m_weekdays)) {
            if (!narrow())
                return;
            QDate first;
            QDate last;
            for (QDate d = m_from; d <= m_to; d = d.addDays(1)) {
                if (d.dayOfWeek() == e.weekday) {
                    if (!first.isValid())
                        first = d;
                    last = d;
                }
            }
            if (!first.isValid()) {
                m_conflicts.append(e.reason);
                continue;
            }
            if (first != m_from || last != m_to) {
                m_from = first;
                m_to = last;
                m_reasons.append(e.reason);
            }
        }
    }
    bool narrow() const
    {
        return m_from.isValid() && m_to.isValid() && m_from.daysTo(m_to) < SaidWindow::NarrowDays;
    }
    QDate from() const { return m_from; }
    QDate to() const { return m_to; }
    SaidWindow result() const
    {
        SaidWindow w;
        w.from = m_from;
        w.to = m_to;
        QStringList parts = m_reasons;
        if (!m_conflicts.isEmpty())
            parts << QStringLiteral("conflicts with %1").arg(m_conflicts.join(QStringLiteral("; ")));
        w.evidence = parts.join(QStringLiteral("; "));
        return w;
    }

private:
    QDate m_from;
    QDate m_to;
    QStringList m_reasons;
    QStringList m_conflicts;
    QList<Evidence> m_weekdays;
};

// Whether a stretch of narration reports speech: "said", "told reporters", "in a speech".
bool hasSpeechCue(QStringView s)
{
    static const QRegularExpression nouns(
        QStringLiteral("\\b(?:speech|address|remarks|interview|briefing|press conference|news "
                       "conference|statement|keynote)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    const int n = int(s.size());
    for (int i = 0; i < n;) {
        while (i < n && !s.at(i).isLetter())
            ++i;
        int e = i;
        while (e < n && s.at(e).isLetter())
            ++e;
        if (e > i && textrules::isSpeechVerb(s.mid(i, e - i)))
            return true;
        i = e;
    }
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    return nouns.match(s).hasMatch();
#else
    return nouns.match(s.toString()).hasMatch();
#endif
}

bool isSpeechNoun(QStringView word)
{
    static const QStringList nouns { QStringLiteral("speech"), QStringLiteral("address"),
        QStringLiteral("remarks"), QStringLiteral("interview"), QStringLiteral("briefing"),
        QStringLiteral("conference"), QStringLiteral("statement"), QStringLiteral("keynote"),
        QStringLiteral("reporters"), QStringLiteral("journalists"), QStringLiteral("spoke"),
        QStringLiteral("speaking") };
    for (const QString& n : nouns)
        if (word.compare(n, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

bool opensClause(QStringView word)
{
    static const QStringList words { QStringLiteral("that"), QStringLiteral("which"), QStringLiteral("who"),
        QStringLiteral("whom"), QStringLiteral("whose"), QStringLiteral("because"), QStringLiteral("if"),
        QStringLiteral("when"), QStringLiteral("while"), QStringLiteral("after"), QStringLiteral("before"),
        QStringLiteral("as"), QStringLiteral("since"), QStringLiteral("until"), QStringLiteral("unless"),
        QStringLiteral("although"), QStringLiteral("though"), QStringLiteral("where") };
    for (const QString& w : words)
        if (word.compare(w, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

// Whether a day reference says when someone spoke: a reporting word a few words from it ("said on
// Tuesday", "told reporters yesterday", "On Monday, Kowal said"), with no clause opening between
// ("said that ministers meet on Thursday" is about the meeting). Quotations in between are skipped.
bool nearSpeech(const QString& text, TextSpan ref, TextSpan sentence, const QList<TextSpan>& skipped)
{
    auto scan = [&](int pos, int step) {
        int words = 0;
        int i = pos;
        while (words <= SpeechReachWords) {
            // To the next word in the direction of `step`, over quotations and punctuation.
            while (i >= sentence.start && i < sentence.end
                && (!text.at(i).isLetter() || spansContain(skipped, i)))
                i += step;
            if (i < sentence.start || i >= sentence.end)
                return false;
            int a = i;
            while (i >= sentence.start && i < sentence.end && text.at(i).isLetter())
                i += step;
            const int from = step > 0 ? a : i + 1;
            const int to = step > 0 ? i : a + 1;
            const QStringView word = QStringView(text).mid(from, to - from);
            if (textrules::isSpeechVerb(word) || isSpeechNoun(word))
                return true;
            if (opensClause(word))
                return false;
            ++words;
        }
        return false;
    };
    return scan(ref.start - 1, -1) || scan(ref.end, 1);
}

// Words right before an event's name that make it where the statement was made: "spoke at the",
// "during his speech at the", "told the", "on the sidelines of the". A "that" in between makes the
// event part of what was said ("stressed that the decisions taken at the summit"). Checked in two
// cheap steps, the connector right before the name and then a reporting word a few words before
// it, because every event mention of every article goes through it.
bool isSettingCue(QStringView before)
{
    static const QRegularExpression connector(
        QStringLiteral(
            "\\b(at|during|to|of|told|tells|telling|addressed|addresses|addressing|attended|"
            "attending|attends|opened|opening)\\s+(?:the\\s+|this\\s+year['\\x{2019}]s\\s+|a\\s+)?$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression ofPhrase(
        QStringLiteral(
            "(?:on\\s+the\\s+(?:sidelines|margins|occasion)|in\\s+the\\s+margins|at\\s+the\\s+(?:opening|"
            "close|start|end))\\s+$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QStringList verbs { QStringLiteral("spoke"), QStringLiteral("speaks"),
        QStringLiteral("speak"), QStringLiteral("speaking"), QStringLiteral("speech"),
        QStringLiteral("address"), QStringLiteral("addressed"), QStringLiteral("addresses"),
        QStringLiteral("addressing"), QStringLiteral("remarks"), QStringLiteral("told"),
        QStringLiteral("tells"), QStringLiteral("telling"), QStringLiteral("said"), QStringLiteral("says"),
        QStringLiteral("saying"), QStringLiteral("stressed"), QStringLiteral("emphasised"),
        QStringLiteral("emphasized"), QStringLiteral("urged"), QStringLiteral("warned"),
        QStringLiteral("noted"), QStringLiteral("called"), QStringLiteral("declared"),
        QStringLiteral("announced"), QStringLiteral("opened"), QStringLiteral("opening"),
        QStringLiteral("interview"), QStringLiteral("briefing"), QStringLiteral("statement"),
        QStringLiteral("appearance"), QStringLiteral("appeared"), QStringLiteral("keynote") };
    static const QStringList clauses { QStringLiteral("that"), QStringLiteral("which"), QStringLiteral("who"),
        QStringLiteral("where") };
    // Only the end of `before` matters; a short tail keeps the anchored search cheap.
    const QStringView tail = before.right(std::min<qsizetype>(before.size(), 40));
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    const QRegularExpressionMatch c = connector.match(tail);
#else
    const QRegularExpressionMatch c = connector.match(tail.toString());
#endif
    if (!c.hasMatch())
        return false;
    const QString word = c.captured(1).toLower();
    if (word != QLatin1String("at") && word != QLatin1String("during") && word != QLatin1String("to")
        && word != QLatin1String("of"))
        return true; // "told the", "addressed the", "attended the"
    int end = int(before.size() - tail.size() + c.capturedStart(0));
    if (word == QLatin1String("of")) {
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
        const QRegularExpressionMatch o = ofPhrase.match(before.left(end));
#else
        const QRegularExpressionMatch o = ofPhrase.match(before.left(end).toString());
#endif
        if (!o.hasMatch())
            return false;
        end = int(o.capturedStart(0));
    }
    // A reporting word within a few words before the connector, no clause opening between.
    int i = end;
    for (int words = 0; words < 8 && i > 0; ++words) {
        while (i > 0 && !before.at(i - 1).isLetter()) {
            const QChar p = before.at(i - 1);
            if (p == QLatin1Char('.') || p == QLatin1Char(';') || p == QLatin1Char(':'))
                return false;
            --i;
        }
        const int wordEnd = i;
        while (i > 0 && before.at(i - 1).isLetter())
            --i;
        const QStringView w = before.mid(i, wordEnd - i);
        if (w.isEmpty())
            return false;
        for (const QString& c2 : clauses)
            if (w.compare(c2, Qt::CaseInsensitive) == 0)
                return false;
        for (const QString& v : verbs)
            if (w.compare(v, Qt::CaseInsensitive) == 0)
                return true;
    }
    return false;
}

int lineStart(const QString& text, int pos)
{
    return pos <= 0 ? 0 : int(text.lastIndexOf(QLatin1Char('\n'), pos - 1)) + 1;
}

int lineEnd(const QString& text, int pos)
{
    const int e = int(text.indexOf(QLatin1Char('\n'), pos));
    return e < 0 ? int(text.size()) : e;
}

bool isTerminal(QChar c)
{
    return c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?');
}

// The sentence around [start, end) inside its paragraph; punctuation inside quotations (skipped)
// does not end it.
TextSpan sentenceAround(
    const QString& text, int start, int end, TextSpan para, const QList<TextSpan>& skipped)
{
    TextSpan s { para.start, para.end };
    for (int i = start - 1; i >= para.start; --i) {
        if (isTerminal(text.at(i)) && i + 1 < para.end && text.at(i + 1).isSpace()
            && !spansContain(skipped, i)) {
            s.start = i + 1;
            break;
        }
    }
    for (int i = std::max(end, start); i < para.end; ++i) {
        if (isTerminal(text.at(i)) && (i + 1 >= para.end || text.at(i + 1).isSpace())
            && !spansContain(skipped, i)) {
            s.end = i + 1;
            break;
        }
    }
    return s;
}

// Sorted, merged spans: what the date finders must not read (quotations, boilerplate).
QList<TextSpan> merged(QList<TextSpan> spans)
{
    std::sort(
        spans.begin(), spans.end(), [](const TextSpan& a, const TextSpan& b) { return a.start < b.start; });
    QList<TextSpan> out;
    for (const TextSpan& s : std::as_const(spans)) {
        if (s.length() <= 0)
            continue;
        if (!out.isEmpty() && s.start <= out.last().end)
            out.last().end = std::max(out.last().end, s.end);
        else
            out.append(s);
    }
    return out;
}

// Text lower-cased with dashes as spaces and plain apostrophes, one character for one, so that
// offsets stay those of the text.
QString foldedText(const QString& text)
{
    QString out = text;
    for (QChar& c : out) {
        if (c == QLatin1Char('-') || (c.unicode() >= 0x2010 && c.unicode() <= 0x2015) || c.isSpace())
            c = QLatin1Char(' ');
        else if (c == QChar(0x2019))
            c = QLatin1Char('\'');
        else
            c = c.toLower();
    }
    return out;
}

} // namespace

SaidDater::SaidDater(const OfficeHolders& offices, const EventCalendar& events)
    : m_offices(offices)
    , m_events(events)
{ }

void SaidDater::date(const Article& article, QList<Statement>& statements) const
{
    if (statements.isEmpty())
        return;
    date(article, statements, BoilerplateLineFinder().boilerplateLines(article.text),
        TranscriptDetector().detect(article.text));
}

void SaidDater::date(const Article& article, QList<Statement>& statements, const QList<TextSpan>& boilerplate,
    const TranscriptLayout& layout, const ArticleTokens* tokens) const
{
    if (statements.isEmpty())
        return;
    const QString& text = article.text;
    const QDate published = article.published;
    const int n = int(text.size());

    QList<TextSpan> quoteSpans;
    for (const Statement& st : std::as_const(statements)) {
        if (st.kind == StatementKind::Quote && st.start >= 0 && st.end <= n && st.start < st.end)
            quoteSpans.append(TextSpan { st.start, st.end });
    }
    const QList<TextSpan> skipped = merged(quoteSpans + boilerplate);
    const EventDateFinder dateFinder;
    const ArticleTokens ownTokens = tokens && tokens->describes(text) ? ArticleTokens() : ArticleTokens(text);
    const ArticleTokens& tokenTable = tokens && tokens->describes(text) ? *tokens : ownTokens;
    const RelativeDateFinder relativeFinder(text, &tokenTable);

    // --- what dates the article as a whole ---------------------------------------------------
    Evidence header;
    if (layout.isTranscript) {
        // The header block and the date lines between it and the first sentence of the speech.
        int speechStart = n;
        for (const Statement& st : std::as_const(statements)) {
            if (st.kind == StatementKind::Transcript && st.start >= 0)
                speechStart = std::min(speechStart, st.start);
        }
        const TextSpan top { 0, std::max(layout.header.end, std::min(speechStart, layout.bodyStart + 400)) };
        const EventDateFinder::Found h = dateFinder.firstIn(text, top, published);
        if (h.date.isValid())
            header = { h.date, h.date,
                QStringLiteral("the transcript's date line %1").arg(quoted(text, h.span)) };
        else if (published.isValid())
            // A speech's transcript is dated the day it was delivered, whether the date line is in the
            // text or was read from the page around it.
            header = { published, published,
                QStringLiteral("the transcript's date, %1").arg(dayText(published)) };
    }
    Evidence articleDate;
    {
        // Away from the statements, a date dates them only in a sentence about speaking or about a
        // known event ("the forum was held in Kyiv on 29 September"), not in a photo caption.
        const EventDateFinder::Found a = dateFinder.findIn(text, TextSpan { 0, n }, published, skipped);
        if (a.date.isValid()) {
            const int p = lineStart(text, a.span.start);
            const TextSpan sentence
                = sentenceAround(text, a.span.start, a.span.end, { p, lineEnd(text, p) }, skipped);
            const QStringView words = QStringView(text).mid(sentence.start, sentence.length());
            if (hasSpeechCue(words) || !m_events.mentionsIn(text, sentence).isEmpty())
                articleDate = { a.date, a.date, quotedWithLead(text, a.span) };
        }
    }
    // Relative days in the lead's reporting sentences: "Rutte said on Tuesday".
    auto relativeIn = [&](TextSpan within) {
        QList<RelativeDate> found;
        int s = within.start;
        while (s < within.end) {
            const TextSpan sentence = sentenceAround(text, s, s, within, skipped);
            for (const RelativeDate& d : relativeFinder.find(text, sentence, skipped, published)) {
                if (nearSpeech(text, d.span, sentence, skipped))
                    found.append(d);
            }
            s = std::max(sentence.end, s + 1);
        }
        return found;
    };
    // Several references that disagree say nothing certain about the statement.
    auto relativeEvidence = [&](const QList<RelativeDate>& found) {
        Evidence e;
        for (const RelativeDate& d : found) {
            const QString reason = published.isValid() ? QStringLiteral("%1 before the article's date %2")
                                                             .arg(quoted(text, d.span), dayText(published))
                                                       : quoted(text, d.span);
            if (!d.resolved()) {
                if (e.isSet() && e.weekday != d.weekday)
                    return Evidence {};
                e.weekday = d.weekday;
                // Without the article's date the weekday only picks a day out of a known window.
                e.reason = QStringLiteral("%1: the %2 of that window")
                               .arg(quoted(text, d.span), QLocale::c().dayName(d.weekday));
                continue;
            }
            if (e.from.isValid() && (d.from > e.to || d.to < e.from))
                return Evidence {};
            if (!e.from.isValid() || d.from > e.from)
                e.from = d.from;
            if (!e.to.isValid() || d.to < e.to)
                e.to = d.to;
            e.reason = e.reason.isEmpty() ? reason : e.reason + QStringLiteral(", ") + reason;
        }
        return e;
    };
    // The lead: the first paragraphs of prose (headline and standfirst included), where a report
    // says where and when its statements were made.
    Evidence lead;
    int leadEnd = 0;
    {
        int paragraphs = 0;
        int pos = 0;
        while (pos < n && paragraphs < LeadParagraphs) {
            const int e = lineEnd(text, pos);
            const TextSpan para { pos, e };
            if (!spansContain(boilerplate, pos)
                && textrules::wordCount(QStringView(text).mid(pos, e - pos)) >= 6) {
                ++paragraphs;
                leadEnd = e;
                const Evidence found = relativeEvidence(relativeIn(para));
                if (found.isSet() && !lead.isSet())
                    lead = found;
            }
            pos = e + 1;
        }
    }
    const QList<EventMention> mentions = m_events.mentionsIn(text, TextSpan { 0, n }, &tokenTable);
    // "will speak at the summit", "ahead of the forum": an event still to come is not where anything
    // reported was said.
    static const QRegularExpression ahead(
        QStringLiteral("\\b(?:will|shall|would|next|upcoming|ahead|due|scheduled|plans?|planned|expected|"
                       "going\\s+to|set\\s+to|preparing|prepare|before|until|tomorrow)\\b|['\\x{2019}]ll\\b"),
        QRegularExpression::CaseInsensitiveOption);
    // Whether each mention is where statements were made, worked out once per mention.
    std::vector<int> settingCache(size_t(mentions.size()), -1);
    auto isSetting = [&](qsizetype index) {
        const EventMention& m = mentions.at(index);
        int& cached = settingCache[size_t(index)];
        if (cached >= 0)
            return cached == 1;
        bool setting = false;
        if (!spansContain(skipped, m.span.start)) {
            const int from = std::max(lineStart(text, m.span.start), m.span.start - 120);
            const QStringView before = QStringView(text).mid(from, m.span.start - from);
            if (isSettingCue(before)) {
                int clause = int(before.size());
                while (clause > 0 && before.at(clause - 1) != QLatin1Char(',')
                    && before.at(clause - 1) != QLatin1Char(';') && before.at(clause - 1) != QLatin1Char('.'))
                    --clause;
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
                setting = !ahead.match(before.mid(clause)).hasMatch();
#else
                setting = !ahead.match(before.mid(clause).toString()).hasMatch();
#endif
            }
        }
        cached = setting ? 1 : 0;
        return setting;
    };
    // The days the sentence naming an event gives: "spoke at the forum in Stockholm last week".
    auto eventDays = [&](const EventMention& m) {
        const TextSpan p { lineStart(text, m.span.start), lineEnd(text, m.span.end) };
        const TextSpan sentence = sentenceAround(text, m.span.start, m.span.end, p, skipped);
        QList<RelativeDate> days;
        for (const RelativeDate& d : relativeFinder.find(text, sentence, skipped, published)) {
            if ((d.span.start >= m.span.end && d.span.start - m.span.end <= 40)
                || nearSpeech(text, d.span, sentence, skipped))
                days.append(d);
        }
        return relativeEvidence(days);
    };
    auto eventEvidence = [&](const EventMention& m, const QDate& from, const QDate& to) {
        const int i = m_events.resolve(m, published, from, to);
        if (i < 0)
            return Evidence {};
        const CalendarEvent& e = m_events.events().at(i);
        return Evidence { e.start, e.end,
            QStringLiteral("%1, %2, %3, from %4")
                .arg(e.name, e.place, windowText(e.start, e.end), quoted(text, m.span)) };
    };

    // --- who held which office: a bound on when they spoke as its holder ----------------------
    // Folded only when an office title is looked for: most speakers hold no office in the table.
    QString folded;
    bool foldedReady = false;
    QHash<QString, Evidence> termCache;
    // Whether the text gives an office's title to a current holder ("NATO Secretary General", not
    // "former" or "Assistant Secretary General"), worked out once per office.
    QHash<QString, bool> officeTitled;
    auto titled = [&](const Office& office) {
        static const QRegularExpression notCurrent(
            QStringLiteral("\\b(?:former|ex|then|late|past|assistant|deputy|vice|acting|was|previous|retired|"
                           "outgoing)\\s+(?:\\S+\\s+){0,2}$"));
        if (const auto it = officeTitled.constFind(office.key); it != officeTitled.cend())
            return it.value();
        bool found = false;
        if (!foldedReady) {
            folded = foldedText(text);
            foldedReady = true;
        }
        for (const QString& alias : office.aliases) {
            const QString a = foldedText(alias);
            for (int at = int(folded.indexOf(a)); at >= 0 && !found; at = int(folded.indexOf(a, at + 1))) {
                const bool wordStart = at == 0 || !folded.at(at - 1).isLetterOrNumber();
                const int end = at + int(a.size());
                const bool wordEnd = end >= folded.size() || !folded.at(end).isLetterOrNumber();
                const int from = std::max(0, at - 40);
                if (wordStart && wordEnd && !notCurrent.match(folded.mid(from, at - from)).hasMatch())
                    found = true;
            }
            if (found)
                break;
        }
        officeTitled.insert(office.key, found);
        return found;
    };
    // Which office holders the text names, looked up once per holder, not once per speaker.
    QHash<QString, bool> holderNamed;
    auto named = [&](const QString& holder) {
        auto it = holderNamed.find(holder);
        if (it == holderNamed.end())
            it = holderNamed.insert(holder, text.contains(holder));
        return it.value();
    };
    auto termBound = [&](const QString& speaker) {
        if (speaker.isEmpty())
            return Evidence {};
        if (const auto it = termCache.constFind(speaker); it != termCache.cend())
            return it.value();
        Evidence bound;
        for (const Office& office : m_offices.offices()) {
            QDate from;
            QDate to;
            bool held = false;
            bool open = false;
            for (const OfficeTerm& t : m_offices.terms()) {
                if (t.office != office.key || t.holder != speaker)
                    continue;
                held = true;
                if (!from.isValid() || t.start < from)
                    from = t.start;
                // `end` is exclusive and null while the term runs.
                if (!t.end.isValid())
                    open = true;
                else if (!to.isValid() || t.end.addDays(-1) > to)
                    to = t.end.addDays(-1);
            }
            if (!held)
                continue;
            if (open)
                to = QDate();
            // With another holder of the office in the article, its title may be theirs. Looked for
            // only for the speaker's own offices: searching the text for every holder of every office
            // was a sixth of the dater's cost.
            const bool otherNamed
                = std::any_of(m_offices.terms().cbegin(), m_offices.terms().cend(), [&](const OfficeTerm& t) {
                      return t.office == office.key && t.holder != speaker && named(t.holder);
                  });
            if (otherNamed)
                continue;
            if (!titled(office))
                continue;
            const QString reason = to.isValid()
                ? QStringLiteral("%1 was %2 %3 %4 %5")
                      .arg(speaker, office.title, dayText(from), QChar(0x2013), dayText(to))
                : QStringLiteral("%1 is %2 since %3").arg(speaker, office.title, dayText(from));
            bound = { from, to, reason };
            break;
        }
        termCache.insert(speaker, bound);
        return bound;
    };

    // The article's date as the last evidence of every statement: worded once.
    const QString byArticleDate = published.isValid()
        ? QStringLiteral("said by the article's date, %1").arg(dayText(published))
        : QString();
    const QString articleWeek = published.isValid()
        ? QStringLiteral("the article's date, %1 (the week up to it)").arg(dayText(published))
        : QString();
    QHash<int, EventDateFinder::Found> ownByParagraph;
    QHash<int, Evidence> relativeByParagraph;
    for (Statement& st : statements) {
        if (st.start < 0 || st.end > n || st.start > st.end) {
            st.said = {};
            st.saidOn = {};
            continue;
        }
        const bool speech = st.kind == StatementKind::Transcript;
        const Evidence term = termBound(st.speaker);
        // Bounds an event must fit: said while in office, and by the article's date.
        QDate boundFrom = term.from;
        QDate boundTo = term.to;
        if (published.isValid() && (!boundTo.isValid() || published < boundTo))
            boundTo = published;

        const TextSpan para { lineStart(text, st.start), lineEnd(text, st.end) };
        Window w;
        bool ownEvidence = false;
        if (speech && layout.isTranscript) {
            // A speech: its own date line; the speaker's words are not narration about them.
            w.add(header);
        } else if (!speech) {
            // Per paragraph, not per statement: a paragraph of many quotations is read once, so the
            // dater stays linear in the text.
            auto ownIt = ownByParagraph.constFind(para.start);
            if (ownIt == ownByParagraph.constEnd())
                ownIt = ownByParagraph.insert(para.start, dateFinder.findIn(text, para, published, skipped));
            const EventDateFinder::Found own = ownIt.value();
            if (own.date.isValid()) {
                w.add({ own.date, own.date, quotedWithLead(text, own.span) }, true, true);
                ownEvidence = true;
            }
            const TextSpan sentence = sentenceAround(text, st.start, st.end, para, skipped);
            Evidence rel = relativeEvidence(relativeIn(sentence));
            if (!rel.isSet()) {
                auto relIt = relativeByParagraph.constFind(para.start);
                if (relIt == relativeByParagraph.constEnd())
                    relIt = relativeByParagraph.insert(para.start, relativeEvidence(relativeIn(para)));
                rel = relIt.value();
            }
            w.add(rel);
            ownEvidence = ownEvidence || rel.isSet();
            for (qsizetype k = 0; k < mentions.size(); ++k) {
                const EventMention& m = mentions.at(k);
                if (m.span.start >= para.start && m.span.start < para.end && isSetting(k)) {
                    const Evidence e = eventEvidence(m, boundFrom, boundTo);
                    if (!e.isSet())
                        continue;
                    w.add(eventDays(m));
                    w.add(e, true, true);
                    ownEvidence = true;
                    break;
                }
            }
        }
        // The event where the article's statements were made, and the days its sentence names.
        Evidence setting;
        Evidence settingDays;
        // Only the lead says where the whole article's statements were made; an event named further
        // down dates the statements of its own paragraph (above).
        for (qsizetype k = 0; k < mentions.size(); ++k) {
            const EventMention& m = mentions.at(k);
            if (m.span.start >= leadEnd)
                break;
            if (!isSetting(k))
                continue;
            setting = eventEvidence(m, boundFrom, boundTo);
            if (!setting.isSet())
                continue;
            settingDays = eventDays(m);
            break;
        }
        if (!(speech && layout.isTranscript))
            w.add(articleDate, !ownEvidence, !ownEvidence);
        w.add(settingDays, !ownEvidence);
        w.add(lead, !ownEvidence);
        w.add(setting, !ownEvidence, !ownEvidence);
        w.add(term);
        // An undated article's "on 6 November" takes its year from the window the rest gives.
        if (!published.isValid() && w.from().isValid() && w.to().isValid()
            && w.from().daysTo(w.to()) <= YearlessReachDays) {
            EventDateFinder::Found day;
            if (!speech)
                day = dateFinder.findBetween(text, para, w.from(), w.to(), skipped);
            if (!day.date.isValid() && !(speech && layout.isTranscript))
                day = dateFinder.findBetween(text, TextSpan { 0, leadEnd }, w.from(), w.to(), skipped);
            if (day.date.isValid())
                w.add({ day.date, day.date, quotedWithLead(text, day.span) });
        }
        if (published.isValid()) {
            if (w.narrow())
                w.add({ QDate(), published, byArticleDate });
            else
                w.add({ published.addDays(1 - ArticleWeekDays), published, articleWeek });
        }
        w.applyWeekdays();
        st.said = w.result();
        st.saidOn = st.said.day();
    }
}

} // namespace ql
