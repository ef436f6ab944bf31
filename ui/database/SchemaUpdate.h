#pragma once

#include "app/core/Result.h"
#include "app/storage/Compaction.h"

#include <QDialog>
#include <memory>
#include <optional>

class QAction;
class QLabel;
class QProgressBar;

namespace toasoan {
class Database;
struct MigrationProgress;
} // namespace toasoan

namespace toasoan::ui {

class WindowContext;

/// The modal window shown while a workspace's schema is updated or the workspace compacted: what is
/// being done and how many steps are left. It cannot be closed: a step stopped halfway would only be
/// rolled back and run again at the next start. It opens as a workspace is updated (openUpdatingSchema) and
/// from "Thu gọn dữ liệu làm việc…" (createMenuAction).
class SchemaUpdateDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SchemaUpdateDialog(QWidget *parent = nullptr);

    /// The window's "Compact the workspace…": the workspace's size and free space, a question, then the
    /// compaction behind this window (SQLite; disabled on the shared database, which reuses its space).
    static QAction *createMenuAction(WindowContext &context);

    /// "Step 2 of 3: <what the step does>…", the bar at the steps done.
    void showStep(const MigrationProgress &progress);
    /// `text` with a busy bar, for work that gives no steps (compacting).
    void showBusy(const QString &text);

    QString text() const;

protected:
    void reject() override {}
    void closeEvent(QCloseEvent *event) override;

private:
    QLabel *m_label;
    QProgressBar *m_bar;
};

/// When the progress window and the compaction question appear (tests lower the thresholds).
struct SchemaUpdateOptions
{
    /// From this size the window shows at once, and compacting is asked about first.
    qint64 largeBytes = compaction::kLargeDatabaseBytes;
    /// A smaller database's update shows the window once it has run this long.
    int showAfterMs = 1000;
};

/// Database::open(location) for the window. The opening runs on a worker thread, so the window keeps
/// painting; when it updates the schema, SchemaUpdateDialog shows its steps (after
/// options.showAfterMs, at once for a large database). When the update freed space in an SQLite file
/// (Migration::freesSpace), the file is compacted afterwards: a small one at once, a large one after
/// asking (with its size and the space to gain). A refused or failed compaction leaves the workspace
/// as it is, open.
/// Compacting on request (the menu entry): the workspace's size and free space in a question, then the
/// compaction behind SchemaUpdateDialog. Gives the sizes after, or nothing when declined or failed (said).
std::optional<compaction::Space> compactOnRequest(Database &db, QWidget *parent = nullptr);

Result<std::unique_ptr<Database>> openUpdatingSchema(const QString &location, QWidget *parent = nullptr,
                                                     const SchemaUpdateOptions &options = {});

} // namespace toasoan::ui
