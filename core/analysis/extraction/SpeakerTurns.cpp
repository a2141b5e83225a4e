#include "core/analysis/extraction/SpeakerTurns.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace ql {

namespace {

constexpr auto Unicode = QRegularExpression::UseUnicodePropertiesOption;

// What may stand before the colon: Q/A markers, an all-capitals label of up to six words, or a
// capitalised name of one to five words; optionally followed by a parenthetical ("Q (Reuters)",
// "Moderator (Anna Berg)").
const QRegularExpression& labelRegex()
{
    static const QRegularExpression re(
        QStringLiteral("^(Q|A|"
                       "\\p{Lu}[\\p{Lu}\\p{M}.'\\x{2019}\\-]*(?: [\\p{Lu}\\p{M}.'\\x{2019}\\-]+){0,5}|"
                       "\\p{Lu}[\\p{L}\\p{M}.'\\x{2019}\\-]*(?: (?:\\p{Lu}[\\p{L}\\p{M}.'\\x{2019}\\-]*|"
                       "de|van|von|der|den|al|bin|da|di|le|la)){0,4})"
                       "(?: ?\\(([^()]{1,50})\\))?$"),
        Unicode);
    return re;
}

bool isMarkup(QChar c)
{
    return c == QLatin1Char('*') || c == QLatin1Char('_') || c == QLatin1Char('#') || c == QLatin1Char('>');
}

SpeakerTurn::Role roleOf(const QString& label)
{
    static const QHash<QString, SpeakerTurn::Role> roles = [] {
        QHash<QString, SpeakerTurn::Role> r;
        for (const char* q : { "q", "question", "questioner", "interviewer", "journalist", "reporter",
                 "audience", "audience member", "participant", "press", "media" })
            r.insert(QString::fromLatin1(q), SpeakerTurn::Role::Question);
        for (const char* m : { "moderator", "host", "chair", "chairman", "chairwoman", "chairperson",
                 "anchor", "presenter", "operator", "facilitator", "master of ceremonies", "mc" })
            r.insert(QString::fromLatin1(m), SpeakerTurn::Role::Moderator);
        r.insert(QStringLiteral("a"), SpeakerTurn::Role::Answer);
        r.insert(QStringLiteral("answer"), SpeakerTurn::Role::Answer);
        return r;
    }();
    return roles.value(label.toLower(), SpeakerTurn::Role::Named);
}

struct LabelLine
{
    int lineStart = 0;
    int bodyStart = 0;
    QString label;
    QString aside; // the parenthetical: "Anna Berg" in "Moderator (Anna Berg)"
};

bool isAllCaps(const QString& s)
{
    bool letters = false;
    for (const QChar c : s) {
        if (c.isLower())
            return false;
        letters = letters || c.isLetter();
    }
    return letters;
}

// The label of the paragraph starting at `lineStart`, if it opens with one.
bool labelAt(const QString& text, int lineStart, int lineEnd,
    const std::function<bool(const QString&)>& knownPerson, LabelLine& out)
{
    int i = lineStart;
    while (i < lineEnd && (text.at(i).isSpace() || isMarkup(text.at(i))))
        ++i;
    const int labelStart = i;
    const int limit = std::min(lineEnd, labelStart + SpeakerTurns::MaxLabelLength);
    int colon = -1;
    for (int k = labelStart; k < limit; ++k) {
        if (text.at(k) == QLatin1Char(':')) {
            colon = k;
            break;
        }
    }
    // "Q. How many?" / "A. Two million.": the American transcript style marks turns with a full stop.
    if (colon < 0 && labelStart + 2 < lineEnd
        && (text.at(labelStart) == QLatin1Char('Q') || text.at(labelStart) == QLatin1Char('A'))
        && text.at(labelStart + 1) == QLatin1Char('.') && text.at(labelStart + 2) == QLatin1Char(' '))
        colon = labelStart + 1;
    if (colon <= labelStart)
        return false;
    int labelEnd = colon;
    while (labelEnd > labelStart && (text.at(labelEnd - 1).isSpace() || isMarkup(text.at(labelEnd - 1))))
        --labelEnd;
    int body = colon + 1;
    while (body < lineEnd && (text.at(body).isSpace() || isMarkup(text.at(body))))
        ++body;
    if (body >= lineEnd || labelEnd <= labelStart)
        return false; // "Key figures:" heading, or a label alone on its line
    if (text.at(body).isDigit() && colon > 0 && text.at(colon - 1).isDigit())
        return false; // a clock time
    const QString label = text.mid(labelStart, labelEnd - labelStart);
    const QRegularExpressionMatch m = labelRegex().match(label);
    if (!m.hasMatch())
        return false;
    const QString head = m.captured(1);
    // One capitalised word ("Details:", "Source:") is a label only as a role or a known person.
    if (!head.contains(QLatin1Char(' ')) && head.size() > 1 && !isAllCaps(head)
        && roleOf(head) == SpeakerTurn::Role::Named && !(knownPerson && knownPerson(head)))
        return false;
    out.lineStart = lineStart;
    out.bodyStart = body;
    out.label = head;
    out.aside = m.captured(2).trimmed();
    return true;
}

} // namespace

