#include "ui/publish/CategoryMappingDialog.h"

#include "app/publish/RemoteCache.h"
#include "app/publish/SiteAdmin.h"
#include "app/storage/TaxonomyRepository.h"
#include "ui/common/Notifier.h"
#include "ui/common/StatusLabel.h"
#include "ui/publish/Publishing.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>
#include <functional>

namespace toasoan::ui {

namespace {

// The site's categories in tree order (parents before their children), with their depth.
QList<QPair<RemoteCategory, int>> treeOrder(const QList<RemoteCategory> &tree)
{
    QList<QPair<RemoteCategory, int>> out;
    QSet<QString> ids;
    for (const RemoteCategory &c : tree) {
        ids.insert(c.remoteId);
    }
    std::function<void(const QString &, int)> visit = [&](const QString &parent, int depth) {
        for (const RemoteCategory &c : tree) {
            const bool root = c.parentRemoteId.isEmpty() || !ids.contains(c.parentRemoteId);
            if ((parent.isEmpty() && root) || (!parent.isEmpty() && c.parentRemoteId == parent)) {
                if (depth > 32) {
                    return; // a loop in the site's data: stop rather than recurse forever
                }
                out.append({c, depth});
                visit(c.remoteId, depth + 1);
            }
        }
    };
    visit(QString(), 0);
    return out;
}

} // namespace

CategoryMappingDialog::CategoryMappingDialog(Publishing &publishing, const User &user, Notifier &notifier,
                                             QWidget *parent)
    : QDialog(parent), m_publishing(publishing), m_user(user), m_notifier(notifier)
{
    setObjectName(QStringLiteral("categoryMappingDialog"));
    setWindowTitle(tr("Categories on the websites"));

    m_site = new QComboBox(this);
    m_site->setObjectName(QStringLiteral("mappingSiteCombo"));
    m_sync = new QPushButton(tr("&Read the website's categories"), this);
    m_sync->setObjectName(QStringLiteral("syncCategoriesButton"));
    m_sync->setToolTip(tr("Read the category tree from the website again"));
    auto *top = new QHBoxLayout;
    auto *siteForm = new QFormLayout;
    siteForm->addRow(tr("&Website:"), m_site);
    top->addLayout(siteForm, 1);
    top->addWidget(m_sync);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("mappingStatus"));
    m_status->setWordWrap(true);
    auto *explanation = new QLabel(tr("Choose, for each category of the office, the website's category its articles "
                                      "are published in. \"Automatic\" finds the website's category with the same "
                                      "name, and creates it when there is none."),
                                   this);
    explanation->setWordWrap(true);

    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(QStringLiteral("mappingTable"));
    m_table->setAccessibleName(tr("Category mapping"));
    m_table->setHorizontalHeaderLabels({tr("Category in ToaSoan"), tr("Category on the website")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_error = new StatusLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setAccessibleName(tr("Error"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("saveMappingButton"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(explanation);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(760, 520);

    connect(m_site, &QComboBox::currentIndexChanged, this, &CategoryMappingDialog::showSite);
    connect(m_sync, &QPushButton::clicked, this, &CategoryMappingDialog::syncCategories);
    connect(m_save, &QPushButton::clicked, this, &CategoryMappingDialog::saveMappings);
    connect(buttons, &QDialogButtonBox::rejected, this, &CategoryMappingDialog::reject);
    connect(&m_syncWatcher, &QFutureWatcher<CategoryFetch>::finished, this, &CategoryMappingDialog::onSynced);

    if (auto allowed = SiteAdmin(publishing.database(), publishing.secrets()).checkAllowed(user.id); allowed) {
        m_allowed = true;
    } else {
        showError(allowed.error());
    }
    loadSites();
}

CategoryMappingDialog::~CategoryMappingDialog()
{
    m_syncWatcher.disconnect(this);
}

CategoryMappingDialog *CategoryMappingDialog::openDialog(QWidget *parent, Publishing &publishing, const User &user,
                                                         Notifier &notifier)
{
    if (auto allowed = SiteAdmin(publishing.database(), publishing.secrets()).checkAllowed(user.id); !allowed) {
        notifier.showError(parent, tr("Cannot open the category mapping"), allowed.error());
        return nullptr;
    }
    auto *dialog = new CategoryMappingDialog(publishing, user, notifier, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(parent ? Qt::WindowModal : Qt::ApplicationModal);
    dialog->open();
    return dialog;
}

QComboBox *CategoryMappingDialog::remoteComboFor(qint64 categoryId) const
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 0)->data(Qt::UserRole).toLongLong() == categoryId) {
            return qobject_cast<QComboBox *>(m_table->cellWidget(row, 1));
        }
    }
    return nullptr;
}

QString CategoryMappingDialog::errorMessage() const
{
    return m_error->message();
}

void CategoryMappingDialog::showError(const Error &error)
{
    m_error->showError(error.message, error.detail);
}

Site CategoryMappingDialog::currentSite() const
{
    const int i = m_site->currentIndex();
    return i >= 0 && i < m_sites.size() ? m_sites.at(i) : Site{};
}

void CategoryMappingDialog::loadSites()
{
    auto sites = SiteAdmin(m_publishing.database(), m_publishing.secrets()).sites();
    if (!sites) {
        showError(sites.error());
        return;
    }
    m_sites = *sites;
    {
        const QSignalBlocker blocker(m_site);
        m_site->clear();
        for (const Site &s : std::as_const(m_sites)) {
            m_site->addItem(s.name, s.id);
        }
    }
    showSite();
}

void CategoryMappingDialog::showSite()
{
    if (m_shownIndex >= 0 && m_site->currentIndex() != m_shownIndex && isModified() &&
        !m_notifier.confirmDiscard(this, tr("Discard the category choices not saved yet?"))) {
        const QSignalBlocker blocker(m_site);
        m_site->setCurrentIndex(m_shownIndex);
        return;
    }
    m_shownIndex = m_site->currentIndex();
    const Site site = currentSite();
    m_stored.clear();
    if (site.id != 0) {
        auto map = RemoteCache(m_publishing.database(), site.id).categoryMap();
        if (!map) {
            showError(map.error());
        } else {
            m_stored = *map;
        }
    }
    fillTable(m_stored);
}

void CategoryMappingDialog::fillTable(const QHash<qint64, QString> &choices)
{
    const Site site = currentSite();
    QList<RemoteCategory> remote;
    if (site.id != 0) {
        auto tree = RemoteCache(m_publishing.database(), site.id).categories();
        if (tree) {
            remote = *tree;
        } else {
            showError(tree.error());
        }
    }
    auto local = TaxonomyRepository(m_publishing.database()).listCategories();
    if (!local) {
        showError(local.error());
        return;
    }
    const QList<QPair<RemoteCategory, int>> ordered = treeOrder(remote);
    m_table->setRowCount(0);
    m_table->setRowCount(int(local->size()));
    for (qsizetype row = 0; row < local->size(); ++row) {
        const Category &c = local->at(row);
        auto *item = new QTableWidgetItem(QString(TaxonomyRepository::depth(c, *local) * 4, QLatin1Char(' ')) + c.name);
        item->setData(Qt::UserRole, c.id);
        m_table->setItem(int(row), 0, item);
        auto *combo = new QComboBox(m_table);
        combo->setObjectName(QStringLiteral("remoteCategory_%1").arg(c.id));
        combo->setAccessibleName(tr("Category on the website for %1").arg(c.name));
        combo->addItem(tr("Automatic (same name, created if missing)"), QString());
        for (const auto &[rc, depth] : ordered) {
            // Children indented under their parent, as WordPress lists them.
            combo->addItem(depth > 0 ? QString(depth * 3, QLatin1Char(' ')) + QChar(0x2014) + QLatin1Char(' ') + rc.name
                                     : rc.name,
                           rc.remoteId);
        }
        const QString chosen = choices.value(c.id);
        int index = combo->findData(chosen);
        if (index < 0 && !chosen.isEmpty()) {
            // Mapped to a category not in the synced tree (never synced): keep it visible.
            combo->addItem(tr("Website category %1").arg(chosen), chosen);
            index = combo->count() - 1;
        }
        combo->setCurrentIndex(std::max(index, 0));
        combo->setEnabled(m_allowed && site.id != 0);
        m_table->setCellWidget(int(row), 1, combo);
    }
    if (site.id == 0) {
        m_status->setText(tr("There is no website connection yet: add one under Website connections first."));
    } else if (remote.isEmpty()) {
        m_status->setText(
            tr("The categories of %1 have not been read yet: press \"Read the website's categories\".").arg(site.name));
    } else {
        m_status->setText(tr("%n category(ies) of %1 known.", nullptr, int(remote.size())).arg(site.name));
    }
    if (local->isEmpty()) {
        m_status->setText(m_status->text() + QLatin1Char(' ') + tr("The office has no categories yet."));
    }
    m_sync->setEnabled(m_allowed && site.id != 0 && !m_syncing);
    m_save->setEnabled(m_allowed && site.id != 0);
}

QHash<qint64, QString> CategoryMappingDialog::currentChoices() const
{
    QHash<qint64, QString> choices;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(row, 1));
        const QString remote = combo ? combo->currentData().toString() : QString();
        if (!remote.isEmpty()) {
            choices.insert(m_table->item(row, 0)->data(Qt::UserRole).toLongLong(), remote);
        }
    }
    return choices;
}

