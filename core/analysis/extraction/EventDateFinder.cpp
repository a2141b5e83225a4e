#include "EventDateFinder.h"

#include "TextRules.h"

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

} // namespace

QDate EventDateFinder::find(const QString& text, const QDate& published, const QList<TextSpan>& skipped) const
{
    static const QRegularExpression cue(
        QStringLiteral("\\b(?:held|took "
                       "place|hosted|convened|spoke|speaking|addressed|address|speech|said|told|summit|forum|"
                       "conference|meeting|met|visit|remarks|opened|gathered|announced|signed|unveiled)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression future(
        QStringLiteral("\\b(?:will|shall|is to|are to|next|upcoming|planned)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    // Only "on <date>": "since 24 February" or "until 1 May" do not date the statements. Searching for
    // "on " first lets the regex engine skip most of the text.
    static const QRegularExpression onDate(QStringLiteral("\\b[Oo]n (?=\\d|[JFMASOND])"));
    auto it = onDate.globalMatch(text);
    // No article offers more candidates than this; the cap bounds the work on hostile input.
    int candidates = 0;
    while (it.hasNext() && ++candidates <= 64) {
        const int at = int(it.next().capturedEnd());
        if (spansContain(skipped, at))
            continue;
        // Match in a short window over the text's own buffer: no copy, and no validity scan of the
        // whole text per call.
        const QString window
            = QString::fromRawData(text.constData() + at, std::min(40, int(text.size()) - at));
        const auto m = dateRegex().match(window, 0, QRegularExpression::NormalMatch, AnchoredAtOffset);
        if (!m.hasMatch())
            continue;
        int s = at;
        while (s > 0 && text.at(s - 1) != QLatin1Char('\n') && text.at(s - 1) != QLatin1Char('.')
            && at - s < 300)
            --s;
        int e = at;
        while (e < text.size() && text.at(e) != QLatin1Char('\n') && text.at(e) != QLatin1Char('.')
            && e - at < 300)
            ++e;
        const QString sentence = text.mid(s, e - s);
        if (!cue.match(sentence).hasMatch() || future.match(sentence).hasMatch())
            continue;
        const QDate d = resolve(m, published);
        if (d.isValid())
            return d;
    }
    return {};
}

QDate EventDateFinder::firstDateIn(const QString& text, TextSpan span, const QDate& published) const
{
    const QString part = text.mid(span.start, span.length());
    const auto m = dateRegex().match(part);
    if (!m.hasMatch())
        return {};
    return resolve(m, published);
}

} // namespace ql
