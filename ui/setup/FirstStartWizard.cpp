#include "ui/setup/FirstStartWizard.h"

#include "app/storage/TaxonomyRepository.h"
#include "app/storage/UserRepository.h"
#include "app/text/Normalize.h"
#include "app/text/Slug.h"
#include "app/users/UserAdmin.h"
#include "app/workflow/OfficeSetup.h"
#include "app/workflow/WorkflowService.h"
#include "ui/common/StatusLabel.h"
#include "ui/common/WindowContext.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace toasoan::ui {

namespace {

enum UserColumn
{
    LoginColumn,
    NameColumn,
    RoleColumn,
    PasswordColumn,
};

constexpr Role kRoles[] = {Role::Reporter, Role::Editor, Role::Approver, Role::Admin};

QLabel *wrapped(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? text::normalize(item->text().trimmed()) : QString();
}

} // namespace

FirstStartWizard::FirstStartWizard(Database &db, const User &admin, QWidget *parent)
    : QWizard(parent), m_db(db), m_admin(admin)
{
    setObjectName(QStringLiteral("firstStartWizard"));
    setWindowTitle(tr("First-start setup"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/toasoan.svg")));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveCustomButton1);
    // Qt's own texts for these have no Vietnamese in qt_vi.ts: the wizard names its buttons itself.
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::CustomButton1, tr("&Skip this step"));
    // What the pages before applied stays: closing is not undoing.
    setButtonText(QWizard::CancelButton, tr("&Close"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    button(QWizard::CustomButton1)->setObjectName(QStringLiteral("skipButton"));
    connect(this, &QWizard::customButtonClicked, this, &FirstStartWizard::skipPage);

    setPage(OfficePage, createOfficePage());
    setPage(CategoriesPage, createCategoriesPage());
    setPage(ReviewPage, createReviewPage());
    setPage(UsersPage, createUsersPage());
    loadCurrent();
    // Fits a 1366×768 laptop with its taskbar.
    resize(720, 540);
}

QAction *FirstStartWizard::createMenuAction(WindowContext &context)
{
    QWidget *window = context.dialogParent();
    Database &db = context.database();
    const User &user = context.user();
    auto *action = new QAction(tr("First-start &setup…"), window);
    action->setObjectName(QStringLiteral("firstStartAction"));
    action->setStatusTip(tr("Office name, categories, review mode and the first users"));
    // The core refuses anyone else anyway; the entry only shows where it can work.
    const bool admin = checkPermission(user, Action::ManageSettings).ok() && UserAdmin(db).check(user.id).ok();
    action->setVisible(admin);
    action->setEnabled(admin);
    QObject::connect(action, &QAction::triggered, window, [&context, &db, user, window] {
        auto *wizard = window->findChild<FirstStartWizard *>();
        if (!wizard) {
            wizard = new FirstStartWizard(db, user, window);
            wizard->setAttribute(Qt::WA_DeleteOnClose);
            // New categories and the review mode show in the list's filters and the buttons.
            QObject::connect(wizard, &QDialog::finished, window, [&context] { context.refreshList(); });
        }
        wizard->show();
        wizard->raise();
        wizard->activateWindow();
    });
    return action;
}

QWizardPage *FirstStartWizard::createOfficePage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("The office"));
    page->setSubTitle(tr("Printed on the approval slip. You can change it later under File ▸ Settings."));
    m_officeName = new QLineEdit(page);
    m_officeName->setObjectName(QStringLiteral("officeNameEdit"));
    m_officeName->setAccessibleName(tr("Office name"));
    m_officeName->setPlaceholderText(tr("e.g. Culture and Information Centre"));
    m_officePlace = new QLineEdit(page);
    m_officePlace->setObjectName(QStringLiteral("officePlaceEdit"));
    m_officePlace->setAccessibleName(tr("Place"));
    m_officePlace->setPlaceholderText(tr("e.g. Nam Tu Liem"));
    auto *form = new QFormLayout;
    form->addRow(tr("Office &name:"), m_officeName);
    form->addRow(tr("&Place:"), m_officePlace);
    form->addRow(QString(),
                 wrapped(tr("The place opens the slip's date line: \"Nam Từ Liêm, ngày 9 tháng 11 năm 2022\"."), page));
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addStretch(1);
    m_messages.append(new StatusLabel(page));
    layout->addWidget(m_messages.constLast());
    return page;
}

QWizardPage *FirstStartWizard::createCategoriesPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Categories"));
    page->setSubTitle(tr("The sections of the website. The usual ones of a district news site are ticked: untick "
                         "those you do not need, double-click a name to change it, add your own."));
    m_categories = new QListWidget(page);
    m_categories->setObjectName(QStringLiteral("categoryList"));
    m_categories->setAccessibleName(tr("Categories"));
    auto *add = new QPushButton(tr("&Add a category"), page);
    add->setObjectName(QStringLiteral("addCategoryButton"));
    connect(add, &QPushButton::clicked, this, [this] { addCategoryLine(); });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_categories, 1);
    layout->addLayout(buttons);
    m_messages.append(new StatusLabel(page));
    layout->addWidget(m_messages.constLast());
    return page;
}

