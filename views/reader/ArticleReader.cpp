#include "ArticleReader.h"

#include "ingest/PdfReader.h"

#include <QLabel>
#include <QResizeEvent>
#include <QTextBlock>
#include <QTextCursor>

namespace ql {

ArticleReader::ArticleReader(QWidget* parent)
    : QTextBrowser(parent)
    , m_ocrBanner(new QLabel(this))
{
    m_ocrBanner->setObjectName(QStringLiteral("ocrNotice"));
    m_ocrBanner->setWordWrap(true);
    m_ocrBanner->setMargin(6);
    m_ocrBanner->setAutoFillBackground(true);
    QPalette notice = m_ocrBanner->palette();
    notice.setColor(QPalette::Window, QColor(0xff, 0xf4, 0xd6));
    notice.setColor(QPalette::WindowText, QColor(0x5a, 0x40, 0x00));
    m_ocrBanner->setPalette(notice);
    m_ocrBanner->hide();
    setOpenLinks(false);
    setReadOnly(true);
    document()->setDocumentMargin(16);
}

void ArticleReader::clearArticle()
{
    m_statements.clear();
    m_figures.clear();
    setPlainText(QString());
    showOcrNotice(Article());
}

void ArticleReader::showArticle(
    const Article& article, const QList<StatementRow>& statements, const QList<Figure>& figures)
{
    m_statements = statements;
    m_figures = figures;
    // Plain text keeps offsets identical to the stored extracted text.
    setPlainText(article.text);
    applyHighlights();
    showOcrNotice(article);
}

QString ArticleReader::ocrNotice() const
{
    return m_ocrBanner->isHidden() ? QString() : m_ocrBanner->text();
}

void ArticleReader::showOcrNotice(const Article& article)
{
    if (!PdfReader::isOcrFormat(article.format)) {
        m_ocrBanner->hide();
        setViewportMargins(0, 0, 0, 0);
        return;
    }
    m_ocrBanner->setText(tr("Text recognised by OCR from a scanned PDF: check quotes against the original."));
    m_ocrBanner->setToolTip(article.lowConfidenceWords.isEmpty()
            ? QString()
            : tr("Words OCR was unsure of: %1").arg(article.lowConfidenceWords.join(QStringLiteral(", "))));
    m_ocrBanner->show();
    QResizeEvent resize(size(), size());
    resizeEvent(&resize);
}

void ArticleReader::resizeEvent(QResizeEvent* event)
{
    if (!m_ocrBanner->isHidden()) {
        const QRect area = contentsRect();
        const int height = m_ocrBanner->heightForWidth(area.width());
        setViewportMargins(0, height, 0, 0);
        m_ocrBanner->setGeometry(area.left(), area.top(), area.width(), height);
    }
    QTextBrowser::resizeEvent(event);
}

void ArticleReader::applyHighlights()
{
    const int length = document()->characterCount() - 1;
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    QTextCharFormat quote;
    quote.setBackground(dark ? QColor(0x1f, 0x4e, 0x79) : QColor(0xdc, 0xea, 0xf7));
    QTextCharFormat transcript;
    transcript.setBackground(dark ? QColor(0x3a, 0x3a, 0x4a) : QColor(0xee, 0xee, 0xf4));
    QTextCharFormat figure;
    figure.setBackground(dark ? QColor(0x7a, 0x5a, 0x00) : QColor(0xff, 0xe0, 0x8a));
    figure.setFontWeight(QFont::DemiBold);

    QList<QTextEdit::ExtraSelection> selections;
    auto add = [&](int start, int end, const QTextCharFormat& format, const QString& tip) {
        if (start < 0 || end <= start || end > length)
            return;
        QTextEdit::ExtraSelection sel;
        sel.cursor = QTextCursor(document());
        sel.cursor.setPosition(start);
        sel.cursor.setPosition(end, QTextCursor::KeepAnchor);
        sel.format = format;
        sel.format.setToolTip(tip);
        selections << sel;
    };
    for (const StatementRow& row : std::as_const(m_statements)) {
        const Statement& s = row.statement;
        add(s.start, s.end, s.kind == StatementKind::Transcript ? transcript : quote,
            s.speaker.isEmpty() ? tr("unknown speaker") : s.speaker);
    }
    for (const Figure& f : std::as_const(m_figures))
        add(f.start, f.end, figure, f.kind);
    setExtraSelections(selections);
}

void ArticleReader::focusSpan(int start, int end)
{
    const int length = document()->characterCount() - 1;
    if (start < 0 || start > length)
        return;
    QTextCursor c(document());
    c.setPosition(start);
    c.setPosition(std::min(end, length), QTextCursor::KeepAnchor);
    setTextCursor(c);
    ensureCursorVisible();
}

} // namespace ql
