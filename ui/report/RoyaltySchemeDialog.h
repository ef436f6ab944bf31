#pragma once

#include "app/model/User.h"

#include <QDialog>

class QAction;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace toasoan {
class Database;
}

namespace toasoan::ui {

class StatusLabel;
class WindowContext;

/// Cài đặt ▸ Nhuận bút: the office's royalty scheme — the value of one point (VND) and the kinds of
/// work with their code, name, point range and optional length band (words), retired or in use. A new
/// workspace shows the example scheme, marked as such, until an administrator saves the office's own.
/// Saving goes through the core (report::RoyaltySchemes::save), which checks the permission and the
/// figures; a refusal shows in the dialog. Others see the scheme read-only.
class RoyaltySchemeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoyaltySchemeDialog)

public:
    RoyaltySchemeDialog(Database &db, const User &user, QWidget *parent = nullptr);

    /// The menu entry (administrators only); opens the dialog over the window.
    static QAction *createMenuAction(WindowContext &context);

    QTableWidget *table() const { return m_table; }
    QSpinBox *pointValueBox() const { return m_pointValue; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *addButton() const { return m_add; }
    QString message() const;

private:
    void load();
    void save();
    void addRow();

    Database &m_db;
    User m_user;
    bool m_canEdit = false;
    QSpinBox *m_pointValue = nullptr;
    QTableWidget *m_table = nullptr;
    StatusLabel *m_status = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace toasoan::ui