QWizardPage *FirstStartWizard::createReviewPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Review"));
    page->setSubTitle(
        tr("Who reads an article before it may be published. You can change it later under File ▸ First-start "
           "setup."));
    m_oneStep = new QRadioButton(tr("&One step: reporter → approver"), page);
    m_oneStep->setObjectName(QStringLiteral("oneStepButton"));
    m_twoStep = new QRadioButton(tr("&Two steps: reporter → editor → approver"), page);
    m_twoStep->setObjectName(QStringLiteral("twoStepButton"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_oneStep);
    layout->addWidget(wrapped(tr("A submitted article goes straight to the leaders for approval: for a small "
                                 "office without editors."),
                              page));
    layout->addSpacing(8);
    layout->addWidget(m_twoStep);
    layout->addWidget(wrapped(tr("An editor reviews and edits the article first, then forwards it to the "
                                 "leaders for approval."),
                              page));
    layout->addStretch(1);
    m_messages.append(new StatusLabel(page));
    layout->addWidget(m_messages.constLast());
    return page;
}

QWizardPage *FirstStartWizard::createUsersPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("The first users"));
    page->setSubTitle(tr("One line per person; empty lines are ignored. You can add more later under File ▸ "
                         "Manage users."));
    m_users = new QTableWidget(0, 4, page);
    m_users->setObjectName(QStringLiteral("userTable"));
    m_users->setAccessibleName(tr("The first users"));
    m_users->setHorizontalHeaderLabels({tr("Login"), tr("Full name"), tr("Role"), tr("Initial password")});
    m_users->verticalHeader()->hide();
    // Every heading whole ("Mật khẩu ban đầu" is longer than most passwords); the name takes the rest.
    m_users->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_users->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_users->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto *add = new QPushButton(tr("Add a &line"), page);
    add->setObjectName(QStringLiteral("addUserButton"));
    connect(add, &QPushButton::clicked, this, &FirstStartWizard::addUserRow);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(wrapped(tr("A password has at least %n character(s). Give each person theirs in person.", nullptr,
                                 UserRepository::kMinPasswordLength),
                              page));
    layout->addWidget(m_users, 1);
    layout->addLayout(buttons);
    m_messages.append(new StatusLabel(page));
    layout->addWidget(m_messages.constLast());
    for (int i = 0; i < 3; ++i) {
        addUserRow();
    }
    return page;
}

void FirstStartWizard::loadCurrent()
{
    auto office = WorkflowService(m_db).officeSettings();
    if (office) {
        m_officeName->setText(office->officeName);
        m_officePlace->setText(office->officePlace);
        (office->reviewMode == ReviewMode::OneStep ? m_oneStep : m_twoStep)->setChecked(true);
    } else {
        m_twoStep->setChecked(true);
        pageMessage(OfficePage)->showError(office.error().message, office.error().detail);
    }

    // The workspace's own categories first, as they are; the suggestions it lacks after them.
    QSet<QString> slugs;
    if (auto existing = TaxonomyRepository(m_db).listCategories(); existing) {
        for (const Category &category : std::as_const(*existing)) {
            auto *item = new QListWidgetItem(category.name, m_categories);
            item->setFlags(Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Checked);
            item->setToolTip(tr("Already in the workspace"));
            slugs.insert(category.slug);
        }
    }
    for (const QString &name : OfficeSetup::suggestedCategories()) {
        if (!slugs.contains(text::slugify(name))) {
            addCategoryLine(name);
        }
    }
    m_categories->setCurrentRow(-1);
}

void FirstStartWizard::addCategoryLine(const QString &name)
{
    auto *item = new QListWidgetItem(name, m_categories);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Checked);
    if (name.isEmpty()) {
        m_categories->setCurrentItem(item);
        m_categories->editItem(item);
    }
}

