#include "core/analysis/extraction/Extractor.h"

#include "core/analysis/extraction/AdjacentCueSieve.h"
#include "core/analysis/extraction/ArticleTokens.h"
#include "core/analysis/extraction/AttributionFinder.h"
#include "core/analysis/extraction/BoilerplateLineFinder.h"
#include "core/analysis/extraction/EventDateFinder.h"
#include "core/analysis/extraction/FigureExtractor.h"
#include "core/analysis/extraction/PronounResolver.h"
#include "core/analysis/extraction/QuoteScanner.h"
#include "core/analysis/extraction/SaidDater.h"
#include "core/analysis/extraction/SentenceSplitter.h"
#include "core/analysis/extraction/SpeakerRegistry.h"
#include "core/analysis/extraction/SpeakerTurns.h"
#include "core/analysis/extraction/TextRules.h"
#include "core/analysis/extraction/TranscriptDetector.h"
#include "core/analysis/extraction/TranscriptSentences.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <utility>

namespace ql {

using namespace textrules;

namespace {

// Quoted phrases shorter than this are scare quotes unless they are full attributed sentences.
constexpr int MinQuoteWords = 5;
// The interviewee is among the first people an interview's introduction names.
constexpr int MaxIntervieweeCandidates = 8;

TextSpan trimmed(const QString& text, TextSpan span)
{
    while (span.start < span.end && text.at(span.start).isSpace())
        ++span.start;
    while (span.end > span.start
        && (text.at(span.end - 1).isSpace() || text.at(span.end - 1) == QLatin1Char(',')
            || text.at(span.end - 1) == QLatin1Char(';') || text.at(span.end - 1) == QLatin1Char(':')))
        --span.end;
    return span;
}

QString quoteText(const QString& text, const QuoteSpan& q)
{
    QStringList parts;
    for (const TextSpan& piece : q.pieces) {
        TextSpan t = piece;
        while (t.start < t.end && text.at(t.start).isSpace())
            ++t.start;
        while (t.end > t.start && text.at(t.end - 1).isSpace())
            --t.end;
        if (t.length() > 0)
            parts.append(text.mid(t.start, t.length()));
    }
    return parts.join(QLatin1Char(' '));
}

bool endsWithTerminal(const QString& s)
{
    return s.endsWith(QLatin1Char('.')) || s.endsWith(QLatin1Char('!')) || s.endsWith(QLatin1Char('?'))
        || s.endsWith(QChar(0x2026));
}

// "the so-called “…”", "a report titled “…”": names and titles, not speech.
bool isNamedThing(const QString& text, int open)
{
    static const QRegularExpression re(
        QStringLiteral(
            "(?:called|titled|entitled|named|dubbed|so-called|slogan|motto|hashtag|headline|headlined|"
            "term|word|phrase|banner|label|operation|codenamed|code-named|report|study|book|film|paper|"
            "song|album|anthem|poem|novel|documentary|series|"
            "campaign|programme|program|doctrine|strategy|initiative|exercise)[\\s,:]*$"),
        QRegularExpression::CaseInsensitiveOption);
    const int from = std::max(0, open - 30);
    // The pattern needs one of its words right before the mark (spaces, commas and colons between):
    // most quotations have none, and the test costs less than starting the pattern. Letters compare
    // folded the way the case-insensitive pattern folds them (the Kelvin sign is a "k", the long s an "s").
    static const char* const words[] = { "called", "titled", "entitled", "named", "dubbed", "so-called",
        "slogan", "motto", "hashtag", "headline", "headlined", "term", "word", "phrase", "banner", "label",
        "operation", "codenamed", "code-named", "report", "study", "book", "film", "paper", "song", "album",
        "anthem", "poem", "novel", "documentary", "series", "campaign", "programme", "program", "doctrine",
        "strategy", "initiative", "exercise" };
    int end = open;
    while (end > from
        && (text.at(end - 1) == QLatin1Char(' ') || text.at(end - 1) == QLatin1Char(',')
            || text.at(end - 1) == QLatin1Char(':')
            || (text.at(end - 1).unicode() >= 9 && text.at(end - 1).unicode() <= 13)))
        --end;
    auto fold = [](QChar c) {
        const char16_t u = c.unicode();
        if (u >= u'A' && u <= u'Z')
            return char16_t(u + 32);
        return u == 0x212A ? u'k' : u == 0x017F ? u's' : u;
    };
    const bool endsWithWord = std::any_of(std::cbegin(words), std::cend(words), [&](const char* w) {
        const int len = int(qstrlen(w));
        if (end - from < len)
            return false;
        for (int k = 0; k < len; ++k) {
            if (fold(text.at(end - len + k)) != char16_t(w[k]))
                return false;
        }
        return true;
    });
    return endsWithWord && re.match(text.mid(from, open - from)).hasMatch();
}

bool isTitleCase(const QString& s)
{
    if (endsWithTerminal(s))
        return false;
    int words = 0;
    int capitalised = 0;
    const int n = int(s.size());
    for (int i = 0; i < n;) {
        while (i < n && s.at(i) == QLatin1Char(' '))
            ++i;
        int e = i;
        while (e < n && s.at(e) != QLatin1Char(' '))
            ++e;
        if (e > i && !(e - i <= 3 && s.at(i).isLower())) { // skip "of", "and", "the"
            ++words;
            if (s.at(i).isUpper() || s.at(i).isDigit())
                ++capitalised;
        }
        i = e;
    }
    return words >= 3 && capitalised * 10 >= words * 8;
}

// The person a turn label names: "Mark Rutte", "MR RUTTE" (a surname the article introduced),
// "SECRETARY GENERAL" (an office, resolved on the article's date).
QString speakerForLabel(const QString& label, const SpeakerRegistry& registry)
{
    const QString form = SpeakerTurns::nameForm(label);
    const QStringList words = form.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const bool titled
        = std::any_of(words.cbegin(), words.cend(), [](const QString& w) { return isTitleWord(w); });
    QString speaker = titled ? registry.resolveRole(form) : QString();
    if (speaker.isEmpty())
        speaker = registry.resolveName(form);
    if (speaker.isEmpty() && !titled && words.size() >= 2)
        speaker = form; // a full name the article does not otherwise introduce
    return speaker;
}

// Who answers the "Q:"s of an interview: of the people named above the first turn (other than the
// byline's author, "Interview by Jonas Feld"), the one the questions address ("Ms Duval, …"), else the
// first.
QString intervieweeIn(const QString& text, const QList<SpeakerTurn>& turns, const SpeakerRegistry& registry)
{
    static const QRegularExpression byline(
        QStringLiteral("(?:(?:^|\\n)[\\s*_]*|\\b(?:interview(?:ed)?|written|reported|reporting|photos?|"
                       "edited|words|text|story|compiled|conducted)\\s+)by\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList candidates;
    for (const Mention& m : registry.mentionsIn(text, 0, turns.first().body.start, {})) {
        if (m.kind != Mention::Kind::Name && m.kind != Mention::Kind::UnknownName)
            continue;
        const QString name = m.kind == Mention::Kind::UnknownName ? m.raw : m.canonical;
        if (!name.contains(QLatin1Char(' ')) || candidates.contains(name))
            continue;
        const int from = std::max(0, m.start - 40);
        if (!byline.match(text.mid(from, m.start - from)).hasMatch())
            candidates.append(name);
        if (candidates.size() >= MaxIntervieweeCandidates)
            break;
    }
    for (const QString& name : std::as_const(candidates)) {
        const QString surname = name.section(QLatin1Char(' '), -1);
        for (const SpeakerTurn& t : turns) {
            if (t.role == SpeakerTurn::Role::Question
                && QStringView(text).mid(t.body.start, t.body.length()).contains(surname))
                return name;
        }
    }
    return candidates.value(0);
}

} // namespace

Extractor::Extractor()
    : m_offices(OfficeHolders::seed())
{ }

Extractor::Extractor(OfficeHolders offices)
    : m_offices(std::move(offices))
{ }

Extractor::~Extractor() = default;

Extraction Extractor::extract(const Article& article) const
{
    const QString& text = article.text;
    Extraction result;
    const QList<TextSpan> boilerplate = BoilerplateLineFinder().boilerplateLines(text);
    const TranscriptLayout textLayout = TranscriptDetector().detect(text);
    TranscriptLayout layout = textLayout;
    // A web page keeps its headline apart from the body: "Speech by … at …" may be the title alone,
    // above a body that opens with "Dear colleagues,". The speaker phrase is then read from the title.
    QString speakerSource = text;
    if (!layout.isTranscript && !article.title.isEmpty()) {
        const QString combined = article.title + QLatin1Char('\n') + text;
        const TranscriptLayout titled = TranscriptDetector().detect(combined);
        const int shift = int(article.title.size()) + 1;
        if (titled.isTranscript && titled.speakerPhrase.start >= 0 && titled.speakerPhrase.end <= shift) {
            layout = titled;
            layout.bodyStart = std::max(0, titled.bodyStart - shift);
            layout.header = TextSpan { 0, layout.bodyStart };
            speakerSource = combined;
        }
    }
    const EventDateFinder dateFinder;
    QDate eventDate;
    if (layout.isTranscript)
        eventDate = dateFinder.firstDateIn(text, layout.header, article.published);
    if (!eventDate.isValid())
        eventDate = dateFinder.find(text, article.published, boilerplate);
    const QDate saidOn = eventDate.isValid() ? eventDate : article.published;

    SpeakerRegistry registry(m_offices, saidOn);
    registry.learn(text);

    const QList<SpeakerTurn> turns = SpeakerTurns().detect(
        text, [&registry](const QString& word) { return !registry.resolveName(word).isEmpty(); });
    // Quotations: the whole text of a news story; above the first turn of an interview or press
    // conference (its introduction, or a story that ends with a Q&A box); none in a speech.
    if (!turns.isEmpty() || !layout.isTranscript) {
        int quoteLimit = int(text.size());
        if (!turns.isEmpty())
            quoteLimit = int(text.lastIndexOf(QLatin1Char('\n'), turns.first().body.start)) + 1;
        const QList<QuoteSpan> quotes = QuoteScanner().scan(text);
        const AttributionFinder finder(text, quotes, registry);
        const AdjacentCueSieve cues(text, registry);
        QList<TextSpan> quotationSpans;
        quotationSpans.reserve(quotes.size());
        for (const QuoteSpan& q : quotes)
            quotationSpans.append(TextSpan { q.open, q.close + 1 });
        const PronounResolver pronouns(text, registry, quotationSpans);
        QString lastSpeaker;
        int lastStatementEnd = 0;
        for (int i = 0; i < quotes.size(); ++i) {
            const QuoteSpan& q = quotes.at(i);
            if (q.open >= quoteLimit)
                break;
            if (q.close >= quoteLimit)
                continue; // runs into the turns, which are transcript
            if (spansContain(boilerplate, q.open) || isNamedThing(text, q.open))
                continue;
            QString quoted = quoteText(text, q);
            if (quoted.isEmpty())
                continue;
            // Cheap filters first: most quoted fragments are too short to be statements.
            {
                const int roughWords = wordCount(quoted);
                const bool couldBeSentence = quoted.at(0).isUpper() || quoted.at(0).isDigit();
                // A fragment ending in a comma may be the first half of a split quotation.
                const bool mayContinue = quoted.endsWith(QLatin1Char(','));
                if (!mayContinue && (roughWords < 2 || (roughWords < MinQuoteWords && !couldBeSentence)))
                    continue;
            }
            Attribution a = finder.find(i);
            {
                // The verb of saying next to the quotation names the speaker as the head of its noun
                // phrase; it outranks the wider searches of the finder.
                const int nextOpen = i + 1 < quotes.size() ? quotes.at(i + 1).open : int(text.size());
                Attribution::Source side = Attribution::Source::Before;
                Mention cue = cues.introducedByColon(q.open);
                if (cue.start < 0) {
                    cue = cues.after(q.close, nextOpen);
                    side = Attribution::Source::After;
                }
                if (cue.start < 0) {
                    cue = cues.before(finder.sentenceStart(q.open), q.open);
                    side = Attribution::Source::Before;
                }
                if (cue.start < 0) {
                    int intro = q.open;
                    while (intro > 0 && text.at(intro - 1).isSpace())
                        --intro;
                    if (intro > 0 && text.at(intro - 1) == QLatin1Char(':'))
                        cue = cues.paragraphIntroduction(q.open, finder.sentenceStart(intro - 1));
                }
                const bool person = cue.start >= 0
                    && (cue.kind == Mention::Kind::Name || cue.kind == Mention::Kind::UnknownName
                        || cue.kind == Mention::Kind::Pronoun);
                if (person) {
                    if (a.source == Attribution::Source::None) {
                        a.source = side;
                        a.speechVerb = true;
                        a.end = cue.end;
                    }
                    a.mention = cue;
                }
            }
            int end = trimmed(text, TextSpan { q.contentStart(), q.contentEnd() }).end;
            // “We need more,” she said, “and faster.” is one statement.
            int joined = i;
            while (a.source == Attribution::Source::After && joined + 1 < quotes.size()
                && !endsWithTerminal(quoted)) {
                const QuoteSpan& next = quotes.at(joined + 1);
                if (next.open < a.end || next.open - a.end > 4)
                    break;
                const QString gap = text.mid(a.end, next.open - a.end).trimmed();
                const QString nextText = quoteText(text, next);
                if (!(gap.isEmpty() || gap == QLatin1String(",") || gap == QLatin1String(":"))
                    || nextText.isEmpty() || !nextText.at(0).isLower())
                    break;
                quoted += QLatin1Char(' ') + nextText;
                end = trimmed(text, TextSpan { next.contentStart(), next.contentEnd() }).end;
                ++joined;
            }
            while (!quoted.isEmpty()
                && (quoted.back() == QLatin1Char(',') || quoted.back() == QLatin1Char(';')
                    || quoted.back() == QLatin1Char(':') || quoted.back().isSpace()))
                quoted.chop(1);
            if (quoted.isEmpty()) {
                i = joined;
                continue;
            }
            const int words = wordCount(quoted);
            const bool fullSentence = quoted.at(0).isUpper() && endsWithTerminal(quoted);
            // “… credible,” says Karl Weber. “And credibility costs money.”: a short sentence that goes on
            // with the quotation just made in the same paragraph is the same speaker's.
            bool continues = false;
            if (!result.statements.isEmpty() && lastStatementEnd > 0 && q.open > lastStatementEnd
                && q.open - lastStatementEnd < 200) {
                // A new sentence of the same paragraph; in “…,” she said of “Born Free.” it is a title.
                const QStringView gap = QStringView(text).mid(lastStatementEnd, q.open - lastStatementEnd);
                const QStringView before = gap.trimmed();
                continues = !gap.contains(QLatin1Char('\n')) && !before.isEmpty()
                    && (before.endsWith(QLatin1Char('.')) || before.endsWith(QLatin1Char('!'))
                        || before.endsWith(QLatin1Char('?')));
            }
            if (words < MinQuoteWords
                && !(words >= 2 && fullSentence
                    && ((a.source != Attribution::Source::None && a.speechVerb)
                        || (a.source == Attribution::Source::None && continues)))) {
                i = joined;
                continue;
            }
            if (isTitleCase(quoted)) {
                i = joined;
                continue;
            }
            QString speaker;
            bool attributed = a.source != Attribution::Source::None;
            if (attributed) {
                switch (a.mention.kind) {
                case Mention::Kind::Pronoun: {
                    // "he" is the person last named as a subject since the previous quotation, else its
                    // speaker.
                    speaker = pronouns.resolve(a.mention.start,
                        QStringView(text).mid(a.mention.start, a.mention.end - a.mention.start));
                    if (speaker.isEmpty())
                        speaker = lastSpeaker;
                    break;
                }
                case Mention::Kind::UnknownName:
                    speaker = a.mention.raw;
                    break;
                default:
                    speaker = a.mention.canonical;
                    // A surname alone ("Clinton said") goes to the bearer the article named last.
                    if (a.mention.kind == Mention::Kind::Name
                        && !a.mention.raw.trimmed().contains(QLatin1Char(' ')))
                        speaker = pronouns.nearestBearer(a.mention.start, speaker);
                    break;
                }
            } else {
                // A quotation that opens a paragraph right after a paragraph of the same speaker's
                // quotations goes on with that speaker (CoreNLP's paragraph sieve); elsewhere the last
                // subject named since the previous quotation speaks.
                const bool opensParagraph = q.open == 0 || text.at(q.open - 1) == QLatin1Char('\n')
                    || (q.open >= 2 && text.at(q.open - 1).isSpace()
                        && text.at(q.open - 2) == QLatin1Char('\n'));
                const QStringView gap = lastStatementEnd > 0 && lastStatementEnd <= q.open
                    ? QStringView(text).mid(lastStatementEnd, q.open - lastStatementEnd)
                    : QStringView();
                const bool previousParagraph = !gap.isEmpty() && gap.count(QLatin1Char('\n')) <= 2
                    && gap.count(QLatin1Char('\n')) >= 1 && gap.size() < 400;
                if (opensParagraph && previousParagraph && !lastSpeaker.isEmpty()) {
                    speaker = lastSpeaker;
                } else {
                    const Mention subject = finder.lastSubjectIn(lastStatementEnd, q.open);
                    speaker = subject.canonical.isEmpty() ? lastSpeaker : subject.canonical;
                    if (!subject.canonical.isEmpty() && !subject.raw.trimmed().contains(QLatin1Char(' ')))
                        speaker = pronouns.nearestBearer(subject.start, speaker);
                }
                attributed = !speaker.isEmpty();
            }
            if (!attributed) {
                i = joined;
                continue;
            }
            if (!speaker.isEmpty() && !speaker.contains(QLatin1Char(' ')))
                speaker = registry.introducedFullName(text, speaker);
            Statement st;
            st.kind = StatementKind::Quote;
            st.speaker = speaker;
            st.text = quoted;
            st.start = trimmed(text, TextSpan { q.contentStart(), q.contentEnd() }).start;
            st.end = end;
            st.saidOn = saidOn;
            result.statements.append(st);
            if (!speaker.isEmpty())
                lastSpeaker = speaker;
            lastStatementEnd = quotes.at(joined).close + 1;
            i = joined;
        }
    }

    if (!turns.isEmpty()) {
        // A press conference or interview: the answers are the speakers' transcript; questions and the
        // moderator's lines are not statements.
        result.isTranscript = true;
        const QString interviewee = intervieweeIn(text, turns, registry);
        QHash<QString, int> sentences;
        QStringList speakersInOrder;
        const SentenceSplitter splitter;
        for (const SpeakerTurn& turn : turns) {
            QString speaker;
            if (turn.role == SpeakerTurn::Role::Answer)
                speaker = interviewee;
            else if (turn.role == SpeakerTurn::Role::Named)
                speaker = speakerForLabel(turn.label, registry);
            if (speaker.isEmpty())
                continue;
            QList<TextSpan> spans;
            int lineStart = turn.body.start;
            while (lineStart < turn.body.end) {
                int lineEnd = int(text.indexOf(QLatin1Char('\n'), lineStart));
                if (lineEnd < 0 || lineEnd > turn.body.end)
                    lineEnd = turn.body.end;
                if (!spansContain(boilerplate, lineStart)) {
                    for (const TextSpan& span : splitter.split(text, TextSpan { lineStart, lineEnd })) {
                        if (!TranscriptDetector::isSalutation(
                                QStringView(text).mid(span.start, span.length())))
                            spans.append(span);
                    }
                }
                lineStart = lineEnd + 1;
            }
            for (const TextSpan& span : TranscriptSentences::statements(text, spans)) {
                const QStringView sentence = QStringView(text).mid(span.start, span.length());
                if (wordCount(sentence) < 2)
                    continue;
                Statement st;
                st.kind = StatementKind::Transcript;
                st.speaker = speaker;
                st.start = span.start;
                st.end = span.end;
                st.text = sentence.toString();
                st.saidOn = saidOn;
                result.statements.append(st);
                if (++sentences[speaker] == 1)
                    speakersInOrder.append(speaker);
            }
        }
        // The speaker with the most sentences; of equals, the one who spoke first (the hash's order
        // made the choice change from run to run).
        for (const QString& speaker : std::as_const(speakersInOrder)) {
            if (sentences.value(speaker) > sentences.value(result.transcriptSpeaker))
                result.transcriptSpeaker = speaker;
        }
    } else if (layout.isTranscript) {
        result.isTranscript = true;
        if (layout.speakerPhrase.start >= 0) {
            // "Regional Defence Commissioner Astrid Moe": an unknown qualifier may read as a name of its
            // own, so a full name later in the phrase wins over a single word before it.
            Mention best;
            const QList<Mention> inPhrase = registry.mentionsIn(
                speakerSource, layout.speakerPhrase.start, layout.speakerPhrase.end, {});
            for (const Mention& m : inPhrase) {
                const bool named = m.kind == Mention::Kind::Name || m.kind == Mention::Kind::UnknownName;
                const QString& name = m.kind == Mention::Kind::UnknownName ? m.raw : m.canonical;
                if (named && name.contains(QLatin1Char(' ')))
                    best = m;
            }
            if (best.start < 0)
                best
                    = registry.mentionAt(speakerSource, layout.speakerPhrase.start, layout.speakerPhrase.end);
            result.transcriptSpeaker = best.kind == Mention::Kind::UnknownName ? best.raw : best.canonical;
        }
        if (result.transcriptSpeaker.isEmpty()) {
            for (const Mention& m : registry.mentionsIn(text, 0, layout.bodyStart, {})) {
                if (m.kind == Mention::Kind::Name && result.transcriptSpeaker.isEmpty())
                    result.transcriptSpeaker = m.canonical;
            }
        }
        const SentenceSplitter splitter;
        const int n = int(text.size());
        QList<TextSpan> speechSpans;
        int lineStart = layout.bodyStart;
        while (lineStart < n) {
            int lineEnd = int(text.indexOf(QLatin1Char('\n'), lineStart));
            if (lineEnd < 0)
                lineEnd = n;
            const QStringView line = QStringView(text).mid(lineStart, lineEnd - lineStart);
            const bool speech = !spansContain(boilerplate, lineStart)
                && !TranscriptDetector::isSalutation(line) && !TranscriptDetector::isHeaderLine(line)
                && (wordCount(line) >= 3 || endsWithTerminal(line.trimmed().toString()));
            if (speech)
                speechSpans.append(splitter.split(text, TextSpan { lineStart, lineEnd }));
            lineStart = lineEnd + 1;
        }
        for (const TextSpan& s : TranscriptSentences::statements(text, speechSpans)) {
            Statement st;
            st.kind = StatementKind::Transcript;
            st.speaker = result.transcriptSpeaker;
            st.start = s.start;
            st.end = s.end;
            st.text = text.mid(s.start, s.length());
            st.saidOn = saidOn;
            result.statements.append(st);
        }
    }

    result.figures = FigureExtractor().extract(text, boilerplate);
    // Statements are in text order and do not overlap: a binary search links each figure.
    for (Figure& f : result.figures) {
        const auto it = std::upper_bound(result.statements.cbegin(), result.statements.cend(), f.start,
            [](int pos, const Statement& s) { return pos < s.start; });
        if (it != result.statements.cbegin() && f.start < std::prev(it)->end)
            f.statementIndex = int(std::prev(it) - result.statements.cbegin());
    }
    // When each statement was said: a window with its evidence (also re-run when the date changes).
    SaidDater(m_offices, m_events)
        .date(article, result.statements, boilerplate, textLayout, &registry.tokens());
    return result;
}

} // namespace ql
