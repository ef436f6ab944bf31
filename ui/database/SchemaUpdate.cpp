#include "ui/database/SchemaUpdate.h"

#include "app/storage/Database.h"
#include "app/storage/Migrations.h"
#include "ui/common/WindowContext.h"

#include <QAction>
#include <QCloseEvent>
#include <QEventLoop>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>
#include <optional>

namespace toasoan::ui {

namespace {

/// Runs `work` on a thread of its own and waits for it in an event loop, so that the windows keep
/// painting and queued progress reaches them.
template <typename T, typename Work>
T waitFor(Work work)
{
    std::optional<T> result;
    QEventLoop loop;
    std::unique_ptr<QThread> thread(QThread::create([&] { result.emplace(work()); }));
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit, Qt::QueuedConnection);
    thread->start();
    loop.exec();
    thread->wait();
    return std::move(*result);
}

struct Opened
{
    Result<std::unique_ptr<Database>> database = std::unique_ptr<Database>();
    std::optional<compaction::Space> freed; ///< the update freed space in this SQLite file
};

QString formatSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}

} // namespace

SchemaUpdateDialog::SchemaUpdateDialog(QWidget *parent)
    : QDialog(parent), m_label(new QLabel(this)), m_bar(new QProgressBar(this))
{
    setObjectName(QStringLiteral("schemaUpdateDialog"));
    setWindowTitle(tr("Updating the workspace"));
    setWindowModality(Qt::ApplicationModal);
    setWindowFlag(Qt::WindowCloseButtonHint, false);
    m_label->setObjectName(QStringLiteral("schemaUpdateLabel"));
    m_label->setWordWrap(true);
    m_label->setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    m_bar->setObjectName(QStringLiteral("schemaUpdateBar"));
    m_bar->setTextVisible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
}

void SchemaUpdateDialog::showStep(const MigrationProgress &progress)
{
    m_label->setText(tr("ToaSoan is updating the workspace for this version. Please wait, and do not turn the "
                        "computer off.") +
                     QStringLiteral("\n\n") +
                     tr("Step %1 of %2: %3…").arg(progress.done + 1).arg(progress.total).arg(progress.description));
    m_bar->setRange(0, progress.total);
    m_bar->setValue(progress.done);
}

void SchemaUpdateDialog::showBusy(const QString &text)
{
    m_label->setText(text);
    m_bar->setRange(0, 0);
}

QString SchemaUpdateDialog::text() const
{
    return m_label->text();
}

void SchemaUpdateDialog::closeEvent(QCloseEvent *event)
{
    event->ignore();
}

namespace {

enum class CompactQuestion
{
    None,        ///< a small file after an update: compacted at once
    AfterUpdate, ///< a large file after an update
    OnRequest,   ///< "Thu gọn dữ liệu làm việc…"
};

/// Compacts `db` (whose size and free space are `space`) on a worker thread behind the busy window, after
/// asking when `question` says so. Gives the sizes after, or nothing when refused or failed (said in a message).
std::optional<compaction::Space> compactWithProgress(Database &db, const compaction::Space &space,
                                                     CompactQuestion question, QWidget *parent,
                                                     std::unique_ptr<SchemaUpdateDialog> dialog, int showAfterMs)
{
    if (question != CompactQuestion::None) {
        if (dialog) {
            dialog->hide();
        }
        const QString text =
            question == CompactQuestion::AfterUpdate
                ? SchemaUpdateDialog::tr("The workspace is up to date. The update left %1 of its %2 unused. "
                                         "Compact it now to give that space back to the disk? It takes about "
                                         "as long as copying the file, and ToaSoan waits meanwhile; you can "
                                         "also do it later with \"toasoan compact\".")
                      .arg(formatSize(space.freeBytes), formatSize(space.bytes))
                : SchemaUpdateDialog::tr("The workspace takes %1, of which %2 is unused. Compact it now to give "
                                         "that space back to the disk? It takes about as long as copying the "
                                         "file, and ToaSoan waits meanwhile.")
                      .arg(formatSize(space.bytes), formatSize(space.freeBytes));
        QMessageBox ask(QMessageBox::Question, SchemaUpdateDialog::tr("Compact the workspace?"), text,
                        QMessageBox::NoButton, parent);
        ask.setObjectName(QStringLiteral("compactQuestion"));
        QPushButton *now = ask.addButton(SchemaUpdateDialog::tr("Compact now"), QMessageBox::AcceptRole);
        now->setObjectName(QStringLiteral("compactNow"));
        ask.addButton(SchemaUpdateDialog::tr("Later"), QMessageBox::RejectRole)
            ->setObjectName(QStringLiteral("compactLater"));
        ask.setDefaultButton(now);
        ask.exec();
        if (ask.clickedButton() != now) {
            return std::nullopt;
        }
    }
    if (!dialog) {
        dialog = std::make_unique<SchemaUpdateDialog>(parent);
    }
    dialog->showBusy(SchemaUpdateDialog::tr("Compacting the workspace (%1)…").arg(formatSize(space.bytes)));
    QTimer showLater;
    showLater.setSingleShot(true);
    QObject::connect(&showLater, &QTimer::timeout, dialog.get(), &QWidget::show);
    if (question != CompactQuestion::None) {
        dialog->show();
    } else if (!dialog->isVisible()) {
        showLater.start(showAfterMs);
    }
    auto compacted = waitFor<Result<compaction::Space>>([&] {
        auto result = compaction::compact(db);
        db.releaseThreadConnection();
        return result;
    });
    showLater.stop();
    dialog.reset();
    if (!compacted) {
        // Not a reason to stop: the workspace works as it is, only larger.
        QMessageBox failed(QMessageBox::Warning, SchemaUpdateDialog::tr("Compact the workspace?"),
                           compacted.error().message, QMessageBox::Ok, parent);
        failed.setObjectName(QStringLiteral("compactFailed"));
        failed.setDetailedText(compacted.error().detail);
        failed.exec();
        return std::nullopt;
    }
    return *compacted;
}

} // namespace

