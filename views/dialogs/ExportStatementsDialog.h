#pragma once

#include "core/export/ExportFilter.h"
#include "core/export/ExportFormat.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace ql {

class Store;

// File ▸ Export Statements…: which statements (all, filtered by tag, speaker and period, or the
// selected ones), the format (CSV, JSON, RIS) and the file. Shows how many statements will be
// written before the analyst commits, and writes through StatementExporter (the CLI's writer).
class ExportStatementsDialog : public QDialog
{
    Q_OBJECT
public:
    ExportStatementsDialog(const Store* store, const QList<qint64>& selectedIds, QWidget* parent = nullptr);

    ExportFormat format() const;
    ExportFilter filter() const;
    bool selectedOnly() const;
    QString path() const;
    void setPath(const QString& path);
    // The statements that would be written now.
    int pendingCount() const;

    // Writes the file; on failure shows why and stays open.
    void accept() override;

    QComboBox* formatBox() const { return m_format; }
    QComboBox* tagBox() const { return m_tag; }
    QComboBox* speakerBox() const { return m_speaker; }
    QCheckBox* fromBox() const { return m_hasFrom; }
    QCheckBox* toBox() const { return m_hasTo; }
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }
    QCheckBox* bomBox() const { return m_bom; }
    QRadioButton* selectedButton() const { return m_selected; }
    QLabel* countLabel() const { return m_count; }

    // The folder last exported to, remembered across sessions.
    static QString lastFolder();

private:
    void updateCount();
    void browse();
    void formatChanged();

    const Store* m_store;
    QList<qint64> m_selectedIds;
    QComboBox* m_format;
    QRadioButton* m_all;
    QRadioButton* m_selected;
    QComboBox* m_tag;
    QComboBox* m_speaker;
    QCheckBox* m_hasFrom;
    QDateEdit* m_from;
    QCheckBox* m_hasTo;
    QDateEdit* m_to;
    QCheckBox* m_bom;
    QLineEdit* m_path;
    QLabel* m_count;
    int m_pending = 0;
};

} // namespace ql
