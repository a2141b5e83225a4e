#include "views/import/SourcesPage.h"

#include "core/importing/UrlImport.h"
#include "models/import/ReviewListModel.h"
#include "views/import/DropZone.h"
#include "views/import/PasteBox.h"
#include "views/import/PreparationRunner.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace ql {

SourcesPage::SourcesPage(ReviewListModel* documents, PreparationRunner* runner, QWidget* parent)
    : QWizardPage(parent)
    , m_documents(documents)
    , m_runner(runner)
    , m_dropZone(new DropZone(this))
    , m_paste(new PasteBox(this))
    , m_addPaste(new QPushButton(tr("Add pasted text"), this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel reading"), this))
    , m_status(new QLabel(this))
{
    setTitle(tr("Choose what to import"));
    setSubTitle(tr("Drop files, folders, links or a selection from a web page, pick them, or paste text or a "
                   "web address."));

    auto* addFiles = new QPushButton(tr("Add files…"), this);
    addFiles->setObjectName(QStringLiteral("addFilesButton"));
    auto* addFolder = new QPushButton(tr("Add folder…"), this);
    addFolder->setObjectName(QStringLiteral("addFolderButton"));
    m_paste->setObjectName(QStringLiteral("pasteBox"));
    m_addPaste->setObjectName(QStringLiteral("addPasteButton"));
    m_addPaste->setEnabled(false);
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_cancel->setObjectName(QStringLiteral("cancelReadingButton"));
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);

    auto* pickers = new QHBoxLayout;
    pickers->addWidget(addFiles);
    pickers->addWidget(addFolder);
    pickers->addStretch();

    auto* pasteRow = new QHBoxLayout;
    pasteRow->addStretch();
    pasteRow->addWidget(m_addPaste);

    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_dropZone);
    layout->addLayout(pickers);
    auto* pasteLabel = new QLabel(tr("Paste box:"), this);
    pasteLabel->setObjectName(QStringLiteral("pasteLabel"));
    layout->addWidget(pasteLabel);
    layout->addWidget(m_paste, 1);
    layout->addLayout(pasteRow);
    layout->addLayout(progressRow);
    layout->addWidget(m_status);

    connect(addFiles, &QPushButton::clicked, this, &SourcesPage::chooseFiles);
    connect(addFolder, &QPushButton::clicked, this, &SourcesPage::chooseFolder);
    connect(m_addPaste, &QPushButton::clicked, this, &SourcesPage::addPaste);
    connect(m_paste, &QPlainTextEdit::textChanged, this, [this] {
        const QString text = m_paste->toPlainText();
        m_addPaste->setEnabled(!text.trimmed().isEmpty());
        // A lone address is fetched, not imported as a one-line article: the button says so.
        m_addPaste->setText(UrlImport::isWebAddress(text) ? tr("Fetch page") : tr("Add pasted text"));
    });
    connect(m_paste, &PasteBox::kindChanged, pasteLabel, [pasteLabel](PasteFormat::Kind kind) {
        pasteLabel->setText(kind == PasteFormat::Kind::Html ? tr("Paste box (read as HTML):")
                : kind == PasteFormat::Kind::Markdown       ? tr("Paste box (read as Markdown):")
                                                            : tr("Paste box:"));
    });
    connect(m_dropZone, &DropZone::sourcesDropped, this, &SourcesPage::sourcesChosen);
    connect(m_cancel, &QPushButton::clicked, m_runner, &PreparationRunner::cancel);
    connect(m_runner, &PreparationRunner::progressChanged, this, &SourcesPage::onProgress);
    connect(m_runner, &PreparationRunner::fetchProgress, this, &SourcesPage::onFetchProgress);
    connect(m_runner, &PreparationRunner::runningChanged, this, &SourcesPage::onRunningChanged);
    connect(m_runner, &PreparationRunner::ocrPageStarted, this, &SourcesPage::onOcrPage);
    connect(m_runner, &PreparationRunner::batchCancelled, this, [this] {
        m_note = tr("Reading was cancelled: nothing of that batch was added.");
        updateStatus();
    });
    connect(m_runner, &PreparationRunner::nothingToRead, this, [this] {
        m_note = tr("Nothing to read there: no files were found.");
        updateStatus();
    });
    connect(m_runner, &PreparationRunner::batchFinished, this, [this] {
        m_note.clear();
        m_ocrNote.clear();
        updateStatus();
    });
    connect(m_documents, &QAbstractItemModel::rowsInserted, this, &SourcesPage::updateStatus);
    connect(m_documents, &QAbstractItemModel::modelReset, this, &SourcesPage::updateStatus);
    onRunningChanged(m_runner->isRunning());
}

