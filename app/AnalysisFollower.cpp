#include "app/AnalysisFollower.h"

#include "app/CurationActions.h"
#include "core/families/FamilyIndex.h"
#include "core/store/ChangeNotifier.h"
#include "core/store/Store.h"
#include "models/library/AnalysisSnapshot.h"
#include "models/library/ChartDataSource.h"
#include "models/library/TimelineDataSource.h"
#include "models/timeline/AnalysisChange.h"
#include "models/timeline/FamilyLaneNames.h"
#include "models/timeline/TimelineModel.h"
#include "views/charts/ChartsPanel.h"
#include "views/timeline/TimelinePanel.h"
#include "views/timeline/TimelineView.h"

#include <QFutureWatcher>
#include <QSet>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace ql {

AnalysisFollower::AnalysisFollower(Store* store, FamilyIndex* families, TimelineModel* timelineModel,
    TimelineView* timeline, TimelinePanel* timelinePanel, ChartsPanel* charts, CurationActions* curation,
    QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_families(families)
    , m_timelineModel(timelineModel)
    , m_timeline(timeline)
    , m_timelinePanel(timelinePanel)
    , m_charts(charts)
    , m_curation(curation)
    , m_timer(new QTimer(this))
    , m_change(std::make_unique<AnalysisChange>())
    , m_laneNames(std::make_unique<FamilyLaneNames>())
{
    // Imports and edits arrive as bursts of notifications; regroup and re-chart once per burst.
    m_timer->setSingleShot(true);
    m_timer->setInterval(0);
    connect(m_timer, &QTimer::timeout, this, &AnalysisFollower::refresh);
    // What changed, for refresh() to apply instead of reading the whole store again.
    ChangeNotifier* n = m_store->notifier();
    connect(n, &ChangeNotifier::articlesAdded, this, [this](const QList<qint64>& ids) {
        m_change->articlesAdded(ids);
        schedule();
    });
    connect(n, &ChangeNotifier::articlesRemoved, this, [this](const QList<qint64>& ids) {
        m_change->articlesRemoved(ids);
        schedule();
    });
    connect(n, &ChangeNotifier::articleChanged, this, [this](qint64 id) {
        m_change->articleChanged(id);
        schedule();
    });
    connect(n, &ChangeNotifier::statementsAdded, this, [this](qint64 articleId, const QList<qint64>& ids) {
        m_change->statementsAdded(articleId, ids);
        schedule();
    });
    connect(n, &ChangeNotifier::statementsRemoved, this, [this](qint64 articleId, const QList<qint64>& ids) {
        m_change->statementsRemoved(articleId, ids);
        schedule();
    });
    for (auto signal : { &ChangeNotifier::statementChanged, &ChangeNotifier::statementTagsChanged })
        connect(n, signal, this, [this](qint64 id) {
            m_change->statementChanged(id);
            schedule();
        });
    for (auto signal : { &ChangeNotifier::speakersChanged, &ChangeNotifier::tagsChanged })
        connect(n, signal, this, [this] {
            m_change->requireFullRead();
            schedule();
        });
    connect(m_curation, &CurationActions::tagFilterChanged, this, [this] {
        m_change->requireFullRead();
        schedule();
    });
}

AnalysisFollower::~AnalysisFollower() = default;

void AnalysisFollower::storeOpened()
{
    m_change->requireFullRead();
    if (!loadInBackground())
        refresh();
}

void AnalysisFollower::schedule()
{
    m_timer->start();
}

void AnalysisFollower::refresh()
{
    // While the worker reads, changes wait in m_change and are applied once its snapshot is in.
    if (!m_store->isOpen() || m_loading)
        return;
    if (const StoreError e = m_families->sync(); e.isError())
        emit failed(tr("Variant families could not be updated"), e);
    if (!m_change->needsFullRead() && !m_change->isEmpty()) {
        applyChange();
        m_change->clear();
        return;
    }
    m_change->clear();
    m_timelineModel->setEntries(TimelineDataSource::entries(*m_store, m_families, m_laneNames.get()));
    m_timeline->setUndatedCount(m_timelineModel->undatedCount());
    m_timelinePanel->refreshChoices();
    m_charts->setData(m_curation->filtered(ChartDataSource::moneyPoints(*m_store)),
        m_curation->filtered(ChartDataSource::gdpPoints(*m_store)));
}

bool AnalysisFollower::loadInBackground()
{
    ++m_generation;
    if (m_loading) { // the load under way is for a store no longer open
        m_loading = false;
        m_timeline->setLoading(false);
        m_charts->setLoading(false);
    }
    if (!m_store->isOpen() || m_store->isTeamStore() || m_store->statementCount() < m_backgroundLoadThreshold)
        return false;
    m_loading = true;
    m_change->clear();
    m_timelineModel->setEntries({});
    m_timeline->setUndatedCount(0);
    m_charts->setData({}, {});
    m_timeline->setLoading(true);
    m_charts->setLoading(true);
    const int generation = m_generation;
    auto* watcher = new QFutureWatcher<AnalysisSnapshot>(this);
    connect(watcher, &QFutureWatcher<AnalysisSnapshot>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // another store was opened meanwhile
        AnalysisSnapshot snapshot = watcher->result();
        applySnapshot(snapshot);
    });
    const QString path = m_store->path();
    const QHash<qint64, qint64> familyOf = m_families->families().exportState().familyOfStatement;
    watcher->setFuture(
        QtConcurrent::run([path, familyOf] { return AnalysisSnapshot::read(path, familyOf); }));
    return true;
}

