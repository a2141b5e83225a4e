#include "core/ingest/OcrEngine.h"

#ifdef QL_HAVE_TESSERACT
#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>
#endif

namespace ql {

struct OcrEngine::Private
{
#ifdef QL_HAVE_TESSERACT
    tesseract::TessBaseAPI api;
#endif
    bool ready = false;
    QString error;
};

OcrEngine::OcrEngine()
    : m_d(std::make_unique<Private>())
{
#ifdef QL_HAVE_TESSERACT
    // A null data path lets Tesseract use TESSDATA_PREFIX or the path Debian compiled in
    // (/usr/share/tesseract-ocr/5/tessdata), where tesseract-ocr-eng puts eng.traineddata.
    if (m_d->api.Init(nullptr, "eng", tesseract::OEM_DEFAULT) != 0) {
        m_d->error = QStringLiteral("OCR model missing: install the tesseract-ocr-eng package");
        return;
    }
    // Its progress chatter would end up in the CLI's stderr, which is reserved for errors.
    m_d->api.SetVariable("debug_file", "/dev/null");
    m_d->ready = true;
#else
    m_d->error = QStringLiteral("this build of Quoteline has no OCR (Tesseract was not found)");
#endif
}

OcrEngine::~OcrEngine()
{
#ifdef QL_HAVE_TESSERACT
    m_d->api.End();
#endif
}

bool OcrEngine::compiledIn()
{
#ifdef QL_HAVE_TESSERACT
    return true;
#else
    return false;
#endif
}

bool OcrEngine::isReady() const
{
    return m_d->ready;
}

QString OcrEngine::error() const
{
    return m_d->error;
}

OcrPageResult OcrEngine::recognise(const QImage& page, int dpi)
{
    OcrPageResult result;
    if (!m_d->ready) {
        result.error = m_d->error;
        return result;
    }
    if (page.isNull()) {
        result.error = QStringLiteral("OCR: the page could not be rendered");
        return result;
    }
#ifdef QL_HAVE_TESSERACT
    // Grey is what Tesseract binarises from anyway, and a third of RGB's memory at 300 dpi.
    const QImage grey = page.convertToFormat(QImage::Format_Grayscale8);
    tesseract::TessBaseAPI& api = m_d->api;
    api.SetImage(grey.constBits(), grey.width(), grey.height(), 1, int(grey.bytesPerLine()));
    api.SetSourceResolution(dpi);
    if (api.Recognize(nullptr) != 0) {
        result.error = QStringLiteral("OCR failed on this page");
        api.Clear();
        return result;
    }
    std::unique_ptr<tesseract::ResultIterator> it(api.GetIterator());
    double confidenceSum = 0;
    if (it) {
        const tesseract::PageIteratorLevel word = tesseract::RIL_WORD;
        OcrLine line;
        bool open = false;
        auto close = [&] {
            if (open && !line.text.isEmpty())
                result.lines.append(line);
            open = false;
        };
        do {
            std::unique_ptr<char[]> raw(it->GetUTF8Text(word));
            if (!raw)
                continue;
            const QString text = QString::fromUtf8(raw.get()).trimmed();
            if (text.isEmpty())
                continue;
            if (!open || it->IsAtBeginningOf(tesseract::RIL_TEXTLINE)) {
                close();
                line = OcrLine();
                int left = 0, top = 0, right = 0, bottom = 0;
                it->BoundingBox(tesseract::RIL_TEXTLINE, &left, &top, &right, &bottom);
                line.top = top;
                line.bottom = bottom;
                line.left = left;
                line.paragraphStart = it->IsAtBeginningOf(tesseract::RIL_PARA);
                open = true;
            }
            if (!line.text.isEmpty())
                line.text += QLatin1Char(' ');
            line.text += text;
            const float confidence = it->Confidence(word);
            confidenceSum += confidence;
            ++result.wordCount;
            if (confidence < LowConfidence)
                result.lowConfidenceWords.append(OcrWord { text, confidence });
        } while (it->Next(word));
        close();
    }
    api.Clear();
    if (result.wordCount > 0)
        result.meanConfidence = float(confidenceSum / result.wordCount);
    result.ok = true;
#else
    Q_UNUSED(dpi)
#endif
    return result;
}

} // namespace ql
