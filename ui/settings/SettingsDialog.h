#pragma once

#include "app/model/User.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace toasoan {
class Database;
class Settings;
} // namespace toasoan

namespace toasoan::ui {

/// "Cài đặt": the interface language (used after a restart), autosave and length warnings (this
/// computer's Settings), and the office's name, place and house tone style (the workspace's settings
/// table, shared by every user, editable by those allowed to manage settings; the approval slip prints
/// the name and the place).
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    SettingsDialog(Settings &settings, Database &db, const User &user, QWidget *parent = nullptr);

    /// Opens the dialog window-modal (deleted when closed) and returns it; settingsSaved() tells
    /// when the user confirmed.
    static SettingsDialog *openDialog(QWidget *parent, Settings &settings, Database &db, const User &user);

    /// The chosen language differs from the one the interface is shown in.
    bool restartNeeded() const;
    /// Whether this user may change the office-wide part.
    bool canEditOffice() const { return m_canEditOffice; }
    /// The error shown when saving failed; empty when none.
    QString errorMessage() const;

public slots:
    void accept() override;

signals:
    /// Everything was written; `restartNeeded` when the language changes at the next start.
    void settingsSaved(bool restartNeeded);

private:
    void load();
    void updateRestartNote();

    Settings &m_settings;
    Database &m_db;
    User m_user;
    bool m_canEditOffice = false;
    QString m_runningLanguage;

    QComboBox *m_language = nullptr;
    QLabel *m_restartNote = nullptr;
    QSpinBox *m_autosave = nullptr;
    QSpinBox *m_titleLimit = nullptr;
    QSpinBox *m_sapoLimit = nullptr;
    QLineEdit *m_officeName = nullptr;
    QLineEdit *m_officePlace = nullptr;
    QRadioButton *m_oldStyle = nullptr;
    QRadioButton *m_newStyle = nullptr;
    QLabel *m_officeNote = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace toasoan::ui
