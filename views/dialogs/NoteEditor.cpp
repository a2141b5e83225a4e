#include "views/dialogs/NoteEditor.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace ql {

NoteEditor::NoteEditor(const QString& subject, const QString& note, QWidget* parent)
    : QDialog(parent)
    , m_edit(new QPlainTextEdit(note, this))
{
    setWindowTitle(tr("Note"));
    setObjectName(QStringLiteral("noteEditor"));
    auto* layout = new QVBoxLayout(this);
    auto* about = new QLabel(subject, this);
    about->setWordWrap(true);
    about->setTextFormat(Qt::PlainText);
    layout->addWidget(about);
    m_edit->setObjectName(QStringLiteral("noteText"));
    m_edit->setPlaceholderText(tr("Why it matters, what to check, where it was quoted again…"));
    layout->addWidget(m_edit);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(520, 300);
}

QString NoteEditor::note() const
{
    return m_edit->toPlainText().trimmed();
}

void NoteEditor::setNote(const QString& note)
{
    m_edit->setPlainText(note);
}

} // namespace ql
