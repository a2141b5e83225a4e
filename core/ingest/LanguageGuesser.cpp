#include "core/ingest/LanguageGuesser.h"

#include <QStringList>

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace ql {

namespace {

struct StopWords
{
    const char* language;
    const char* words; // space separated, lower case, UTF-8
};

// Short, frequent function words that rarely occur in the other languages listed.
const StopWords stopWordLists[] = {
    { "en",
        "the of and to in is that for it was on with as by be are this have from at not but an they which "
        "has "
        "were their been will would its who also said he she we" },
    { "de",
        "der die das und ist nicht den mit sich des auf dem ein eine auch es an als wird bei nach noch wie "
        "einer über zum zur sie hat werden" },
    { "fr",
        "le la les et des est une du que dans qui pour pas sur au avec ce il sont aux par plus son ses cette "
        "été elle nous" },
    { "es",
        "el la los las y del que en un una es por con para se al lo como más pero sus su fue ha este esta "
        "entre también" },
    { "pt",
        "o a os as e do da dos das que em um uma é para com não por se na no mais como mas foi ao ele pelo "
        "pela também" },
    { "it",
        "il lo la gli le e di che è un una per non con del della dei si sono ha alla anche come più nel "
        "nella questo" },
    { "nl",
        "de het een en van is dat op te zijn met voor niet aan er ook als bij door maar om nog wordt heeft "
        "werd" },
    { "pl", "i w na z się nie do że to jest o jak po co ale od za przez dla oraz jego był są tak także" },
    { "sv", "och att det som en på är av för med till den har inte om ett var vi de från men också" },
};

// Looked up by view, so the scan builds no string per word (it ran for every imported article).
using StopWordIndex = std::unordered_map<std::u16string_view, std::vector<int>>;

const StopWordIndex& stopWordIndex()
{
    static const std::vector<std::u16string> storage = [] {
        std::vector<std::u16string> words;
        for (const StopWords& list : stopWordLists) {
            for (const QString& w : QString::fromUtf8(list.words).split(QLatin1Char(' '), Qt::SkipEmptyParts))
                words.emplace_back(reinterpret_cast<const char16_t*>(w.constData()), size_t(w.size()));
        }
        return words;
    }();
    static const StopWordIndex index = [] {
        StopWordIndex h;
        size_t k = 0;
        int i = 0;
        for (const StopWords& list : stopWordLists) {
            const qsizetype count
                = QString::fromUtf8(list.words).split(QLatin1Char(' '), Qt::SkipEmptyParts).size();
            for (qsizetype j = 0; j < count; ++j)
                h[std::u16string_view(storage[k++])].push_back(i);
            ++i;
        }
        return h;
    }();
    return index;
}

// No stop word is longer than this; a longer word is counted but never looked up.
constexpr int MaxStopWordLength = 16;

QString fromScript(const QString& text)
{
    qsizetype latin = 0, cyrillic = 0, ukrainian = 0, arabic = 0, greek = 0, hebrew = 0, han = 0, kana = 0,
              hangul = 0;
    const qsizetype n = qMin<qsizetype>(text.size(), 20000);
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t u = text.constData()[i].unicode();
        if (u < 0x80) {
            latin += (u | 0x20) >= 'a' && (u | 0x20) <= 'z';
        } else if (u >= 0x0400 && u <= 0x04ff) {
            ++cyrillic;
            ukrainian += u == 0x0456 || u == 0x0457 || u == 0x0454 || u == 0x0491;
        } else if (u >= 0x0600 && u <= 0x06ff) {
            ++arabic;
        } else if (u >= 0x0370 && u <= 0x03ff) {
            ++greek;
        } else if (u >= 0x0590 && u <= 0x05ff) {
            ++hebrew;
        } else if (u >= 0x3040 && u <= 0x30ff) {
            ++kana;
        } else if (u >= 0x4e00 && u <= 0x9fff) {
            ++han;
        } else if (u >= 0xac00 && u <= 0xd7af) {
            ++hangul;
        } else if (u < 0x250) {
            ++latin;
        }
    }
    const qsizetype other = cyrillic + arabic + greek + hebrew + han + kana + hangul;
    if (other <= latin)
        return {};
    const qsizetype best = qMax(qMax(qMax(cyrillic, arabic), qMax(greek, hebrew)), qMax(han + kana, hangul));
    if (best == cyrillic)
        return ukrainian * 50 > cyrillic ? QStringLiteral("uk") : QStringLiteral("ru");
    if (best == arabic)
        return QStringLiteral("ar");
    if (best == greek)
        return QStringLiteral("el");
    if (best == hebrew)
        return QStringLiteral("he");
    if (best == hangul)
        return QStringLiteral("ko");
    return kana > 0 ? QStringLiteral("ja") : QStringLiteral("zh");
}

} // namespace

QString LanguageGuesser::guess(const QString& text) const
{
    const QString byScript = fromScript(text);
    if (!byScript.isEmpty())
        return byScript;

    const auto& index = stopWordIndex();
    constexpr int languages = int(sizeof stopWordLists / sizeof stopWordLists[0]);
    int hits[languages] = {};
    int tokens = 0;
    char16_t word[MaxStopWordLength];
    int length = 0;
    const qsizetype n = qMin<qsizetype>(text.size(), 3000);
    for (qsizetype i = 0; i <= n; ++i) {
        const QChar c = i < n ? text.constData()[i] : QChar(u' ');
        if (c.isLetter()) {
            if (length < MaxStopWordLength)
                word[length] = c.toLower().unicode();
            ++length;
            continue;
        }
        if (length == 0)
            continue;
        ++tokens;
        if (length <= MaxStopWordLength) {
            const auto it = index.find(std::u16string_view(word, size_t(length)));
            if (it != index.end()) {
                for (const int lang : it->second)
                    ++hits[lang];
            }
        }
        length = 0;
    }
    if (tokens < 5)
        return {};
    int best = -1, second = 0;
    for (int i = 0; i < languages; ++i) {
        if (best < 0 || hits[i] > hits[best]) {
            second = best < 0 ? 0 : hits[best];
            best = i;
        } else if (hits[i] > second) {
            second = hits[i];
        }
    }
    // Function words make up a third or more of running text; demand a clear lead.
    if (hits[best] * 10 < tokens || hits[best] < second * 3 / 2 + 1)
        return {};
    return QString::fromLatin1(stopWordLists[best].language);
}

} // namespace ql