bool CategoryMappingDialog::isModified() const
{
    return currentChoices() != m_stored;
}

void CategoryMappingDialog::syncCategories()
{
    const Site site = currentSite();
    if (site.id == 0 || m_syncing) {
        return;
    }
    m_status->setText(tr("Reading the categories of %1…").arg(site.name));
    m_sync->setEnabled(false);
    m_syncing = true;
    m_syncWatcher.setFuture(SiteChecks::fetchCategories(m_publishing.sharedSecrets(), site));
}

void CategoryMappingDialog::onSynced()
{
    m_syncing = false;
    const CategoryFetch fetch = m_syncWatcher.result();
    const Site site = currentSite();
    m_sync->setEnabled(m_allowed && site.id != 0);
    if (!fetch.ok) {
        m_status->setText(tr("The categories of %1 could not be read: %2").arg(site.name, fetch.error.error.message));
        m_status->setToolTip(fetch.error.error.detail);
        return;
    }
    const QHash<qint64, QString> choices = currentChoices();
    if (auto stored =
            SiteAdmin(m_publishing.database(), m_publishing.secrets()).storeCategories(m_user.id, site.id, fetch.tree);
        !stored) {
        showError(stored.error());
        return;
    }
    // Storing the tree drops mappings to categories the site no longer has.
    if (auto map = RemoteCache(m_publishing.database(), site.id).categoryMap()) {
        m_stored = *map;
    }
    showError({});
    fillTable(choices);
    m_status->setToolTip(QString());
    m_status->setText(tr("Read %n category(ies) from %1.", nullptr, int(fetch.tree.size())).arg(site.name));
}

