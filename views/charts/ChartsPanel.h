#pragma once

#include "models/charts/GdpTargetPoint.h"
#include "models/charts/MoneyPoint.h"
#include "views/charts/ChartSpec.h"

#include <QDate>
#include <QVector>
#include <QWidget>

class QCheckBox;
class QComboBox;
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
    // Null dates: no period.
    void setPeriod(const QDate& from, const QDate& to);

    ChartWidget* spendingChart() const { return m_spending; }
    ChartWidget* gdpChart() const { return m_gdp; }
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

private:
    void rebuild();

    QVector<MoneyPoint> m_money;
    QVector<GdpTargetPoint> m_gdpPoints;
    QDate m_from;
    QDate m_to;
    QTabWidget* m_tabs;
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
