#pragma once

#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace ql {

// One line of recognised text, with its box in the image's pixels.
struct OcrLine
{
    QString text;
    int top = 0;
    int bottom = 0;
    int left = 0;
    bool paragraphStart = false; // the engine's layout analysis starts a paragraph here
};

struct OcrWord
{
    QString text;
    float confidence = 0; // 0–100, as Tesseract reports it
};

struct OcrPageResult
{
    bool ok = false;
    QString error;
    QList<OcrLine> lines;
    QList<OcrWord> lowConfidenceWords; // below OcrEngine::LowConfidence, in reading order
    int wordCount = 0;
    float meanConfidence = 0;
};

// Tesseract (C++ API) with the English model that Debian's tesseract-ocr-eng installs. One engine
// per thread: Tesseract instances are independent but not thread-safe. Never downloads anything.
class OcrEngine
{
public:
    OcrEngine();
    ~OcrEngine();
    OcrEngine(const OcrEngine&) = delete;
    OcrEngine& operator=(const OcrEngine&) = delete;

    // False when Quoteline was built without Tesseract.
    static bool compiledIn();
    // Whether the engine and its language model loaded; error() says why not.
    bool isReady() const;
    QString error() const;

    // `dpi` is the resolution the page was rendered at: Tesseract sizes its text models by it.
    OcrPageResult recognise(const QImage& page, int dpi);

    // Words Tesseract is less sure of than this are listed for the reader to check.
    static constexpr float LowConfidence = 70.0f;
    static constexpr int RenderDpi = 300;

private:
    struct Private;
    std::unique_ptr<Private> m_d;
};

} // namespace ql
