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

#include <algorithm>
#include <iterator>

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
    , m_loading(new QLabel(tr("Loading the figures\u2026"), this))
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
    m_loading->setObjectName(QStringLiteral("chartsLoading"));
    m_loading->setAlignment(Qt::AlignCenter);
    m_loading->setEnabled(false); // drawn in the muted colour
    m_loading->hide();
    layout->addWidget(m_loading, 1);

    for (QComboBox* box : { m_split, m_style, m_gdpMode, m_gdpSeries })
        connect(box, qOverload<int>(&QComboBox::currentIndexChanged), this, &ChartsPanel::rebuild);
    connect(m_scale, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        QSettings().setValue(QStringLiteral("charts/wideRangeScale"), m_scale->currentData().toInt());
        rebuild();
    });
    connect(m_eur, &QCheckBox::toggled, this, &ChartsPanel::rebuild);
    connect(m_tabs, &QTabWidget::currentChanged, this, &ChartsPanel::buildShown);
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

void ChartsPanel::setLoading(bool loading)
{
    m_tabs->setVisible(!loading);
    m_loading->setVisible(loading);
}

bool ChartsPanel::isLoading() const
{
    return !m_loading->isHidden();
}

ChartWidget* ChartsPanel::currentChart() const
{
    return m_tabs->currentIndex() == 0 ? spendingChart() : gdpChart();
}

namespace {

// Dated points first, by day, then by figure: one order whether the points were read at once or
// arrived change by change (the builders' stable sorts keep it among equals).
bool moneyBefore(const MoneyPoint& a, const MoneyPoint& b)
{
    if (a.date.isValid() != b.date.isValid())
        return a.date.isValid();
    return a.date != b.date ? a.date < b.date : a.figureId < b.figureId;
}

bool gdpBefore(const GdpTargetPoint& a, const GdpTargetPoint& b)
{
    if (a.statedOn.isValid() != b.statedOn.isValid())
        return a.statedOn.isValid();
    return a.statedOn != b.statedOn ? a.statedOn < b.statedOn : a.figureId < b.figureId;
}

template<typename Point, typename Less>
void merge(QVector<Point>& into, QVector<Point> added, const QSet<qint64>& droppedArticles, Less less)
{
    QVector<Point> kept;
    kept.reserve(into.size() + added.size());
    for (const Point& p : std::as_const(into))
        if (!droppedArticles.contains(p.articleId))
            kept.append(p);
    std::stable_sort(added.begin(), added.end(), less);
    into.clear();
    into.reserve(kept.size() + added.size());
    std::merge(kept.cbegin(), kept.cend(), added.cbegin(), added.cend(), std::back_inserter(into), less);
}

} // namespace

void ChartsPanel::setData(const QVector<MoneyPoint>& money, const QVector<GdpTargetPoint>& gdp)
{
    m_money = money;
    m_gdpPoints = gdp;
    std::stable_sort(m_money.begin(), m_money.end(), moneyBefore);
    std::stable_sort(m_gdpPoints.begin(), m_gdpPoints.end(), gdpBefore);
    rebuild();
}

void ChartsPanel::applyChange(
    const QVector<MoneyPoint>& money, const QVector<GdpTargetPoint>& gdp, const QSet<qint64>& droppedArticles)
{
    if (money.isEmpty() && gdp.isEmpty() && droppedArticles.isEmpty())
        return;
    merge(m_money, money, droppedArticles, moneyBefore);
    merge(m_gdpPoints, gdp, droppedArticles, gdpBefore);
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
    m_spendingDirty = true;
    m_gdpDirty = true;
    buildShown();
}

void ChartsPanel::buildShown()
{
    if (!isVisible())
        return;
    if (m_tabs->currentIndex() == 0 && m_spendingDirty)
        buildSpending();
    else if (m_tabs->currentIndex() == 1 && m_gdpDirty)
        buildGdp();
}

void ChartsPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    buildShown();
}

// Accessors are const for callers, but the specs are a cache of the points and options.
ChartWidget* ChartsPanel::spendingChart() const
{
    if (m_spendingDirty)
        const_cast<ChartsPanel*>(this)->buildSpending();
    return m_spending;
}

ChartWidget* ChartsPanel::gdpChart() const
{
    if (m_gdpDirty)
        const_cast<ChartsPanel*>(this)->buildGdp();
    return m_gdp;
}

QString ChartsPanel::periodTitle() const
{
    return m_from.isValid() || m_to.isValid()
        ? tr(", %1 – %2").arg(m_from.toString(Qt::ISODate), m_to.toString(Qt::ISODate))
        : QString();
}

void ChartsPanel::buildSpending()
{
    m_spendingDirty = false;
    QVector<MoneyPoint> money;
    for (const MoneyPoint& p : std::as_const(m_money))
        if (inPeriod(p.date, m_from, m_to))
            money.append(p);
    SpendingChartBuilder::Options o;
    o.split = SpendingChartBuilder::Split(m_split->currentData().toInt());
    o.style = ChartSpec::Style(m_style->currentData().toInt());
    o.normaliseToEur = m_eur->isChecked();
    o.maxPoints = MaxPointsOnScreen;
    o.wideRange = wideRangeScale();
    o.title = (m_eur->isChecked() ? tr("Defence spending figures (EUR)") : tr("Defence spending figures"))
        + periodTitle();
    // The analyst's own rate table (CurrencyTable::userFilePath()) wins over the shipped one.
    const ChartSpec spending = SpendingChartBuilder(CurrencyTable::loadDefault()).build(money, o);
    // The choice matters only when the figures span a wide range.
    m_scale->setVisible(
        spending.magnitudeRatio > ChartSpec::WideRangeRatio && spending.style != ChartSpec::Style::Bars);
    m_spending->setSpec(spending);
}

void ChartsPanel::buildGdp()
{
    m_gdpDirty = false;
    QVector<GdpTargetPoint> gdp;
    for (const GdpTargetPoint& p : std::as_const(m_gdpPoints))
        if (inPeriod(p.statedOn, m_from, m_to))
            gdp.append(p);
    GdpChartBuilder::Options g;
    g.mode = GdpChartBuilder::Mode(m_gdpMode->currentData().toInt());
    g.seriesBy = GdpChartBuilder::SeriesBy(m_gdpSeries->currentData().toInt());
    g.title = tr("Defence spending targets (share of GDP)") + periodTitle();
    m_gdp->setSpec(GdpChartBuilder().build(gdp, g));
}

} // namespace ql