QString SpeakerTurns::nameForm(const QString& label)
{
    static const QRegularExpression honorific(
        QStringLiteral("^(?:mr|mrs|ms|miss|dr|prof|sir|dame|madam|madame|mister)\\.?\\s+"),
        QRegularExpression::CaseInsensitiveOption);
    QString s = label;
    s.remove(honorific);
    bool allCaps = true;
    for (const QChar c : std::as_const(s)) {
        if (c.isLower())
            allCaps = false;
    }
    if (!allCaps)
        return s;
    QString out;
    out.reserve(s.size());
    bool wordStart = true;
    for (const QChar c : std::as_const(s)) {
        out += wordStart ? c : c.toLower();
        wordStart = c.isSpace() || c == QLatin1Char('-');
    }
    return out;
}

bool SpeakerTurns::isEditorialNote(QStringView paragraph)
{
    static const QRegularExpression re(
        QStringLiteral("\\b(?:edited|condensed|shortened|translated)\\b.{0,40}\\b(?:length|clarity|brevity|"
                       "space|readability)\\b|^\\W*(?:this|the) (?:interview|conversation|transcript|"
                       "exchange) (?:has been|was|is)\\b|^\\W*\\(.*\\)\\W*$"),
        QRegularExpression::CaseInsensitiveOption);
    return paragraph.size() < 300 && re.match(paragraph.toString()).hasMatch();
}

QList<SpeakerTurn> SpeakerTurns::detect(
    const QString& text, const std::function<bool(const QString&)>& knownPerson) const
{
    QList<LabelLine> labels;
    const int n = int(text.size());
    int lineStart = 0;
    while (lineStart < n) {
        int lineEnd = int(text.indexOf(QLatin1Char('\n'), lineStart));
        if (lineEnd < 0)
            lineEnd = n;
        LabelLine l;
        if (labelAt(text, lineStart, lineEnd, knownPerson, l))
            labels.append(l);
        lineStart = lineEnd + 1;
    }
    if (labels.size() < MinTurns)
        return {};
    QHash<QString, int> uses;
    for (const LabelLine& l : std::as_const(labels))
        ++uses[l.label.toLower()];

    QList<SpeakerTurn> turns;
    // "Moderator (Anna Berg)": later "Anna Berg:" turns moderate too.
    QHash<QString, SpeakerTurn::Role> asides;
    for (int i = 0; i < labels.size(); ++i) {
        SpeakerTurn t;
        t.label = labels.at(i).label;
        t.role = roleOf(t.label);
        if (t.role == SpeakerTurn::Role::Named)
            t.role = asides.value(t.label.toLower(), SpeakerTurn::Role::Named);
        else if (t.role != SpeakerTurn::Role::Answer && !labels.at(i).aside.isEmpty())
            asides.insert(labels.at(i).aside.toLower(), t.role);
        t.body.start = labels.at(i).bodyStart;
        t.body.end = i + 1 < labels.size() ? labels.at(i + 1).lineStart : n;
        turns.append(t);
    }
    // A label whose turns are mostly questions is the interviewer ("Defence Weekly: …?").
    QHash<QString, int> asked;
    for (const SpeakerTurn& t : std::as_const(turns)) {
        int e = t.body.end;
        while (e > t.body.start && (text.at(e - 1).isSpace() || isMarkup(text.at(e - 1))))
            --e;
        if (e > t.body.start && text.at(e - 1) == QLatin1Char('?'))
            ++asked[t.label.toLower()];
    }
    bool exchange = false; // someone asks, chairs or answers
    for (SpeakerTurn& t : turns) {
        const QString key = t.label.toLower();
        if (t.role == SpeakerTurn::Role::Named && asked.value(key) * 2 > uses.value(key))
            t.role = SpeakerTurn::Role::Question;
        exchange = exchange || t.role != SpeakerTurn::Role::Named;
    }
    // "NATO Spokesperson …:" chairs when someone else answers; alone, the spokesperson is the speaker.
    static const QRegularExpression chairing(
        QStringLiteral("\\b(?:spokesperson|spokesman|spokeswoman|press secretary|press officer)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    QString answering;
    for (const SpeakerTurn& t : std::as_const(turns)) {
        if (t.role == SpeakerTurn::Role::Named && !chairing.match(t.label).hasMatch())
            answering = t.label;
    }
    for (SpeakerTurn& t : turns) {
        if (!answering.isEmpty() && t.role == SpeakerTurn::Role::Named && chairing.match(t.label).hasMatch())
            t.role = SpeakerTurn::Role::Moderator;
    }
    int recurring = 0;
    for (auto it = uses.cbegin(); it != uses.cend(); ++it)
        recurring += it.value() >= 2 ? 1 : 0;
    // Names alone ("Anna Berg: …") could be a list of who-said-what: such a dialogue needs more turns.
    if (recurring < 2 || (!exchange && labels.size() < 2 * MinTurns))
        return {};
    // The last turn ends before trailing editorial notes and page furniture.
    SpeakerTurn& last = turns.last();
    int end = last.body.end;
    while (end > last.body.start) {
        int paraEnd = end;
        while (paraEnd > last.body.start && text.at(paraEnd - 1).isSpace())
            --paraEnd;
        int paraStart = int(text.lastIndexOf(QLatin1Char('\n'), paraEnd - 1)) + 1;
        if (paraStart <= last.body.start)
            break;
        if (!isEditorialNote(QStringView(text).mid(paraStart, paraEnd - paraStart)))
            break;
        end = paraStart;
    }
    last.body.end = end;
    return turns;
}

} // namespace ql
