#include "core/ingest/OcrProgress.h"

namespace ql {

namespace {

thread_local OcrProgressScope* t_current = nullptr;

} // namespace

OcrProgressScope::OcrProgressScope(Hook hook)
    : m_hook(std::move(hook))
    , m_outer(t_current)
{
    t_current = this;
}

OcrProgressScope::~OcrProgressScope()
{
    t_current = m_outer;
}

bool OcrProgressScope::reportPage(int page, int pages)
{
    if (!t_current || !t_current->m_hook)
        return true;
    return t_current->m_hook(page, pages);
}

} // namespace ql
