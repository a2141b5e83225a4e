#pragma once

#include "core/store/StoreError.h"

#include <QUndoCommand>

#include <functional>

namespace ql {

class Store;

// Base of every analyst edit. Subclasses do their work in apply()/revert(); a failure is
// recorded in lastError() and reported through ErrorSink so the window can show it.
class StoreCommand : public QUndoCommand
{
public:
    StoreCommand(Store* store, const QString& text);

    void redo() final;
    void undo() final;

    const StoreError& lastError() const { return m_lastError; }
    // Set by the app; tests leave it empty and read lastError().
    static void setErrorHandler(std::function<void(const StoreError&)> handler);

protected:
    virtual StoreError apply() = 0;
    virtual StoreError revert() = 0;

    Store* m_store;

private:
    void report(const StoreError& error);

    StoreError m_lastError;
};

} // namespace ql
