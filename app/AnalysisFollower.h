#pragma once

#include "core/store/StoreError.h"

#include <QObject>
#include <QString>

#include <memory>

class QTimer;

namespace ql {

class AnalysisChange;
struct AnalysisSnapshot;
class ChartsPanel;
class CurationActions;
class FamilyIndex;
class FamilyLaneNames;
class Store;
class TimelineModel;
class TimelinePanel;
class TimelineView;

// Keeps the variant families, the timeline and the charts following the store, once per burst of
// changes: what the change notifier described is applied (the rows of the articles and statements
// it named), and only a change it cannot describe (a store reset, a speaker rename, a tag filter)
// reads the whole store again. A large store's first read runs on a worker with its own read-only
// connection while the views say "Loading…"; changes meanwhile wait and are applied after it.
class AnalysisFollower : public QObject
{
    Q_OBJECT

public:
    AnalysisFollower(Store* store, FamilyIndex* families, TimelineModel* timelineModel,
        TimelineView* timeline, TimelinePanel* timelinePanel, ChartsPanel* charts, CurationActions* curation,
        QObject* parent = nullptr);
    ~AnalysisFollower() override;

    // After a store was opened (or reset): everything is read again, on a worker for a large store.
    void storeOpened();
    // A store with at least this many statements is read on a worker when it opens.
    void setBackgroundLoadThreshold(int statements) { m_backgroundLoadThreshold = statements; }
    bool isLoading() const { return m_loading; }

signals:
    void failed(const QString& what, const StoreError& error);

private:
    void schedule();
    void refresh();
    // The part of refresh() that applies a described change instead of reading everything.
    void applyChange();
    // Starts the worker read of a large store; false when the store is read at once instead.
    bool loadInBackground();
    void applySnapshot(AnalysisSnapshot& snapshot);

    Store* m_store;
    FamilyIndex* m_families;
    TimelineModel* m_timelineModel;
    TimelineView* m_timeline;
    TimelinePanel* m_timelinePanel;
    ChartsPanel* m_charts;
    CurationActions* m_curation;
    QTimer* m_timer;
    std::unique_ptr<AnalysisChange> m_change; // what the next refresh() applies
    std::unique_ptr<FamilyLaneNames> m_laneNames; // the timeline's family lanes, kept between changes
    int m_backgroundLoadThreshold = 20000;
    bool m_loading = false;
    int m_generation = 0; // a load for a store since closed is dropped when it lands
};

} // namespace ql