bool CategoryMappingDialog::saveMappings()
{
    const Site site = currentSite();
    if (site.id == 0) {
        return false;
    }
    SiteAdmin admin(m_publishing.database(), m_publishing.secrets());
    const QHash<qint64, QString> choices = currentChoices();
    QSet<qint64> ids;
    for (auto it = choices.cbegin(); it != choices.cend(); ++it) {
        ids.insert(it.key());
    }
    for (auto it = m_stored.cbegin(); it != m_stored.cend(); ++it) {
        ids.insert(it.key());
    }
    for (qint64 id : std::as_const(ids)) {
        if (choices.value(id) == m_stored.value(id)) {
            continue;
        }
        if (auto mapped = admin.mapCategory(m_user.id, site.id, id, choices.value(id)); !mapped) {
            showError(mapped.error());
            return false;
        }
        if (choices.value(id).isEmpty()) {
            m_stored.remove(id);
        } else {
            m_stored.insert(id, choices.value(id));
        }
    }
    showError({});
    m_status->setText(tr("The category mapping for %1 is saved.").arg(site.name));
    return true;
}

void CategoryMappingDialog::accept()
{
    if (saveMappings()) {
        QDialog::accept();
    }
}

void CategoryMappingDialog::reject()
{
    if (isModified() && !m_notifier.confirmDiscard(this, tr("Discard the category choices not saved yet?"))) {
        return;
    }
    QDialog::reject();
}

} // namespace toasoan::ui