bool SourcesPage::isComplete() const
{
    return !m_runner->isRunning() && m_documents->rowCount() > 0;
}

QString SourcesPage::statusText() const
{
    return m_status->text();
}

void SourcesPage::chooseFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Import files"), QString(),
        tr("Articles (*.txt *.text *.html *.htm *.xhtml *.md *.markdown *.pdf);;All files (*)"));
    if (!files.isEmpty())
        emit sourcesChosen(ImportSources { files, {} });
}

void SourcesPage::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Import a folder"));
    if (!folder.isEmpty())
        emit sourcesChosen(ImportSources { { folder }, {} });
}

void SourcesPage::addPaste()
{
    const QString text = m_paste->toPlainText();
    if (text.trimmed().isEmpty())
        return;
    ImportSources sources;
    // A pasted address means its page, not the address as a one-line article.
    if (UrlImport::isWebAddress(text))
        sources.urls.append(QUrl(text.trimmed()));
    else
        sources.payloads.append({ { PasteFormat::mimeType(m_paste->kind()), text.toUtf8() } });
    m_paste->clear();
    emit sourcesChosen(sources);
}

void SourcesPage::onProgress(int done, int total)
{
    m_progress->setRange(0, std::max(1, total));
    m_progress->setValue(done);
    m_progress->setFormat(tr("%1 of %2 read").arg(done).arg(total));
}

void SourcesPage::onOcrPage(const QString& source, int page, int pages)
{
    if (!m_runner->isRunning())
        return; // a cancelled batch's last word, queued before it stopped
    m_ocrNote = tr("%1 is a scanned PDF: recognising its text by OCR, page %2 of %3. OCR is slow "
                   "(several seconds a page); Cancel stops it after the current page.")
                    .arg(QFileInfo(source).fileName())
                    .arg(page + 1)
                    .arg(pages);
    updateStatus();
}

void SourcesPage::onFetchProgress(const QUrl& url, qint64 received, qint64 total)
{
    const QLocale locale;
    const QString page = url.toDisplayString();
    if (total > 0) {
        // The bar counts kilobytes so that pages beyond 2 GB could not overflow it (they are
        // refused far earlier, by the size limit).
        m_progress->setRange(0, int(std::max<qint64>(1, total / 1024)));
        m_progress->setValue(int(std::min(received, total) / 1024));
        m_progress->setFormat(
            tr("%1 of %2")
                .arg(locale.formattedDataSize(received, 1, QLocale::DataSizeTraditionalFormat),
                    locale.formattedDataSize(total, 1, QLocale::DataSizeTraditionalFormat)));
    } else {
        m_progress->setRange(0, 0); // busy: the server has not said how much is coming
        m_progress->setFormat(QString());
    }
    m_fetchText = received > 0 && total <= 0
        ? tr("Fetching %1 (%2 so far)…")
              .arg(page, locale.formattedDataSize(received, 1, QLocale::DataSizeTraditionalFormat))
        : tr("Fetching %1…").arg(page);
    updateStatus();
}

void SourcesPage::onRunningChanged(bool running)
{
    if (!running)
        m_ocrNote.clear();
    m_progress->setVisible(running);
    m_cancel->setVisible(running);
    m_cancel->setEnabled(running);
    updateStatus();
    emit completeChanged();
}

void SourcesPage::updateStatus()
{
    QString text;
    if (m_runner->isFetching())
        text = m_fetchText;
    else if (m_runner->isRunning() && !m_ocrNote.isEmpty())
        text = tr("Reading documents…") + QLatin1Char(' ') + m_ocrNote;
    else if (m_runner->isRunning())
        text = tr("Reading documents…");
    else if (m_documents->rowCount() == 0)
        text = tr("Nothing chosen yet.");
    else
        text = tr("%n document(s) read: %1 ok, %2 duplicate, %3 rejected.", nullptr, m_documents->rowCount())
                   .arg(m_documents->count(ReviewEntry::Status::Ok))
                   .arg(m_documents->count(ReviewEntry::Status::Duplicate))
                   .arg(m_documents->count(ReviewEntry::Status::Rejected));
    if (!m_note.isEmpty())
        text = tr("%1 %2").arg(m_note, text);
    m_status->setText(text);
    emit completeChanged();
}

} // namespace ql
