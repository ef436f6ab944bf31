// toasoan publish ID --site NAME --user LOGIN
// toasoan outbox list [--json]
// toasoan outbox run [--until-empty]
// toasoan outbox serve --user LOGIN [--jobs N]
#include "app/cli/Commands.h"
#include "app/cli/Output.h"
#include "app/cli/PasswordPrompt.h"
#include "app/io/ArticleExport.h"
#include "app/publish/Outbox.h"
#include "app/publish/PublishWorker.h"
#include "app/publish/SecretStore.h"
#include "app/storage/Database.h"
#include "app/storage/SiteRepository.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QTimer>
#include <functional>

#ifdef Q_OS_UNIX
#include <csignal>
#include <unistd.h>
#endif

namespace toasoan::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(toasoan::cli)
};

/// How long `outbox serve` waits for the jobs in flight after SIGTERM (systemd's TimeoutStopSec is longer).
constexpr int kDrainSeconds = 20;

int publish(CommandContext &context)
{
    auto article = findArticle(context.database(), context.arguments().constFirst());
    if (!article) {
        return context.fail(article.error());
    }
    auto site = SiteRepository(context.database()).loadByName(context.option("site"));
    if (!site) {
        return context.fail(site.error());
    }
    // The job records who queued it; `outbox run` later sends it without anyone logging in.
    return runAs(context, actingLogin(context), Text::tr("Name who publishes: --user LOGIN."), [&](const User &user) {
        auto job = Outbox(context.database()).publish(article->id, site->id, user.id);
        if (!job) {
            return context.fail(job.error());
        }
        context.out() << Text::tr("Queued job %1 (%2) to send \"%3\" to %4. Run \"toasoan outbox run\" to send it "
                                  "now.")
                             .arg(job->id)
                             .arg(jobActionLabel(job->action), article->title, site->name)
                      << Qt::endl;
        return int(ExitOk);
    });
}

QJsonObject jobToJson(const OutboxJob &j)
{
    return QJsonObject{{QStringLiteral("id"), j.id},
                       {QStringLiteral("article_id"), j.articleId},
                       {QStringLiteral("article_title"), j.articleTitle},
                       {QStringLiteral("site_id"), j.siteId},
                       {QStringLiteral("site"), j.siteName},
                       {QStringLiteral("action"), jobActionKey(j.action)},
                       {QStringLiteral("state"), jobStateKey(j.state)},
                       {QStringLiteral("attempts"), j.attempts},
                       {QStringLiteral("next_attempt_at"), io::timeToJson(j.nextAttemptAt)},
                       {QStringLiteral("last_error"), j.lastError},
                       {QStringLiteral("last_error_detail"), j.lastErrorDetail},
                       {QStringLiteral("requested_by"), j.requestedBy > 0 ? QJsonValue(j.requestedBy) : QJsonValue()},
                       {QStringLiteral("post_id"), j.steps.value(QStringLiteral("post_id")).toString()},
                       {QStringLiteral("post_url"), j.steps.value(QStringLiteral("post_url")).toString()},
                       {QStringLiteral("created_at"), io::timeToJson(j.createdAt)},
                       {QStringLiteral("updated_at"), io::timeToJson(j.updatedAt)}};
}

int outboxList(CommandContext &context)
{
    auto jobs = Outbox(context.database()).jobs();
    if (!jobs) {
        return context.fail(jobs.error());
    }
    if (context.hasOption("json")) {
        QJsonArray array;
        for (const OutboxJob &j : std::as_const(*jobs)) {
            array.append(jobToJson(j));
        }
        printJson(context.out(), array);
        return ExitOk;
    }
    if (jobs->isEmpty()) {
        context.out() << Text::tr("The outbox is empty.") << Qt::endl;
        return ExitOk;
    }
    TextTable table({Text::tr("Job"), Text::tr("State"), Text::tr("Action"), Text::tr("Attempts"),
                     Text::tr("Next attempt"), Text::tr("Site"), Text::tr("Article / last error")});
    for (const OutboxJob &j : std::as_const(*jobs)) {
        QString what = j.articleTitle;
        if (!j.lastError.isEmpty() && !j.isFinished()) {
            what += QStringLiteral(" — ") + j.lastError;
        }
        table.addRow({QString::number(j.id), jobStateLabel(j.state), jobActionLabel(j.action),
                      QString::number(j.attempts),
                      j.state == JobState::Queued ? formatTime(j.nextAttemptAt) : QString(), j.siteName, what});
    }
    table.print(context.out());
    return ExitOk;
}

