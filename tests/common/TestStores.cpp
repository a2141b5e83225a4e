#include "tests/common/TestStores.h"

#include <QCryptographicHash>

namespace ql::test {

Article sampleArticle(int n, const QDate& published)
{
    Article a;
    a.title = QStringLiteral("Test article %1").arg(n);
    a.publisher = QStringLiteral("Test Wire");
    a.sourceUrl = QStringLiteral("https://example.org/articles/%1").arg(n);
    a.published = published;
    a.format = QStringLiteral("text");
    a.language = QStringLiteral("en");
    a.text = QStringLiteral("Headline %1\n\n\"Ammunition output must double,\" said Vera Kolar. "
                            "The fund holds €%1 billion. \"Factories need orders,\" added Ivo Marek.")
                 .arg(n);
    a.original = a.text.toUtf8();
    a.contentHash = QCryptographicHash::hash(a.original, QCryptographicHash::Sha256).toHex();
    return a;
}

Extraction sampleExtraction(const Article& article)
{
    Extraction e;
    auto statement = [&](const QString& text, const QString& speaker) {
        Statement s;
        s.text = text;
        s.speaker = speaker;
        s.start = int(article.text.indexOf(text));
        s.end = s.start + int(text.size());
        s.saidOn = article.published;
        e.statements << s;
    };
    statement(QStringLiteral("Ammunition output must double,"), QStringLiteral("Vera Kolar"));
    statement(QStringLiteral("Factories need orders,"), QStringLiteral("Ivo Marek"));
    Figure f;
    f.kind = QStringLiteral("money");
    f.currency = QStringLiteral("EUR");
    const int at = int(article.text.indexOf(QChar(0x20AC)));
    f.start = at;
    f.end = int(article.text.indexOf(QStringLiteral("billion"), at)) + 7;
    f.text = article.text.mid(f.start, f.end - f.start);
    f.value = f.text.mid(1, f.text.indexOf(QLatin1Char(' ')) - 1).toDouble() * 1e9;
    f.statementIndex = -1;
    e.figures << f;
    return e;
}

} // namespace ql::test
