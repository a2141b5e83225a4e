#pragma once

#include <QDate>
#include <QSet>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace ql {

class TimelineFilterProxy;
class TimelineModel;
class TimelineView;

// The timeline with its controls: lanes by speaker/family/event, filters by speaker, source,
// tag, kind and text (full-text search answered by the owner), and the picked period.
class TimelinePanel : public QWidget
{
    Q_OBJECT
public:
    explicit TimelinePanel(TimelineModel* model, QWidget* parent = nullptr);

    TimelineView* view() const { return m_view; }
    TimelineFilterProxy* filter() const { return m_filter; }
    // Refills the speaker/source/tag choices from the model's entries.
    void refreshChoices();
    // Picks a tag in the tag filter (the window's tag filter drives it); empty: all tags.
    void setTagFilter(const QString& tag);
    // The owner's answer to searchRequested(): matching statement ids, or nullopt for no search.
    void setSearchResults(const std::optional<QSet<qint64>>& ids);

signals:
    void searchRequested(const QString& text); // empty: search cleared
    void periodChanged(const QDate& from, const QDate& to); // null dates: no period

private:
    void applyFilters();
    static void refill(QComboBox* box, const QStringList& values, const QString& allLabel);

    TimelineModel* m_model;
    TimelineFilterProxy* m_filter;
    TimelineView* m_view;
    QComboBox* m_lanes;
    QComboBox* m_speaker;
    QComboBox* m_source;
    QComboBox* m_tag;
    QComboBox* m_kind;
    QLineEdit* m_search;
    QLabel* m_period;
};

} // namespace ql
