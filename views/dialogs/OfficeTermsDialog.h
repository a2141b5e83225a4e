#pragma once

#include "core/store/OfficeTerm.h"

#include <QDialog>

class QTableWidget;

namespace ql {

// Lets the analyst edit who held which office when; role mentions in articles imported
// afterwards resolve with this table. Rows with a missing office, holder or start are refused.
class OfficeTermsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit OfficeTermsDialog(const QList<OfficeTerm>& terms, QWidget* parent = nullptr);

    // Valid only after accept().
    QList<OfficeTerm> terms() const { return m_terms; }
    QTableWidget* table() const { return m_table; }

    void accept() override;

private:
    void addRow(const OfficeTerm& term);

    QTableWidget* m_table;
    QList<OfficeTerm> m_terms;
};

} // namespace ql
