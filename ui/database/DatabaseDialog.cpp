#include "ui/database/DatabaseDialog.h"

#include "app/config/WorkspacePath.h"
#include "app/publish/SecretStore.h"
#include "app/settings/Settings.h"
#include "app/storage/Database.h"
#include "app/workflow/Permissions.h"
#include "ui/common/StatusLabel.h"
#include "ui/common/WindowContext.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace toasoan::ui {

namespace {

constexpr int kDefaultPort = 5432;

QString sslMode(DatabaseDialog::Tls tls)
{
    switch (tls) {
    case DatabaseDialog::Tls::Off:
        return QStringLiteral("disable");
    case DatabaseDialog::Tls::Required:
        return QStringLiteral("require");
    case DatabaseDialog::Tls::VerifyFull:
        break;
    }
    return QStringLiteral("verify-full");
}

DatabaseDialog::Tls tlsOf(const QString &sslmode)
{
    if (sslmode == QLatin1String("disable")) {
        return DatabaseDialog::Tls::Off;
    }
    if (sslmode == QLatin1String("verify-full") || sslmode == QLatin1String("verify-ca")) {
        return DatabaseDialog::Tls::VerifyFull;
    }
    return DatabaseDialog::Tls::Required; // require, and libpq's "prefer"/"allow" made explicit
}

QLineEdit *lineEdit(QWidget *parent, const char *objectName)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(objectName));
    return edit;
}

// Opens the database through the core without changing it (schema version 0 is the target: nothing
// is created or migrated), in the calling worker thread, and closes it again.
DatabaseCheck runCheck(const std::shared_ptr<SystemKeychain> &keychain, PostgresLocation location)
{
    DatabaseCheck check;
    if (location.password.isEmpty()) {
        if (auto stored = keychain->read(databasePasswordKey(location)); stored && !stored->isEmpty()) {
            location.password = *stored;
        }
    }
    DatabaseOptions options;
    options.targetVersion = 0;
    auto opened = Database::open(location.uri(), options);
    if (!opened) {
        check.error = opened.error();
        return check;
    }
    check.ok = true;
    check.schemaVersion = (*opened)->schemaVersion();
    return check;
}

} // namespace

QString databasePasswordKey(const PostgresLocation &location)
{
    return location.display();
}

