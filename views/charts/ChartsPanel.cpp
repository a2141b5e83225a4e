#include "views/charts/ChartsPanel.h"

#include "views/charts/ChartWidget.h"
#include "views/charts/CurrencyTable.h"
#include "views/charts/GdpChartBuilder.h"
#include "views/charts/SpendingChartBuilder.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSettings>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ql {

namespace {
bool inPeriod(const QDate& d, const QDate& from, const QDate& to)
{
    if (!from.isValid() && !to.isValid())
        return true;
    return d.isValid() && (!from.isValid() || d >= from) && (!to.isValid() || d <= to);
}

QWidget* withBar(QWidget* chart, QLayout* bar, QWidget* parent)
{
    auto* page = new QWidget(parent);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(chart, 1);
    return page;
}
} // namespace

ChartsPanel::ChartsPanel(QWidget* parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_spending(new ChartWidget(this))
    , m_gdp(new ChartWidget(this))
    , m_split(new QComboBox(this))
    , m_style(new QComboBox(this))
    , m_eur(new QCheckBox(tr("Convert to EUR"), this))
    , m_gdpMode(new QComboBox(this))
    , m_gdpSeries(new QComboBox(this))
    , m_scale(new QComboBox(this))
{
    m_spending->setObjectName(QStringLiteral("spendingChart"));
    m_gdp->setObjectName(QStringLiteral("gdpChart"));
    m_split->setObjectName(QStringLiteral("spendingSplit"));
    m_scale->setObjectName(QStringLiteral("wideRangeScale"));
    m_gdpSeries->setObjectName(QStringLiteral("gdpSeries"));
    for (auto split : { SpendingChartBuilder::Split::Actor, SpendingChartBuilder::Split::Speaker,
             SpendingChartBuilder::Split::Subject, SpendingChartBuilder::Split::Source,
             SpendingChartBuilder::Split::Currency, SpendingChartBuilder::Split::None })
        m_split->addItem(tr("By %1").arg(SpendingChartBuilder::splitName(split)), int(split));
    m_style->addItem(tr("Points per statement"), int(ChartSpec::Style::Points));
    m_style->addItem(tr("Bars per period"), int(ChartSpec::Style::Bars));
    m_eur->setChecked(true);
    m_gdpMode->addItem(tr("Against target year"), int(GdpChartBuilder::Mode::ByTargetYear));
    m_gdpMode->addItem(tr("Against date stated"), int(GdpChartBuilder::Mode::ByDateStated));
    m_gdpSeries->addItem(tr("By who commits"), int(GdpChartBuilder::SeriesBy::Actor));
    m_gdpSeries->addItem(tr("By speaker"), int(GdpChartBuilder::SeriesBy::Speaker));
    m_scale->addItem(tr("Wide range: log scale"), int(ChartSpec::YScale::Log));
    m_scale->addItem(tr("Wide range: split panels"), int(ChartSpec::YScale::Split));
    m_scale->setToolTip(
        tr("When the largest figure is more than %1 times the smallest").arg(ChartSpec::WideRangeRatio));
    const int remembered
        = QSettings().value(QStringLiteral("charts/wideRangeScale"), int(ChartSpec::YScale::Log)).toInt();
    m_scale->setCurrentIndex(std::max(0, m_scale->findData(remembered)));
    m_scale->hide();

    auto* moneyBar = new QHBoxLayout;
    moneyBar->setContentsMargins(4, 2, 4, 2);
    moneyBar->addWidget(m_split);
    moneyBar->addWidget(m_style);
    moneyBar->addWidget(m_eur);
    moneyBar->addWidget(m_scale);
    moneyBar->addStretch(1);
    auto* gdpBar = new QHBoxLayout;
    gdpBar->setContentsMargins(4, 2, 4, 2);
    gdpBar->addWidget(m_gdpMode);
    gdpBar->addWidget(m_gdpSeries);
    gdpBar->addStretch(1);
    m_tabs->addTab(withBar(m_spending, moneyBar, this), tr("Spending"));
    m_tabs->addTab(withBar(m_gdp, gdpBar, this), tr("GDP targets"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    for (QComboBox* box : { m_split, m_style, m_gdpMode, m_gdpSeries })
        connect(box, qOverload<int>(&QComboBox::currentIndexChanged), this, &ChartsPanel::rebuild);
    connect(m_scale, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        QSettings().setValue(QStringLiteral("charts/wideRangeScale"), m_scale->currentData().toInt());
        rebuild();
    });
    connect(m_eur, &QCheckBox::toggled, this, &ChartsPanel::rebuild);
    for (ChartWidget* chart : { m_spending, m_gdp }) {
        connect(chart, &ChartWidget::figureActivated, this, &ChartsPanel::figureActivated);
        connect(chart, &ChartWidget::sentenceActivated, this, &ChartsPanel::sentenceActivated);
        connect(chart, &ChartWidget::actorEditRequested, this, &ChartsPanel::actorEditRequested);
        connect(chart, &ChartWidget::exportRequested, this, &ChartsPanel::exportRequested);
        connect(chart, &ChartWidget::exportDataRequested, this, &ChartsPanel::exportDataRequested);
    }
}

ChartSpec::YScale ChartsPanel::wideRangeScale() const
{
    return ChartSpec::YScale(m_scale->currentData().toInt());
}

void ChartsPanel::setWideRangeScale(ChartSpec::YScale scale)
{
    m_scale->setCurrentIndex(std::max(0, m_scale->findData(int(scale))));
}

ChartWidget* ChartsPanel::currentChart() const
{
    return m_tabs->currentIndex() == 0 ? m_spending : m_gdp;
}

void ChartsPanel::setData(const QVector<MoneyPoint>& money, const QVector<GdpTargetPoint>& gdp)
{
    m_money = money;
    m_gdpPoints = gdp;
    rebuild();
}

void ChartsPanel::setPeriod(const QDate& from, const QDate& to)
{
    m_from = from;
    m_to = to;
    rebuild();
}

void ChartsPanel::rebuild()
{
    QVector<MoneyPoint> money;
    for (const MoneyPoint& p : std::as_const(m_money))
        if (inPeriod(p.date, m_from, m_to))
            money.append(p);
    QVector<GdpTargetPoint> gdp;
    for (const GdpTargetPoint& p : std::as_const(m_gdpPoints))
        if (inPeriod(p.statedOn, m_from, m_to))
            gdp.append(p);
    const QString period = m_from.isValid() || m_to.isValid()
        ? tr(", %1 – %2").arg(m_from.toString(Qt::ISODate), m_to.toString(Qt::ISODate))
        : QString();

    SpendingChartBuilder::Options o;
    o.split = SpendingChartBuilder::Split(m_split->currentData().toInt());
    o.style = ChartSpec::Style(m_style->currentData().toInt());
    o.normaliseToEur = m_eur->isChecked();
    o.maxPoints = MaxPointsOnScreen;
    o.wideRange = wideRangeScale();
    o.title = (m_eur->isChecked() ? tr("Defence spending figures (EUR)") : tr("Defence spending figures"))
        + period;
    // The analyst's own rate table (CurrencyTable::userFilePath()) wins over the shipped one.
    const ChartSpec spending = SpendingChartBuilder(CurrencyTable::loadDefault()).build(money, o);
    // The choice matters only when the figures span a wide range.
    m_scale->setVisible(
        spending.magnitudeRatio > ChartSpec::WideRangeRatio && spending.style != ChartSpec::Style::Bars);
    m_spending->setSpec(spending);

    GdpChartBuilder::Options g;
    g.mode = GdpChartBuilder::Mode(m_gdpMode->currentData().toInt());
    g.seriesBy = GdpChartBuilder::SeriesBy(m_gdpSeries->currentData().toInt());
    g.title = tr("Defence spending targets (share of GDP)") + period;
    m_gdp->setSpec(GdpChartBuilder().build(gdp, g));
}

} // namespace ql
