#pragma once

#include "app/core/DatabaseLocation.h"
#include "app/core/Result.h"

#include <QDialog>
#include <QFutureWatcher>
#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QWidget;

namespace toasoan {
class Settings;
class SystemKeychain;
} // namespace toasoan

namespace toasoan::ui {

class StatusLabel;
class WindowContext;

/// What "Kiểm tra kết nối" found: the database's schema version when it answered, else why not.
struct DatabaseCheck
{
    bool ok = false;
    Error error;
    int schemaVersion = 0;
};

/// The key the shared database's password is filed under in the keychain: its address without
/// password (`postgresql://user@host:port/db`).
QString databasePasswordKey(const PostgresLocation &location);

/// "Cơ sở dữ liệu": where this computer keeps the newsroom — "Chỉ máy này (SQLite)", a file of its
/// own, or "Máy chủ của cơ quan (PostgreSQL)", the office's shared database: server, port, database,
/// user, password and TLS (off: sslmode=disable; on: sslmode=require; on with the server's
/// certificate checked against the office's CA file: sslmode=verify-full + sslrootcert).
/// "Kiểm tra kết nối" opens the database through the core in a worker thread without changing it
/// and shows the core's diagnosis. Accepting stores the location in the settings without the
/// password and the password in the system keychain. Shown at the first start and from Settings or
/// the File menu, where a change applies at the next start.
class DatabaseDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatabaseDialog)

public:
    enum class Purpose
    {
        FirstStart, ///< nothing opened yet: "Thoát" closes ToaSoan
        Reconnect,  ///< the chosen database failed to open at start: its diagnosis is shown
        Change,     ///< from the window: applies at the next start
    };
    enum class Tls
    {
        Off,        ///< sslmode=disable
        Required,   ///< sslmode=require: encrypted, the certificate not checked
        VerifyFull, ///< sslmode=verify-full with sslrootcert: encrypted, the server proven
    };

    DatabaseDialog(Settings &settings, std::shared_ptr<SystemKeychain> keychain, Purpose purpose,
                   QWidget *parent = nullptr);
    ~DatabaseDialog() override;

    /// The "Cơ sở dữ liệu" entry of the File menu: opens the dialog over the window; only an
    /// administrator may change the choice.
    static QAction *createMenuAction(WindowContext &context);
    /// Opens the dialog window-modal over `parent` (deleted when closed), as a change that applies at
    /// the next start; read-only unless `mayChange`.
    static DatabaseDialog *openForChange(QWidget *parent, Settings &settings, const QString &current, bool mayChange);

    /// Fills the form from `location` (an SQLite path or a PostgreSQL location).
    void setLocation(const QString &location);
    /// Shows why the database could not be opened (the start's diagnosis).
    void showProblem(const Error &error);
    /// Makes the form read-only, saying only an administrator may change it.
    void setReadOnly();

    bool postgresChosen() const;
    /// The chosen location, without the password: an SQLite path or a PostgreSQL URI.
    QString location() const;
    /// The password typed (empty: the stored one, PGPASSWORD or ~/.pgpass).
    QString password() const;
    /// The message under the form (a diagnosis, a success or a problem); empty when none.
    QString message() const;
    bool checkRunning() const;

    QRadioButton *sqliteButton() const { return m_sqlite; }
    QRadioButton *postgresButton() const { return m_postgres; }
    QComboBox *tlsCombo() const { return m_tls; }
    QPushButton *checkButton() const { return m_check; }

public slots:
    void accept() override;
    /// "Kiểm tra kết nối".
    void checkConnection();

signals:
    /// A connection check ended; message() tells what it found.
    void checkFinished(bool ok);

private:
    PostgresLocation postgresLocation() const;
    /// Empty when the fields can make a connection; else what is missing (and focuses it).
    QString missingField();
    void updateFields();
    void chooseCaFile();
    void showCheck(const DatabaseCheck &check);

    Settings &m_settings;
    std::shared_ptr<SystemKeychain> m_keychain;
    Purpose m_purpose;
    QString m_sqlitePath;
    QList<std::pair<QString, QString>> m_otherOptions; ///< options kept from the location as given
    bool m_readOnly = false;

    QRadioButton *m_sqlite = nullptr;
    QRadioButton *m_postgres = nullptr;
    QLabel *m_sqliteNote = nullptr;
    QWidget *m_server = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QComboBox *m_tls = nullptr;
    QLineEdit *m_caFile = nullptr;
    QPushButton *m_caBrowse = nullptr;
    QLabel *m_passwordNote = nullptr;
    QPushButton *m_check = nullptr;
    StatusLabel *m_status = nullptr;
    QLabel *m_applyNote = nullptr;
    QPushButton *m_ok = nullptr;
    QFutureWatcher<DatabaseCheck> m_watcher;
};

} // namespace toasoan::ui
