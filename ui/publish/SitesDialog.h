#pragma once

#include "app/model/Site.h"
#include "app/model/User.h"
#include "ui/common/StatusLabel.h"
#include "ui/publish/SiteChecks.h"

#include <QDialog>
#include <QFutureWatcher>
#include <memory>

class QLabel;
class QPlainTextEdit;
class QToolButton;
class QListWidget;
class QPushButton;

namespace toasoan::ui {

class ConfirmQuestion;
class Notifier;
class Publishing;
class SiteForm;

/// "Kết nối website" (administrators): the list of website connections, a form to add, edit or
/// remove one, and "Kiểm tra kết nối", which runs the core's connection test in a worker thread and
/// shows its diagnosis. Every change goes through the core's SiteAdmin, which refuses anyone but
/// an administrator; passwords go to the keychain (or, without one, memory for this session: the
/// dialog says so).
class SitesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SitesDialog)

public:
    SitesDialog(Publishing &publishing, const User &user, Notifier &notifier, QWidget *parent = nullptr);
    ~SitesDialog() override;

    /// Opens the dialog window-modal (deleted when closed) when the core allows the user to manage
    /// the connections; otherwise tells why through `notifier` and returns nullptr.
    static SitesDialog *openDialog(QWidget *parent, Publishing &publishing, const User &user, Notifier &notifier);

    /// Replaces the "remove this connection?" question (tests answer without a modal loop).
    void setConfirmQuestion(ConfirmQuestion *question);

    SiteForm *form() const { return m_form; }
    QListWidget *siteList() const { return m_list; }
    StatusLabel *testResult() const { return m_result; }
    /// "Details": shown after a failed test, opens the technical detail and the site's raw reply.
    QToolButton *testDetailsButton() const { return m_detailsButton; }
    QPlainTextEdit *testDetails() const { return m_details; }
    QLabel *keychainNote() const { return m_keychainNote; }
    /// The inline error of the last save or removal; empty when it worked.
    QString errorMessage() const;
    /// A connection test is running in the background (its result is not shown yet).
    bool isTesting() const { return m_testing; }

public slots:
    /// Empties the form for a new connection.
    void addSite();
    /// Saves the form; false (message shown, text kept) when the core refused it.
    bool saveSite();
    void removeSite();
    /// Tests what the form says (the typed password, else the stored one) in the background.
    void testConnection();
    void reject() override;

private:
    void reload(qint64 selectId);
    void showSelected();
    void showError(const Error &error);
    void updateKeychainNote();
    void updateButtons();
    void onTested();
    void showTestDetails(const QString &details);

    Publishing &m_publishing;
    User m_user;
    Notifier &m_notifier;
    ConfirmQuestion *m_question = nullptr;
    std::unique_ptr<ConfirmQuestion> m_ownQuestion;
    bool m_allowed = false;
    QList<Site> m_sites;
    int m_shownRow = -1;
    QString m_testedName;
    bool m_testing = false; ///< until the result is shown (the future finishes a moment before)

    QListWidget *m_list = nullptr;
    SiteForm *m_form = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_test = nullptr;
    StatusLabel *m_result = nullptr;
    QToolButton *m_detailsButton = nullptr;
    QPlainTextEdit *m_details = nullptr;
    QLabel *m_keychainNote = nullptr;
    StatusLabel *m_error = nullptr;
    QFutureWatcher<ConnectionCheck> m_testWatcher;
};

} // namespace toasoan::ui
