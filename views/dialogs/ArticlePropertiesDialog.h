#pragma once

#include "core/store/ArticleSummary.h"

#include <QDate>
#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLineEdit;

namespace ql {

// Edit ▸ Article Properties: title, source URL, publisher and date of one article. The window turns
// what was typed into an EditArticleCommand, so Edit ▸ Undo covers every field.
class ArticlePropertiesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ArticlePropertiesDialog(const ArticleSummary& article, QWidget* parent = nullptr);

    QString title() const;
    QString sourceUrl() const;
    QString publisher() const;
    QDate published() const; // null: the article has no known date

    QLineEdit* titleEdit() const { return m_title; }
    QLineEdit* sourceEdit() const { return m_source; }
    QLineEdit* publisherEdit() const { return m_publisher; }
    QCheckBox* hasDateBox() const { return m_hasDate; }
    QDateEdit* dateEdit() const { return m_date; }

private:
    QLineEdit* m_title;
    QLineEdit* m_source;
    QLineEdit* m_publisher;
    QCheckBox* m_hasDate;
    QDateEdit* m_date;
};

} // namespace ql
