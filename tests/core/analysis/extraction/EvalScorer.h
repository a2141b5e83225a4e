#pragma once

#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

// Counts for one article, computed by the same rules as the shared reference scorer (score.py):
// statements match one-to-one at token Jaccard >= 0.8, transcript sentences by containment,
// figures on kind, value within 0.5 %, currency and year, dates exactly.
struct EvalCounts
{
    int statementTp = 0;
    int statementFp = 0;
    int statementFound = 0;
    int statementRequired = 0;
    int pairs = 0;
    int attributed = 0;
    int figureTp = 0;
    int figureFp = 0;
    int figureFound = 0;
    int figureRequired = 0;
    int dates = 0;
    int articles = 0;
    QStringList problems; // missed/extra/wrong items, for the test log

    EvalCounts& operator+=(const EvalCounts& other);
    double statementPrecision() const;
    double statementRecall() const;
    double statementF1() const;
    double attribution() const;
    double figurePrecision() const;
    double figureRecall() const;
    double figureF1() const;
    QString summary() const;
};

class EvalScorer
{
public:
    // `gold` is a NAME.gold.json object, `prediction` one line of `quoteline-cli extract --format jsonl`.
    static EvalCounts score(const QJsonObject& gold, const QJsonObject& prediction);

    static QString normalised(const QString& text);
    static QSet<QString> tokens(const QString& text);
    static double jaccard(const QString& a, const QString& b);
};
