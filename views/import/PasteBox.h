#pragma once

#include "views/import/PasteFormat.h"

#include <QPlainTextEdit>

#include <memory>

namespace KSyntaxHighlighting {
class Repository;
class SyntaxHighlighter;
} // namespace KSyntaxHighlighting

namespace ql {

// The wizard's paste box: recognises HTML and Markdown as they are pasted and, when
// KSyntaxHighlighting is available, highlights them.
class PasteBox : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit PasteBox(QWidget* parent = nullptr);
    ~PasteBox() override;

    PasteFormat::Kind kind() const { return m_kind; }
    // The highlighting definition in use ("HTML", "Markdown"); empty when plain or unavailable.
    QString highlighting() const;

signals:
    void kindChanged(ql::PasteFormat::Kind kind);

private:
    void updateKind();

    PasteFormat::Kind m_kind = PasteFormat::Kind::PlainText;
#ifdef QL_HAVE_KSYNTAXHIGHLIGHTING
    std::unique_ptr<KSyntaxHighlighting::Repository> m_repository;
    KSyntaxHighlighting::SyntaxHighlighter* m_highlighter = nullptr;
#endif
};

} // namespace ql
