#include "core/analysis/extraction/EventDateFinder.h"

#include "core/analysis/extraction/TextRules.h"

#include <QRegularExpression>

namespace ql {

namespace {

#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
constexpr auto AnchoredAtOffset = QRegularExpression::AnchorAtOffsetMatchOption;
#else
constexpr auto AnchoredAtOffset = QRegularExpression::AnchoredMatchOption;
#endif

const QRegularExpression& dateRegex()
{
    static const QRegularExpression re(
        QStringLiteral(
            "\\b(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?"
            "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
            "Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?(?:,?\\s+(\\d{4}))?"
            "|(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
            "Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))"
            "?)"),
        QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

QDate resolve(const QRegularExpressionMatch& m, const QDate& published)
{
    const bool dayFirst = m.capturedStart(1) >= 0;
    const int day = (dayFirst ? m.captured(1) : m.captured(5)).toInt();
    const int month = textrules::monthNumber(dayFirst ? m.captured(2) : m.captured(4));
    const QString yearText = dayFirst ? m.captured(3) : m.captured(6);
    if (month == 0 || day < 1 || day > 31)
        return {};
    if (!yearText.isEmpty()) {
        const QDate d(yearText.toInt(), month, day);
        if (!d.isValid() || (published.isValid() && (d > published.addDays(1) || d < published.addYears(-1))))
            return {};
        return d;
    }
    if (!published.isValid())
        return {};
    QDate d(published.year(), month, day);
    // Far ahead of publication it is last year's date; a little ahead it is an announced future event.
    if (d.isValid() && d > published.addDays(1)) {
        if (published.daysTo(d) < 180)
            return {};
        d = QDate(published.year() - 1, month, day);
    }
    if (!d.isValid() || d < published.addYears(-1))
        return {};
    return d;
}

// The day `m` names inside [from, to]: with its year, or the one year that puts it there.
QDate resolveBetween(const QRegularExpressionMatch& m, const QDate& from, const QDate& to)
{
    const bool dayFirst = m.capturedStart(1) >= 0;
    const int day = (dayFirst ? m.captured(1) : m.captured(5)).toInt();
    const int month = textrules::monthNumber(dayFirst ? m.captured(2) : m.captured(4));
    const QString yearText = dayFirst ? m.captured(3) : m.captured(6);
    if (month == 0 || day < 1 || day > 31 || !from.isValid() || !to.isValid())
        return {};
    QDate found;
    for (int year = from.year(); year <= to.year(); ++year) {
        if (!yearText.isEmpty() && yearText.toInt() != year)
            continue;
        const QDate d(year, month, day);
        if (!d.isValid() || d < from || d > to)
            continue;
        if (found.isValid())
            return {}; // two years fit: the text does not say which
        found = d;
    }
    return found;
}

} // namespace

QDate EventDateFinder::find(const QString& text, const QDate& published, const QList<TextSpan>& skipped) const
{
    return findIn(text, TextSpan { 0, int(text.size()) }, published, skipped).date;
}

EventDateFinder::Found EventDateFinder::findIn(
    const QString& text, TextSpan within, const QDate& published, const QList<TextSpan>& skipped) const
{
    return scan(text, within, skipped,
        [&published](const QRegularExpressionMatch& m) { return resolve(m, published); });
}

EventDateFinder::Found EventDateFinder::findBetween(const QString& text, TextSpan within, const QDate& from,
    const QDate& to, const QList<TextSpan>& skipped) const
{
    return scan(text, within, skipped,
        [&from, &to](const QRegularExpressionMatch& m) { return resolveBetween(m, from, to); });
}

EventDateFinder::Found EventDateFinder::scan(const QString& text, TextSpan within,
    const QList<TextSpan>& skipped,
    const std::function<QDate(const QRegularExpressionMatch&)>& resolver) const
{
    static const QRegularExpression cue(
        QStringLiteral("\\b(?:held|took "
                       "place|hosted|convened|spoke|speaking|addressed|address|speech|said|told|summit|forum|"
                       "conference|meeting|met|visit|remarks|opened|gathered|announced|signed|unveiled)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression future(
        QStringLiteral("\\b(?:will|shall|is to|are to|next|upcoming|planned)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    within.start = std::max(0, within.start);
    within.end = std::min(int(text.size()), within.end);
    if (within.length() <= 0)
        return {};
    // Only "on <date>": "since 24 February" or "until 1 May" do not date the statements. The search
    // for "on " (a word, an ASCII digit or a month's capital next) runs over `within` only, by hand:
    // most paragraphs hold none.
    auto isAsciiWordChar = [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'_';
    };
    auto nextOn = [&](int from) {
        for (int p = from; p + 3 < within.end; ++p) {
            const QChar c = text.at(p);
            if ((c != QLatin1Char('o') && c != QLatin1Char('O')) || text.at(p + 1) != QLatin1Char('n')
                || text.at(p + 2) != QLatin1Char(' ')
                || (p > within.start && isAsciiWordChar(text.at(p - 1))))
                continue;
            const char16_t next = text.at(p + 3).unicode();
            if ((next >= u'0' && next <= u'9') || QStringView(u"JFMASOND").contains(QChar(next)))
                return p;
        }
        return -1;
    };
    // No article offers more candidates than this; the cap bounds the work on hostile input.
    int candidates = 0;
    for (int onStart = nextOn(within.start); onStart >= 0 && ++candidates <= 64;
         onStart = nextOn(onStart + 3)) {
        const int at = onStart + 3;
        if (at >= within.end)
            break;
        if (spansContain(skipped, at))
            continue;
        // Match in a short window over the text's own buffer: no copy, and no validity scan of the
        // whole text per call.
        const QString window = QString::fromRawData(text.constData() + at, std::min(40, within.end - at));
        const auto m = dateRegex().match(window, 0, QRegularExpression::NormalMatch, AnchoredAtOffset);
        if (!m.hasMatch())
            continue;
        int s = at;
        while (s > within.start && text.at(s - 1) != QLatin1Char('\n') && text.at(s - 1) != QLatin1Char('.')
            && at - s < 300)
            --s;
        int e = at;
        while (e < within.end && text.at(e) != QLatin1Char('\n') && text.at(e) != QLatin1Char('.')
            && e - at < 300)
            ++e;
        // Quotations are what was said, not the narration that dates it: "will" inside one does not
        // make the date a future one.
        QString sentence = text.mid(s, e - s);
        for (const TextSpan& k : skipped) {
            if (k.start >= e)
                break; // sorted by start
            const int from = std::max(k.start, s);
            const int to = std::min(k.end, e);
            for (int i = from; i < to; ++i)
                sentence[i - s] = QLatin1Char(' ');
        }
        if (!cue.match(sentence).hasMatch() || future.match(sentence).hasMatch())
            continue;
        const QDate d = resolver(m);
        if (d.isValid())
            return { d, TextSpan { onStart, at + int(m.capturedEnd()) } };
    }
    return {};
}

QDate EventDateFinder::firstDateIn(const QString& text, TextSpan span, const QDate& published) const
{
    return firstIn(text, span, published).date;
}

EventDateFinder::Found EventDateFinder::firstIn(
    const QString& text, TextSpan span, const QDate& published) const
{
    const QString part = text.mid(span.start, span.length());
    const auto m = dateRegex().match(part);
    if (!m.hasMatch())
        return {};
    const QDate d = resolve(m, published);
    if (!d.isValid())
        return {};
    return { d, TextSpan { span.start + int(m.capturedStart()), span.start + int(m.capturedEnd()) } };
}

} // namespace ql
