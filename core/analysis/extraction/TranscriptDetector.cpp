#include "core/analysis/extraction/TranscriptDetector.h"

#include <QRegularExpression>

namespace ql {

namespace {

// Whether the first letter of `s`, after any ASCII characters that are not letters, is one of
// `leads` (lower-case ASCII): a pattern anchored at the start whose alternatives all open with one
// of those letters, after spaces and punctuation, can match nowhere else. Caseless "s" and "k" also
// match the long s and the Kelvin sign; any other character outside ASCII is left to the pattern.
bool mayOpenWith(QStringView s, const char* leads)
{
    for (const QChar c : s) {
        char16_t u = c.unicode();
        if (u == 0x017F)
            u = u's';
        else if (u == 0x212A)
            u = u'k';
        else if (u >= 128)
            return true;
        if (u >= u'A' && u <= u'Z')
            u = char16_t(u + 32);
        if (u < u'a' || u > u'z')
            continue;
        for (const char* l = leads; *l != 0; ++l) {
            if (u == char16_t(*l))
                return true;
        }
        return false;
    }
    return false;
}

} // namespace

bool TranscriptDetector::isSalutation(QStringView line)
{
    static const QRegularExpression re(
        QStringLiteral("^(?:ladies and gentlemen|dear (?:[\\w\\-]+ ?){1,5}|good "
                       "(?:morning|afternoon|evening)(?: (?:everyone|all))?|"
                       "excellenc(?:y|ies)|your (?:excellenc(?:y|ies)|majesty|majesties|royal "
                       "highness)|distinguished (?:guests|delegates)|"
                       "(?:mr\\.?|madam|madame|mister) "
                       "(?:president|chair(?:man|woman|person)?|speaker|secretary[ -]general|minister|"
                       "prime minister|ambassador)|(?:president|prime "
                       "minister|minister|secretary|ambassador|general|admiral) [\\w\\-]+|"
                       "(?:dear )?(?:friends|colleagues)|members of (?:[\\w\\-]+ ?){1,4}|honou?red "
                       "guests|all protocols observed)"
                       "(?:[,;] *(?:[\\w\\-.]+ ?){0,5})*[,!:.]?$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    const QString s = line.trimmed().toString();
    if (s.isEmpty() || s.size() > 120)
        return false;
    // Without closing punctuation only a short line reads as a salutation ("Good morning").
    if (!s.endsWith(QLatin1Char(',')) && !s.endsWith(QLatin1Char('!')) && !s.endsWith(QLatin1Char(':'))
        && s.count(QLatin1Char(' ')) > 3)
        return false;
    // The line is trimmed and the pattern opens with the first letter of one of its first words.
    return mayOpenWith(QStringView(s).left(1), "ldgeympsafch") && re.match(s).hasMatch();
}

bool TranscriptDetector::isHeaderLine(QStringView line)
{
    static const QRegularExpression re(
        QStringLiteral(
            "^(?:[\\x{2022}*\\-|\\s]*$|[\\x{2022}*\\-\\s]*(?:last updated|updated|published|posted|date)\\b|"
            "[\\x{2022}*\\-\\s]*\\d{1,2}[ ./-]+(?:\\w+\\.?|\\d{1,2})[ ./-]+\\d{2,4}\\b[^a-z]*$|"
            "[\\x{2022}*\\-\\s]*\\w+\\.? \\d{1,2},? \\d{4}[^a-z]*$|"
            // "14 May 2025 | Tallinn", "Tallinn, 14 May 2025": a date with the place of the speech.
            "[\\x{2022}*\\-\\s]*(?:\\d{1,2}[ ./-]+\\w+\\.?[ ./-]+\\d{4}|\\w+\\.? \\d{1,2},? "
            "\\d{4})\\s*[|,\\x{00B7}\\x{2013}\\x{2014}-]\\s*"
            "\\p{Lu}[\\p{L} .'-]{0,30}$|"
            "\\p{Lu}[\\p{L} .'-]{0,30}[,|\\x{00B7}\\x{2013}\\x{2014}]\\s*(?:\\d{1,2}[ ./-]+\\w+\\.?[ "
            "./-]+\\d{4}|\\w+\\.? \\d{1,2},? \\d{4})\\s*$|"
            "\\(?\\s*(?:as delivered|as prepared(?: for delivery)?|check against "
            "delivery|verbatim|transcript)\\s*\\)?\\.?$)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    const QString s = line.trimmed().toString();
    return s.size() < 120 && re.match(s).hasMatch();
}

TranscriptLayout TranscriptDetector::detect(const QString& text) const
{
    static const QRegularExpression marker(
        QStringLiteral("^\\s*\\(?\\s*(?:as delivered|as prepared(?: for delivery)?|check against "
                       "delivery|delivered version|"
                       "verbatim transcript|speech transcript)\\s*\\)?\\.?\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    // "Speech by", "Keynote address by", "Opening remarks by", "Speech of", "Transcript of the press
    // conference by", "Transcript of <name>": up to two words may qualify the kind of speech. The
    // speaker phrase stops at the venue ("at the …"), a comma or a dash.
    static const QRegularExpression header(
        QStringLiteral(
            "^\\s*(?:(?:full |verbatim )?(?:transcript|text) of (?:the |a |an )?)?"
            "(?:(?:[\\w\\-]+ ){0,2}?(?:speech|remarks|address|statement|lecture|keynote|"
            "press conference|press briefing|briefing|toast|intervention|presentation|testimony)"
            "\\s+(?:by|of|from)|by|(?<=transcript of ))\\s*"
            "([^,]+?)(?:\\s+(?:at|in|to|during|on|before|for)\\s+.*|\\s*[,:(\\x{2013}\\x{2014}|].*|"
            "\\s+-\\s+.*)?$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    TranscriptLayout layout;
    const int n = int(text.size());
    int lineStart = 0;
    int markerEnd = -1;
    int headerEnd = -1;
    int salutationEnd = -1;
    for (int line = 0; line < HeaderLines && lineStart < n; ++line) {
        int lineEnd = int(text.indexOf(QLatin1Char('\n'), lineStart));
        if (lineEnd < 0)
            lineEnd = n;
        if (lineEnd - lineStart >= 400) {
            lineStart = lineEnd + 1;
            continue; // a header line is never this long
        }
        const QString s = text.mid(lineStart, lineEnd - lineStart);
        // Every phrase of the marker opens with "a", "c", "d", "s" or "v" after spaces and a bracket.
        if (markerEnd < 0 && mayOpenWith(s, "acdsv") && marker.match(s).hasMatch()) {
            markerEnd = lineEnd;
        } else if (headerEnd < 0 && line < 6 && s.size() < 300) {
            const auto m = header.match(s);
            if (m.hasMatch()) {
                headerEnd = lineEnd;
                layout.speakerPhrase
                    = TextSpan { lineStart + int(m.capturedStart(1)), lineStart + int(m.capturedEnd(1)) };
            }
        }
        if (salutationEnd < 0 && isSalutation(s))
            salutationEnd = lineEnd;
        lineStart = lineEnd + 1;
    }
    layout.isTranscript = markerEnd >= 0 || (headerEnd >= 0 && salutationEnd >= 0);
    if (!layout.isTranscript)
        return TranscriptLayout {};
    layout.bodyStart = std::max({ markerEnd, headerEnd, 0 });
    if (markerEnd < 0)
        layout.bodyStart = std::min(salutationEnd, std::max(headerEnd, 0));
    layout.header = TextSpan { 0, layout.bodyStart };
    return layout;
}

} // namespace ql
