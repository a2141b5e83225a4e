#include "views/import/DirectImport.h"

#include "core/store/Store.h"
#include "models/edits/StoreEdits.h"
#include "views/import/ImportSources.h"
#include "views/import/PreparationRunner.h"

#include <QGuiApplication>
#include <QProgressDialog>
#include <QUndoStack>
#include <QWidget>

namespace ql {

DirectImport::DirectImport(Store* store, StoreEdits* edits, QWidget* parent)
    : QObject(parent)
    , m_store(store)
    , m_edits(edits)
    , m_runner(new PreparationRunner(PreparationRunner::extractorFor(store), this))
    , m_progress(new QProgressDialog(tr("Reading files…"), tr("Cancel"), 0, 0, parent))
{
    setObjectName(QStringLiteral("directImport"));
    m_progress->setWindowTitle(tr("Import"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(400); // a handful of files never flashes a dialog
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, &DirectImport::cancel);
    connect(m_runner, &PreparationRunner::progressChanged, this, [this](int done, int total) {
        m_progress->setMaximum(total);
        m_progress->setValue(done);
    });
    connect(m_runner, &PreparationRunner::batchFinished, this, &DirectImport::storeArticles);
    connect(m_runner, &PreparationRunner::nothingToRead, this, [this] { storeArticles({}); });
}

DirectImport::~DirectImport()
{
    if (m_progress)
        m_progress->deleteLater();
}

void DirectImport::start(const QStringList& paths)
{
    ImportSources sources;
    sources.paths = paths;
    m_runner->start(sources);
}

void DirectImport::cancel()
{
    if (m_over || !m_runner->isRunning())
        return; // storing has begun or ended: Undo takes it back
    m_over = true; // closing the dialog below reports canceled() once more
    m_runner->cancel();
    m_progress->close();
    emit cancelled();
    deleteLater();
}

void DirectImport::storeArticles(const QList<PreparedArticle>& articles)
{
    if (m_over)
        return;
    m_over = true;
    m_progress->setLabelText(tr("Storing %n article(s)…", nullptr, int(articles.size())));
    QList<ImportResult> results;
    if (!articles.isEmpty()) {
        // Storing is one transaction on the store's thread, well under a second for hundreds.
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        results = m_edits->importArticles(articles).results;
        QGuiApplication::restoreOverrideCursor();
    }
    m_progress->close();
    emit finished(results);
    deleteLater();
}

} // namespace ql
