// libFuzzer target: any bytes through the decoder (BOMs, declared or detected charsets, stray bytes)
// and the plain-text reader, as a .txt file is read. Crashes, sanitizer reports and hangs are findings.
#include "core/ingest/PlainTextReader.h"
#include "core/ingest/TextDecoder.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size > 1024 * 1024)
        return 0;
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const ql::DecodedText decoded = ql::TextDecoder().decode(bytes);
    if (!decoded.ok) {
        if (decoded.error.isEmpty())
            std::abort(); // a refusal must say why
        return 0;
    }
    const QStringList lines = ql::PlainTextReader().lines(decoded.text);
    const QString text = ql::PlainTextReader::assemble(lines);
    if (text.size() > decoded.text.size() + lines.size() + 1)
        std::abort(); // assembling only ever drops or rejoins, never invents text
    return 0;
}