QAction *SchemaUpdateDialog::createMenuAction(WindowContext &context)
{
    QWidget *window = context.dialogParent();
    auto *action = new QAction(tr("Co&mpact the workspace…"), window);
    action->setObjectName(QStringLiteral("compactAction"));
    if (context.database().isShared()) {
        action->setEnabled(false);
        action->setStatusTip(tr("The office's shared database reuses its free space by itself"));
        action->setToolTip(action->statusTip());
        return action;
    }
    action->setStatusTip(tr("Give the space left by deleted articles and schema updates back to the disk"));
    QObject::connect(action, &QAction::triggered, window, [&context] {
        const auto space = compaction::space(context.database());
        const auto after = compactOnRequest(context.database(), context.dialogParent());
        if (space && after) {
            context.showStatus(
                tr("Workspace compacted: %1 before, %2 now.").arg(formatSize(space->bytes), formatSize(after->bytes)));
        }
    });
    return action;
}

std::optional<compaction::Space> compactOnRequest(Database &db, QWidget *parent)
{
    auto space = compaction::space(db);
    if (!space) {
        QMessageBox::warning(parent, SchemaUpdateDialog::tr("Compact the workspace?"), space.error().message);
        return std::nullopt;
    }
    return compactWithProgress(db, *space, CompactQuestion::OnRequest, parent, nullptr, 0);
}

Result<std::unique_ptr<Database>> openUpdatingSchema(const QString &location, QWidget *parent,
                                                     const SchemaUpdateOptions &options)
{
    QObject receiver; // where the worker's progress is queued
    std::unique_ptr<SchemaUpdateDialog> dialog;
    QTimer showLater;
    showLater.setSingleShot(true);
    QObject::connect(&showLater, &QTimer::timeout, &receiver, [&] {
        if (dialog) {
            dialog->show();
        }
    });
    const auto onStep = [&](const MigrationProgress &progress) {
        if (progress.fromVersion == 0 || progress.done == progress.total) {
            return; // a new workspace is created in a moment; the end is the window closing
        }
        if (!dialog) {
            dialog = std::make_unique<SchemaUpdateDialog>(parent);
            dialog->showStep(progress);
            if (progress.databaseBytes >= options.largeBytes) {
                dialog->show();
            } else {
                showLater.start(options.showAfterMs);
            }
        }
        dialog->showStep(progress);
    };

    DatabaseOptions databaseOptions;
    databaseOptions.onMigrationProgress = [&receiver, &onStep](const MigrationProgress &progress) {
        QMetaObject::invokeMethod(
            &receiver, [&onStep, progress] { onStep(progress); }, Qt::QueuedConnection);
    };
    Opened opened = waitFor<Opened>([&] {
        Opened result;
        result.database = Database::open(location, databaseOptions);
        if (result.database) {
            Database &db = **result.database;
            if (!db.isShared() && db.openedAtVersion() > 0 &&
                migrationsFreeSpace(db.openedAtVersion(), db.schemaVersion())) {
                if (auto space = compaction::space(db); space && space->freeBytes > 0) {
                    result.freed = *space;
                }
            }
            db.releaseThreadConnection(); // the window's thread opens its own
        }
        return result;
    });
    showLater.stop();
    if (!opened.database || !opened.freed) {
        return std::move(opened.database);
    }

    compactWithProgress(**opened.database, *opened.freed,
                        opened.freed->bytes >= options.largeBytes ? CompactQuestion::AfterUpdate
                                                                  : CompactQuestion::None,
                        parent, std::move(dialog), options.showAfterMs);
    return std::move(opened.database);
}

} // namespace toasoan::ui
