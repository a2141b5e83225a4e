#pragma once

#include "GdpTargetPoint.h"
#include "MoneyPoint.h"

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

signals:
    void figureActivated(qint64 statementId);
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
};

} // namespace ql
