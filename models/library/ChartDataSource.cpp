#include "models/library/ChartDataSource.h"

#include "core/store/Store.h"
#include "models/charts/ChartPlacement.h"

#include <QHash>

namespace ql {

namespace {

// The stored windows of the statements that hold the figures, by statement id, in one query.
QHash<qint64, Statement> statementsOf(const Store& store, const QList<FigureRow>& rows)
{
    QList<qint64> ids;
    ids.reserve(rows.size());
    for (const FigureRow& r : rows)
        if (r.figure.statementId > 0)
            ids.append(r.figure.statementId);
    QHash<qint64, Statement> out;
    out.reserve(ids.size());
    for (const StatementRow& row : store.statementRowsByIds(ids))
        out.insert(row.statement.id, row.statement);
    return out;
}

// The figure row's date is the statement's stored day, else the article's date: without a day of
// its own the statement's window is null or too wide to place, so the row's date is the article's.
ChartPlacement::Place placeOf(
    const FigureRow& r, const QHash<qint64, Statement>& statements, SaidWindow* said)
{
    const auto it = statements.constFind(r.figure.statementId);
    if (it == statements.cend()) {
        *said = {};
        return { r.date, r.date.isValid() };
    }
    *said = it->said;
    return ChartPlacement::place(it->said, it->saidOn, it->saidOn.isValid() ? QDate() : r.date);
}

// Known speakers by their last name, so "Rutte said …" joins the series of "Mark Rutte"; a last
// name two speakers share stays as written.
class SpeakerNames
{
public:
    explicit SpeakerNames(const QStringList& speakers)
    {
        for (const QString& speaker : speakers) {
            const QString last = speaker.section(QLatin1Char(' '), -1);
            if (!speaker.contains(QLatin1Char(' ')) || last.isEmpty())
                continue;
            auto it = m_byLastName.find(last);
            if (it == m_byLastName.end())
                m_byLastName.insert(last, speaker);
            else if (it.value() != speaker)
                it.value().clear(); // ambiguous
        }
    }

    // The statement's speaker wins; otherwise the reported-speech speaker. A bare last name
    // ("Morgan said …") is completed when one stored speaker has it.
    QString speakerOf(const FigureRow& r) const
    {
        const QString& name = r.speaker.isEmpty() ? r.figure.reportedBy : r.speaker;
        if (name.contains(QLatin1Char(' ')))
            return name;
        const QString full = m_byLastName.value(name);
        return full.isEmpty() ? name : full;
    }

private:
    QHash<QString, QString> m_byLastName;
};

QVector<MoneyPoint> moneyPointsOf(const Store& store, const QList<FigureRow>& rows)
{
    QVector<MoneyPoint> out;
    const QHash<qint64, Statement> statements = statementsOf(store, rows);
    const SpeakerNames names(store.speakers());
    out.reserve(rows.size());
    for (const FigureRow& r : rows) {
        MoneyPoint p;
        p.statementId = r.figure.statementId;
        p.figureId = r.figure.id;
        p.articleId = r.figure.articleId;
        p.start = r.figure.start;
        p.end = r.figure.end;
        p.actor = r.figure.actor;
        p.perYear = r.figure.perYear;
        const ChartPlacement::Place place = placeOf(r, statements, &p.said);
        p.date = place.day;
        p.onArticleDate = place.onArticleDate;
        p.speaker = names.speakerOf(r);
        p.subject = r.figure.subject;
        p.source = r.source;
        p.value = r.figure.value;
        p.currency = r.figure.currency;
        p.text = r.sentence;
        out.append(p);
    }
    return out;
}

QVector<GdpTargetPoint> gdpPointsOf(const Store& store, const QList<FigureRow>& rows)
{
    QVector<GdpTargetPoint> out;
    const QHash<qint64, Statement> statements = statementsOf(store, rows);
    const SpeakerNames names(store.speakers());
    out.reserve(rows.size());
    for (const FigureRow& r : rows) {
        GdpTargetPoint p;
        p.statementId = r.figure.statementId;
        p.figureId = r.figure.id;
        p.articleId = r.figure.articleId;
        p.start = r.figure.start;
        p.end = r.figure.end;
        p.actor = r.figure.actor;
        p.source = r.source;
        const ChartPlacement::Place place = placeOf(r, statements, &p.said);
        p.statedOn = place.day;
        p.onArticleDate = place.onArticleDate;
        // A target nobody is quoted stating is still its outlet's claim; an article's title would
        // make a series of its own for every article.
        const QString speaker = names.speakerOf(r);
        p.speaker = speaker.isEmpty() ? r.publisher : speaker;
        p.percent = r.figure.value;
        p.targetYear = r.figure.year;
        p.text = r.sentence;
        out.append(p);
    }
    return out;
}

} // namespace

QVector<MoneyPoint> ChartDataSource::moneyPoints(const Store& store)
{
    return moneyPointsOf(store, store.figureRows(QStringLiteral("money")));
}

QVector<GdpTargetPoint> ChartDataSource::gdpPoints(const Store& store)
{
    return gdpPointsOf(store, store.figureRows(QStringLiteral("gdp_share")));
}

QVector<MoneyPoint> ChartDataSource::moneyPoints(const Store& store, const QList<qint64>& articleIds)
{
    if (articleIds.isEmpty())
        return {};
    return moneyPointsOf(store, store.figureRowsOfArticles(articleIds, QStringLiteral("money")));
}

QVector<GdpTargetPoint> ChartDataSource::gdpPoints(const Store& store, const QList<qint64>& articleIds)
{
    if (articleIds.isEmpty())
        return {};
    return gdpPointsOf(store, store.figureRowsOfArticles(articleIds, QStringLiteral("gdp_share")));
}

} // namespace ql
