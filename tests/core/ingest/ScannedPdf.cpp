#include "tests/core/ingest/ScannedPdf.h"

#include <QBuffer>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>

namespace ql::test {

QImage scannedPage(const QStringList& paragraphs, const QStringList& noisy)
{
    QImage image(2480, 3508, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    QFont font(QStringLiteral("DejaVu Serif"));
    font.setPixelSize(56); // about 13 pt at 300 dpi
    painter.setFont(font);
    painter.setPen(Qt::black);
    QRect box(240, 300, 2000, 3000);
    for (const QString& paragraph : paragraphs) {
        const QRect used = painter.boundingRect(box, Qt::TextWordWrap, paragraph);
        painter.drawText(box, Qt::TextWordWrap, paragraph);
        box.setTop(used.bottom() + 70); // a blank line between paragraphs
    }
    QFont small(QStringLiteral("DejaVu Sans"));
    small.setPixelSize(26);
    painter.setFont(small);
    painter.setPen(QColor(120, 120, 120));
    QRandomGenerator specks(42);
    for (const QString& line : noisy) {
        const int top = box.top() + 40;
        painter.drawText(box.left(), top + 30, line);
        painter.end();
        for (int y = top; y < top + 45; ++y) {
            for (int x = box.left(); x < box.right(); ++x) {
                if (specks.bounded(100) < 12)
                    image.setPixel(x, y, specks.bounded(2) ? qRgb(0, 0, 0) : qRgb(255, 255, 255));
            }
        }
        painter.begin(&image);
        painter.setFont(small);
        painter.setPen(QColor(120, 120, 120));
        box.setTop(top + 60);
    }
    painter.end();
    return image;
}

QByteArray scannedPdf(const QList<QImage>& pages)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(300);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter(&writer);
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (i > 0)
            writer.newPage();
        painter.drawImage(QRect(QPoint(0, 0), pages[i].size()), pages[i]);
    }
    painter.end();
    return bytes;
}

} // namespace ql::test
