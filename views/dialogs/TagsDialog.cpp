#include "views/dialogs/TagsDialog.h"

#include <QColorDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QPixmap>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ql {

namespace {
enum Column { NameColumn, CountColumn, ColumnCount };
constexpr int kIdRole = Qt::UserRole + 1;

QIcon swatch(const QString& colour)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(colour.isEmpty() ? QColor(Qt::transparent) : QColor(colour));
    return QIcon(pixmap);
}
} // namespace

TagsDialog::TagsDialog(QWidget* parent)
    : QDialog(parent)
    , m_table(new QTableWidget(this))
    , m_rename(new QPushButton(tr("&Rename…"), this))
    , m_colour(new QPushButton(tr("&Colour…"), this))
    , m_merge(new QPushButton(tr("&Merge Into…"), this))
{
    setWindowTitle(tr("Tags"));
    setObjectName(QStringLiteral("tagsDialog"));
    m_table->setObjectName(QStringLiteral("tagTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({ tr("Tag"), tr("Statements") });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(CountColumn, QHeaderView::ResizeToContents);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &TagsDialog::updateButtons);
    connect(m_table, &QTableWidget::itemDoubleClicked, this, &TagsDialog::rename);

    auto* create = new QPushButton(tr("&New…"), this);
    create->setObjectName(QStringLiteral("newTag"));
    m_rename->setObjectName(QStringLiteral("renameTag"));
    m_colour->setObjectName(QStringLiteral("colourTag"));
    m_merge->setObjectName(QStringLiteral("mergeTag"));
    connect(create, &QPushButton::clicked, this, &TagsDialog::create);
    connect(m_rename, &QPushButton::clicked, this, &TagsDialog::rename);
    connect(m_colour, &QPushButton::clicked, this, &TagsDialog::recolour);
    connect(m_merge, &QPushButton::clicked, this, &TagsDialog::merge);
    auto* actions = new QHBoxLayout;
    for (QPushButton* b : { create, m_rename, m_colour, m_merge })
        actions->addWidget(b);
    actions->addStretch();
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    actions->addWidget(close);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addLayout(actions);
    resize(560, 440);
    updateButtons();
}

void TagsDialog::setTags(const QList<TagRecord>& tags)
{
    const qint64 selected = currentTagId();
    m_tags = tags;
    m_table->setRowCount(int(tags.size()));
    for (int row = 0; row < tags.size(); ++row) {
        const TagRecord& t = tags.at(row);
        auto* name = new QTableWidgetItem(swatch(t.colour), t.name);
        name->setData(kIdRole, t.id);
        auto* count = new QTableWidgetItem(QString::number(t.statementCount));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, NameColumn, name);
        m_table->setItem(row, CountColumn, count);
    }
    selectTag(selected);
    updateButtons();
}

qint64 TagsDialog::currentTagId() const
{
    const TagRecord* t = current();
    return t ? t->id : 0;
}

const TagRecord* TagsDialog::current() const
{
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    for (const QTableWidgetItem* item : selected)
        if (item->column() == NameColumn) {
            const qint64 id = item->data(kIdRole).toLongLong();
            for (const TagRecord& t : m_tags)
                if (t.id == id)
                    return &t;
        }
    return nullptr;
}

void TagsDialog::selectTag(qint64 tagId)
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, NameColumn)->data(kIdRole).toLongLong() == tagId) {
            m_table->selectRow(row);
            return;
        }
    m_table->clearSelection();
}

void TagsDialog::updateButtons()
{
    const bool chosen = current() != nullptr;
    m_rename->setEnabled(chosen);
    m_colour->setEnabled(chosen);
    m_merge->setEnabled(chosen && m_tags.size() > 1);
}

void TagsDialog::create()
{
    bool ok = false;
    const QString name
        = QInputDialog::getText(this, tr("New Tag"), tr("Tag:"), QLineEdit::Normal, QString(), &ok);
    if (ok && !name.simplified().isEmpty())
        emit createRequested(name.simplified(), QString());
}

void TagsDialog::rename()
{
    const TagRecord* t = current();
    if (!t)
        return;
    bool ok = false;
    const QString name
        = QInputDialog::getText(this, tr("Rename Tag"), tr("New name:"), QLineEdit::Normal, t->name, &ok);
    if (ok && !name.simplified().isEmpty() && name.simplified() != t->name)
        emit editRequested(t->id, name.simplified(), t->colour);
}

void TagsDialog::recolour()
{
    const TagRecord* t = current();
    if (!t)
        return;
    const QColor colour = QColorDialog::getColor(
        t->colour.isEmpty() ? QColor(0x33, 0x66, 0xaa) : QColor(t->colour), this, tr("Tag Colour"));
    if (colour.isValid())
        emit editRequested(t->id, t->name, colour.name());
}

void TagsDialog::merge()
{
    const TagRecord* t = current();
    if (!t)
        return;
    QStringList names;
    QList<qint64> ids;
    for (const TagRecord& other : std::as_const(m_tags))
        if (other.id != t->id) {
            names << other.name;
            ids << other.id;
        }
    bool ok = false;
    const QString into = QInputDialog::getItem(this, tr("Merge Tags"),
        tr("Merge “%1” into (its statements get that tag instead):").arg(t->name), names, 0, false, &ok);
    if (ok && names.contains(into))
        emit mergeRequested(t->id, ids.at(names.indexOf(into)));
}

} // namespace ql
