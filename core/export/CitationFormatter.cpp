#include "core/export/CitationFormatter.h"

#include "core/export/ExportRecord.h"

#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

namespace ql {

namespace {

QString dayLabel(const QDate& d)
{
    return QLocale::c().toString(d, QStringLiteral("d MMM yyyy"));
}

QString quotedText(const QString& text)
{
    QString t = text.trimmed();
    // The statement may carry its own quote marks; the citation adds one pair.
    static const QString marks = QStringLiteral("\"“”„«»");
    while (!t.isEmpty() && marks.contains(t.front()))
        t.remove(0, 1);
    while (!t.isEmpty() && marks.contains(t.back()))
        t.chop(1);
    return QStringLiteral("“") + t.trimmed() + QStringLiteral("”");
}

} // namespace

QString CitationFormatter::occasionFromEvidence(const QString& evidence)
{
    // The dater writes an event as "NAME, PLACE, DAYS, from “…”" and joins reasons with "; ".
    static const QRegularExpression event(QStringLiteral("^(.+?), ([^,]+), [^,]*\\b\\d{4}, from "));
    for (const QString& reason : evidence.split(QStringLiteral("; "))) {
        const auto m = event.match(reason);
        if (m.hasMatch())
            return m.captured(1).trimmed() + QStringLiteral(", ") + m.captured(2).trimmed();
    }
    return QString();
}

Citation CitationFormatter::format(const ExportRecord& r)
{
    const QString speaker = r.speaker.isEmpty() ? QStringLiteral("unknown speaker") : r.speaker;
    const QString occasion = occasionFromEvidence(r.saidEvidence);
    QString when = r.saidLabel;
    if (when.isEmpty() && r.articleDate.isValid())
        when = dayLabel(r.articleDate);
    if (when.isEmpty())
        when = QStringLiteral("n.d.");

    QStringList source;
    if (!r.publisher.isEmpty())
        source << r.publisher;
    if (!r.kind.isEmpty())
        source << r.kind;

    QStringList plainParts { speaker };
    QStringList htmlParts { speaker.toHtmlEscaped() };
    if (!occasion.isEmpty()) {
        plainParts << occasion;
        htmlParts << occasion.toHtmlEscaped();
    } else if (!r.articleTitle.isEmpty()) {
        plainParts << QStringLiteral("“%1”").arg(r.articleTitle);
        htmlParts << QStringLiteral("“%1”").arg(r.articleTitle.toHtmlEscaped());
    }
    plainParts << when;
    htmlParts << when.toHtmlEscaped();

    QString plain = quotedText(r.text) + QStringLiteral(" — ") + plainParts.join(QStringLiteral(", "));
    QString html = QStringLiteral("<p>") + quotedText(r.text).toHtmlEscaped() + QStringLiteral(" — ")
        + htmlParts.join(QStringLiteral(", "));
    if (!source.isEmpty()) {
        const QString sourceText = source.join(QStringLiteral(", "));
        plain += QStringLiteral(" (") + sourceText + QLatin1Char(')');
        if (!r.url.isEmpty())
            html += QStringLiteral(" (<a href=\"%1\">%2</a>)")
                        .arg(r.url.toHtmlEscaped(), sourceText.toHtmlEscaped());
        else
            html += QStringLiteral(" (") + sourceText.toHtmlEscaped() + QLatin1Char(')');
    }
    html += QStringLiteral("</p>");
    return { plain, html };
}

} // namespace ql
