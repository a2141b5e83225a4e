#include "tests/core/analysis/extraction/EvalScorer.h"

#include <QJsonArray>
#include <QJsonValue>

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>
#include <vector>

namespace {

QChar asciiQuote(QChar c)
{
    switch (c.unicode()) {
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x00AB:
    case 0x00BB:
        return QLatin1Char('"');
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x2039:
    case 0x203A:
    case 0x0060:
        return QLatin1Char('\'');
    default:
        return c;
    }
}

bool isStripped(QChar c)
{
    static const QString strip = QStringLiteral(" \t\r\n\"'.,;:!?()[]-\u2013\u2014\u2026");
    return strip.contains(c);
}

double ratio(int numerator, int denominator, double empty)
{
    return denominator > 0 ? double(numerator) / double(denominator) : empty;
}

double f1(double p, double r)
{
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

QString speakerKey(const QString& s)
{
    return s.normalized(QString::NormalizationForm_KC).simplified().toCaseFolded();
}

bool figureMatches(const QJsonObject& gold, const QJsonObject& pred)
{
    if (gold.value(QStringLiteral("kind")).toString() != pred.value(QStringLiteral("kind")).toString())
        return false;
    const QJsonValue v = pred.value(QStringLiteral("value"));
    if (!v.isDouble())
        return false;
    const double want = gold.value(QStringLiteral("value")).toDouble();
    if (std::abs(v.toDouble() - want) > 0.005 * std::abs(want))
        return false;
    if (gold.value(QStringLiteral("kind")).toString() == QLatin1String("money")
        && pred.value(QStringLiteral("currency")).toString().toUpper()
            != gold.value(QStringLiteral("currency")).toString())
        return false;
    if (gold.contains(QStringLiteral("year"))
        && pred.value(QStringLiteral("year")).toInt(-1) != gold.value(QStringLiteral("year")).toInt())
        return false;
    return true;
}

} // namespace

EvalCounts& EvalCounts::operator+=(const EvalCounts& other)
{
    statementTp += other.statementTp;
    statementFp += other.statementFp;
    statementFound += other.statementFound;
    statementRequired += other.statementRequired;
    pairs += other.pairs;
    attributed += other.attributed;
    figureTp += other.figureTp;
    figureFp += other.figureFp;
    figureFound += other.figureFound;
    figureRequired += other.figureRequired;
    dates += other.dates;
    articles += other.articles;
    problems += other.problems;
    return *this;
}

double EvalCounts::statementPrecision() const
{
    return ratio(statementTp, statementTp + statementFp, 1.0);
}

double EvalCounts::statementRecall() const
{
    return ratio(statementFound, statementRequired, 1.0);
}

double EvalCounts::statementF1() const
{
    return f1(statementPrecision(), statementRecall());
}

double EvalCounts::attribution() const
{
    return ratio(attributed, pairs, 0.0);
}

double EvalCounts::figurePrecision() const
{
    return ratio(figureTp, figureTp + figureFp, 1.0);
}

double EvalCounts::figureRecall() const
{
    return ratio(figureFound, figureRequired, 1.0);
}

double EvalCounts::figureF1() const
{
    return f1(figurePrecision(), figureRecall());
}

QString EvalCounts::summary() const
{
    return QStringLiteral("statements P=%1 R=%2 F1=%3  attribution=%4  figures P=%5 R=%6 F1=%7  dates=%8/%9")
        .arg(statementPrecision(), 0, 'f', 3)
        .arg(statementRecall(), 0, 'f', 3)
        .arg(statementF1(), 0, 'f', 3)
        .arg(attribution(), 0, 'f', 3)
        .arg(figurePrecision(), 0, 'f', 3)
        .arg(figureRecall(), 0, 'f', 3)
        .arg(figureF1(), 0, 'f', 3)
        .arg(dates)
        .arg(articles);
}

QString EvalScorer::normalised(const QString& text)
{
    QString t = text.normalized(QString::NormalizationForm_KC);
    for (QChar& c : t)
        c = asciiQuote(c);
    t = t.toCaseFolded().simplified();
    qsizetype from = 0;
    qsizetype to = t.size();
    while (from < to && isStripped(t.at(from)))
        ++from;
    while (to > from && isStripped(t.at(to - 1)))
        --to;
    return t.mid(from, to - from);
}

QSet<QString> EvalScorer::tokens(const QString& text)
{
    QSet<QString> out;
    const QString t = normalised(text);
    qsizetype i = 0;
    while (i < t.size()) {
        const auto isWord
            = [&t](qsizetype k) { return t.at(k).isLetterOrNumber() || t.at(k) == QLatin1Char('_'); };
        if (!isWord(i)) {
            ++i;
            continue;
        }
        qsizetype e = i;
        while (e < t.size() && isWord(e))
            ++e;
        out.insert(t.mid(i, e - i));
        i = e;
    }
    return out;
}

double EvalScorer::jaccard(const QString& a, const QString& b)
{
    const QSet<QString> ta = tokens(a);
    const QSet<QString> tb = tokens(b);
    QSet<QString> both = ta;
    both.unite(tb);
    if (both.isEmpty())
        return 0.0;
    QSet<QString> common = ta;
    common.intersect(tb);
    return double(common.size()) / double(both.size());
}

EvalCounts EvalScorer::score(const QJsonObject& gold, const QJsonObject& prediction)
{
    EvalCounts c;
    c.articles = 1;
    const QJsonObject article = gold.value(QStringLiteral("article")).toObject();
    const bool transcript = article.value(QStringLiteral("kind")).toString() == QLatin1String("transcript");

    // Statements
    const QJsonArray goldStatements = gold.value(QStringLiteral("statements")).toArray();
    QList<QJsonObject> preds;
    for (const QJsonValue& v : prediction.value(QStringLiteral("statements")).toArray()) {
        const QJsonObject p = v.toObject();
        if (p.value(QStringLiteral("kind")).toString(QStringLiteral("quote")) != QLatin1String("paraphrase"))
            preds.append(p);
    }
    enum class Status { Unmatched, Tp, Neutral, Fp };
    std::vector<Status> status(size_t(preds.size()), Status::Unmatched);
    struct Candidate
    {
        double score;
        int gold;
        int pred;
        bool exclusive;
    };
    std::vector<Candidate> cands;
    for (int gi = 0; gi < goldStatements.size(); ++gi) {
        const QJsonObject g = goldStatements.at(gi).toObject();
        const QString gText = g.value(QStringLiteral("text")).toString();
        for (int pi = 0; pi < preds.size(); ++pi) {
            const QString pText = preds.at(pi).value(QStringLiteral("text")).toString();
            if (g.value(QStringLiteral("kind")).toString() == QLatin1String("transcript")) {
                if (normalised(pText).contains(normalised(gText)))
                    cands.push_back({ 1.0, gi, pi, false });
            } else {
                const double s = jaccard(gText, pText);
                if (s >= 0.8)
                    cands.push_back({ s, gi, pi, true });
            }
        }
    }
    std::stable_sort(
        cands.begin(), cands.end(), [](const Candidate& a, const Candidate& b) { return a.score > b.score; });
    std::map<int, int> goldMatch;
    QSet<int> used;
    for (const Candidate& cand : cands) {
        if (goldMatch.count(cand.gold) || (cand.exclusive && used.contains(cand.pred)))
            continue;
        goldMatch[cand.gold] = cand.pred;
        if (cand.exclusive)
            used.insert(cand.pred);
    }
    for (const auto& [gi, pi] : goldMatch) {
        const QJsonObject g = goldStatements.at(gi).toObject();
        if (!g.value(QStringLiteral("optional")).toBool()) {
            status[size_t(pi)] = Status::Tp;
            ++c.pairs;
            const QString want = g.value(QStringLiteral("speaker")).toString();
            const QString got = preds.at(pi).value(QStringLiteral("speaker")).toString();
            if (speakerKey(want) == speakerKey(got))
                ++c.attributed;
            else
                c.problems.append(QStringLiteral("speaker '%1' should be '%2': %3")
                                      .arg(got, want, g.value(QStringLiteral("text")).toString()));
        } else if (status[size_t(pi)] != Status::Tp) {
            status[size_t(pi)] = Status::Neutral;
        }
    }
    const QJsonArray bad = gold.value(QStringLiteral("non_statements")).toArray();
    for (int pi = 0; pi < preds.size(); ++pi) {
        const QString pText = normalised(preds.at(pi).value(QStringLiteral("text")).toString());
        bool hitsBad = false;
        for (const QJsonValue& b : bad) {
            const QString nb = normalised(b.toString());
            if (!nb.isEmpty() && (pText.contains(nb) || nb.contains(pText)))
                hitsBad = true;
        }
        if (hitsBad && status[size_t(pi)] != Status::Tp)
            status[size_t(pi)] = Status::Fp;
        else if (status[size_t(pi)] == Status::Unmatched)
            status[size_t(pi)] = transcript ? Status::Neutral : Status::Fp;
        if (status[size_t(pi)] == Status::Fp)
            c.problems.append(QStringLiteral("extra statement: %1")
                                  .arg(preds.at(pi).value(QStringLiteral("text")).toString()));
        else if (status[size_t(pi)] == Status::Tp)
            ++c.statementTp;
    }
    c.statementFp = int(std::count(status.cbegin(), status.cend(), Status::Fp));
    for (int gi = 0; gi < goldStatements.size(); ++gi) {
        const QJsonObject g = goldStatements.at(gi).toObject();
        if (g.value(QStringLiteral("optional")).toBool())
            continue;
        ++c.statementRequired;
        if (goldMatch.count(gi))
            ++c.statementFound;
        else
            c.problems.append(
                QStringLiteral("missed statement: %1").arg(g.value(QStringLiteral("text")).toString()));
    }

    // Figures: required gold items claim predictions before optional ones.
    QList<QJsonObject> figures;
    for (const QJsonValue& v : prediction.value(QStringLiteral("figures")).toArray()) {
        const QString kind = v.toObject().value(QStringLiteral("kind")).toString();
        if (kind == QLatin1String("money") || kind == QLatin1String("gdp_share"))
            figures.append(v.toObject());
    }
    QList<QJsonObject> goldFigures;
    for (const QJsonValue& v : gold.value(QStringLiteral("figures")).toArray())
        goldFigures.append(v.toObject());
    std::stable_sort(goldFigures.begin(), goldFigures.end(), [](const QJsonObject& a, const QJsonObject& b) {
        return !a.value(QStringLiteral("optional")).toBool() && b.value(QStringLiteral("optional")).toBool();
    });
    std::vector<Status> figureStatus(size_t(figures.size()), Status::Fp);
    for (const QJsonObject& g : goldFigures) {
        const bool optional = g.value(QStringLiteral("optional")).toBool();
        if (!optional)
            ++c.figureRequired;
        int hit = -1;
        for (int pi = 0; pi < figures.size() && hit < 0; ++pi) {
            if (figureStatus[size_t(pi)] == Status::Fp && figureMatches(g, figures.at(pi)))
                hit = pi;
        }
        if (hit < 0) {
            if (!optional)
                c.problems.append(
                    QStringLiteral("missed figure: %1").arg(g.value(QStringLiteral("text")).toString()));
            continue;
        }
        figureStatus[size_t(hit)] = optional ? Status::Neutral : Status::Tp;
        if (!optional)
            ++c.figureFound;
    }
    for (int pi = 0; pi < figures.size(); ++pi) {
        if (figureStatus[size_t(pi)] == Status::Tp)
            ++c.figureTp;
        if (figureStatus[size_t(pi)] == Status::Fp) {
            ++c.figureFp;
            const QJsonObject f = figures.at(pi);
            c.problems.append(QStringLiteral("extra figure: %1 %2 %3 «%4»")
                                  .arg(f.value(QStringLiteral("kind")).toString())
                                  .arg(f.value(QStringLiteral("value")).toDouble())
                                  .arg(f.value(QStringLiteral("currency")).toString(),
                                      f.value(QStringLiteral("text")).toString()));
        }
    }

    // Date
    const QJsonValue want = article.value(QStringLiteral("published"));
    const QJsonValue got = prediction.value(QStringLiteral("published"));
    bool dateOk = false;
    if (want.isNull() || want.isUndefined())
        dateOk = got.isNull() || got.isUndefined();
    else
        dateOk = got.isString() && want.toArray().contains(got);
    c.dates = dateOk ? 1 : 0;
    if (!dateOk)
        c.problems.append(
            QStringLiteral("date: got %1").arg(got.isString() ? got.toString() : QStringLiteral("null")));
    return c;
}
