#include "ui/publish/OutboxView.h"

#include "app/publish/Outbox.h"
#include "app/storage/Database.h"
#include "ui/common/Notifier.h"
#include "ui/publish/ConfirmQuestion.h"
#include "ui/publish/OutboxModel.h"
#include "ui/publish/Publishing.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace toasoan::ui {

OutboxView::OutboxView(Publishing &publishing, const User &user, Notifier &notifier, QWidget *parent)
    : QWidget(parent), m_publishing(publishing), m_user(user), m_notifier(notifier),
      m_ownQuestion(std::make_unique<MessageBoxConfirmQuestion>())
{
    setObjectName(QStringLiteral("outboxView"));
    m_question = m_ownQuestion.get();
    if (auto allowed = publishing.outbox().checkControl(user.id); !allowed) {
        m_controlRefusal = allowed.error().message;
    }

    m_model = new OutboxModel(publishing.outbox(), this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("outboxTable"));
    m_table->setAccessibleName(tr("Publishing queue"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(OutboxModel::ArticleColumn, QHeaderView::Interactive);
    m_table->setColumnWidth(OutboxModel::ArticleColumn, 280);
    m_table->setColumnWidth(OutboxModel::SiteColumn, 140);
    m_table->setColumnWidth(OutboxModel::ActionColumn, 90);
    m_table->setColumnWidth(OutboxModel::StateColumn, 150);
    m_table->setColumnWidth(OutboxModel::AttemptsColumn, 90);
    m_table->setColumnWidth(OutboxModel::NextAttemptColumn, 140);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("outboxStatus"));
    m_status->setWordWrap(true);

    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("outboxDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_details->setOpenExternalLinks(true);

    auto button = [this](const QString &text, const char *name, const QString &tip) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        b->setToolTip(tip);
        return b;
    };
    m_sendNow = button(tr("&Send now"), "sendNowButton", tr("Send the selected job now instead of waiting"));
    m_retry = button(tr("&Retry"), "retryButton", tr("Try the failed job again from the start"));
    m_cancel = button(tr("Ca&ncel"), "cancelJobButton", tr("Stop the selected job; the article is not sent"));
    m_recreate = button(tr("Publish as a ne&w post"), "recreateButton",
                        tr("The post was deleted on the website: publish the article there again as a new post"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_sendNow);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_recreate);
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_details);
    layout->addLayout(buttons);

    // The worker reports every step; many arrive together, so read the queue once per burst.
    m_reloadTimer = new QTimer(this);
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(100);
    connect(m_reloadTimer, &QTimer::timeout, this, &OutboxView::reload);
    connect(&publishing.outbox(), &Outbox::changed, this, &OutboxView::scheduleReload);
    connect(&publishing, &Publishing::workerStateChanged, this, &OutboxView::updateStatus);
    // "Next attempt" turns into "as soon as possible" as time passes.
    auto *clock = new QTimer(this);
    clock->setInterval(30 * 1000);
    connect(clock, &QTimer::timeout, this, &OutboxView::reload);
    clock->start();

    connect(m_model, &OutboxModel::failed, this, [this](const Error &error) {
        // It reloads on a clock: a lost database server would say so every time. The window's
        // banner says it once (ConnectionWatch).
        if (!Database::isConnectionLoss(error)) {
            m_notifier.showError(this, tr("Cannot read the publishing queue"), error);
        }
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &OutboxView::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &OutboxView::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &OutboxView::updateButtons);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const OutboxJob *job = m_model->jobAt(index.row())) {
            emit openArticleRequested(job->articleId);
        }
    });
    connect(m_sendNow, &QPushButton::clicked, this, &OutboxView::sendNow);
    connect(m_retry, &QPushButton::clicked, this, &OutboxView::retry);
    connect(m_cancel, &QPushButton::clicked, this, &OutboxView::cancel);
    connect(m_recreate, &QPushButton::clicked, this, &OutboxView::recreate);

    reload();
    updateStatus();
}

OutboxView::~OutboxView() = default;

void OutboxView::setConfirmQuestion(ConfirmQuestion *question)
{
    m_question = question ? question : m_ownQuestion.get();
}

void OutboxView::scheduleReload()
{
    if (!m_reloadTimer->isActive()) {
        m_reloadTimer->start();
    }
}

void OutboxView::reload()
{
    const qint64 selected = selectedJobId();
    m_model->reload();
    if (selected != 0 && selectedJobId() != selected) {
        selectJob(selected);
    }
    updateButtons();
    updateStatus();
}

bool OutboxView::selectJob(qint64 jobId)
{
    const int row = m_model->rowOf(jobId);
    if (row < 0) {
        return false;
    }
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
    return true;
}

qint64 OutboxView::selectedJobId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const OutboxJob *job = rows.isEmpty() ? nullptr : m_model->jobAt(rows.first().row());
    return job ? job->id : 0;
}

