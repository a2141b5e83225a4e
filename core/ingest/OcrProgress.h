#pragma once

#include <functional>

namespace ql {

// OCR takes seconds a page, so whoever imports on a worker thread can follow it page by page and
// stop it between pages. The hook belongs to the thread that installs it, which keeps the reader
// APIs (Ingestor, ImportPipeline) free of a callback parameter most callers never need.
//
//   OcrProgressScope scope([&](int page, int pages) { report(page, pages); return !cancelled; });
//   Ingestor().readFile(path); // a scanned PDF calls the hook before each page it recognises
class OcrProgressScope
{
public:
    // Called before OCR starts on page `page` (0-based) of `pages`; returning false stops it.
    using Hook = std::function<bool(int page, int pages)>;

    explicit OcrProgressScope(Hook hook);
    ~OcrProgressScope();
    OcrProgressScope(const OcrProgressScope&) = delete;
    OcrProgressScope& operator=(const OcrProgressScope&) = delete;

    // What PdfReader calls: true (go on) when no hook is installed on this thread.
    static bool reportPage(int page, int pages);

private:
    Hook m_hook;
    OcrProgressScope* m_outer = nullptr;
};

} // namespace ql
