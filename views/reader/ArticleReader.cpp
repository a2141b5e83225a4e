#include "views/reader/ArticleReader.h"

#include "core/ingest/PdfReader.h"

#include <QContextMenuEvent>
#include <QLabel>
#include <QMenu>
#include <QResizeEvent>
#include <QTextBlock>
#include <QTextCursor>

#include <memory>

namespace ql {

ArticleReader::ArticleReader(QWidget* parent)
    : QTextBrowser(parent)
    , m_ocrBanner(new QLabel(this))
    , m_noteBanner(new QLabel(this))
{
    m_noteBanner->setObjectName(QStringLiteral("articleNote"));
    m_noteBanner->setWordWrap(true);
    m_noteBanner->setMargin(6);
    m_noteBanner->setAutoFillBackground(true);
    m_noteBanner->setTextFormat(Qt::PlainText);
    QPalette memo = m_noteBanner->palette();
    memo.setColor(QPalette::Window, QColor(0xe8, 0xf3, 0xe8));
    memo.setColor(QPalette::WindowText, QColor(0x1e, 0x46, 0x1e));
    m_noteBanner->setPalette(memo);
    m_noteBanner->hide();
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
    showNote(QString());
    showOcrNotice(Article());
}

void ArticleReader::showArticle(const Article& article, const QList<StatementRow>& statements,
    const QList<Figure>& figures, const QString& articleNote)
{
    m_statements = statements;
    m_figures = figures;
    // Plain text keeps offsets identical to the stored extracted text.
    setPlainText(article.text);
    applyHighlights();
    showNote(articleNote);
    showOcrNotice(article);
}

QString ArticleReader::noteNotice() const
{
    return m_noteBanner->isHidden() ? QString() : m_noteBanner->text();
}

void ArticleReader::showNote(const QString& note)
{
    m_noteBanner->setText(note.isEmpty() ? QString() : tr("Note: %1").arg(note));
    m_noteBanner->setVisible(!note.isEmpty());
    layoutBanners();
}

QPair<int, int> ArticleReader::selectedSpan() const
{
    const QTextCursor c = textCursor();
    return { c.selectionStart(), c.selectionEnd() };
}

void ArticleReader::setSelectionActions(const QList<QAction*>& actions)
{
    m_selectionActions = actions;
    // Their shortcuts work while the reader has focus, as the context menu suggests.
    addActions(actions);
}

void ArticleReader::contextMenuEvent(QContextMenuEvent* event)
{
    std::unique_ptr<QMenu> menu(createStandardContextMenu(event->pos()));
    if (!m_selectionActions.isEmpty()) {
        menu->addSeparator();
        menu->addActions(m_selectionActions);
    }
    menu->exec(event->globalPos());
}

QString ArticleReader::ocrNotice() const
{
    return m_ocrBanner->isHidden() ? QString() : m_ocrBanner->text();
}

void ArticleReader::showOcrNotice(const Article& article)
{
    if (!PdfReader::isOcrFormat(article.format)) {
        m_ocrBanner->hide();
        layoutBanners();
        return;
    }
    m_ocrBanner->setText(tr("Text recognised by OCR from a scanned PDF: check quotes against the original."));
    m_ocrBanner->setToolTip(article.lowConfidenceWords.isEmpty()
            ? QString()
            : tr("Words OCR was unsure of: %1").arg(article.lowConfidenceWords.join(QStringLiteral(", "))));
    m_ocrBanner->show();
    layoutBanners();
}

// The banners sit in the viewport's top margin, so the text and its offsets are the store's.
void ArticleReader::layoutBanners()
{
    const QRect area = contentsRect();
    int top = 0;
    for (QLabel* banner : { m_ocrBanner, m_noteBanner }) {
        if (banner->isHidden())
            continue;
        const int height = banner->heightForWidth(area.width());
        banner->setGeometry(area.left(), area.top() + top, area.width(), height);
        top += height;
    }
    setViewportMargins(0, top, 0, 0);
}

void ArticleReader::resizeEvent(QResizeEvent* event)
{
    layoutBanners();
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
        const QString who = s.speaker.isEmpty() ? tr("unknown speaker") : s.speaker;
        add(s.start, s.end, s.kind == StatementKind::Transcript ? transcript : quote,
            row.note.isEmpty() ? who : who + QStringLiteral("\n") + tr("Note: %1").arg(row.note));
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
