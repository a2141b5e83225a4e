#pragma once

#include "core/importing/ImportResult.h"
#include "core/importing/PreparedArticle.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QProgressDialog;
class QWidget;

namespace ql {

class PreparationRunner;
class Store;
class StoreEdits;

// Imports files without the review wizard: they are read and analysed on the thread pool behind
// a progress dialog with Cancel, then stored as one undoable import. Cancelling
// while reading stores nothing. Deletes itself when done or cancelled.
class DirectImport : public QObject
{
    Q_OBJECT
public:
    DirectImport(Store* store, StoreEdits* edits, QWidget* parent);
    ~DirectImport() override;

    void start(const QStringList& paths);
    void cancel();

signals:
    // One result per file, in order; not emitted when cancelled.
    void finished(const QList<ql::ImportResult>& results);
    void cancelled();

private:
    void storeArticles(const QList<PreparedArticle>& articles);

    Store* m_store;
    StoreEdits* m_edits;
    PreparationRunner* m_runner;
    QPointer<QProgressDialog> m_progress;
    bool m_over = false; // finished or cancelled
};

} // namespace ql
