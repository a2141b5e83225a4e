#pragma once

#include "domain/StatementKind.h"
#include "timeline/TimeScale.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QHash>
#include <QImage>
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
// Data is copied into flat vectors when the model changes and a layout is computed when data, size or
// zoom change, so painting never queries the model. Zoomed out, lanes become density strips; zoomed in to
// weeks, marks carry their first words.
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
    struct Item
    {
        qint64 id = 0;
        int jd = 0; // Julian day (the window's last day)
        int jdFrom = 0; // the window's first day; == jd for one day
        int lane = 0;
        StatementKind kind = StatementKind::Quote;
        QString speaker;
        QString source;
        QString firstWords;
        QString when; // "5–6 Nov 2025"
        QString evidence;
    };
    struct Mark
    {
        QPointF pos;
        int lane = 0;
        int first = 0; // index into m_laneItems[lane]
        int count = 1; // statements drawn at the same spot
    };
    struct Label
    {
        QRectF rect;
        QString text;
    };
    struct Layout
    {
        QSize size;
        QRectF plot; // lanes area, time runs along x
        QRectF header; // lane names
        QRectF axis;
        QRectF undatedRect;
        double titleHeight = 0.0;
        double laneHeight = 24.0;
        int firstLane = 0;
        int visibleLanes = 0;
        bool density = false;
        TimeScale scale;
        TimeScale::TickUnit unit = TimeScale::TickUnit::Year;
        QVector<TimeScale::Tick> ticks;
        QVector<Mark> marks;
        QVector<QVector<int>> binCounts; // per visible lane, statements per kBinWidth pixels
        QVector<int> laneMax;
        QVector<Label> labels;
    };
    struct Colors
    {
        QColor background;
        QColor band;
        QColor text;
        QColor muted;
        QColor grid;
        QColor highlight;
        bool dark = false;
    };

    void connectModel();
    void scheduleDataRebuild();
    void ensureData() const;
    void rebuildData();
    void invalidateLayout();
    void ensureLayout() const;
    Layout computeLayout(const QSize& size, int firstLane, bool forExport, const QString& title) const;
    void paintLayout(
        QPainter& p, const Layout& layout, const Colors& colors, const QString& title, bool forExport) const;
    Colors widgetColors() const;
    const QImage& markSprite(
        StatementKind kind, const QColor& fill, const QColor& outline, double radius, qreal dpr) const;
    static Colors exportColors();
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

    QVector<Item> m_items; // one per model row, row order
    QStringList m_laneNames;
    QVector<QVector<int>> m_laneItems; // item indices per lane, by date
    QVector<QVector<int>> m_laneJd; // the matching Julian days, for binary search
    QVector<int> m_byDate; // all items by date
    QVector<int> m_posByDate; // item -> index in m_byDate
    QVector<int> m_posInLane; // item -> index in its lane vector
    QVector<bool> m_selected;
    int m_current = -1;
    int m_undatedOverride = -1;
    bool m_dataDirty = false;
    bool m_rebuildQueued = false;
    bool m_userZoomed = false;

    TimeScale m_scale;
    mutable Layout m_layout;
    mutable bool m_layoutDirty = true;
    mutable QHash<QString, QImage> m_sprites;

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
