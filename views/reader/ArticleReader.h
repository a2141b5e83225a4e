#pragma once

#include "core/domain/Article.h"
#include "core/domain/Figure.h"
#include "core/store/StatementRow.h"

#include <QList>
#include <QPair>
#include <QTextBrowser>

class QAction;
class QLabel;

namespace ql {

// Shows an article's text with its statements and figures highlighted at their stored offsets.
// The caller hands it the data; it never queries the store.
class ArticleReader : public QTextBrowser
{
    Q_OBJECT
public:
    explicit ArticleReader(QWidget* parent = nullptr);

    void showArticle(const Article& article, const QList<StatementRow>& statements,
        const QList<Figure>& figures, const QString& articleNote = QString());
    void clearArticle();
    // Scrolls to and selects a statement's span.
    void focusSpan(int start, int end);
    // The notice above a text recognised by OCR; empty for other articles.
    QString ocrNotice() const;
    // The article's note as shown above the text; empty when it has none.
    QString noteNotice() const;

    // The selection in stored offsets, [start, end); start == end when nothing is selected.
    QPair<int, int> selectedSpan() const;
    // Actions offered on a selection (add a statement, move a statement's span): shown in the
    // context menu after Copy and Select All; the caller wires them to its edit functions.
    void setSelectionActions(const QList<QAction*>& actions);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    void applyHighlights();
    void showOcrNotice(const Article& article);
    void showNote(const QString& note);
    void layoutBanners();

    QList<StatementRow> m_statements;
    QList<Figure> m_figures;
    QList<QAction*> m_selectionActions;
    QLabel* m_ocrBanner; // above the text, so the text's offsets stay those of the store
    QLabel* m_noteBanner; // the analyst's note on the article, above the text too
};

} // namespace ql
