#pragma once

#include "app/model/User.h"

#include <QWizard>

class QAction;
class QListWidget;
class QLineEdit;
class QRadioButton;
class QTableWidget;

namespace toasoan {
class Database;
}

namespace toasoan::ui {

class StatusLabel;
class WindowContext;

/// "Thiết lập ban đầu": offered to the first administrator as soon as their account exists, and
/// later from the File menu. Four pages: the office's name and place, the categories (the usual
/// district sections ticked as a start), the review mode and the first users. Each page is applied
/// through the core (which checks the acting administrator) when it is left with Next or Finish;
/// "Skip this step" leaves that part as it is, and closing keeps what was applied.
class FirstStartWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstStartWizard)

public:
    enum Page
    {
        OfficePage,
        CategoriesPage,
        ReviewPage,
        UsersPage,
    };

    FirstStartWizard(Database &db, const User &admin, QWidget *parent = nullptr);

    /// The "Thiết lập ban đầu…" menu entry: shown and enabled only for administrators; it opens
    /// the wizard without blocking (or raises it) and reads the list again when it closes.
    static QAction *createMenuAction(WindowContext &context);

    /// Leaves the current page without applying it, as "Skip this step" does.
    void skipPage();

    QLineEdit *officeNameEdit() const { return m_officeName; }
    QLineEdit *officePlaceEdit() const { return m_officePlace; }
    /// The categories: the workspace's own (ticked, greyed) and the suggestions (editable).
    QListWidget *categoryList() const { return m_categories; }
    /// Adds an editable, ticked category line and starts editing it.
    void addCategoryLine(const QString &name = {});
    QRadioButton *oneStepButton() const { return m_oneStep; }
    QRadioButton *twoStepButton() const { return m_twoStep; }
    /// Login, full name, role (a combo box), initial password; blank rows are ignored.
    QTableWidget *userTable() const { return m_users; }
    void addUserRow();
    /// The error or success line of `page`; empty when none.
    QString message(Page page) const;

    bool validateCurrentPage() override;

private:
    QWizardPage *createOfficePage();
    QWizardPage *createCategoriesPage();
    QWizardPage *createReviewPage();
    QWizardPage *createUsersPage();
    void loadCurrent();
    bool applyOffice();
    bool applyCategories();
    bool applyReviewMode();
    bool applyUsers();
    StatusLabel *pageMessage(Page page) const;

    Database &m_db;
    User m_admin;
    bool m_skipping = false;
    QLineEdit *m_officeName = nullptr;
    QLineEdit *m_officePlace = nullptr;
    QListWidget *m_categories = nullptr;
    QRadioButton *m_oneStep = nullptr;
    QRadioButton *m_twoStep = nullptr;
    QTableWidget *m_users = nullptr;
    QList<StatusLabel *> m_messages;
};

} // namespace toasoan::ui