// Prints each job's outcome as the worker finishes it, and the network going away.
void reportJobs(CommandContext &context, PublishWorker &worker, Outbox &outbox, QObject *receiver, int &sent,
                int &problems)
{
    QObject::connect(&worker, &PublishWorker::jobFinished, receiver, [&](qint64 id, JobState state) {
        auto job = outbox.job(id);
        if (!job) {
            return;
        }
        if (state == JobState::Done) {
            ++sent;
            context.out() << Text::tr("Job %1 done: \"%2\" on %3 %4")
                                 .arg(id)
                                 .arg(job->articleTitle, job->siteName,
                                      job->steps.value(QStringLiteral("post_url")).toString())
                          << Qt::endl;
            const QString warning = job->steps.value(QStringLiteral("warning")).toString();
            if (!warning.isEmpty()) {
                context.err() << warning << Qt::endl;
            }
        } else if (state == JobState::Queued) {
            context.err() << Text::tr("Job %1 will be tried again at %2: %3")
                                 .arg(id)
                                 .arg(formatTime(job->nextAttemptAt), job->lastError)
                          << Qt::endl;
        } else if (state != JobState::Cancelled) {
            ++problems;
            context.err() << Text::tr("Job %1 %2: %3").arg(id).arg(jobStateLabel(state), job->lastError) << Qt::endl;
            if (context.verbose() && !job->lastErrorDetail.isEmpty()) {
                context.err() << Text::tr("Detail: %1").arg(job->lastErrorDetail) << Qt::endl;
            }
        }
    });
    QObject::connect(&worker, &PublishWorker::offlineChanged, receiver, [&](bool offline) {
        if (offline) {
            context.err() << Text::tr("The network seems down: waiting for it to come back.") << Qt::endl;
        }
    });
}

// Says which sites' jobs this worker leaves to others, and how to give it their password.
void reportSitesWithoutSecret(CommandContext &context, SecretStore &secrets)
{
    auto sites = SiteRepository(context.database()).list();
    if (!sites) {
        return;
    }
    secrets.setWorkspaceSites(*sites);
    for (const Site &site : std::as_const(*sites)) {
        if (auto secret = secrets.read(site); !secret) {
            context.err() << Text::tr("Jobs for %1 are left to a worker that has its password: %2")
                                 .arg(site.name, secret.error().message)
                          << Qt::endl;
        }
    }
}

int outboxRun(CommandContext &context)
{
    Database &db = context.database();
    SystemSecretStore secrets;
    PublishWorker worker(db, secrets);
    Outbox outbox(db);
    outbox.setWorker(&worker);
    const bool untilEmpty = context.hasOption("until-empty");
    int sent = 0;
    int problems = 0;
    QEventLoop loop;
    reportJobs(context, worker, outbox, &loop, sent, problems);
    QObject::connect(&worker, &PublishWorker::idle, &loop, [&] {
        if (!untilEmpty) {
            loop.quit(); // what was due has been sent; the rest waits for the next run
            return;
        }
        // Jobs of sites whose password this computer lacks are left to a worker that has it.
        auto pending = OutboxRepository(db).countPending(worker.siteIds());
        if (!pending || *pending == 0) {
            loop.quit();
        }
    });
    if (auto checked = SystemSecretStore::checkSecretsFile(); !checked) {
        return context.fail(checked.error());
    }
    reportSitesWithoutSecret(context, secrets);
    if (auto started = worker.start(); !started) {
        return context.fail(started.error());
    }
    loop.exec();
    worker.stop();
    auto pending = OutboxRepository(db).countPending();
    context.out() << Text::tr("Sent: %1. Still waiting in the outbox: %2.").arg(sent).arg(pending ? *pending : 0)
                  << Qt::endl;
    return problems == 0 ? ExitOk : ExitFailure;
}

#ifdef Q_OS_UNIX
int g_stopPipe[2] = {-1, -1};

extern "C" void onStopSignal(int)
{
    const char byte = 1;
    (void)!::write(g_stopPipe[1], &byte, 1); // all a signal handler may safely do
}
#endif

// Calls `stop` on the event loop when SIGTERM or SIGINT arrives (systemd, Ctrl+C).
void onStopSignals(QObject *receiver, const std::function<void()> &stop)
{
#ifdef Q_OS_UNIX
    if (g_stopPipe[0] < 0 && ::pipe(g_stopPipe) != 0) {
        return;
    }
    auto *notifier = new QSocketNotifier(g_stopPipe[0], QSocketNotifier::Read, receiver);
    QObject::connect(notifier, &QSocketNotifier::activated, receiver, [stop] {
        char byte = 0;
        (void)!::read(g_stopPipe[0], &byte, 1);
        stop();
    });
    struct sigaction action = {};
    action.sa_handler = onStopSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
#else
    Q_UNUSED(receiver);
    Q_UNUSED(stop);
#endif
}