void OutboxView::updateButtons()
{
    const int row = m_model->rowOf(selectedJobId());
    const OutboxJob *job = m_model->jobAt(row);
    const bool allowed = m_controlRefusal.isEmpty();
    const JobState state = job ? job->state : JobState::Done;
    m_sendNow->setEnabled(allowed && job && state == JobState::Queued);
    m_retry->setEnabled(allowed && job && state == JobState::Failed);
    m_recreate->setEnabled(allowed && job && state == JobState::NeedsDecision);
    m_recreate->setVisible(job && state == JobState::NeedsDecision);
    m_cancel->setEnabled(allowed && job && !job->isFinished());
    for (QPushButton *b : {m_sendNow, m_retry, m_cancel, m_recreate}) {
        b->setStatusTip(allowed ? QString() : m_controlRefusal);
    }
    updateDetails();
}

void OutboxView::updateDetails()
{
    const OutboxJob *job = m_model->jobAt(m_model->rowOf(selectedJobId()));
    QString text;
    if (job && job->state == JobState::Done) {
        const QString url = job->steps.value(QStringLiteral("post_url")).toString();
        const QString warning = job->steps.value(QStringLiteral("warning")).toString();
        if (!url.isEmpty() && job->action != JobAction::Unpublish) {
            text = tr("On the website: %1")
                       .arg(QStringLiteral("<a href=\"%1\">%2</a>").arg(url.toHtmlEscaped(), url.toHtmlEscaped()));
        }
        if (!warning.isEmpty()) {
            text += (text.isEmpty() ? QString() : QStringLiteral("<br>")) + warning.toHtmlEscaped();
        }
    } else if (job && !job->lastError.isEmpty() && job->state != JobState::Cancelled) {
        text = tr("Last error: %1").arg(job->lastError.toHtmlEscaped());
    }
    m_details->setText(text);
    m_details->setToolTip(job && !job->isFinished() ? job->lastErrorDetail : QString());
    m_details->setVisible(!text.isEmpty());
}

void OutboxView::updateStatus()
{
    int waiting = 0;
    int running = 0;
    int failed = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const JobState state = m_model->jobAt(row)->state;
        waiting += state == JobState::Queued ? 1 : 0;
        running += state == JobState::Running ? 1 : 0;
        failed += state == JobState::Failed || state == JobState::NeedsDecision ? 1 : 0;
    }
    QStringList parts;
    if (!m_publishing.isWorkerRunning()) {
        parts.append(m_publishing.workerProblem());
    } else if (m_publishing.isOffline()) {
        parts.append(tr("Offline: the queue is paused and is tried again now and then; it resumes by itself when the "
                        "network is back."));
    }
    if (running > 0) {
        parts.append(tr("Sending %n article(s).", nullptr, running));
    }
    if (waiting > 0) {
        parts.append(tr("%n job(s) waiting.", nullptr, waiting));
    }
    if (failed > 0) {
        parts.append(tr("%n job(s) need your attention.", nullptr, failed));
    }
    if (parts.isEmpty()) {
        parts.append(m_model->rowCount() == 0 ? tr("Nothing has been queued for publishing yet.")
                                              : tr("Everything queued has been sent."));
    }
    m_status->setText(parts.join(QLatin1Char(' ')));
}

void OutboxView::sendNow()
{
    const qint64 id = selectedJobId();
    if (id == 0) {
        return;
    }
    if (auto done = m_publishing.outbox().sendNow(id, m_user.id); !done) {
        m_notifier.showError(this, tr("Cannot send the job now"), done.error());
    }
    reload();
}

void OutboxView::retry()
{
    const qint64 id = selectedJobId();
    if (id == 0) {
        return;
    }
    if (auto done = m_publishing.outbox().retry(id, m_user.id); !done) {
        m_notifier.showError(this, tr("Cannot retry the job"), done.error());
    }
    reload();
}

void OutboxView::recreate()
{
    const qint64 id = selectedJobId();
    if (id == 0) {
        return;
    }
    if (auto done = m_publishing.outbox().recreate(id, m_user.id); !done) {
        m_notifier.showError(this, tr("Cannot publish the article again"), done.error());
    }
    reload();
}

void OutboxView::cancel()
{
    const qint64 id = selectedJobId();
    const OutboxJob *job = m_model->jobAt(m_model->rowOf(id));
    if (!job) {
        return;
    }
    const QString question =
        job->state == JobState::Running
            ? tr("Stop sending \"%1\" to %2? The request in progress is interrupted; what the website already "
                 "received stays there.")
                  .arg(job->articleTitle, job->siteName)
            : tr("Cancel this job (%1 \"%2\" on %3)? It stays in the list as cancelled.")
                  .arg(jobActionLabel(job->action), job->articleTitle, job->siteName);
    if (!m_question->confirm(this, tr("Cancel the job"), question, tr("Cancel the job"))) {
        return;
    }
    if (auto done = m_publishing.outbox().cancel(id, m_user.id); !done) {
        m_notifier.showError(this, tr("Cannot cancel the job"), done.error());
    }
    reload();
}

} // namespace toasoan::ui
