#include "ui/publish/PublishDialog.h"

#include "app/publish/Outbox.h"
#include "app/publish/PostComposer.h"
#include "app/publish/RemoteCache.h"
#include "app/storage/ArticleRepository.h"
#include "app/storage/SiteRepository.h"
#include "ui/common/StatusLabel.h"
#include "ui/publish/OutboxModel.h"
#include "ui/publish/Publishing.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace toasoan::ui {

PublishDialog::PublishDialog(Publishing &publishing, const User &user, qint64 articleId, Mode mode, bool unsavedChanges,
                             QWidget *parent)
    : QDialog(parent), m_publishing(publishing), m_user(user), m_articleId(articleId), m_mode(mode)
{
    const bool publish = mode == Mode::Publish;
    setObjectName(QStringLiteral("publishDialog"));
    setWindowTitle(publish ? tr("Publish on the websites") : tr("Take off the websites"));
    Database &db = publishing.database();
    auto article = ArticleRepository(db).load(articleId);
    const QString title = article ? article->title : QString();

    auto *heading = new QLabel(publish ? tr("Publish \"%1\" on:").arg(title) : tr("Take \"%1\" off:").arg(title), this);
    heading->setObjectName(QStringLiteral("publishHeading"));
    heading->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("publishSiteList"));
    m_list->setAccessibleName(tr("Websites"));

    m_error = new StatusLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setAccessibleName(tr("Error"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("confirmPublishButton"));
    m_ok->setText(publish ? tr("&Publish") : tr("&Take off"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_list, 1);

    auto sites = SiteRepository(db).list();
    if (!sites) {
        m_error->showError(sites.error().message);
    }
    for (const Site &site : sites ? *sites : QList<Site>()) {
        auto where = RemoteCache(db, site.id).publication(articleId);
        const bool there = where && where->has_value();
        if (!publish && !there) {
            continue; // never published there: nothing to take off
        }
        auto *item = new QListWidgetItem(m_list);
        item->setData(Qt::UserRole, site.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
        item->setText(publish && there ? tr("%1 (already there: it is updated)").arg(site.name) : site.name);
        item->setToolTip(there ? where->value().url.toDisplayString() : site.baseUrl.toDisplayString());
    }
    auto note = [this, layout](const QString &text, const char *name) {
        auto *label = new QLabel(text, this);
        label->setObjectName(QLatin1String(name));
        label->setWordWrap(true);
        layout->addWidget(label);
    };
    if (m_list->count() == 0) {
        note(publish ? tr("There is no website connection yet. An administrator adds one under Publishing › Website "
                          "connections.")
                     : tr("The article is not on any website."),
             "noSitesNote");
        m_ok->setEnabled(false);
    }
    if (publish && article && article->scheduledAt.isValid() &&
        article->scheduledAt > QDateTime::currentDateTimeUtc()) {
        note(tr("The article is scheduled for %1: the website publishes it at that time.")
                 .arg(OutboxModel::formatTime(article->scheduledAt)),
             "scheduledNote");
    }
    if (publish && article) {
        const QList<ArticleImage> images = PostComposer::imagesOf(*article);
        const auto undescribed =
            std::count_if(images.cbegin(), images.cend(), [](const ArticleImage &i) { return i.alt.isEmpty(); });
        if (undescribed > 0) {
            note(tr("%n image(s) have no description (alt text): readers who cannot see them learn nothing from "
                    "them. Add it in the editor with Image description (Ctrl+Alt+D), or the featured image's "
                    "caption.",
                    nullptr, int(undescribed)),
                 "missingAltNote");
        }
    }
    if (unsavedChanges) {
        note(tr("The article has changes that are not saved: the last saved version is sent. Save first to send "
                "them too."),
             "unsavedNote");
    }
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(460, 320);

    connect(buttons, &QDialogButtonBox::accepted, this, &PublishDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PublishDialog::reject);
    connect(m_list, &QListWidget::itemChanged, this, [this] {
        bool any = false;
        for (int i = 0; i < m_list->count(); ++i) {
            any = any || m_list->item(i)->checkState() == Qt::Checked;
        }
        m_ok->setEnabled(any);
    });
}

QString PublishDialog::errorMessage() const
{
    return m_error->message();
}

void PublishDialog::accept()
{
    QList<qint64> jobs;
    QStringList problems;
    Error last;
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        if (item->checkState() != Qt::Checked) {
            continue;
        }
        const qint64 siteId = item->data(Qt::UserRole).toLongLong();
        Outbox &outbox = m_publishing.outbox();
        auto job = m_mode == Mode::Publish ? outbox.publish(m_articleId, siteId, m_user.id)
                                           : outbox.unpublish(m_articleId, siteId, m_user.id);
        if (job) {
            jobs.append(job->id);
            item->setCheckState(Qt::Unchecked); // queued: a second press does not queue it again
        } else {
            problems.append(job.error().message);
            last = job.error();
        }
    }
    if (!jobs.isEmpty()) {
        emit queued(jobs);
    }
    if (!problems.isEmpty()) {
        problems.removeDuplicates();
        m_error->showError(problems.join(QLatin1Char('\n')), last.detail);
        return;
    }
    QDialog::accept();
}

} // namespace toasoan::ui
