#pragma once

#include <QDialog>

class QPlainTextEdit;

namespace ql {

// Edits the analyst's memo on a statement or an article; the caller saves it through a command.
class NoteEditor : public QDialog
{
    Q_OBJECT
public:
    NoteEditor(const QString& subject, const QString& note, QWidget* parent = nullptr);

    QString note() const;
    void setNote(const QString& note);

private:
    QPlainTextEdit* m_edit;
};

} // namespace ql
