#include "ui/publish/SitesDialog.h"

#include "app/publish/SecretStore.h"
#include "app/publish/SiteAdmin.h"
#include "ui/common/Notifier.h"
#include "ui/common/StatusLabel.h"
#include "ui/publish/ConfirmQuestion.h"
#include "ui/publish/Publishing.h"
#include "ui/publish/SiteForm.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace toasoan::ui {

SitesDialog::SitesDialog(Publishing &publishing, const User &user, Notifier &notifier, QWidget *parent)
    : QDialog(parent), m_publishing(publishing), m_user(user), m_notifier(notifier),
      m_ownQuestion(std::make_unique<MessageBoxConfirmQuestion>())
{
    setObjectName(QStringLiteral("sitesDialog"));
    setWindowTitle(tr("Website connections"));
    m_question = m_ownQuestion.get();
    SiteAdmin admin(publishing.database(), publishing.secrets());

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("siteList"));
    m_list->setAccessibleName(tr("Website connections"));
    m_add = new QPushButton(tr("&Add"), this);
    m_add->setObjectName(QStringLiteral("addSiteButton"));
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeSiteButton"));
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_remove);
    listButtons->addStretch();
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);

    m_form = new SiteForm(this);
    m_save = new QPushButton(tr("&Save connection"), this);
    m_save->setObjectName(QStringLiteral("saveSiteButton"));
    m_test = new QPushButton(tr("&Test connection"), this);
    m_test->setObjectName(QStringLiteral("testConnectionButton"));
    m_test->setToolTip(tr("Check the address, the password and the account's rights on the website"));
    auto *formButtons = new QHBoxLayout;
    formButtons->addStretch();
    formButtons->addWidget(m_test);
    formButtons->addWidget(m_save);
    m_result = new StatusLabel(this);
    m_result->setObjectName(QStringLiteral("testResultLabel"));
    m_result->setHideWhenEmpty(false);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setMinimumHeight(m_result->fontMetrics().lineSpacing() * 3);
    m_result->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // What the site really answered stays out of the message (an error page's heading would
    // fill the dialog): it is there for whoever asks, as plain text.
    m_detailsButton = new QToolButton(this);
    m_detailsButton->setObjectName(QStringLiteral("testDetailsButton"));
    m_detailsButton->setText(tr("Details"));
    m_detailsButton->setCheckable(true);
    m_detailsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_detailsButton->setArrowType(Qt::RightArrow);
    m_detailsButton->setAutoRaise(true);
    m_detailsButton->hide();
    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(QStringLiteral("testDetails"));
    m_details->setAccessibleName(tr("Details of the connection test"));
    m_details->setReadOnly(true);
    m_details->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_details->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_details->hide();
    auto *right = new QVBoxLayout;
    right->addWidget(m_form);
    right->addLayout(formButtons);
    right->addWidget(m_result, 1);
    right->addWidget(m_detailsButton, 0, Qt::AlignLeft);
    right->addWidget(m_details, 4);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addLayout(right, 5);

    m_keychainNote = new QLabel(this);
    m_keychainNote->setObjectName(QStringLiteral("keychainNote"));
    m_keychainNote->setWordWrap(true);
    m_error = new StatusLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setAccessibleName(tr("Error"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_keychainNote);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(860, 480);

    connect(m_list, &QListWidget::currentRowChanged, this, &SitesDialog::showSelected);
    connect(m_add, &QPushButton::clicked, this, &SitesDialog::addSite);
    connect(m_remove, &QPushButton::clicked, this, &SitesDialog::removeSite);
    connect(m_save, &QPushButton::clicked, this, &SitesDialog::saveSite);
    connect(m_test, &QPushButton::clicked, this, &SitesDialog::testConnection);
    connect(m_detailsButton, &QToolButton::toggled, this, [this](bool open) {
        m_detailsButton->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        m_details->setVisible(open);
    });
    connect(m_form, &SiteForm::edited, this, &SitesDialog::updateButtons);
    connect(buttons, &QDialogButtonBox::rejected, this, &SitesDialog::reject);
    connect(&m_testWatcher, &QFutureWatcher<ConnectionCheck>::finished, this, &SitesDialog::onTested);

    if (auto allowed = admin.checkAllowed(user.id); allowed) {
        m_allowed = true;
    } else {
        showError(allowed.error());
    }
    reload(0);
    updateKeychainNote();
    // Nothing to choose yet: start with the new connection's name.
    (m_sites.isEmpty() ? static_cast<QWidget *>(m_form->nameEdit()) : m_list)->setFocus();
}

SitesDialog::~SitesDialog()
{
    // A test still running finishes in the pool; its result is simply not shown.
    m_testWatcher.disconnect(this);
}

