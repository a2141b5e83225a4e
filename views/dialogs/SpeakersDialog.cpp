#include "views/dialogs/SpeakersDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ql {

namespace {
enum Column { NameColumn, CountColumn, AliasColumn, HolderColumn, ColumnCount };
constexpr int kIdRole = Qt::UserRole + 1;
} // namespace

SpeakersDialog::SpeakersDialog(QWidget* parent)
    : QDialog(parent)
    , m_table(new QTableWidget(this))
    , m_rename(new QPushButton(tr("&Rename…"), this))
    , m_merge(new QPushButton(tr("&Merge Into…"), this))
    , m_link(new QPushButton(tr("&Link to Office Holder…"), this))
{
    setWindowTitle(tr("Speakers"));
    setObjectName(QStringLiteral("speakersDialog"));
    m_table->setObjectName(QStringLiteral("speakerTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels(
        { tr("Speaker"), tr("Statements"), tr("Also known as"), tr("Office holder") });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(false);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(CountColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(AliasColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(HolderColumn, QHeaderView::ResizeToContents);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &SpeakersDialog::updateButtons);
    connect(m_table, &QTableWidget::itemDoubleClicked, this, &SpeakersDialog::rename);

    auto* hint
        = new QLabel(tr("A merged or renamed name stays as an alias: articles imported later that use it "
                        "resolve to the kept speaker. Edit ▸ Undo takes any change back."),
            this);
    hint->setWordWrap(true);

    m_rename->setObjectName(QStringLiteral("renameSpeaker"));
    m_merge->setObjectName(QStringLiteral("mergeSpeaker"));
    m_link->setObjectName(QStringLiteral("linkSpeaker"));
    connect(m_rename, &QPushButton::clicked, this, &SpeakersDialog::rename);
    connect(m_merge, &QPushButton::clicked, this, &SpeakersDialog::merge);
    connect(m_link, &QPushButton::clicked, this, &SpeakersDialog::link);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_rename);
    actions->addWidget(m_merge);
    actions->addWidget(m_link);
    actions->addStretch();
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    actions->addWidget(close);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(hint);
    layout->addLayout(actions);
    resize(860, 520);
    updateButtons();
}

void SpeakersDialog::setSpeakers(const QList<SpeakerRecord>& speakers)
{
    const qint64 current = currentSpeakerId();
    m_speakers = speakers;
    m_table->setRowCount(int(speakers.size()));
    for (int row = 0; row < speakers.size(); ++row) {
        const SpeakerRecord& s = speakers.at(row);
        auto* name = new QTableWidgetItem(s.name);
        name->setData(kIdRole, s.id);
        auto* count = new QTableWidgetItem(QString::number(s.statementCount));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto* aliases = new QTableWidgetItem(s.aliases.join(QStringLiteral("; ")));
        aliases->setToolTip(s.aliases.join(QLatin1Char('\n')));
        auto* holder = new QTableWidgetItem(s.holder);
        m_table->setItem(row, NameColumn, name);
        m_table->setItem(row, CountColumn, count);
        m_table->setItem(row, AliasColumn, aliases);
        m_table->setItem(row, HolderColumn, holder);
    }
    selectSpeaker(current);
    updateButtons();
}

void SpeakersDialog::setHolders(const QStringList& holders)
{
    m_holders = holders;
    updateButtons();
}

qint64 SpeakersDialog::currentSpeakerId() const
{
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    for (const QTableWidgetItem* item : selected)
        if (item->column() == NameColumn)
            return item->data(kIdRole).toLongLong();
    return 0;
}

void SpeakersDialog::selectSpeaker(qint64 speakerId)
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, NameColumn)->data(kIdRole).toLongLong() == speakerId) {
            m_table->selectRow(row);
            return;
        }
    m_table->clearSelection();
}

void SpeakersDialog::updateButtons()
{
    const bool chosen = currentSpeakerId() != 0;
    m_rename->setEnabled(chosen);
    m_merge->setEnabled(chosen && m_speakers.size() > 1);
    m_link->setEnabled(chosen);
}

void SpeakersDialog::rename()
{
    const qint64 id = currentSpeakerId();
    if (!id)
        return;
    const QString old = m_table->item(m_table->currentRow(), NameColumn)->text();
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("Rename Speaker"), tr("New name for “%1”:").arg(old), QLineEdit::Normal, old, &ok);
    if (ok && !name.simplified().isEmpty() && name.simplified() != old)
        emit renameRequested(id, name.simplified());
}

void SpeakersDialog::merge()
{
    const qint64 id = currentSpeakerId();
    if (!id)
        return;
    QStringList names;
    QList<qint64> ids;
    QString from;
    for (const SpeakerRecord& s : std::as_const(m_speakers)) {
        if (s.id == id) {
            from = s.name;
            continue;
        }
        names << s.name;
        ids << s.id;
    }
    bool ok = false;
    const QString into = QInputDialog::getItem(this, tr("Merge Speakers"),
        tr("Merge “%1” into (its statements move there, its name becomes an alias):").arg(from), names, 0,
        false, &ok);
    if (ok && names.contains(into))
        emit mergeRequested(id, ids.at(names.indexOf(into)));
}

void SpeakersDialog::link()
{
    const qint64 id = currentSpeakerId();
    if (!id)
        return;
    const QString none = tr("(not linked)");
    const QStringList choices = QStringList { none } + m_holders;
    const QString current = m_table->item(m_table->currentRow(), HolderColumn)->text();
    bool ok = false;
    const QString holder = QInputDialog::getItem(this, tr("Link to Office Holder"),
        tr("The office holder this speaker is (role mentions resolve to them by date):"), choices,
        std::max(0, int(choices.indexOf(current))), false, &ok);
    if (ok)
        emit linkRequested(id, holder == none ? QString() : holder);
}

} // namespace ql
