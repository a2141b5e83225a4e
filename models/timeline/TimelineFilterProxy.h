#pragma once

#include "core/domain/StatementKind.h"

#include <QDate>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStringList>

#include <optional>

namespace ql {

// Filters a TimelineModel: speaker, source, tag, kind, date range, plain text contained in the first words,
// and an optional set of statement ids (the lead wires full-text search results into it).
// Every filter is off when empty; filters combine with AND.
class TimelineFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit TimelineFilterProxy(QObject* parent = nullptr);

    void setSpeakers(const QStringList& speakers);
    QStringList speakers() const { return m_speakers; }
    void setSources(const QStringList& sources);
    QStringList sources() const { return m_sources; }
    void setTags(const QStringList& tags); // matches when the statement has any of them
    QStringList tags() const { return m_tags; }
    void setKinds(const QList<StatementKind>& kinds);
    QList<StatementKind> kinds() const;
    // Either end may be null (open). Inclusive.
    void setDateRange(const QDate& from, const QDate& to);
    QDate dateFrom() const { return m_from; }
    QDate dateTo() const { return m_to; }
    void setTextContains(const QString& text); // case-insensitive
    QString textContains() const { return m_text; }
    void setStatementIds(const std::optional<QSet<qint64>>& ids); // nullopt: no restriction
    void clearFilters();

    // Above this many source rows a filter change is announced as a layout change, not row by row.
    static constexpr int kIncrementalLimit = 5000;

signals:
    void filtersChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    void refilter();

    QStringList m_speakers;
    QSet<QString> m_speakerSet;
    QStringList m_sources;
    QSet<QString> m_sourceSet;
    QStringList m_tags;
    int m_kindMask = 0; // bit per StatementKind; 0: all kinds
    QDate m_from;
    QDate m_to;
    QString m_text;
    std::optional<QSet<qint64>> m_ids;
};

} // namespace ql
