#include "views/dialogs/ArticlePropertiesDialog.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>

namespace ql {

ArticlePropertiesDialog::ArticlePropertiesDialog(const ArticleSummary& article, QWidget* parent)
    : QDialog(parent)
    , m_title(new QLineEdit(article.title, this))
    , m_source(new QLineEdit(article.sourceUrl, this))
    , m_publisher(new QLineEdit(article.publisher, this))
    , m_hasDate(new QCheckBox(tr("The article has a known date"), this))
    , m_date(new QDateEdit(article.published.isValid() ? article.published : QDate::currentDate(), this))
{
    setWindowTitle(tr("Article Properties"));
    auto* form = new QFormLayout(this);
    m_title->setObjectName(QStringLiteral("articleTitle"));
    m_source->setObjectName(QStringLiteral("articleSource"));
    m_publisher->setObjectName(QStringLiteral("articlePublisher"));
    m_publisher->setPlaceholderText(tr("e.g. Reuters, NATO, Rheinmetall"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_hasDate->setChecked(article.published.isValid());
    m_date->setEnabled(m_hasDate->isChecked());
    connect(m_hasDate, &QCheckBox::toggled, m_date, &QWidget::setEnabled);
    form->addRow(tr("Title:"), m_title);
    form->addRow(tr("Source URL:"), m_source);
    form->addRow(tr("Publisher:"), m_publisher);
    form->addRow(m_hasDate);
    form->addRow(tr("Published:"), m_date);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    resize(640, sizeHint().height());
}

QString ArticlePropertiesDialog::title() const
{
    return m_title->text().simplified();
}

QString ArticlePropertiesDialog::sourceUrl() const
{
    return m_source->text().trimmed();
}

QString ArticlePropertiesDialog::publisher() const
{
    return m_publisher->text().simplified();
}

QDate ArticlePropertiesDialog::published() const
{
    return m_hasDate->isChecked() ? m_date->date() : QDate();
}

} // namespace ql
