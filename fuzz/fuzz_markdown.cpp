// libFuzzer target: any bytes as a Markdown file (front matter, nesting, fences) through cmark and
// the Markdown reader.
#include "core/ingest/MarkdownReader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size > 1024 * 1024)
        return 0;
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const ql::MarkdownReadResult result = ql::MarkdownReader().read(QString::fromUtf8(bytes));
    (void)result;
    return 0;
}