DatabaseDialog::DatabaseDialog(Settings &settings, std::shared_ptr<SystemKeychain> keychain, Purpose purpose,
                               QWidget *parent)
    : QDialog(parent), m_settings(settings), m_keychain(std::move(keychain)), m_purpose(purpose),
      m_sqlitePath(config::defaultDatabasePath())
{
    setWindowTitle(tr("Database"));

    auto *intro = new QLabel(tr("Where this computer keeps the newsroom's articles and accounts."), this);
    intro->setWordWrap(true);

    m_sqlite = new QRadioButton(tr("&This computer only (SQLite)"), this);
    m_sqlite->setObjectName(QStringLiteral("sqliteRadio"));
    m_sqliteNote = new QLabel(this);
    m_sqliteNote->setObjectName(QStringLiteral("sqliteNote"));
    m_sqliteNote->setWordWrap(true);
    m_sqliteNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sqliteNote->setContentsMargins(24, 0, 0, 0);
    m_postgres = new QRadioButton(tr("The &office's server (PostgreSQL)"), this);
    m_postgres->setObjectName(QStringLiteral("postgresRadio"));

    m_server = new QWidget(this);
    m_server->setObjectName(QStringLiteral("serverFields"));
    m_host = lineEdit(m_server, "hostEdit");
    m_host->setPlaceholderText(tr("e.g. db.toasoan.lan or 192.168.1.10"));
    m_port = new QSpinBox(m_server);
    m_port->setObjectName(QStringLiteral("portSpin"));
    m_port->setRange(1, 65535);
    m_port->setValue(kDefaultPort);
    m_port->setGroupSeparatorShown(false);
    m_port->setMaximumWidth(m_port->fontMetrics().horizontalAdvance(QStringLiteral("000000")) * 2);
    m_database = lineEdit(m_server, "databaseEdit");
    m_database->setText(QStringLiteral("toasoan"));
    m_user = lineEdit(m_server, "userEdit");
    m_user->setText(QStringLiteral("toasoan"));
    m_password = lineEdit(m_server, "passwordEdit");
    m_password->setEchoMode(QLineEdit::Password);
    m_tls = new QComboBox(m_server);
    m_tls->setObjectName(QStringLiteral("tlsCombo"));
    m_tls->addItem(tr("Off (sslmode=disable)"), int(Tls::Off));
    m_tls->addItem(tr("On (sslmode=require)"), int(Tls::Required));
    m_tls->addItem(tr("On, with the server's certificate checked (sslmode=verify-full)"), int(Tls::VerifyFull));
    m_tls->setCurrentIndex(m_tls->findData(int(Tls::Required)));
    m_tls->setToolTip(tr("Off: only on a network you trust. On: the connection is encrypted. With the certificate "
                         "checked, ToaSoan also proves it reaches the office's server, with the office's CA file."));
    m_caFile = lineEdit(m_server, "caFileEdit");
    m_caFile->setPlaceholderText(tr("The office's CA certificate (.crt)"));
    m_caBrowse = new QPushButton(tr("&Browse…"), m_server);
    m_caBrowse->setObjectName(QStringLiteral("caBrowseButton"));
    auto *caRow = new QHBoxLayout;
    caRow->setContentsMargins(0, 0, 0, 0);
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(m_caBrowse);
    m_passwordNote = new QLabel(m_server);
    m_passwordNote->setObjectName(QStringLiteral("passwordNote"));
    m_passwordNote->setWordWrap(true);
    const QString unavailable = m_keychain->unavailableReason();
    m_passwordNote->setText(
        unavailable.isEmpty()
            ? tr("The password is kept in the system keychain, never in the settings file. Leave it empty to use "
                 "the stored one, PGPASSWORD or ~/.pgpass.")
            : tr("No system keychain is available on this computer (%1): the password is kept for this session "
                 "only and asked again at the next start. It is never written to the settings file.")
                  .arg(unavailable));
    auto *form = new QFormLayout(m_server);
    form->setContentsMargins(24, 0, 0, 0);
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(QString(), m_passwordNote);
    form->addRow(tr("&Encryption (TLS):"), m_tls);
    form->addRow(tr("CA &file:"), caRow);
    // The CA row's label has the line edit as its buddy.
    if (auto *caLabel = qobject_cast<QLabel *>(form->labelForField(caRow))) {
        caLabel->setBuddy(m_caFile);
    }

    m_check = new QPushButton(tr("Test the &connection"), this);
    m_check->setObjectName(QStringLiteral("checkButton"));
    m_check->setToolTip(tr("Connect to the server and look at the database, without changing anything"));
    m_status = new StatusLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_applyNote = new QLabel(this);
    m_applyNote->setObjectName(QStringLiteral("applyNote"));
    m_applyNote->setWordWrap(true);
    m_applyNote->setVisible(purpose == Purpose::Change);
    m_applyNote->setText(tr("A new choice applies at the next start of ToaSoan (unless --database or TOASOAN_DB "
                            "names another database)."));

    auto *buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(tr("Use this database"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("okButton"));
    m_ok->setDefault(true);
    QPushButton *cancel =
        buttons->addButton(purpose == Purpose::Change ? tr("Cancel") : tr("Quit"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelButton"));

    auto *checkRow = new QHBoxLayout;
    checkRow->addWidget(m_check);
    checkRow->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_sqlite);
    layout->addWidget(m_sqliteNote);
    layout->addWidget(m_postgres);
    layout->addWidget(m_server);
    layout->addLayout(checkRow);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(m_applyNote);
    layout->addWidget(buttons);

    connect(m_sqlite, &QRadioButton::toggled, this, &DatabaseDialog::updateFields);
    connect(m_tls, &QComboBox::currentIndexChanged, this, &DatabaseDialog::updateFields);
    connect(m_caBrowse, &QPushButton::clicked, this, &DatabaseDialog::chooseCaFile);
    connect(m_check, &QPushButton::clicked, this, &DatabaseDialog::checkConnection);
    connect(buttons, &QDialogButtonBox::accepted, this, &DatabaseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DatabaseDialog::reject);
    connect(&m_watcher, &QFutureWatcher<DatabaseCheck>::finished, this,
            [this] { showCheck(m_watcher.future().result()); });

    m_sqlite->setChecked(true);
    setLocation(m_sqlitePath);
}

DatabaseDialog::~DatabaseDialog()
{
    // The check holds nothing of the dialog; a connection attempt ends by its own timeout.
    m_watcher.disconnect(this);
}

QAction *DatabaseDialog::createMenuAction(WindowContext &context)
{
    QWidget *window = context.dialogParent();
    auto *action = new QAction(tr("&Database…"), window);
    action->setObjectName(QStringLiteral("databaseAction"));
    action->setStatusTip(tr("Where this computer keeps the newsroom: this computer only, or the office's server"));
    QObject::connect(action, &QAction::triggered, window, [&context] {
        const bool mayChange = checkPermission(context.user(), Action::ManageSettings).ok();
        DatabaseDialog *dialog =
            openForChange(context.dialogParent(), context.settings(), context.database().path(), mayChange);
        connect(dialog, &QDialog::accepted, dialog,
                [&context] { context.showStatus(tr("The database chosen is used from the next start of ToaSoan.")); });
    });
    return action;
}

DatabaseDialog *DatabaseDialog::openForChange(QWidget *parent, Settings &settings, const QString &current,
                                              bool mayChange)
{
    auto *dialog = new DatabaseDialog(settings, std::make_shared<SystemKeychain>(), Purpose::Change, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setLocation(current);
    dialog->m_status->showNeutral(tr("Open now: %1").arg(displayLocation(current)));
    if (!mayChange) {
        dialog->setReadOnly();
    }
    dialog->setWindowModality(parent ? Qt::WindowModal : Qt::ApplicationModal);
    dialog->open();
    return dialog;
}

void DatabaseDialog::setLocation(const QString &location)
{
    if (!isPostgresLocation(location)) {
        if (!location.trimmed().isEmpty()) {
            m_sqlitePath = location.trimmed();
        }
        m_sqlite->setChecked(true);
        updateFields();
        return;
    }
    auto parsed = parsePostgresLocation(location);
    if (!parsed) {
        showProblem(parsed.error());
        return;
    }
    m_postgres->setChecked(true);
    m_host->setText(parsed->host);
    m_port->setValue(parsed->port > 0 ? parsed->port : kDefaultPort);
    m_database->setText(parsed->database);
    m_user->setText(parsed->user);
    m_password->clear(); // a password given in the location is never shown
    m_tls->setCurrentIndex(m_tls->findData(int(tlsOf(parsed->option(QStringLiteral("sslmode"))))));
    m_caFile->setText(parsed->option(QStringLiteral("sslrootcert")));
    m_otherOptions.clear();
    for (const auto &[key, value] : parsed->options) {
        if (key != QLatin1String("sslmode") && key != QLatin1String("sslrootcert")) {
            m_otherOptions.append({key, value});
        }
    }
    updateFields();
}

void DatabaseDialog::showProblem(const Error &error)
{
    m_status->showError(error.message, error.detail);
    if (error.code == ErrorCode::Auth && postgresChosen()) {
        m_password->setFocus(Qt::OtherFocusReason);
    }
}

void DatabaseDialog::setReadOnly()
{
    m_readOnly = true;
    for (QWidget *field : std::initializer_list<QWidget *>{m_sqlite, m_postgres, m_server, m_check, m_ok}) {
        field->setEnabled(false);
    }
    m_ok->hide();
    if (auto *cancel = findChild<QPushButton *>(QStringLiteral("cancelButton"))) {
        cancel->setText(tr("Close"));
    }
    m_applyNote->setText(tr("Only an administrator can change the database."));
    m_applyNote->show();
}

bool DatabaseDialog::postgresChosen() const
{
    return m_postgres->isChecked();
}

PostgresLocation DatabaseDialog::postgresLocation() const
{
    PostgresLocation location;
    location.host = m_host->text().trimmed();
    location.port = m_port->value();
    location.database = m_database->text().trimmed();
    location.user = m_user->text().trimmed();
    const auto tls = Tls(m_tls->currentData().toInt());
    location.options.append({QStringLiteral("sslmode"), sslMode(tls)});
    if (tls == Tls::VerifyFull) {
        location.options.append({QStringLiteral("sslrootcert"), m_caFile->text().trimmed()});
    }
    location.options.append(m_otherOptions);
    return location;
}

QString DatabaseDialog::location() const
{
    return postgresChosen() ? postgresLocation().uri() : m_sqlitePath;
}

QString DatabaseDialog::password() const
{
    return postgresChosen() ? m_password->text() : QString();
}

QString DatabaseDialog::message() const
{
    return m_status->message();
}

bool DatabaseDialog::checkRunning() const
{
    return m_watcher.isRunning();
}

QString DatabaseDialog::missingField()
{
    const auto missing = [](QWidget *field, const QString &text) {
        field->setFocus(Qt::OtherFocusReason);
        return text;
    };
    if (m_host->text().trimmed().isEmpty()) {
        return missing(m_host, tr("Enter the server's name or address."));
    }
    if (m_database->text().trimmed().isEmpty()) {
        return missing(m_database, tr("Enter the database's name."));
    }
    if (m_user->text().trimmed().isEmpty()) {
        return missing(m_user, tr("Enter the user name."));
    }
    if (Tls(m_tls->currentData().toInt()) == Tls::VerifyFull) {
        const QString ca = m_caFile->text().trimmed();
        if (ca.isEmpty()) {
            return missing(m_caFile,
                           tr("Choose the office's CA file: verify-full checks the server's certificate against it."));
        }
        if (!QFileInfo(ca).isFile()) {
            return missing(m_caFile, tr("The CA file %1 does not exist.").arg(ca));
        }
    }
    return {};
}

void DatabaseDialog::checkConnection()
{
    if (!postgresChosen() || m_watcher.isRunning()) {
        return;
    }
    if (const QString missing = missingField(); !missing.isEmpty()) {
        m_status->showError(missing);
        return;
    }
    PostgresLocation location = postgresLocation();
    m_status->showNeutral(tr("Testing the connection to %1…").arg(location.display()));
    m_check->setEnabled(false);
    location.password = m_password->text();
    // Everything the task uses is its own: the dialog may close before the server answers.
    m_watcher.setFuture(QtConcurrent::run([keychain = m_keychain, location] { return runCheck(keychain, location); }));
}

void DatabaseDialog::showCheck(const DatabaseCheck &check)
{
    m_check->setEnabled(!m_readOnly && postgresChosen());
    if (!check.ok) {
        m_status->showError(check.error.message, check.error.detail);
        emit checkFinished(false);
        return;
    }
    const QString where = postgresLocation().display();
    const int latest = Database::latestSchemaVersion();
    if (check.schemaVersion == 0) {
        m_status->showSuccess(tr("The connection works. The database %1 is empty: ToaSoan creates its tables when it "
                                 "opens it and asks for the first administrator.")
                                  .arg(where));
    } else if (check.schemaVersion < latest) {
        m_status->showSuccess(tr("The connection works. %1 is a ToaSoan database of an older version (schema %2): "
                                 "it is updated to schema %3 when this ToaSoan opens it.")
                                  .arg(where)
                                  .arg(check.schemaVersion)
                                  .arg(latest));
    } else {
        m_status->showSuccess(tr("The connection works: %1 is a ToaSoan database.").arg(where));
    }
    emit checkFinished(true);
}

void DatabaseDialog::updateFields()
{
    const bool server = postgresChosen() && !m_readOnly;
    m_sqliteNote->setText(tr("A file on this computer: %1. Nobody at another computer sees its articles.")
                              .arg(QDir::toNativeSeparators(m_sqlitePath)));
    m_sqliteNote->setEnabled(!postgresChosen());
    m_server->setEnabled(server);
    m_check->setEnabled(server && !m_watcher.isRunning());
    const bool verify = Tls(m_tls->currentData().toInt()) == Tls::VerifyFull;
    m_caFile->setEnabled(verify);
    m_caBrowse->setEnabled(verify);
}

void DatabaseDialog::chooseCaFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Choose the office's CA certificate"), m_caFile->text(),
                                                      tr("Certificates (*.crt *.pem);;All files (*)"));
    if (!file.isEmpty()) {
        m_caFile->setText(QDir::toNativeSeparators(file));
    }
}

void DatabaseDialog::accept()
{
    if (m_readOnly) {
        reject();
        return;
    }
    if (!postgresChosen()) {
        m_settings.setDatabaseLocation(m_sqlitePath);
        m_settings.sync();
        QDialog::accept();
        return;
    }
    if (const QString missing = missingField(); !missing.isEmpty()) {
        m_status->showError(missing);
        return;
    }
    const PostgresLocation location = postgresLocation();
    if (!m_password->text().isEmpty()) {
        if (auto stored = m_keychain->write(databasePasswordKey(location), m_password->text()); !stored) {
            m_status->showError(tr("The password was not stored: %1").arg(stored.error().message),
                                stored.error().detail);
            return;
        }
    }
    m_settings.setDatabaseLocation(location.uri());
    m_settings.sync();
    QDialog::accept();
}

} // namespace toasoan::ui
