#pragma once

#include <QtGlobal>

namespace ql {

// Limits for fetching one web page. The defaults suit a news article over a slow line; the GUI
// reads overrides from QSettings (fromSettings), the CLI may set its own.
struct FetchOptions
{
    static constexpr qint64 DefaultMaxBytes = 20 * 1024 * 1024;

    // The whole fetch, first byte to last, redirects included: a server that trickles is as
    // useless to the analyst as one that never answers.
    int timeoutMs = 30 * 1000;
    qint64 maxBytes = DefaultMaxBytes;
    int maxRedirects = 5;

    // "web/timeoutSeconds" and "web/maxPageMegabytes" from QSettings when set and positive.
    static FetchOptions fromSettings();
};

} // namespace ql
