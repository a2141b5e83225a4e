#include "views/search/SearchResultsView.h"

#include "models/search/SearchResultModel.h"
#include "views/search/SearchResultDelegate.h"

#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

namespace ql {

SearchResultsView::SearchResultsView(SearchResultModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_title(new QLabel(this))
    , m_list(new QListView(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_title->setObjectName(QStringLiteral("searchTitle"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    layout->addWidget(m_title);
    m_list->setObjectName(QStringLiteral("searchResultList"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new SearchResultDelegate(m_list));
    // Rows differ in height with their snippets, and follow the width when the dock is resized.
    m_list->setUniformItemSizes(false);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(m_list, 1);
    m_title->setText(m_model->title());
    connect(m_model, &SearchResultModel::titleChanged, m_title, &QLabel::setText);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex& current) { choose(current); });
    connect(m_list, &QListView::clicked, this, &SearchResultsView::choose);
    connect(m_list, &QListView::activated, this, &SearchResultsView::choose);
    setMinimumWidth(280);
}

void SearchResultsView::choose(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    emit hitChosen(index.data(SearchResultModel::ArticleIdRole).toLongLong(),
        index.data(SearchResultModel::StatementIdRole).toLongLong(),
        index.data(SearchResultModel::TextStartRole).toInt(),
        index.data(SearchResultModel::TextEndRole).toInt());
}

} // namespace ql
