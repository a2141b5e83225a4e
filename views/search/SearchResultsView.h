#pragma once

#include <QWidget>

class QLabel;
class QListView;
class QModelIndex;

namespace ql {

class SearchResultModel;

// The search results: a line saying what was searched and how much was found, then the hits as
// cards (SearchResultDelegate). Choosing a hit (click, Enter, arrow keys) emits hitChosen with
// where it is, so the window can open the article at the matched sentence.
class SearchResultsView : public QWidget
{
    Q_OBJECT
public:
    explicit SearchResultsView(SearchResultModel* model, QWidget* parent = nullptr);

    QListView* list() const { return m_list; }
    SearchResultModel* model() const { return m_model; }

signals:
    // statementId 0: an article hit; textStart/textEnd: the match in the article's text (-1: none).
    void hitChosen(qint64 articleId, qint64 statementId, int textStart, int textEnd);

private:
    void choose(const QModelIndex& index);

    SearchResultModel* m_model;
    QLabel* m_title;
    QListView* m_list;
};

} // namespace ql
