// libFuzzer target: any bytes as a PDF through poppler and the PDF reader. OCR is refused from the
// progress hook: it takes seconds a page and fuzzes Tesseract rather than our code.
#include "core/ingest/OcrProgress.h"
#include "core/ingest/PdfReader.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size > 4 * 1024 * 1024)
        return 0;
    const ql::OcrProgressScope noOcr([](int, int) { return false; });
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const ql::PdfReadResult result = ql::PdfReader().read(bytes);
    if (!result.ok && result.error.isEmpty())
        std::abort(); // a refusal must say why
    return 0;
}
