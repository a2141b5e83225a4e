#pragma once

#include "core/analysis/comparison/DiffOp.h"

#include <QList>
#include <QString>
#include <QWidget>

class QLabel;
class QTextBrowser;

namespace ql {

// Two read-only texts side by side: the left one with the words the right one drops (or changes)
// marked, the right one with the words it adds (or changes) marked. The diff is computed when the
// texts are set; a palette change only re-renders it in the theme's colours.
class DiffView : public QWidget
{
    Q_OBJECT

public:
    explicit DiffView(QWidget* parent = nullptr);

    void setTexts(
        const QString& leftCaption, const QString& left, const QString& rightCaption, const QString& right);
    void clear(const QString& hint = QString());

    QString leftText() const { return m_left; }
    QString rightText() const { return m_right; }
    const QList<DiffOp>& ops() const { return m_ops; }
    QString leftHtml() const { return m_leftHtml; }
    QString rightHtml() const { return m_rightHtml; }
    QString summary() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();

    QLabel* m_leftCaption;
    QLabel* m_rightCaption;
    QTextBrowser* m_leftView;
    QTextBrowser* m_rightView;
    QLabel* m_summary;
    QString m_left;
    QString m_right;
    QList<DiffOp> m_ops;
    QString m_leftHtml;
    QString m_rightHtml;
};

} // namespace ql