SitesDialog *SitesDialog::openDialog(QWidget *parent, Publishing &publishing, const User &user, Notifier &notifier)
{
    if (auto allowed = SiteAdmin(publishing.database(), publishing.secrets()).checkAllowed(user.id); !allowed) {
        notifier.showError(parent, tr("Cannot open the website connections"), allowed.error());
        return nullptr;
    }
    auto *dialog = new SitesDialog(publishing, user, notifier, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(parent ? Qt::WindowModal : Qt::ApplicationModal);
    dialog->open();
    return dialog;
}

void SitesDialog::setConfirmQuestion(ConfirmQuestion *question)
{
    m_question = question ? question : m_ownQuestion.get();
}

QString SitesDialog::errorMessage() const
{
    return m_error->message();
}

void SitesDialog::showError(const Error &error)
{
    m_error->showError(error.message, error.detail);
}

void SitesDialog::reload(qint64 selectId)
{
    auto sites = SiteAdmin(m_publishing.database(), m_publishing.secrets()).sites();
    if (!sites) {
        showError(sites.error());
        return;
    }
    m_sites = *sites;
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    int select = -1;
    for (qsizetype i = 0; i < m_sites.size(); ++i) {
        const Site &s = m_sites.at(i);
        auto *item = new QListWidgetItem(s.name, m_list);
        item->setToolTip(siteKindLabel(s.kind) + QStringLiteral(" · ") + s.baseUrl.toDisplayString());
        if (s.id == selectId || (selectId == 0 && select < 0)) {
            select = int(i);
        }
    }
    m_list->setCurrentRow(select);
    m_shownRow = -2; // force showing
    showSelected();
}

void SitesDialog::showSelected()
{
    const int row = m_list->currentRow();
    if (row == m_shownRow) {
        return;
    }
    if (m_form->isModified() && m_shownRow != -2 &&
        !m_notifier.confirmDiscard(this, tr("Discard the changes to this connection?"))) {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentRow(m_shownRow);
        return;
    }
    m_shownRow = row;
    if (row >= 0 && row < m_sites.size()) {
        const Site &site = m_sites.at(row);
        m_form->setSite(site, SiteAdmin(m_publishing.database(), m_publishing.secrets()).hasSecret(site));
    } else {
        m_form->clear();
    }
    m_result->clearMessage();
    updateButtons();
}

void SitesDialog::addSite()
{
    if (m_form->isModified() && !m_notifier.confirmDiscard(this, tr("Discard the changes to this connection?"))) {
        return;
    }
    {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentRow(-1);
    }
    m_shownRow = -1;
    m_form->clear();
    m_result->clearMessage();
    showError({});
    m_form->nameEdit()->setFocus();
    updateButtons();
}

bool SitesDialog::saveSite()
{
    SiteAdmin admin(m_publishing.database(), m_publishing.secrets());
    auto saved = admin.save(m_user.id, m_form->site(), m_form->secret());
    if (!saved) {
        showError(saved.error());
        return false;
    }
    showError({});
    m_form->setModified(false);
    reload(saved->id);
    m_result->showNeutral(tr("Saved."));
    updateKeychainNote();
    return true;
}

void SitesDialog::removeSite()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_sites.size()) {
        return;
    }
    const Site site = m_sites.at(row);
    if (!m_question->confirm(this, tr("Remove the connection"),
                             tr("Remove the connection %1? Jobs waiting to be sent there are removed too, and "
                                "ToaSoan forgets which articles it published there. The posts stay on the "
                                "website.")
                                 .arg(site.name),
                             tr("Remove"))) {
        return;
    }
    if (auto removed = SiteAdmin(m_publishing.database(), m_publishing.secrets()).remove(m_user.id, site.id);
        !removed) {
        showError(removed.error());
        return;
    }
    showError({});
    m_form->setModified(false);
    reload(0);
}

void SitesDialog::testConnection()
{
    if (m_testing) {
        return;
    }
    const Site site = m_form->site();
    if (!site.baseUrl.isValid() || site.baseUrl.host().isEmpty()) {
        m_result->showNeutral(tr("Enter the website's address first."));
        return;
    }
    m_testedName = site.name.isEmpty() ? site.baseUrl.host() : site.name;
    m_result->showNeutral(tr("Testing the connection to %1…").arg(m_testedName));
    showTestDetails(QString());
    m_testing = true;
    m_testWatcher.setFuture(SiteChecks::testConnection(m_publishing.sharedSecrets(), site, m_form->secret()));
    updateButtons();
}

void SitesDialog::onTested()
{
    m_testing = false;
    const ConnectionCheck check = m_testWatcher.result();
    m_result->showMessage(check.ok ? StatusLabel::Kind::Success : StatusLabel::Kind::Error,
                          SiteChecks::describe(check, m_testedName),
                          check.ok ? check.info.apiUrl.toDisplayString() : QString());
    showTestDetails(check.ok ? QString() : SiteChecks::details(check));
    updateKeychainNote();
    updateButtons();
}

void SitesDialog::showTestDetails(const QString &details)
{
    m_details->setPlainText(details);
    m_detailsButton->setChecked(false);
    m_detailsButton->setVisible(!details.isEmpty());
}

void SitesDialog::updateKeychainNote()
{
    const QString reason = m_publishing.secrets().sessionOnlyReason();
    m_keychainNote->setText(reason);
    m_keychainNote->setVisible(!reason.isEmpty());
}

void SitesDialog::updateButtons()
{
    const bool selected = m_list->currentRow() >= 0;
    m_form->setEnabled(m_allowed);
    m_add->setEnabled(m_allowed);
    m_remove->setEnabled(m_allowed && selected);
    m_save->setEnabled(m_allowed);
    m_test->setEnabled(m_allowed && !m_testing);
}

void SitesDialog::reject()
{
    if (m_form->isModified() && !m_notifier.confirmDiscard(this, tr("Discard the changes to this connection?"))) {
        return;
    }
    QDialog::reject();
}

} // namespace toasoan::ui
