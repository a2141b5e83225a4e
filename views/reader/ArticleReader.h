#pragma once

#include "domain/Article.h"
#include "domain/Figure.h"
#include "store/StatementRow.h"

#include <QTextBrowser>

class QLabel;

namespace ql {

// Shows an article's text with its statements and figures highlighted at their stored offsets.
// The caller hands it the data; it never queries the store.
class ArticleReader : public QTextBrowser
{
    Q_OBJECT
public:
    explicit ArticleReader(QWidget* parent = nullptr);

    void showArticle(
        const Article& article, const QList<StatementRow>& statements, const QList<Figure>& figures);
    void clearArticle();
    // Scrolls to and selects a statement's span.
    void focusSpan(int start, int end);
    // The notice above a text recognised by OCR; empty for other articles.
    QString ocrNotice() const;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void applyHighlights();
    void showOcrNotice(const Article& article);

    QList<StatementRow> m_statements;
    QList<Figure> m_figures;
    QLabel* m_ocrBanner; // above the text, so the text's offsets stay those of the store
};

} // namespace ql
