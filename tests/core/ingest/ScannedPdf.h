#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QStringList>

namespace ql::test {

// Scanned documents for the OCR tests, made by the tests themselves: text painted into an image,
// the image alone on a PDF page, so the PDF has no text layer.

// An A4 page at 300 dpi with the paragraphs in a large, clear font. `noisy` lines are smaller,
// grey and sprinkled with salt-and-pepper specks, the way a poor fax looks, for the engine to be
// unsure of; the specks come from a fixed seed so every run sees the same page.
QImage scannedPage(const QStringList& paragraphs, const QStringList& noisy = {});
// Each image becomes one PDF page at 300 dpi, drawn as an image.
QByteArray scannedPdf(const QList<QImage>& pages);

} // namespace ql::test
