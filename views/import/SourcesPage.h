#pragma once

#include "views/import/ImportSources.h"

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;
class QUrl;

namespace ql {

class DropZone;
class PasteBox;
class PreparationRunner;
class ReviewListModel;

// Page 1: where documents come from (drop zone, file and folder pickers, paste box: a pasted
// web address fetches its page), and the progress of fetching and reading them.
class SourcesPage : public QWizardPage
{
    Q_OBJECT
public:
    SourcesPage(ReviewListModel* documents, PreparationRunner* runner, QWidget* parent = nullptr);

    bool isComplete() const override;

    PasteBox* pasteBox() const { return m_paste; }
    DropZone* dropZone() const { return m_dropZone; }
    QPushButton* cancelButton() const { return m_cancel; }
    QProgressBar* progressBar() const { return m_progress; }
    QString statusText() const;

signals:
    void sourcesChosen(const ql::ImportSources& sources);

private:
    void chooseFiles();
    void chooseFolder();
    void addPaste();
    void onProgress(int done, int total);
    void onFetchProgress(const QUrl& url, qint64 received, qint64 total);
    void onRunningChanged(bool running);
    void onOcrPage(const QString& source, int page, int pages);
    void updateStatus();

    ReviewListModel* m_documents;
    PreparationRunner* m_runner;
    DropZone* m_dropZone;
    PasteBox* m_paste;
    QPushButton* m_addPaste;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QLabel* m_status;
    QString m_note; // the last batch's fate, when it did not simply finish
    QString m_fetchText; // which page is being fetched, and how far
    QString m_ocrNote; // while a scanned PDF is being recognised: which page, and that it is slow
};

} // namespace ql
