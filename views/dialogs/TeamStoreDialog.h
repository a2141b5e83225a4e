#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace ql {

// File ▸ Connect to Team Store: where the team's PostgreSQL store is and who connects. The URL it
// builds never holds the password; an empty password lets libpq use ~/.pgpass or PGPASSWORD.
class TeamStoreDialog : public QDialog
{
    Q_OBJECT
public:
    // `url`: a team store URL to start from (the last one used), or empty.
    explicit TeamStoreDialog(const QString& url, QWidget* parent = nullptr);

    // postgresql://user@host:port/database?sslmode=…&other=options, without the password.
    QString url() const;
    QString password() const;

    QLineEdit* hostEdit() const { return m_host; }
    QSpinBox* portBox() const { return m_port; }
    QLineEdit* databaseEdit() const { return m_database; }
    QLineEdit* userEdit() const { return m_user; }
    QLineEdit* passwordEdit() const { return m_password; }
    QComboBox* sslBox() const { return m_ssl; }
    QLineEdit* optionsEdit() const { return m_options; }

private:
    void updateButtons();

    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QComboBox* m_ssl;
    QLineEdit* m_options;
    QWidget* m_ok = nullptr;
};

} // namespace ql
