#pragma once

#include "models/timeline/TimelineEntry.h"

#include <QAbstractListModel>
#include <QHash>
#include <QSet>
#include <QVector>

#include <functional>

namespace ql {

// Dated statements in date order, one row each; undated statements are kept aside and only counted
// and listed, so nothing is ever placed at an invented date.
class TimelineModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        StatementIdRole = Qt::UserRole + 1,
        DateRole,
        SpeakerRole,
        SourceRole,
        FamilyRole,
        EventRole,
        KindRole, // int value of StatementKind
        FirstWordsRole,
        TagsRole,
        LaneKeyRole, // key for the current lane mode
        LaneIndexRole, // index into lanes()
        DateFromRole, // first day of the statement's window (DateRole is its last)
        EvidenceRole, // why the statement is dated so
    };
    Q_ENUM(Role)

    enum class LaneMode { BySpeaker, ByFamily, ByEvent };
    Q_ENUM(LaneMode)

    explicit TimelineModel(QObject* parent = nullptr);

    void setEntries(const QVector<TimelineEntry>& entries);
    // Applies a change of the store: the entries of `droppedArticles` and the `droppedStatements` go,
    // `added` come in at their dates (after the same day's entries with lower ids, as setEntries()
    // places rows read in the store's order). A few runs of rows are inserted and removed as such;
    // a change scattered over more than MaxRowRuns places resets the model instead.
    void applyChange(const QVector<TimelineEntry>& added, const QSet<qint64>& droppedArticles,
        const QSet<qint64>& droppedStatements);
    // Sets every entry's family (familyOf: statement id -> family id, 0 for none) and lane name;
    // signals the rows whose family or name changed.
    void setFamilies(const std::function<qint64(qint64)>& familyOf, const QHash<qint64, QString>& laneNames);
    static constexpr int MaxRowRuns = 32;
    const QVector<TimelineEntry>& entries() const { return m_dated; }
    const QVector<TimelineEntry>& undatedEntries() const { return m_undated; }
    int undatedCount() const { return static_cast<int>(m_undated.size()); }
    const TimelineEntry& entry(int row) const { return m_dated.at(row); }
    // -1 when the statement is not a dated row.
    int rowForStatement(qint64 statementId) const;

    LaneMode laneMode() const { return m_laneMode; }
    void setLaneMode(LaneMode mode);
    // Lane keys for the current mode, sorted, the "unknown" lane last.
    const QStringList& lanes() const { return m_lanes; }
    QString laneKey(const TimelineEntry& entry) const;
    static QString unknownLaneLabel();

    QDate firstDate() const;
    QDate lastDate() const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void laneModeChanged(ql::TimelineModel::LaneMode mode);
    void undatedCountChanged(int count);

private:
    void rebuildLanes();
    void rebuildRowIndex();
    // After rows changed without a reset: lanes again, and what that changes for every row.
    void lanesAfterRowChange();

    QVector<TimelineEntry> m_dated;
    QVector<TimelineEntry> m_undated;
    QHash<qint64, int> m_rowById;
    QStringList m_lanes;
    QHash<QString, int> m_laneIndex;
    LaneMode m_laneMode = LaneMode::BySpeaker;
};

} // namespace ql
