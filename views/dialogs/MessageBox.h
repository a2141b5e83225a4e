#pragma once

#include <QMessageBox>

namespace ql {

// All of Quoteline's modal questions and warnings go through here, so tests can answer them
// in advance (setNextAnswer) instead of blocking on a dialog.
class MessageBox
{
public:
    static QMessageBox::StandardButton warning(QWidget* parent, const QString& title, const QString& text);
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
        QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
        QMessageBox::StandardButton defaultButton = QMessageBox::No);

    // The next dialog returns `answer` without showing; QMessageBox::NoButton turns this off.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // The text of the last dialog answered or shown, for tests to check what the user was told.
    static QString lastText();

private:
    static QMessageBox::StandardButton ask(QMessageBox::Icon icon, QWidget* parent, const QString& title,
        const QString& text, QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton);
};

} // namespace ql
