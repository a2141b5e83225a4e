#include "core/ingest/MetadataExtractor.h"

#include "core/domain/Article.h"
#include "core/ingest/DateParser.h"
#include "core/ingest/LanguageGuesser.h"
#include "core/ingest/PublisherFinder.h"

#include <QLoggingCategory>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <algorithm>

namespace ql {

namespace {

// Every date candidate and the choice, for checking a surprising date against its page:
// QT_LOGGING_RULES="quoteline.ingest.dates.debug=true" quoteline-cli extract PAGE
Q_LOGGING_CATEGORY(lcDates, "quoteline.ingest.dates", QtWarningMsg)

constexpr auto Ci
    = QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;
constexpr int HeadLines = 12; // where page stamps and datelines are printed

QString stripBullets(const QString& line)
{
    const QChar* d = line.constData();
    qsizetype i = 0;
    while (i < line.size()
        && (d[i].isSpace() || d[i] == QChar(0x2022) || d[i] == QLatin1Char('*') || d[i] == QLatin1Char('-')
            || d[i] == QChar(0x00b7) || d[i] == QLatin1Char('|')))
        ++i;
    return line.mid(i);
}

// "Published: …", "Posted on …", "Last updated …", "Publish date …": the label and its kind.
const QRegularExpression& dateLabel()
{
    static const QRegularExpression re(
        QStringLiteral("^(?:(?<upd>(?:last )?(?:updated|modified|aktualisiert|mis à jour|actualizado))|"
                       "(?<block>publish(?:ed)? date|publication date|date published|date of publication)|"
                       "(?<pub>(?:first )?published|posted|released|date|veröffentlicht|publié|publicado|"
                       "pubblicato))(?: on| am| le| el| em| il)?\\s*[:|–—-]?\\s*(?<rest>.*)$"),
        Ci);
    return re;
}

const QRegularExpression& urlInLine()
{
    static const QRegularExpression re(
        QStringLiteral("^(?:(?:source|url|link|originally published (?:at|on)|read (?:it|more) (?:at|on)|via|"
                       "quelle|fuente|fonte)\\s*:?\\s*)?(?<url>https?://[^\\s<>\"]+)[\\s.,;)]*$"),
        Ci);
    return re;
}

QString isoDate(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

bool plausible(const QDate& d)
{
    // A publication date cannot lie in the future (a day of slack for time zones).
    return d.isValid() && d <= QDate::currentDate().addDays(1);
}

QString urlDateOrigin(const QString& url, const QDate& date)
{
    static const QRegularExpression re(
        QStringLiteral("/((?:19|20)\\d{2}[/-]?\\d{1,2}[/-]?\\d{1,2})(?=[/._-]|$)"));
    const QRegularExpressionMatch m = re.match(url);
    return QStringLiteral("URL %1").arg(m.hasMatch() ? m.captured(1) : isoDate(date));
}

QString titleFromText(const QString& text)
{
    const qsizetype end = text.indexOf(QLatin1Char('\n'));
    QString first = (end < 0 ? text : text.left(end)).trimmed();
    constexpr qsizetype MaxTitle = 200;
    if (first.size() > MaxTitle) {
        qsizetype cut = first.lastIndexOf(QLatin1Char(' '), MaxTitle);
        if (cut < MaxTitle / 2)
            cut = MaxTitle;
        first = first.left(cut) + QChar(0x2026);
    }
    return first;
}

QString domainOf(const QString& url)
{
    QString host = QUrl(url).host().toLower();
    if (host.startsWith(QLatin1String("www.")))
        host = host.mid(4);
    return host;
}

} // namespace

QString MetadataExtractor::sourceUrlFromLines(const QStringList& lines)
{
    QString found;
    for (const QString& line : lines) {
        if (line.size() > 400 || !line.contains(QLatin1String("http")))
            continue;
        const QRegularExpressionMatch m = urlInLine().match(stripBullets(line));
        if (m.hasMatch())
            found = m.captured(u"url");
    }
    return found;
}

namespace {

// Wire copy dates its dateline without a year ("BRUSSELS, March 3 (Reuters) -").
const QRegularExpression& yearlessDatelineRegex()
{
    static const QRegularExpression re(
        QStringLiteral("^(?:\\p{Lu}[\\p{L}.'\u2019-]*[ /]*){1,4},\\s*"
                       "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
                       "Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?\\s+(\\d{1,2})\\b"
                       "\\s*(?:\\([\\w .&'-]{1,40}\\)\\s*)?[-\u2013\u2014]"),
        QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

// "(c) 2025 Reuters", "© 2025", "Copyright 2025": the year the page was published under.
const QRegularExpression& copyrightYear()
{
    static const QRegularExpression re(
        QStringLiteral(
            "(?:\u00a9|\\(c\\)|\\bcopyright\\b)\\s*(?:\u00a9\\s*)?((?:19|20)\\d\\d)\\b(?![-\u2013]\\d)"),
        Ci);
    return re;
}

int monthOf(const QString& name)
{
    static const QString months = QStringLiteral("janfebmaraprmayjunjulaugsepoctnovdec");
    const qsizetype at = months.indexOf(name.left(3).toLower());
    return at >= 0 && at % 3 == 0 ? int(at / 3) + 1 : 0;
}

} // namespace

QList<DateCandidate> MetadataExtractor::datesFromLines(const QStringList& lines)
{
    QList<DateCandidate> out;
    int nonEmpty = 0;
    QString pendingLabel; // a label line waiting for its date on one of the next lines
    int pendingFor = 0;
    DateCandidate::Trust pendingTrust = DateCandidate::PageStamp;
    for (const QString& raw : lines) {
        if (raw.isEmpty())
            continue;
        ++nonEmpty;
        if (raw.size() > 300) {
            pendingFor = 0;
            continue; // prose: dates inside sentences are about events, not the article
        }
        const QString line = stripBullets(raw);

        const bool dateOnly = DateParser::isDateOnly(line);

        if (pendingFor > 0) {
            --pendingFor;
            if (dateOnly) {
                out.append({ DateParser::find(line).date, pendingLabel, pendingTrust });
                pendingFor = 0;
                continue;
            }
        }

        const QRegularExpressionMatch label = dateLabel().match(line);
        if (label.hasMatch()) {
            DateCandidate::Trust trust = DateCandidate::Dateline;
            QString origin = QStringLiteral("\"Published\" line");
            if (label.capturedLength(u"upd") > 0) {
                trust = DateCandidate::Updated;
                origin = QStringLiteral("\"Last updated\" line");
            } else if (label.capturedLength(u"block") > 0) {
                trust = DateCandidate::PageStamp;
                origin = QStringLiteral("Publish date block");
            }
            const QString rest = label.captured(u"rest");
            if (rest.trimmed().isEmpty()) {
                pendingLabel = origin;
                pendingTrust = trust;
                pendingFor = 2;
                continue;
            }
            const DateMatch m = DateParser::find(rest);
            if (m.date.isValid() && m.start <= 12) {
                out.append({ m.date, origin, trust });
                continue;
            }
        }

        const QRegularExpressionMatch url = urlInLine().match(line);
        if (url.hasMatch()) {
            const QString u = url.captured(u"url");
            const QDate d = DateParser::fromUrl(u);
            if (d.isValid())
                out.append({ d, urlDateOrigin(u, d), DateCandidate::Url });
            continue;
        }

        if (nonEmpty > HeadLines)
            continue;
        if (dateOnly) {
            out.append(
                { DateParser::find(line).date, QStringLiteral("page stamp"), DateCandidate::PageStamp });
            continue;
        }
        // Datelines ("BRUSSELS, 29 September 2023 – …", "Press release, 14 January 2025") and bylines
        // ("By Jane Doe | 29 Sep 2023").
        const DateMatch m = DateParser::find(line);
        if (!m.date.isValid() || m.start > 60)
            continue;
        const QString before = line.left(m.start);
        if (DateParser::opensDayRange(QStringView(line).mid(m.start + m.length)))
            continue; // "2020/7/11-12: results of the weekend": the days of an event
        const QString after = line.mid(m.start + m.length).trimmed();
        static const QRegularExpression place(
            QStringLiteral("^(?:\\p{Lu}[\\p{L}.'’-]*[ ,/]*){1,5}[,(]?\\s*$"), Ci);
        static const QRegularExpression byline(QStringLiteral("^by\\s+\\S"), Ci);
        static const QRegularExpression releaseLabel(
            QStringLiteral(
                "^(?:press|news|media)\\s+(?:release|statement|advisory|briefing)[\\s,:|\u2013\u2014-]*$"),
            Ci);
        static const QRegularExpression dash(QStringLiteral("^(?:\\(\\w+\\)\\s*)?[-–—:|]"));
        if (byline.match(before).hasMatch() && line.size() < 120)
            out.append({ m.date, QStringLiteral("byline"), DateCandidate::Dateline });
        else if ((before.isEmpty() || place.match(before).hasMatch() || releaseLabel.match(before).hasMatch())
            && (dash.match(after).hasMatch() || (after.isEmpty() && line.size() <= 60)))
            out.append({ m.date, QStringLiteral("dateline"), DateCandidate::Dateline });
    }
    return out;
}

DateCandidate MetadataExtractor::yearlessDateline(const QStringList& lines)
{
    int month = 0;
    int day = 0;
    QSet<int> years;
    int nonEmpty = 0;
    for (const QString& line : lines) {
        if (line.isEmpty())
            continue;
        ++nonEmpty;
        if (nonEmpty <= HeadLines && month == 0) {
            const QRegularExpressionMatch m = yearlessDatelineRegex().match(line);
            if (m.hasMatch()) {
                month = monthOf(m.captured(1));
                day = m.captured(2).toInt();
            }
        }
        if (line.size() < 200) {
            const QRegularExpressionMatch c = copyrightYear().match(line);
            if (c.hasMatch())
                years.insert(c.captured(1).toInt());
        }
    }
    // The year only when the page names exactly one: never a guess.
    if (month == 0 || years.size() != 1)
        return {};
    const QDate d(*years.cbegin(), month, day);
    if (!d.isValid())
        return {};
    return { d, QStringLiteral("dateline, year from the copyright line"), DateCandidate::Dateline };
}

DateCandidate MetadataExtractor::choose(const QList<DateCandidate>& candidates, QString* origin)
{
    // Trust first, then the order the sources were given in: the page's own publication stamp
    // beats an earlier date printed elsewhere on it (a related story, an event in a caption).
    const DateCandidate* best = nullptr;
    // An unlabelled date from before the web (a birthday in a profile's box, a law's year) on a page
    // that also states a date of the web's time is a fact in its text, not the day it was put up.
    // A labelled or structured old date stays: an archive's transcript of a 1985 speech.
    constexpr int FirstWebYear = 1995;
    const bool statesWebDate = std::any_of(candidates.cbegin(), candidates.cend(),
        [](const DateCandidate& c) { return c.date.isValid() && c.date.year() >= FirstWebYear; });
    for (const DateCandidate& c : candidates) {
        // An update stamp bounds the publication date but is not it: never chosen.
        if (!plausible(c.date) || c.trust == DateCandidate::Updated)
            continue;
        if (statesWebDate && c.trust >= DateCandidate::PageStamp && c.date.year() < FirstWebYear)
            continue;
        if (!best || c.trust < best->trust)
            best = &c;
    }
    DateCandidate chosen = best ? *best : DateCandidate();
    QString why = best ? best->origin : QString();
    // A date in the page's own address is fixed when the page is made; a stamp that disagrees
    // with it was rewritten later (a CMS migration, a republication).
    if (best && best->trust != DateCandidate::Url) {
        for (const DateCandidate& c : candidates) {
            const qint64 apart = qAbs(c.date.daysTo(best->date));
            // A day apart is a time zone for a machine stamp, a mistake for anything coarser.
            if (c.trust == DateCandidate::Url && plausible(c.date)
                && (apart > 1 || (apart == 1 && best->trust > DateCandidate::Structured))) {
                best = &c;
                chosen = c;
                why = c.origin;
                break;
            }
        }
    }
    // Two dated sources of the same standing disagree: the one the page also prints for its
    // reader at the headline is the page's date; the other is bookkeeping (a site's own meta name
    // for when a page was filed, a date of a related item).
    if (best && best->trust == DateCandidate::Markup) {
        const auto printedAtHeadline = [&](const QDate& d) {
            return std::any_of(candidates.cbegin(), candidates.cend(), [&](const DateCandidate& c) {
                return (c.trust == DateCandidate::PageStamp || c.trust == DateCandidate::Dateline)
                    && c.date == d;
            });
        };
        if (!printedAtHeadline(best->date)) {
            for (const DateCandidate& c : candidates) {
                if (c.trust == DateCandidate::Markup && c.date != best->date && plausible(c.date)
                    && printedAtHeadline(c.date)) {
                    why = QStringLiteral("%1, printed at the headline too (%2 says %3)")
                              .arg(c.origin, best->origin, isoDate(best->date));
                    best = &c;
                    chosen = c;
                    break;
                }
            }
        }
    }
    // A republished page prints its new date for the reader (under the headline, or labelled as
    // published) while an old publication stamp stays in its metadata; when the page's own
    // modification stamp confirms the printed day, the printed day is the one the page states.
    if (best && best->trust <= DateCandidate::Markup) {
        for (const DateCandidate& printed : candidates) {
            if ((printed.trust != DateCandidate::Dateline && printed.trust != DateCandidate::PageStamp)
                || !plausible(printed.date) || printed.date <= best->date)
                continue;
            const bool confirmed
                = std::any_of(candidates.cbegin(), candidates.cend(), [&](const DateCandidate& c) {
                      return c.trust == DateCandidate::Updated && c.date == printed.date
                          && !c.origin.startsWith(QLatin1String("printed"));
                  });
            if (confirmed) {
                why = QStringLiteral("%1, republished (%2 says %3)")
                          .arg(printed.origin, best->origin, isoDate(best->date));
                best = &printed;
                chosen = printed;
                break;
            }
        }
    }
    // A UTC clock stamp's day is the conversion's: when the page's other stamps (local clocks,
    // printed dates) mostly state the neighbouring day, that is the day the page gives.
    if (best && best->isUtc()) {
        QMap<qint64, int> votes; // day offset from the UTC stamp → local stamps and printed dates
        QMap<qint64, const DateCandidate*> firstFor;
        for (const DateCandidate& c : candidates) {
            if (c.isUtc() || c.trust > DateCandidate::PageStamp || !plausible(c.date))
                continue;
            const qint64 off = best->date.daysTo(c.date);
            if (qAbs(off) > 1)
                continue;
            ++votes[off];
            if (!firstFor.contains(off))
                firstFor.insert(off, &c);
        }
        // Only a clock near midnight can fall on another local day: offsets reach about ten
        // hours either way where pages are written.
        constexpr int ReachMinutes = 10 * 60;
        const bool canBeNext = best->utcMinute >= 24 * 60 - ReachMinutes;
        const bool canBePrevious = best->utcMinute < ReachMinutes;
        for (const qint64 off : { qint64(-1), qint64(1) }) {
            if ((off < 0 ? canBePrevious : canBeNext) && votes.value(off) > votes.value(0)
                && votes.value(off) > votes.value(-off)) {
                const DateCandidate* local = firstFor.value(off);
                why = QStringLiteral("%1 (the local day of %2 %3 UTC)")
                          .arg(local->origin, best->origin, isoDate(best->date));
                chosen.date = local->date;
            }
        }
    }
    // A page that prints a labelled update ("Aktualisiert am 6. März 2023", "Updated May 6,
    // 2019") for its reader shows that day as its date, and that is the day the reader cites;
    // machine modification stamps stay bookkeeping and are never chosen.
    const DateCandidate* printedUpdate = nullptr;
    for (const DateCandidate& c : candidates) {
        if (c.trust == DateCandidate::Updated && c.printed && plausible(c.date)
            && (!printedUpdate || c.date > printedUpdate->date))
            printedUpdate = &c;
    }
    // Unless the page prints another day under its headline (that is the day it shows; the
    // update is a note) or its address holds the chosen day (fixed when the page was made).
    const bool otherShown = printedUpdate && chosen.date.isValid()
        && std::any_of(candidates.cbegin(), candidates.cend(), [&](const DateCandidate& c) {
               return (c.trust == DateCandidate::PageStamp || c.trust == DateCandidate::Url)
                   && c.date == chosen.date;
           });
    if (printedUpdate && !otherShown && (!chosen.date.isValid() || printedUpdate->date > chosen.date)) {
        why = chosen.date.isValid()
            ? QStringLiteral("%1, the day the page shows").arg(printedUpdate->origin)
            : QStringLiteral("%1, the only day the page shows").arg(printedUpdate->origin);
        best = printedUpdate;
        chosen = *printedUpdate;
    }
    if (origin) {
        origin->clear();
        if (chosen.date.isValid()) {
            *origin = why;
            // Name the most trusted source that said otherwise, so the analyst can check.
            const DateCandidate* other = nullptr;
            for (const DateCandidate& c : candidates) {
                const bool explained = &c == best && chosen.date != best->date; // named in `why`
                const bool named = why.contains(QStringLiteral("%1 says").arg(c.origin));
                if (plausible(c.date) && c.date != chosen.date && !explained && !named
                    && (!other || c.trust < other->trust))
                    other = &c;
            }
            if (other)
                *origin += QStringLiteral(" (%1 says %2)").arg(other->origin, isoDate(other->date));
        } else {
            for (const DateCandidate& c : candidates) {
                if (plausible(c.date) && c.trust == DateCandidate::Updated) {
                    *origin
                        = QStringLiteral("no publication date; %1 says %2").arg(c.origin, isoDate(c.date));
                    break;
                }
            }
        }
    }
    return chosen;
}

void MetadataExtractor::apply(
    const MetadataHints& hints, const QStringList& rawLines, const QString& nameHint, Article& article) const
{
    const bool nameIsUrl
        = nameHint.startsWith(QLatin1String("http://")) || nameHint.startsWith(QLatin1String("https://"));
    article.sourceUrl = hints.sourceUrl;
    if (article.sourceUrl.isEmpty())
        article.sourceUrl = sourceUrlFromLines(rawLines);
    if (article.sourceUrl.isEmpty() && nameIsUrl)
        article.sourceUrl = nameHint;

    QList<DateCandidate> dates = hints.dates;
    dates += datesFromLines(rawLines);
    for (const QString& url : { hints.sourceUrl, nameIsUrl ? nameHint : QString() }) {
        const QDate d = DateParser::fromUrl(url);
        if (d.isValid())
            dates.append({ d, urlDateOrigin(url, d), DateCandidate::Url });
    }
    for (const DateCandidate& c : std::as_const(dates))
        qCDebug(lcDates) << "candidate" << c.date << int(c.trust) << c.origin << (c.isUtc() ? "utc" : "")
                         << (c.printed ? "printed" : "");
    QString origin;
    DateCandidate chosen = choose(dates, &origin);
    qCDebug(lcDates) << "chosen" << chosen.date << origin;
    if (!chosen.date.isValid()) {
        // A stale site footer must not outvote a real date: the dateline's year is a last resort.
        const DateCandidate wire = yearlessDateline(rawLines);
        if (plausible(wire.date)) {
            chosen = wire;
            origin = wire.origin;
        }
    }
    article.published = chosen.date;
    article.dateOrigin = origin;

    article.title = hints.title.isEmpty() ? titleFromText(article.text) : hints.title;
    // The page's own name first, then what the text says (wire dateline, press-release header,
    // byline), and only then the address's domain.
    article.publisher = hints.publisher.trimmed();
    if (article.publisher.isEmpty())
        article.publisher = PublisherFinder::fromLines(rawLines);
    if (article.publisher.isEmpty())
        article.publisher = domainOf(article.sourceUrl);

    const QString guessed = LanguageGuesser().guess(article.text);
    article.language = guessed.isEmpty() ? hints.language : guessed;
}

} // namespace ql
