#pragma once

#include "models/timeline/TimeScale.h"
#include "views/timeline/TimelineData.h"
#include "views/timeline/TimelineLayout.h"
#include "views/timeline/TimelineRenderer.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QPointer>
#include <QString>
#include <QVector>
#include <QWidget>

class QItemSelection;
class QItemSelectionModel;
class QScrollBar;

namespace ql {

class TimelineModel;

// Statements on a time axis, one lane per speaker, variant family or event (whatever LaneKeyRole says).
// Works on any model with TimelineModel's roles, typically a TimelineFilterProxy over a TimelineModel.
// A thin view: TimelineData copies the model's rows when it changes, TimelineLayout places them when
// data, size or zoom change, TimelineRenderer paints (the same for export), and this widget keeps the
// zoom, the scroll bars, the selection and the input; painting never queries the model. Zoomed out, lanes
// become density strips; zoomed in to weeks, marks carry their first words.
//
// Mouse: wheel zooms around the cursor, drag pans, Shift+drag selects a period, click selects a statement.
// Keys: Left/Right previous/next mark in the lane, Up/Down neighbouring lane, +/- zoom, Home/End first/last
// statement, Enter activates, Escape clears the period.
class TimelineView : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineView(QWidget* parent = nullptr);
    ~TimelineView() override;

    void setModel(QAbstractItemModel* model);
    QAbstractItemModel* model() const { return m_model; }
    // Shared with the statement table so a click selects "everywhere". Created by setModel().
    QItemSelectionModel* selectionModel() const { return m_selection; }
    void setSelectionModel(QItemSelectionModel* selection);

    // The statements without a date: taken from the TimelineModel behind the model when there is one.
    int undatedCount() const;
    void setUndatedCount(int count);
    // While the store's statements are read in the background the empty timeline says so.
    void setLoading(bool loading);
    bool isLoading() const { return m_loading; }

    const TimeScale& timeScale() const { return m_scale; }
    QDate visibleFrom() const { return m_scale.visibleFrom(); }
    QDate visibleTo() const { return m_scale.visibleTo(); }
    void setVisibleRange(const QDate& from, const QDate& to);
    void zoomBy(double factor); // around the current mark, else the centre
    void zoomAt(double factor, double x);
    void panBy(double dx);
    void fitAll();
    void fitToSelection(); // all statements when nothing is selected

    qint64 currentStatementId() const;
    // Selects the statement, makes it current and scrolls it into view; false when it is not shown.
    bool selectStatement(qint64 statementId);
    QDate periodFrom() const { return m_periodFrom; }
    QDate periodTo() const { return m_periodTo; }
    void clearPeriod();

    bool isDensityMode() const;
    QStringList lanes() const;
    // Where the statement's mark is drawn, in widget coordinates; a null point when it is not drawn as a
    // mark.
    QPoint markPosition(qint64 statementId) const;
    // The statement under a widget position, 0 when none.
    qint64 statementAt(const QPoint& pos) const;

    // Paints the whole timeline (all lanes, current zoom, no scroll bars) into `size`, with light colours,
    // a title and a legend: for PNG/SVG/PDF export and the CLI, no display needed.
    using QWidget::render;
    void render(QPainter* painter, const QSize& size, const QString& title = QString()) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void statementActivated(qint64 statementId);
    void currentStatementChanged(qint64 statementId);
    void periodSelected(const QDate& from, const QDate& to);
    void periodCleared();
    void visibleRangeChanged(const QDate& from, const QDate& to);
    void undatedActivated(); // the "N undated" note was clicked: the caller lists them

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void connectModel();
    void scheduleDataRebuild();
    void ensureData() const;
    void rebuildData();
    void invalidateLayout();
    void ensureLayout() const;
    QSize plotAreaSize() const;
    void syncScrollBars();
    void afterScaleChange();
    int itemAt(const QPoint& pos) const; // -1 when none
    void setCurrentItem(int item, bool select);
    void ensureItemVisible(int item);
    void onSelectionChanged();
    TimelineModel* timelineSource() const;
    int laneNeighbour(int item, int direction) const;

    QPointer<QAbstractItemModel> m_model;
    QItemSelectionModel* m_selection = nullptr;
    bool m_ownsSelection = false;
    QScrollBar* m_hbar = nullptr;
    QScrollBar* m_vbar = nullptr;

    TimelineData m_data; // a copy of the model's rows, rebuilt when it changes
    QVector<bool> m_selected;
    int m_current = -1;
    int m_undatedOverride = -1;
    bool m_loading = false;
    bool m_dataDirty = false;
    bool m_rebuildQueued = false;
    bool m_userZoomed = false;

    TimeScale m_scale;
    mutable TimelineLayout m_layout;
    mutable bool m_layoutDirty = true;
    TimelineRenderer m_renderer;

    QDate m_periodFrom;
    QDate m_periodTo;
    enum class Drag { None, Pending, Pan, Band };
    Drag m_drag = Drag::None;
    QPoint m_pressPos;
    QPoint m_lastPos;
    double m_bandStartX = 0.0;
    double m_bandEndX = 0.0;
    bool m_syncingBars = false;
};

} // namespace ql
