#include "core/ingest/PublisherFinder.h"

#include <QRegularExpression>

namespace ql {

namespace {

constexpr int kHeadLines = 25;
constexpr int kTailLines = 12;
constexpr int kMaxLine = 400;

struct Wire
{
    const char* pattern; // a whole-word, case-sensitive alternative
    const char* name;
};

const Wire kWires[] = {
    { "Reuters|Thomson Reuters", "Reuters" },
    { "AP|Associated Press|The Associated Press", "Associated Press" },
    { "AFP|Agence France-Presse|Agence France Presse", "AFP" },
    { "dpa|DPA|Deutsche Presse-Agentur", "dpa" },
    { "ANSA", "ANSA" },
    { "EFE", "EFE" },
    { "Bloomberg", "Bloomberg" },
    { "PAP", "PAP" },
    { "Ukrinform", "Ukrinform" },
    { "Kyodo|Kyodo News", "Kyodo News" },
    { "Yonhap", "Yonhap" },
    { "PA Media|Press Association", "PA Media" },
    { "Anadolu|Anadolu Agency", "Anadolu Agency" },
};

QString wireAlternatives()
{
    QStringList parts;
    for (const Wire& w : kWires)
        parts << QString::fromLatin1(w.pattern);
    return parts.join(QLatin1Char('|'));
}

QString tidy(QString name)
{
    name = name.simplified();
    static const QRegularExpression trailing(QStringLiteral("[\\s.,;:–—-]+$"));
    name.remove(trailing);
    return name;
}

bool plausibleName(const QString& name)
{
    return name.size() >= 2 && name.size() <= 80 && name.split(QLatin1Char(' ')).size() <= 8
        && !name.contains(QLatin1String("http"));
}

} // namespace

QString PublisherFinder::wireName(const QString& name)
{
    const QString n = name.simplified();
    for (const Wire& w : kWires) {
        for (const QString& alt : QString::fromLatin1(w.pattern).split(QLatin1Char('|'))) {
            if (n == alt)
                return QString::fromLatin1(w.name);
        }
    }
    return QString();
}

QString PublisherFinder::fromLines(const QStringList& all)
{
    QStringList head;
    QStringList tail;
    for (qsizetype i = 0; i < all.size() && head.size() < kHeadLines; ++i) {
        const QString line = all.at(i).trimmed();
        if (!line.isEmpty() && line.size() <= kMaxLine)
            head << line;
    }
    for (qsizetype i = all.size() - 1; i >= 0 && tail.size() < kTailLines; --i) {
        const QString line = all.at(i).trimmed();
        if (!line.isEmpty() && line.size() <= kMaxLine)
            tail.prepend(line);
    }
    // The patterns are the same for every document: compiled (and JIT-compiled) once per process,
    // not once per article (that was a fifth of a bulk import's time).
    static const QString wires = wireAlternatives();

    // 1. An explicit label.
    static const QRegularExpression label(
        QStringLiteral("^(?:Publisher|Published by|Issued by|Source)\\s*:?\\s+(.+)$"),
        QRegularExpression::CaseInsensitiveOption);
    for (const QString& line : std::as_const(head)) {
        const auto m = label.match(line);
        if (!m.hasMatch())
            continue;
        const QString name = tidy(m.captured(1));
        if (plausibleName(name) && !name.contains(QLatin1Char('@')))
            return wireName(name).isEmpty() ? name : wireName(name);
    }

    // 2. A wire dateline: "BRUSSELS, March 3 (Reuters) -", "KYIV (AP) —", "Paris (AFP) -".
    static const QRegularExpression dateline(QStringLiteral("^[^()]{0,80}\\((%1)\\)\\s*[-–—:]").arg(wires));
    for (const QString& line : std::as_const(head)) {
        const auto m = dateline.match(line);
        if (m.hasMatch())
            return wireName(m.captured(1));
    }

    // 3. A press-release header: "NATO Press Release", "Press release – Rheinmetall AG",
    // "PRESS RELEASE: Saab AB".
    static const QRegularExpression releaseBefore(
        QStringLiteral("^(.{2,60}?)\\s+(?:press release|news release|pressemitteilung)$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression releaseAfter(
        QStringLiteral("^(?:press release|news release|pressemitteilung)\\s*[:|–—-]\\s*(.{2,60})$"),
        QRegularExpression::CaseInsensitiveOption);
    for (qsizetype i = 0; i < std::min<qsizetype>(head.size(), 6); ++i) {
        const QString& line = head.at(i);
        auto m = releaseAfter.match(line);
        if (!m.hasMatch())
            m = releaseBefore.match(line);
        if (m.hasMatch()) {
            const QString name = tidy(m.captured(1));
            if (plausibleName(name))
                return name;
        }
    }

    // 4. A byline or credit naming a wire: "By Jane Doe, Associated Press", "By Jane Doe (Reuters)",
    // "Reporting by …; Editing by … (Reuters)" (at the end), "© 2025 Reuters".
    static const QRegularExpression byline(
        QStringLiteral("^By\\s+[^,()]{2,80}[,(]\\s*(%1)\\)?\\s*$").arg(wires));
    for (const QString& line : std::as_const(head)) {
        const auto m = byline.match(line);
        if (m.hasMatch())
            return wireName(m.captured(1));
    }
    static const QRegularExpression credit(QStringLiteral(
        "^(?:\\(?\\s*)?(?:Reporting|Writing|Additional reporting|Editing) by\\b.*\\((%1)\\)\\s*$")
                                               .arg(wires));
    static const QRegularExpression copyright(
        QStringLiteral("^(?:©|\\(c\\)|Copyright)\\s*(?:©\\s*)?(?:\\d{4}\\s*)?(?:-\\s*\\d{4}\\s*)?(%1)\\b")
            .arg(wires),
        QRegularExpression::CaseInsensitiveOption);
    for (const QString& line : std::as_const(tail)) {
        auto m = credit.match(line);
        if (!m.hasMatch())
            m = copyright.match(line);
        if (m.hasMatch()) {
            // Copyright lines are matched in any case: the canonical name is looked up the same way.
            for (const Wire& w : kWires) {
                for (const QString& alt : QString::fromLatin1(w.pattern).split(QLatin1Char('|'))) {
                    if (alt.compare(m.captured(1), Qt::CaseInsensitive) == 0)
                        return QString::fromLatin1(w.name);
                }
            }
        }
    }
    return QString();
}

} // namespace ql
