#include "views/dialogs/ExportStatementsDialog.h"

#include "core/export/StatementExporter.h"
#include "core/store/Store.h"
#include "views/dialogs/MessageBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QVBoxLayout>

namespace ql {

namespace {

const char kFolderKey[] = "export/statementsFolder";

QDateEdit* dateEdit(const QDate& date, QWidget* parent)
{
    auto* edit = new QDateEdit(date, parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setEnabled(false);
    return edit;
}

} // namespace

QString ExportStatementsDialog::lastFolder()
{
    return QSettings().value(QLatin1String(kFolderKey), QDir::homePath()).toString();
}

ExportStatementsDialog::ExportStatementsDialog(
    const Store* store, const QList<qint64>& selectedIds, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_selectedIds(selectedIds)
    , m_format(new QComboBox(this))
    , m_all(new QRadioButton(tr("All statements, filtered:"), this))
    , m_selected(
          new QRadioButton(tr("Only the %n selected statement(s)", nullptr, int(selectedIds.size())), this))
    , m_tag(new QComboBox(this))
    , m_speaker(new QComboBox(this))
    , m_hasFrom(new QCheckBox(tr("From:"), this))
    , m_from(dateEdit(QDate(QDate::currentDate().year(), 1, 1), this))
    , m_hasTo(new QCheckBox(tr("To:"), this))
    , m_to(dateEdit(QDate::currentDate(), this))
    , m_bom(new QCheckBox(tr("Start with a byte order mark (for Excel)"), this))
    , m_path(new QLineEdit(this))
    , m_count(new QLabel(this))
{
    setWindowTitle(tr("Export Statements"));
    auto* layout = new QVBoxLayout(this);

    auto* which = new QGroupBox(tr("Statements"), this);
    auto* whichLayout = new QVBoxLayout(which);
    whichLayout->addWidget(m_all);
    auto* filters = new QFormLayout;
    filters->setContentsMargins(24, 0, 0, 0);
    m_tag->addItem(tr("any tag"), QString());
    for (const QString& tag : store->allTags())
        m_tag->addItem(tag, tag);
    m_speaker->addItem(tr("any speaker"), QString());
    for (const QString& speaker : store->speakers())
        m_speaker->addItem(speaker, speaker);
    m_tag->setObjectName(QStringLiteral("exportTag"));
    m_speaker->setObjectName(QStringLiteral("exportSpeaker"));
    filters->addRow(tr("Tag:"), m_tag);
    filters->addRow(tr("Speaker:"), m_speaker);
    auto* period = new QHBoxLayout;
    period->addWidget(m_hasFrom);
    period->addWidget(m_from);
    period->addSpacing(12);
    period->addWidget(m_hasTo);
    period->addWidget(m_to);
    period->addStretch(1);
    filters->addRow(tr("Said:"), period);
    whichLayout->addLayout(filters);
    whichLayout->addWidget(m_selected);
    layout->addWidget(which);

    auto* output = new QGroupBox(tr("File"), this);
    auto* outputForm = new QFormLayout(output);
    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_format->addItem(tr("CSV — spreadsheets, Python, R"), int(ExportFormat::Csv));
    m_format->addItem(tr("JSON — scripts"), int(ExportFormat::Json));
    m_format->addItem(tr("RIS — Zotero, EndNote, Mendeley"), int(ExportFormat::Ris));
    outputForm->addRow(tr("Format:"), m_format);
    outputForm->addRow(QString(), m_bom);
    auto* pathRow = new QHBoxLayout;
    m_path->setObjectName(QStringLiteral("exportPath"));
    pathRow->addWidget(m_path, 1);
    auto* browseButton = new QPushButton(tr("Browse…"), this);
    pathRow->addWidget(browseButton);
    outputForm->addRow(tr("Save as:"), pathRow);
    layout->addWidget(output);

    m_count->setObjectName(QStringLiteral("exportCount"));
    layout->addWidget(m_count);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* exportButton = buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    exportButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    m_all->setChecked(true);
    m_selected->setEnabled(!selectedIds.isEmpty());
    setPath(QDir(lastFolder()).filePath(QStringLiteral("statements.csv")));

    connect(m_hasFrom, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_hasTo, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    connect(browseButton, &QPushButton::clicked, this, &ExportStatementsDialog::browse);
    connect(m_format, qOverload<int>(&QComboBox::currentIndexChanged), this,
        &ExportStatementsDialog::formatChanged);
    for (QCheckBox* box : { m_hasFrom, m_hasTo })
        connect(box, &QCheckBox::toggled, this, &ExportStatementsDialog::updateCount);
    for (QDateEdit* edit : { m_from, m_to })
        connect(edit, &QDateEdit::dateChanged, this, &ExportStatementsDialog::updateCount);
    for (QComboBox* box : { m_tag, m_speaker })
        connect(
            box, qOverload<int>(&QComboBox::currentIndexChanged), this, &ExportStatementsDialog::updateCount);
    connect(m_all, &QRadioButton::toggled, this, [this](bool all) {
        for (QWidget* w : std::initializer_list<QWidget*> { m_tag, m_speaker, m_hasFrom, m_hasTo })
            w->setEnabled(all);
        m_from->setEnabled(all && m_hasFrom->isChecked());
        m_to->setEnabled(all && m_hasTo->isChecked());
        updateCount();
    });
    formatChanged();
    resize(640, sizeHint().height());
}

ExportFormat ExportStatementsDialog::format() const
{
    return ExportFormat(m_format->currentData().toInt());
}

ExportFilter ExportStatementsDialog::filter() const
{
    ExportFilter f;
    f.tag = m_tag->currentData().toString();
    f.speaker = m_speaker->currentData().toString();
    if (m_hasFrom->isChecked())
        f.from = m_from->date();
    if (m_hasTo->isChecked())
        f.to = m_to->date();
    return f;
}

bool ExportStatementsDialog::selectedOnly() const
{
    return m_selected->isChecked();
}

QString ExportStatementsDialog::path() const
{
    return m_path->text().trimmed();
}

void ExportStatementsDialog::setPath(const QString& path)
{
    m_path->setText(path);
}

int ExportStatementsDialog::pendingCount() const
{
    return m_pending;
}

void ExportStatementsDialog::formatChanged()
{
    const ExportFormat f = format();
    m_bom->setEnabled(f == ExportFormat::Csv);
    // The file name follows the format unless the analyst typed another suffix.
    const QFileInfo info(path());
    const QString suffix = info.suffix().toLower();
    if (suffix.isEmpty() || suffix == QLatin1String("csv") || suffix == QLatin1String("json")
        || suffix == QLatin1String("ris"))
        setPath(
            QDir(info.path()).filePath(info.completeBaseName() + QLatin1Char('.') + exportFormatSuffix(f)));
    updateCount();
}

void ExportStatementsDialog::updateCount()
{
    if (selectedOnly())
        m_pending = int(m_selectedIds.size());
    else
        m_pending = int(StatementExporter::collect(*m_store, filter()).size());
    if (m_hasFrom->isChecked() && m_hasTo->isChecked() && m_from->date() > m_to->date())
        m_count->setText(tr("The period ends before it starts."));
    else
        m_count->setText(tr("%n statement(s) will be exported.", nullptr, m_pending));
}

void ExportStatementsDialog::browse()
{
    static const char* const filters[] = { "CSV files (*.csv)", "JSON files (*.json)", "RIS files (*.ris)" };
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("Export Statements"), path(), tr(filters[m_format->currentIndex()]));
    if (!chosen.isEmpty())
        setPath(chosen);
}

void ExportStatementsDialog::accept()
{
    const QString file = path();
    if (file.isEmpty()) {
        MessageBox::warning(this, tr("Export Statements"), tr("Choose a file to export to."));
        return;
    }
    if (m_hasFrom->isChecked() && m_hasTo->isChecked() && m_from->date() > m_to->date() && !selectedOnly()) {
        MessageBox::warning(this, tr("Export Statements"), tr("The period ends before it starts."));
        return;
    }
    if (QFileInfo::exists(file)
        && MessageBox::question(this, tr("Export Statements"), tr("%1 exists. Replace it?").arg(file))
            != QMessageBox::Yes)
        return;
    const QList<ExportRecord> records = selectedOnly() ? StatementExporter::collect(*m_store, m_selectedIds)
                                                       : StatementExporter::collect(*m_store, filter());
    if (const QString error
        = StatementExporter::writeFile(file, records, format(), m_bom->isChecked() && m_bom->isEnabled());
        !error.isEmpty()) {
        MessageBox::warning(this, tr("Export Statements"), error);
        return;
    }
    m_pending = int(records.size());
    QSettings().setValue(QLatin1String(kFolderKey), QFileInfo(file).absolutePath());
    QDialog::accept();
}

} // namespace ql