int outboxServe(CommandContext &context)
{
    Database &db = context.database();
    bool jobsOk = true;
    const int parallel = context.hasOption("jobs") ? context.option("jobs").toInt(&jobsOk) : 2;
    if (!jobsOk || parallel < 1 || parallel > 4) {
        return context.usageError(Text::tr("--jobs must be a number from 1 to 4."));
    }
    return runAs(
        context, actingLogin(context), Text::tr("Name who runs the worker: --user LOGIN."), [&](const User &user) {
            // The worker sends what others queued: only someone who may publish runs one.
            if (auto allowed = Outbox(db).checkControl(user.id); !allowed) {
                return context.fail(allowed.error());
            }
            if (auto checked = SystemSecretStore::checkSecretsFile(); !checked) {
                return context.fail(checked.error());
            }
            SystemSecretStore secrets;
            WorkerOptions options;
            options.parallelJobs = parallel;
            PublishWorker worker(db, secrets, options);
            Outbox outbox(db);
            outbox.setWorker(&worker);
            int sent = 0;
            int problems = 0;
            QEventLoop loop;
            reportJobs(context, worker, outbox, &loop, sent, problems);
            reportSitesWithoutSecret(context, secrets);
            bool stopping = false;
            QTimer deadline;
            deadline.setSingleShot(true);
            QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
            QObject::connect(&worker, &PublishWorker::drained, &loop, &QEventLoop::quit);
            onStopSignals(&loop, [&] {
                if (stopping) {
                    loop.quit(); // asked twice: stop now, the job in flight goes back to the queue
                    return;
                }
                stopping = true;
                context.err()
                    << Text::tr("Stopping: finishing the jobs being sent (at most %1 seconds).").arg(kDrainSeconds)
                    << Qt::endl;
                deadline.start(kDrainSeconds * 1000);
                worker.drain();
            });
            if (auto started = worker.start(); !started) {
                return context.fail(started.error());
            }
            context.err() << Text::tr("Sending the outbox of %1 for %2 as worker \"%3\". Stop with Ctrl+C "
                                      "or SIGTERM.")
                                 .arg(db.displayName(), user.login, worker.identity())
                          << Qt::endl;
            loop.exec();
            worker.stop(); // what did not finish in time goes back to the queue, for any worker
            context.err() << Text::tr("Stopped. Sent: %1.").arg(sent) << Qt::endl;
            return int(ExitOk);
        });
}

} // namespace

Command publishCommand()
{
    return Command{
        "publish",
        "ID",
        QT_TRANSLATE_NOOP("toasoan::cli",
                          "Queue an approved article for publishing on a website (an update when it is already "
                          "there). The password of --user comes from TOASOAN_PASSWORD or is asked on the terminal; "
                          "the same permission rules as in the window apply, and the job records who queued it."),
        {{"site", "NAME", QT_TRANSLATE_NOOP("toasoan::cli", "The website connection"), true},
         {"user", "LOGIN", QT_TRANSLATE_NOOP("toasoan::cli", "Who publishes (logs in with their password)")},
         asOption()},
        1,
        1,
        true,
        &publish,
    };
}

Command outboxListCommand()
{
    return Command{
        "outbox list",
        "",
        QT_TRANSLATE_NOOP("toasoan::cli", "List the outbox: what is waiting, sent or failed, with the last error."),
        {{"json", nullptr, QT_TRANSLATE_NOOP("toasoan::cli", "Print JSON instead of a table")}},
        0,
        0,
        true,
        &outboxList,
    };
}

Command outboxRunCommand()
{
    return Command{
        "outbox run",
        "",
        QT_TRANSLATE_NOOP("toasoan::cli",
                          "Send the jobs that are due (for a scheduled task). Nobody logs in: each job records the "
                          "person who queued it. Passwords come from TOASOAN_SITE_PASSWORD_<SITE>, the secrets file "
                          "named by TOASOAN_SECRETS_FILE, or the keychain; jobs of a site without one are left to "
                          "another worker."),
        {{"until-empty", nullptr,
          QT_TRANSLATE_NOOP("toasoan::cli", "Keep going (waiting for retries) until nothing is left to send")}},
        0,
        0,
        true,
        &outboxRun,
    };
}

Command outboxServeCommand()
{
    return Command{
        "outbox serve",
        "",
        QT_TRANSLATE_NOOP("toasoan::cli",
                          "Keep sending the outbox until stopped (a service: see resources/systemd). Any number of "
                          "workers, on any computers of the office, share the outbox job by job; each takes only the "
                          "jobs of sites whose password it has (TOASOAN_SITE_PASSWORD_<SITE> or the secrets file "
                          "named by TOASOAN_SECRETS_FILE). --user, who may publish, logs in with TOASOAN_PASSWORD. "
                          "SIGTERM or Ctrl+C finishes the jobs being sent, or puts them back in the queue, and exits."),
        {{"user", "LOGIN", QT_TRANSLATE_NOOP("toasoan::cli", "Who runs the worker (logs in with their password)")},
         asOption(),
         {"jobs", "N", QT_TRANSLATE_NOOP("toasoan::cli", "Jobs sent at the same time, 1 to 4 (default 2)")}},
        0,
        0,
        true,
        &outboxServe,
    };
}

} // namespace toasoan::cli
