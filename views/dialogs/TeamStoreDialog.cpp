#include "views/dialogs/TeamStoreDialog.h"

#include "core/store/StoreLocation.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace ql {

TeamStoreDialog::TeamStoreDialog(const QString& url, QWidget* parent)
    : QDialog(parent)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_ssl(new QComboBox(this))
    , m_options(new QLineEdit(this))
{
    setWindowTitle(tr("Connect to Team Store"));
    m_host->setObjectName(QStringLiteral("host"));
    m_host->setPlaceholderText(tr("db.example.org"));
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database->setObjectName(QStringLiteral("database"));
    m_database->setPlaceholderText(tr("quoteline"));
    m_user->setObjectName(QStringLiteral("user"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("empty: from ~/.pgpass"));
    m_ssl->setObjectName(QStringLiteral("sslmode"));
    for (const char* mode : { "prefer", "require", "verify-ca", "verify-full", "disable" })
        m_ssl->addItem(QString::fromLatin1(mode));
    m_options->setObjectName(QStringLiteral("options"));
    m_options->setPlaceholderText(tr("key=value;… (connect_timeout=5;application_name=…)"));

    QString error;
    const StoreLocation location = StoreLocation::parse(url, &error);
    if (location.isPostgres()) {
        m_host->setText(location.host);
        if (location.port > 0)
            m_port->setValue(location.port);
        m_database->setText(location.database);
        m_user->setText(location.user);
        QStringList others;
        for (const QString& option : location.connectOptions.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            if (option.startsWith(QLatin1String("sslmode=")))
                m_ssl->setCurrentText(option.mid(8));
            else
                others << option;
        }
        m_options->setText(others.join(QLatin1Char(';')));
    }

    auto* form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("&Encryption (sslmode):"), m_ssl);
    form->addRow(tr("Other &libpq options:"), m_options);
    auto* note = new QLabel(tr("The password is kept in memory while Quoteline runs, never saved. "
                               "Leave it empty to use ~/.pgpass."),
        this);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_host, &QLineEdit::textChanged, this, &TeamStoreDialog::updateButtons);
    connect(m_database, &QLineEdit::textChanged, this, &TeamStoreDialog::updateButtons);
    connect(m_options, &QLineEdit::textChanged, this, &TeamStoreDialog::updateButtons);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    updateButtons();
}

QString TeamStoreDialog::url() const
{
    QUrl u;
    u.setScheme(QStringLiteral("postgresql"));
    u.setHost(m_host->text().trimmed());
    if (!m_user->text().trimmed().isEmpty())
        u.setUserName(m_user->text().trimmed());
    u.setPort(m_port->value());
    u.setPath(QLatin1Char('/') + m_database->text().trimmed());
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("sslmode"), m_ssl->currentText());
    for (const QString& option : m_options->text().split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const int eq = option.indexOf(QLatin1Char('='));
        if (eq > 0)
            query.addQueryItem(option.left(eq).trimmed(), option.mid(eq + 1).trimmed());
    }
    u.setQuery(query);
    return u.toString();
}

QString TeamStoreDialog::password() const
{
    return m_password->text();
}

void TeamStoreDialog::updateButtons()
{
    QString error;
    const bool filled = !m_host->text().trimmed().isEmpty() && !m_database->text().trimmed().isEmpty();
    m_ok->setEnabled(filled && (StoreLocation::parse(url(), &error), error.isEmpty()));
}

} // namespace ql
