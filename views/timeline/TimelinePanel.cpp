#include "views/timeline/TimelinePanel.h"

#include "models/timeline/TimelineFilterProxy.h"
#include "models/timeline/TimelineModel.h"
#include "views/timeline/TimelineView.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

#include <set>

namespace ql {

TimelinePanel::TimelinePanel(TimelineModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_filter(new TimelineFilterProxy(this))
    , m_view(new TimelineView(this))
    , m_lanes(new QComboBox(this))
    , m_speaker(new QComboBox(this))
    , m_source(new QComboBox(this))
    , m_tag(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_period(new QLabel(this))
{
    m_filter->setSourceModel(model);
    m_view->setModel(m_filter);

    m_lanes->addItem(tr("Lanes: speaker"), int(TimelineModel::LaneMode::BySpeaker));
    m_lanes->addItem(tr("Lanes: family"), int(TimelineModel::LaneMode::ByFamily));
    m_lanes->addItem(tr("Lanes: event"), int(TimelineModel::LaneMode::ByEvent));
    m_kind->addItem(tr("All kinds"), -1);
    m_kind->addItem(tr("Quotes"), int(StatementKind::Quote));
    m_kind->addItem(tr("Transcripts"), int(StatementKind::Transcript));
    m_kind->addItem(tr("Reported speech"), int(StatementKind::Paraphrase));
    m_search->setPlaceholderText(tr("Search words…"));
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("timelineSearch"));
    auto* fit = new QToolButton(this);
    fit->setText(tr("Fit"));
    fit->setObjectName(QStringLiteral("timelineFit"));
    fit->setToolTip(tr("Show every dated statement"));
    auto* clearPeriod = new QToolButton(this);
    clearPeriod->setText(tr("Clear period"));
    clearPeriod->setToolTip(tr("Shift+drag on the timeline picks a period; this clears it"));

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 2);
    for (QWidget* w : std::initializer_list<QWidget*> { m_lanes, m_speaker, m_source, m_tag, m_kind })
        bar->addWidget(w);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_period);
    bar->addWidget(clearPeriod);
    bar->addWidget(fit);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_lanes, qOverload<int>(&QComboBox::currentIndexChanged), this,
        [this] { m_model->setLaneMode(TimelineModel::LaneMode(m_lanes->currentData().toInt())); });
    for (QComboBox* box : { m_speaker, m_source, m_tag, m_kind })
        connect(box, qOverload<int>(&QComboBox::currentIndexChanged), this, &TimelinePanel::applyFilters);
    connect(m_search, &QLineEdit::returnPressed, this,
        [this] { emit searchRequested(m_search->text().trimmed()); });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.isEmpty())
            emit searchRequested(QString());
    });
    connect(fit, &QToolButton::clicked, m_view, &TimelineView::fitAll);
    connect(m_view, &TimelineView::periodSelected, this, [this](const QDate& from, const QDate& to) {
        m_period->setText(tr("%1 – %2").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
        emit periodChanged(from, to);
    });
    connect(m_view, &TimelineView::periodCleared, this, [this] {
        m_period->clear();
        emit periodChanged({}, {});
    });
    connect(clearPeriod, &QToolButton::clicked, m_view, &TimelineView::clearPeriod);
    connect(m_filter, &TimelineFilterProxy::filtersChanged, this,
        [this] { m_view->setUndatedCount(m_model->undatedCount()); });
    refreshChoices();
}

void TimelinePanel::refill(QComboBox* box, const QStringList& values, const QString& allLabel)
{
    const QString current = box->currentIndex() > 0 ? box->currentText() : QString();
    const QSignalBlocker block(box);
    box->clear();
    box->addItem(allLabel);
    box->addItems(values);
    const int index = current.isEmpty() ? 0 : box->findText(current);
    box->setCurrentIndex(index < 0 ? 0 : index);
}

void TimelinePanel::refreshChoices()
{
    std::set<QString> speakers, sources, tags;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const TimelineEntry& e = m_model->entry(row);
        if (!e.speaker.isEmpty())
            speakers.insert(e.speaker);
        if (!e.source.isEmpty())
            sources.insert(e.source);
        for (const QString& t : e.tags)
            tags.insert(t);
    }
    auto list = [](const std::set<QString>& s) { return QStringList(s.begin(), s.end()); };
    refill(m_speaker, list(speakers), tr("All speakers"));
    refill(m_source, list(sources), tr("All sources"));
    refill(m_tag, list(tags), tr("All tags"));
    applyFilters();
}

void TimelinePanel::setTagFilter(const QString& tag)
{
    m_tag->setCurrentIndex(tag.isEmpty() ? 0 : std::max(0, m_tag->findText(tag)));
}

void TimelinePanel::applyFilters()
{
    auto chosen = [](const QComboBox* box) {
        return box->currentIndex() > 0 ? QStringList { box->currentText() } : QStringList();
    };
    m_filter->setSpeakers(chosen(m_speaker));
    m_filter->setSources(chosen(m_source));
    m_filter->setTags(chosen(m_tag));
    const int kind = m_kind->currentData().toInt();
    m_filter->setKinds(kind < 0 ? QList<StatementKind>() : QList<StatementKind> { StatementKind(kind) });
}

void TimelinePanel::setSearchResults(const std::optional<QSet<qint64>>& ids)
{
    m_filter->setStatementIds(ids);
}

} // namespace ql
