#include "views/dialogs/AddStatementDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

namespace ql {

AddStatementDialog::AddStatementDialog(const QString& excerpt, const QStringList& speakers,
    const QStringList& tags, const QDate& articleDate, QWidget* parent)
    : QDialog(parent)
    , m_speaker(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_dated(new QCheckBox(tr("Known"), this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_codebook(new QListWidget(this))
    , m_newTags(new QLineEdit(this))
{
    setWindowTitle(tr("Add Statement"));
    setObjectName(QStringLiteral("addStatementDialog"));
    auto* form = new QFormLayout(this);

    auto* text = new QLabel(this);
    text->setObjectName(QStringLiteral("excerpt"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    // A long selection is shown by its ends; the whole span is stored.
    text->setText(
        excerpt.size() > 400 ? excerpt.left(200) + QStringLiteral(" … ") + excerpt.right(150) : excerpt);
    text->setFrameShape(QFrame::StyledPanel);
    text->setMargin(6);
    form->addRow(tr("Text:"), text);

    m_speaker->setObjectName(QStringLiteral("speaker"));
    m_speaker->setPlaceholderText(tr("Known speaker or a new name; empty: unknown"));
    auto* completer = new QCompleter(speakers, m_speaker);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_speaker->setCompleter(completer);
    form->addRow(tr("&Speaker:"), m_speaker);

    m_kind->setObjectName(QStringLiteral("kind"));
    m_kind->addItem(tr("Direct quote"), int(StatementKind::Quote));
    m_kind->addItem(tr("Transcript sentence"), int(StatementKind::Transcript));
    m_kind->addItem(tr("Reported speech"), int(StatementKind::Paraphrase));
    form->addRow(tr("&Kind:"), m_kind);

    const QDate day = articleDate.isValid() ? articleDate : QDate::currentDate();
    for (QDateEdit* edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setDate(day);
    }
    m_from->setObjectName(QStringLiteral("saidFrom"));
    m_to->setObjectName(QStringLiteral("saidTo"));
    m_dated->setObjectName(QStringLiteral("dated"));
    m_dated->setToolTip(
        tr("Leave unticked when nothing tells when it was said: Quoteline never invents a date."));
    auto* dates = new QHBoxLayout;
    dates->addWidget(m_dated);
    dates->addWidget(new QLabel(tr("from"), this));
    dates->addWidget(m_from);
    dates->addWidget(new QLabel(tr("to"), this));
    dates->addWidget(m_to);
    dates->addStretch();
    form->addRow(tr("Said:"), dates);
    auto enableDates = [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
    };
    connect(m_dated, &QCheckBox::toggled, this, enableDates);
    m_dated->setChecked(articleDate.isValid());
    enableDates(m_dated->isChecked());
    // A window never ends before it starts.
    connect(m_from, &QDateEdit::dateChanged, this, [this](const QDate& d) {
        if (m_to->date() < d)
            m_to->setDate(d);
    });
    connect(m_to, &QDateEdit::dateChanged, this, [this](const QDate& d) {
        if (m_from->date() > d)
            m_from->setDate(d);
    });

    m_codebook->setObjectName(QStringLiteral("codebook"));
    for (const QString& tag : tags) {
        auto* item = new QListWidgetItem(tag, m_codebook);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_codebook->setMaximumHeight(m_codebook->sizeHintForRow(0) * 5 + 8);
    if (tags.isEmpty())
        m_codebook->hide(); // nothing to tick: only the line for new tags
    else
        form->addRow(tr("&Tags:"), m_codebook);
    m_newTags->setObjectName(QStringLiteral("newTags"));
    m_newTags->setPlaceholderText(tr("New tags, separated by commas"));
    form->addRow(tags.isEmpty() ? tr("&Tags:") : QString(), m_newTags);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add Statement"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    resize(560, sizeHint().height());
}

QString AddStatementDialog::speaker() const
{
    return m_speaker->text().simplified();
}

StatementKind AddStatementDialog::kind() const
{
    return StatementKind(m_kind->currentData().toInt());
}

SaidWindow AddStatementDialog::window() const
{
    if (!m_dated->isChecked())
        return {};
    return { m_from->date(), m_to->date(), tr("set by the analyst") };
}

QStringList AddStatementDialog::tags() const
{
    QStringList out;
    for (int i = 0; i < m_codebook->count(); ++i)
        if (m_codebook->item(i)->checkState() == Qt::Checked)
            out << m_codebook->item(i)->text();
    const QStringList typed = m_newTags->text().split(QLatin1Char(','));
    for (const QString& t : typed)
        if (const QString name = t.simplified(); !name.isEmpty() && !out.contains(name))
            out << name;
    return out;
}

void AddStatementDialog::setSpeaker(const QString& name)
{
    m_speaker->setText(name);
}

void AddStatementDialog::setKind(StatementKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

void AddStatementDialog::setWindow(const QDate& from, const QDate& to)
{
    m_dated->setChecked(from.isValid());
    if (from.isValid()) {
        m_from->setDate(from);
        m_to->setDate(to.isValid() ? to : from);
    }
}

void AddStatementDialog::setTags(const QStringList& tags)
{
    QStringList rest = tags;
    for (int i = 0; i < m_codebook->count(); ++i) {
        QListWidgetItem* item = m_codebook->item(i);
        const bool on = tags.contains(item->text());
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
        rest.removeAll(item->text());
    }
    m_newTags->setText(rest.join(QStringLiteral(", ")));
}

} // namespace ql
