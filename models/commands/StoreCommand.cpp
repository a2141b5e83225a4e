#include "models/commands/StoreCommand.h"

#include <functional>

namespace ql {

namespace {
std::function<void(const StoreError&)>& errorHandler()
{
    static std::function<void(const StoreError&)> handler;
    return handler;
}
} // namespace

StoreCommand::StoreCommand(Store* store, const QString& text)
    : QUndoCommand(text)
    , m_store(store)
{ }

void StoreCommand::setErrorHandler(std::function<void(const StoreError&)> handler)
{
    errorHandler() = std::move(handler);
}

void StoreCommand::redo()
{
    report(apply());
}

void StoreCommand::undo()
{
    report(revert());
}

void StoreCommand::report(const StoreError& error)
{
    m_lastError = error;
    if (error.isError()) {
        // Nothing was written (every store call is one transaction); an obsolete command is dropped.
        setObsolete(true);
        if (errorHandler())
            errorHandler()(error);
    }
}

} // namespace ql