void AnalysisFollower::applySnapshot(AnalysisSnapshot& snapshot)
{
    m_loading = false;
    m_timeline->setLoading(false);
    m_charts->setLoading(false);
    if (snapshot.error.isError()) {
        // The worker could not open its own connection: read here, as a small store is.
        m_change->requireFullRead();
        refresh();
        return;
    }
    m_timelineModel->setEntries(snapshot.entries);
    *m_laneNames = std::move(snapshot.laneNames);
    m_timeline->setUndatedCount(m_timelineModel->undatedCount());
    m_timelinePanel->refreshChoices();
    m_charts->setData(m_curation->filtered(snapshot.money), m_curation->filtered(snapshot.gdp));
    // What changed while the worker read goes on top (applying it twice changes nothing).
    if (!m_change->isEmpty())
        schedule();
}

void AnalysisFollower::applyChange()
{
    const AnalysisChange& change = *m_change;
    // What is read again is dropped first, so a change the snapshot already holds is not doubled.
    const QList<qint64> readStatements = change.statementsToRead();
    const QSet<qint64> droppedStatements
        = change.statementsToDrop() + QSet<qint64>(readStatements.cbegin(), readStatements.cend());
    // A statement edited or added on its own re-reads its article's figures (they follow its dates).
    QSet<qint64> figureArticles = change.articlesOfStatements();
    for (const qint64 id : droppedStatements) {
        if (const int row = m_timelineModel->rowForStatement(id); row >= 0)
            figureArticles.insert(m_timelineModel->entry(row).articleId);
    }
    const QVector<TimelineEntry> added
        = TimelineDataSource::entriesOf(*m_store, change.articlesToRead(), readStatements, m_families);
    const QList<qint64> readArticles = change.articlesToRead();
    const QSet<qint64> wholeArticles(readArticles.cbegin(), readArticles.cend());
    for (const TimelineEntry& e : added)
        if (!wholeArticles.contains(e.articleId))
            figureArticles.insert(e.articleId);
    m_laneNames->forget(readStatements);
    const QSet<qint64> droppedArticles = change.articlesToDrop() + wholeArticles;
    m_timelineModel->applyChange(added, droppedArticles, droppedStatements);
    const FamilyIndex* families = m_families;
    m_timelineModel->setFamilies([families](qint64 id) { return families->familyOf(id); },
        m_laneNames->update(m_timelineModel->entries(), m_timelineModel->undatedEntries(),
            [this](const QList<qint64>& ids) { return TimelineDataSource::texts(*m_store, ids); }));
    m_timeline->setUndatedCount(m_timelineModel->undatedCount());
    m_timelinePanel->refreshChoices();

    const QSet<qint64> droppedFigures = droppedArticles + figureArticles;
    QList<qint64> figureReads = readArticles;
    for (const qint64 id : std::as_const(figureArticles))
        if (!wholeArticles.contains(id))
            figureReads.append(id);
    m_charts->applyChange(m_curation->filtered(ChartDataSource::moneyPoints(*m_store, figureReads)),
        m_curation->filtered(ChartDataSource::gdpPoints(*m_store, figureReads)), droppedFigures);
}

} // namespace ql
