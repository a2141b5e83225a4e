#include "views/import/PasteBox.h"

#ifdef QL_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#endif

#include <QFontDatabase>

namespace ql {

PasteBox::PasteBox(QWidget* parent)
    : QPlainTextEdit(parent)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setPlaceholderText(tr("Paste an article here: plain text, HTML or Markdown"));
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    connect(this, &QPlainTextEdit::textChanged, this, &PasteBox::updateKind);
}

PasteBox::~PasteBox() = default;

QString PasteBox::highlighting() const
{
#ifdef QL_HAVE_KSYNTAXHIGHLIGHTING
    if (m_highlighter && m_highlighter->definition().isValid())
        return m_highlighter->definition().name();
#endif
    return {};
}

void PasteBox::updateKind()
{
    const PasteFormat::Kind kind = PasteFormat::sniff(toPlainText());
    if (kind == m_kind)
        return;
    m_kind = kind;
#ifdef QL_HAVE_KSYNTAXHIGHLIGHTING
    if (!m_repository) {
        // Loading the definitions takes a moment; plain pastes never pay for it.
        m_repository = std::make_unique<KSyntaxHighlighting::Repository>();
        m_highlighter = new KSyntaxHighlighting::SyntaxHighlighter(document());
        m_highlighter->setTheme(m_repository->defaultTheme(KSyntaxHighlighting::Repository::LightTheme));
    }
    const QString name = kind == PasteFormat::Kind::Html ? QStringLiteral("HTML")
        : kind == PasteFormat::Kind::Markdown            ? QStringLiteral("Markdown")
                                                         : QString();
    // setDefinition() rehighlights, which edits formats only, so textChanged does not recurse.
    m_highlighter->setDefinition(
        name.isEmpty() ? KSyntaxHighlighting::Definition() : m_repository->definitionForName(name));
#endif
    emit kindChanged(kind);
}

} // namespace ql
