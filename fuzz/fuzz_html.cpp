// libFuzzer target: any bytes as a saved web page: the declared charset, then the HTML reader (gumbo's
// tree, content extraction, dates). Deep nesting and huge attribute lists are what it is after.
#include "core/ingest/HtmlReader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size > 1024 * 1024)
        return 0;
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    (void)ql::HtmlReader::declaredCharset(bytes);
    const ql::HtmlReadResult result = ql::HtmlReader().read(QString::fromUtf8(bytes));
    (void)result;
    return 0;
}
