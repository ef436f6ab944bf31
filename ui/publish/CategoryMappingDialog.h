#pragma once

#include "app/model/Site.h"
#include "app/model/User.h"
#include "ui/publish/SiteChecks.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QHash>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace toasoan::ui {

class Notifier;
class Publishing;
class StatusLabel;

/// "Chuyên mục trên website" (administrators): reads a site's category tree ("Đồng bộ chuyên mục",
/// in a worker thread) and maps each of the office's categories to one of the site's, one combo per
/// row. Unmapped categories are matched by name when publishing (and created on the site when
/// missing). Stored through the core's SiteAdmin, which refuses anyone but an administrator.
class CategoryMappingDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CategoryMappingDialog)

public:
    CategoryMappingDialog(Publishing &publishing, const User &user, Notifier &notifier, QWidget *parent = nullptr);
    ~CategoryMappingDialog() override;

    /// Opens the dialog window-modal (deleted when closed) when the core allows the user to manage
    /// the websites; otherwise tells why through `notifier` and returns nullptr.
    static CategoryMappingDialog *openDialog(QWidget *parent, Publishing &publishing, const User &user,
                                             Notifier &notifier);

    QComboBox *siteCombo() const { return m_site; }
    QTableWidget *table() const { return m_table; }
    /// The combo choosing the site's category for the local category `categoryId`.
    QComboBox *remoteComboFor(qint64 categoryId) const;
    QLabel *statusLabel() const { return m_status; }
    /// The site's categories are being read (the result is not shown yet).
    bool isSyncing() const { return m_syncing; }
    /// The inline error of the last action; empty when it worked.
    QString errorMessage() const;

public slots:
    /// Reads the site's categories in the background, then stores them.
    void syncCategories();
    /// Stores the mapping; false (message shown, choices kept) when the core refused it.
    bool saveMappings();
    void accept() override;
    void reject() override;

private:
    void loadSites();
    void showSite();
    void fillTable(const QHash<qint64, QString> &choices);
    QHash<qint64, QString> currentChoices() const;
    bool isModified() const;
    void showError(const Error &error);
    void onSynced();
    Site currentSite() const;

    Publishing &m_publishing;
    User m_user;
    Notifier &m_notifier;
    bool m_allowed = false;
    QList<Site> m_sites;
    int m_shownIndex = -1;
    QHash<qint64, QString> m_stored; ///< the stored mapping of the site shown
    bool m_syncing = false;

    QComboBox *m_site = nullptr;
    QPushButton *m_sync = nullptr;
    QLabel *m_status = nullptr;
    QTableWidget *m_table = nullptr;
    StatusLabel *m_error = nullptr;
    QPushButton *m_save = nullptr;
    QFutureWatcher<CategoryFetch> m_syncWatcher;
};

} // namespace toasoan::ui