void FirstStartWizard::addUserRow()
{
    const int row = m_users->rowCount();
    m_users->insertRow(row);
    auto *role = new QComboBox(m_users);
    role->setObjectName(QStringLiteral("roleCombo%1").arg(row));
    role->setAccessibleName(tr("Role"));
    for (Role r : kRoles) {
        role->addItem(roleLabel(r), roleKey(r));
    }
    m_users->setCellWidget(row, RoleColumn, role);
    for (int column : {LoginColumn, NameColumn, PasswordColumn}) {
        m_users->setItem(row, column, new QTableWidgetItem);
    }
}

void FirstStartWizard::skipPage()
{
    m_skipping = true;
    if (nextId() == -1) {
        accept();
    } else {
        next();
    }
    m_skipping = false;
}

QString FirstStartWizard::message(Page page) const
{
    return pageMessage(page)->message();
}

StatusLabel *FirstStartWizard::pageMessage(Page page) const
{
    return m_messages.at(int(page));
}

bool FirstStartWizard::validateCurrentPage()
{
    if (m_skipping) {
        return true;
    }
    pageMessage(Page(currentId()))->clearMessage();
    switch (currentId()) {
    case OfficePage:
        return applyOffice();
    case CategoriesPage:
        return applyCategories();
    case ReviewPage:
        return applyReviewMode();
    case UsersPage:
        return applyUsers();
    default:
        return QWizard::validateCurrentPage();
    }
}

bool FirstStartWizard::applyOffice()
{
    WorkflowService workflow(m_db);
    auto stored = workflow.officeSettings().and_then([&](OfficeSettings office) {
        office.officeName = text::normalize(m_officeName->text().simplified());
        office.officePlace = text::normalize(m_officePlace->text().simplified());
        return workflow.updateOfficeSettings(m_admin.id, office);
    });
    if (!stored) {
        pageMessage(OfficePage)->showError(stored.error().message, stored.error().detail);
    }
    return stored.ok();
}

bool FirstStartWizard::applyCategories()
{
    // A name still being typed counts: moving the current line away commits its editor.
    m_categories->setCurrentRow(-1);
    QStringList names;
    QList<QListWidgetItem *> lines;
    for (int i = 0; i < m_categories->count(); ++i) {
        QListWidgetItem *item = m_categories->item(i);
        if ((item->flags() & Qt::ItemIsEditable) && item->checkState() == Qt::Checked) {
            names.append(item->text());
            lines.append(item);
        }
    }
    auto added = OfficeSetup(m_db).addCategories(m_admin.id, names);
    if (!added) {
        pageMessage(CategoriesPage)->showError(added.error().message, added.error().detail);
        return false;
    }
    // Back and Next again must not offer them twice: they are the workspace's own now.
    for (QListWidgetItem *item : std::as_const(lines)) {
        item->setFlags(Qt::ItemIsUserCheckable);
        item->setToolTip(tr("Already in the workspace"));
    }
    return true;
}

bool FirstStartWizard::applyReviewMode()
{
    WorkflowService workflow(m_db);
    auto stored = workflow.officeSettings().and_then([&](OfficeSettings office) {
        office.reviewMode = m_oneStep->isChecked() ? ReviewMode::OneStep : ReviewMode::TwoStep;
        return workflow.updateOfficeSettings(m_admin.id, office);
    });
    if (!stored) {
        pageMessage(ReviewPage)->showError(stored.error().message, stored.error().detail);
    }
    return stored.ok();
}

bool FirstStartWizard::applyUsers()
{
    m_users->setCurrentCell(-1, -1); // commits a cell still being typed in
    UserAdmin admin(m_db);
    for (int row = 0; row < m_users->rowCount(); ++row) {
        auto *role = qobject_cast<QComboBox *>(m_users->cellWidget(row, RoleColumn));
        const QString login = cellText(m_users, row, LoginColumn);
        const QString name = cellText(m_users, row, NameColumn);
        const QString password = cellText(m_users, row, PasswordColumn);
        if (!role->isEnabled() || (login.isEmpty() && name.isEmpty() && password.isEmpty())) {
            continue; // created before, or blank
        }
        auto user = admin.create(m_admin.id, login, name,
                                 roleFromKey(role->currentData().toString()).value_or(Role::Reporter), password);
        if (!user) {
            m_users->setCurrentCell(row, LoginColumn);
            pageMessage(UsersPage)->showError(tr("Line %1: %2").arg(row + 1).arg(user.error().message),
                                              user.error().detail);
            return false;
        }
        // Created: the line stays for the record, but cannot be sent twice.
        role->setEnabled(false);
        for (int column : {LoginColumn, NameColumn, PasswordColumn}) {
            m_users->item(row, column)->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        }
    }
    return true;
}

} // namespace toasoan::ui
