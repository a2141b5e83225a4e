#include "core/analysis/comparison/SpellingFolder.h"

#include <QHash>
#include <QSet>
#include <QStringList>

namespace ql {

namespace {

QString s(const char* latin1)
{
    return QString::fromLatin1(latin1);
}

// Words whose British form no suffix rule can recognise safely.
const QHash<QString, QString>& irregular()
{
    static const QHash<QString, QString> map = [] {
        QHash<QString, QString> m;
        const char* pairs[][2] = { { "defence", "defense" }, { "offence", "offense" },
            { "licence", "license" }, { "pretence", "pretense" }, { "practise", "practice" },
            { "programme", "program" }, { "gramme", "gram" }, { "kilogramme", "kilogram" },
            { "aluminium", "aluminum" }, { "grey", "gray" }, { "tyre", "tire" }, { "kerb", "curb" },
            { "cheque", "check" }, { "plough", "plow" }, { "mould", "mold" }, { "moult", "molt" },
            { "smoulder", "smolder" }, { "ageing", "aging" }, { "judgement", "judgment" },
            { "acknowledgement", "acknowledgment" }, { "enrol", "enroll" }, { "enrolment", "enrollment" },
            { "fulfil", "fulfill" }, { "fulfilment", "fulfillment" }, { "instil", "instill" },
            { "distil", "distill" }, { "skilful", "skillful" }, { "wilful", "willful" },
            { "jewellery", "jewelry" }, { "sceptic", "skeptic" }, { "sceptical", "skeptical" },
            { "scepticism", "skepticism" }, { "manoeuvre", "maneuver" }, { "manoeuvred", "maneuvered" },
            { "manoeuvring", "maneuvering" }, { "manoeuvrable", "maneuverable" },
            { "paediatric", "pediatric" }, { "encyclopaedia", "encyclopedia" }, { "anaemia", "anemia" },
            { "anaesthetic", "anesthetic" }, { "haemorrhage", "hemorrhage" }, { "oestrogen", "estrogen" },
            { "foetus", "fetus" }, { "orthopaedic", "orthopedic" }, { "whilst", "while" },
            { "amongst", "among" }, { "learnt", "learned" }, { "spelt", "spelled" }, { "burnt", "burned" },
            { "dreamt", "dreamed" }, { "storey", "story" }, { "draught", "draft" }, { "pyjamas", "pajamas" },
            { "cosy", "cozy" }, { "artefact", "artifact" }, { "behove", "behoove" } };
        for (const auto& p : pairs)
            m.insert(s(p[0]), s(p[1]));
        return m;
    }();
    return map;
}

// "-ise" words that are spelt the same in American English.
const QSet<QString>& iseKeep()
{
    static const QSet<QString> set = [] {
        QSet<QString> k;
        for (const char* w : { "advise", "arise", "chastise", "comprise", "compromise", "despise", "devise",
                 "disguise", "enterprise", "excise", "exercise", "expertise", "franchise", "enfranchise",
                 "disenfranchise", "improvise", "merchandise", "premise", "revise", "supervise", "surmise",
                 "surprise", "televise", "advertise", "promise", "precise", "concise", "paradise", "treatise",
                 "demise", "incise", "circumcise", "mortise", "apprise", "reprise", "sunrise", "uprise",
                 "cruise", "bruise", "turquoise", "tortoise", "porpoise", "chemise", "valise", "guise",
                 "noise", "poise", "raise", "praise", "braise", "vise", "wise", "rise", "prise" })
            k.insert(s(w));
        return k;
    }();
    return set;
}

// "-our" words that keep their "our" in American English.
const QSet<QString>& ourKeep()
{
    static const QSet<QString> set = [] {
        QSet<QString> k;
        for (const char* w : { "our", "four", "hour", "pour", "tour", "your", "sour", "flour", "dour",
                 "contour", "devour", "detour", "amour", "velour", "paramour", "troubadour", "scour",
                 "glamour", "downpour", "ours", "yours", "lour" })
            k.insert(s(w));
        return k;
    }();
    return set;
}

// Verbs and nouns that double their final "l" before a suffix only in British English.
const QSet<QString>& doubledL()
{
    static const QSet<QString> set = [] {
        QSet<QString> k;
        for (const char* w : { "travel", "cancel", "label", "model", "fuel", "signal", "level", "channel",
                 "counsel", "equal", "total", "marshal", "dial", "duel", "jewel", "marvel", "rival", "tunnel",
                 "panel", "quarrel", "shovel", "snorkel", "funnel", "barrel", "chisel", "parcel", "pencil",
                 "revel", "yodel", "libel", "grovel", "initial", "shrivel", "swivel", "tassel", "unravel",
                 "bevel", "cudgel", "enamel", "gospel", "hostel", "kennel", "spiral" })
            k.insert(s(w));
        return k;
    }();
    return set;
}

bool endsWithAny(const QString& word, const QStringList& suffixes, QString& suffix)
{
    for (const QString& candidate : suffixes) {
        if (word.endsWith(candidate)) {
            suffix = candidate;
            return true;
        }
    }
    return false;
}

// Inflected forms are folded through their base: "defences" via "defence".
QString foldIrregular(const QString& word)
{
    const auto& map = irregular();
    const auto direct = map.constFind(word);
    if (direct != map.cend())
        return *direct;
    static const QStringList suffixes { s("s"), s("d"), s("es") };
    for (const QString& suffix : suffixes) {
        if (word.size() > suffix.size() + 2 && word.endsWith(suffix)) {
            const auto base = map.constFind(word.left(word.size() - suffix.size()));
            if (base != map.cend())
                return *base + suffix;
        }
    }
    return QString();
}

QString foldIse(const QString& word)
{
    // Longest suffixes first so "organisations" is not read as "organisation" + "s".
    static const QStringList suffixes { s("isations"), s("isation"), s("ising"), s("ised"), s("isers"),
        s("iser"), s("ises"), s("ise") };
    QString suffix;
    if (!endsWithAny(word, suffixes, suffix))
        return QString();
    const QString stem = word.left(word.size() - suffix.size());
    if (stem.size() < 3)
        return QString();
    const QString base = stem + s("ise");
    if (iseKeep().contains(base) || base.endsWith(s("wise")))
        return QString();
    for (const QString& keep : iseKeep()) {
        if (keep.size() >= 5 && base.endsWith(keep))
            return QString();
    }
    QString folded = suffix;
    folded[1] = QLatin1Char('z');
    return stem + folded;
}

QString foldYse(const QString& word)
{
    static const QStringList suffixes { s("lysing"), s("lysed"), s("lyses"), s("lyser"), s("lyse") };
    QString suffix;
    if (!endsWithAny(word, suffixes, suffix) || word.size() < 7)
        return QString();
    QString folded = suffix;
    folded[2] = QLatin1Char('z');
    return word.left(word.size() - suffix.size()) + folded;
}

QString foldOur(const QString& word)
{
    static const QStringList suffixes { s("ourably"), s("ourable"), s("ourites"), s("ourite"), s("ourful"),
        s("ourless"), s("ouring"), s("oured"), s("ourers"), s("ourer"), s("ourist"), s("ours"), s("our") };
    QString suffix;
    if (!endsWithAny(word, suffixes, suffix))
        return QString();
    const QString stem = word.left(word.size() - suffix.size());
    if (stem.size() < 2 || ourKeep().contains(stem + s("our")))
        return QString();
    // "-iour" (behaviour, saviour) and consonant + "our" (colour, honour, armour) fold; a vowel
    // other than "i" before "our" (e.g. "tour" compounds) does not.
    const QChar last = stem.back();
    if (QStringLiteral("aeou").contains(last))
        return QString();
    return stem + s("or") + suffix.mid(3);
}

QString foldRe(const QString& word)
{
    static const QStringList suffixes { s("tres"), s("tred"), s("tre"), s("bres"), s("bre") };
    QString suffix;
    if (!endsWithAny(word, suffixes, suffix) || word.size() < 5)
        return QString();
    const QString stem = word.left(word.size() - suffix.size());
    // "centred" -> "centered", "fibres" -> "fibers".
    const QString tail = suffix.mid(3);
    const QString folded = QString(suffix.at(0)) + s("er") + (tail == s("d") ? s("ed") : tail);
    return stem + folded;
}

QString foldOgue(const QString& word)
{
    static const QStringList suffixes { s("ogues"), s("ogue") };
    QString suffix;
    if (!endsWithAny(word, suffixes, suffix) || word.size() - suffix.size() < 4)
        return QString();
    return word.left(word.size() - suffix.size()) + s("og") + suffix.mid(4);
}

QString foldDoubledL(const QString& word)
{
    static const QStringList suffixes { s("llings"), s("lling"), s("llers"), s("ller"), s("lled") };
    QString suffix;
    if (!endsWithAny(word, suffixes, suffix))
        return QString();
    const QString base = word.left(word.size() - suffix.size() + 1);
    if (!doubledL().contains(base))
        return QString();
    return base + suffix.mid(2);
}

} // namespace

QString SpellingFolder::fold(const QString& word)
{
    if (word.size() < 4)
        return word;
    for (auto rule : { foldIrregular, foldDoubledL, foldIse, foldYse, foldOur, foldRe, foldOgue }) {
        QString folded = rule(word);
        if (!folded.isEmpty())
            return folded;
    }
    return word;
}

} // namespace ql
