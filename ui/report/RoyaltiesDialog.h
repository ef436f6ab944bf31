#pragma once

#include "app/model/User.h"
#include "app/report/Royalties.h"

#include <QDate>
#include <QDialog>

class QAction;
class QDateEdit;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace toasoan {
class Database;
}

namespace toasoan::ui {

class StatusLabel;
class WindowContext;

/// Báo cáo ▸ Nhuận bút tháng…: a month's royalties per author (their articles, kind, points and
/// amount), the office total in figures and words, closing and reopening the month (the core
/// decides who may), and saving the statement as PDF, .xlsx or CSV (PDF and workbook are written by
/// the toasoan-slip printer, as on the command line).
class RoyaltiesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoyaltiesDialog)

public:
    RoyaltiesDialog(Database &db, const User &user, QWidget *parent = nullptr);

    /// The menu entry; opens the dialog (one at a time) over the window.
    static QAction *createMenuAction(WindowContext &context);

    void setMonth(const QDate &month);
    QDate month() const { return m_shown.month; }
    const report::MonthRoyalties &statement() const { return m_shown; }
    /// Writes the statement shown to `path` (.pdf, .xlsx or .csv); what "Save…" does once a file is chosen.
    Result<void> saveTo(const QString &path);

private:
    void reload();
    void closeOrReopen();
    void chooseFile();

    Database &m_db;
    User m_user;
    report::MonthRoyalties m_shown;
    QDateEdit *m_monthEdit = nullptr;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_summary = nullptr;
    StatusLabel *m_status = nullptr;
    QPushButton *m_closeButton = nullptr;
    QPushButton *m_saveButton = nullptr;
};

} // namespace toasoan::ui
