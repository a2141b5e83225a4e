#pragma once

#include "models/charts/GdpTargetPoint.h"
#include "models/charts/MoneyPoint.h"
#include "views/charts/ChartSpec.h"

#include <QDate>
#include <QSet>
#include <QVector>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QTabWidget;

namespace ql {

class ChartWidget;

// The spending and GDP-target charts with their options (split, currency, style, mode) and an
// optional period picked on the timeline. Rebuilds its specs when data or options change.
class ChartsPanel : public QWidget
{
    Q_OBJECT
public:
    // More spending figures than this are shown summed per period (the export keeps the same view).
    static constexpr int MaxPointsOnScreen = 5000;

    explicit ChartsPanel(QWidget* parent = nullptr);

    void setData(const QVector<MoneyPoint>& money, const QVector<GdpTargetPoint>& gdp);
    // A change of the store: the points of `droppedArticles` go, the new ones come in. The same
    // points in the same order as setData() with everything read again.
    void applyChange(const QVector<MoneyPoint>& money, const QVector<GdpTargetPoint>& gdp,
        const QSet<qint64>& droppedArticles);
    const QVector<MoneyPoint>& moneyPoints() const { return m_money; }
    const QVector<GdpTargetPoint>& gdpPoints() const { return m_gdpPoints; }
    // While the store's figures are read in the background the charts make way for a note saying so.
    void setLoading(bool loading);
    bool isLoading() const;
    // Null dates: no period.
    void setPeriod(const QDate& from, const QDate& to);

    // Each chart is built when it is shown or asked for: a change while the panel is hidden (behind
    // the timeline's tab) or on the other tab costs nothing until then.
    ChartWidget* spendingChart() const;
    ChartWidget* gdpChart() const;
    ChartWidget* currentChart() const;

    // How values spanning more than ChartSpec::WideRangeRatio are drawn: Log or Split, remembered
    // in QSettings ("charts/wideRangeScale").
    ChartSpec::YScale wideRangeScale() const;
    void setWideRangeScale(ChartSpec::YScale scale);

signals:
    void figureActivated(qint64 statementId);
    // A figure outside every statement: show its sentence (article and span in its text).
    void sentenceActivated(qint64 articleId, int start, int end);
    void actorEditRequested(const QList<qint64>& figureIds, const QString& current);
    void exportRequested();
    void exportDataRequested();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void rebuild();
    void buildSpending();
    void buildGdp();
    void buildShown();
    QString periodTitle() const;

    QVector<MoneyPoint> m_money;
    QVector<GdpTargetPoint> m_gdpPoints;
    QDate m_from;
    QDate m_to;
    bool m_spendingDirty = true;
    bool m_gdpDirty = true;
    QTabWidget* m_tabs;
    QLabel* m_loading;
    ChartWidget* m_spending;
    ChartWidget* m_gdp;
    QComboBox* m_split;
    QComboBox* m_style;
    QCheckBox* m_eur;
    QComboBox* m_gdpMode;
    QComboBox* m_gdpSeries;
    QComboBox* m_scale;
};

} // namespace ql
