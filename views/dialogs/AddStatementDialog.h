#pragma once

#include "core/domain/SaidWindow.h"
#include "core/domain/StatementKind.h"

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QListWidget;

namespace ql {

// Asks what the analyst knows of a statement they marked in the reader: who said it (completed
// from the known speakers, or a new name), its kind, when it was said (a day or a window) and its
// tags (codebook tags to tick, new ones typed). It only collects the answers.
class AddStatementDialog : public QDialog
{
    Q_OBJECT
public:
    AddStatementDialog(const QString& excerpt, const QStringList& speakers, const QStringList& tags,
        const QDate& articleDate, QWidget* parent = nullptr);

    QString speaker() const;
    StatementKind kind() const;
    // Null when the analyst leaves the date open.
    SaidWindow window() const;
    QStringList tags() const;

    void setSpeaker(const QString& name);
    void setKind(StatementKind kind);
    void setWindow(const QDate& from, const QDate& to);
    void setTags(const QStringList& tags);

private:
    QLineEdit* m_speaker;
    QComboBox* m_kind;
    QCheckBox* m_dated;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QListWidget* m_codebook;
    QLineEdit* m_newTags;
};

} // namespace ql
