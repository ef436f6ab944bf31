#include "ui/history/ArticleRecordActions.h"

#include "app/slip/ApprovalSlip.h"
#include "app/slip/SlipData.h"
#include "app/text/Slug.h"
#include "ui/article/ArticleTab.h"
#include "ui/article/ArticleTabs.h"
#include "ui/common/WindowContext.h"
#include "ui/history/RevisionHistoryDialog.h"
#include "ui/history/SlipFileQuestion.h"
#include "ui/metadata/MetadataPanel.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>
#include <QToolBar>
#include <optional>

namespace toasoan::ui {

ArticleRecordActions::ArticleRecordActions(WindowContext &context)
    : QObject(context.dialogParent()), m_context(context),
      m_defaultSlipQuestion(std::make_unique<FileDialogSlipQuestion>()),
      m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    setObjectName(QStringLiteral("articleRecordActions"));
    m_slipQuestion = m_defaultSlipQuestion.get();

    m_historyAction = new QAction(tr("Revision &history…"), this);
    m_historyAction->setObjectName(QStringLiteral("historyAction"));
    m_historyAction->setStatusTip(tr("Every saved revision of the article: compare two, restore one"));
    m_historyAction->setToolTip(tr("Revision history"));
    connect(m_historyAction, &QAction::triggered, this, &ArticleRecordActions::showHistory);

    m_slipAction = new QAction(tr("&Print approval slip…"), this);
    m_slipAction->setObjectName(QStringLiteral("slipAction"));
    m_slipAction->setStatusTip(tr("Preview the article's approval slip on A4 pages and print it, for signing"));
    m_slipAction->setToolTip(tr("Print approval slip"));
    connect(m_slipAction, &QAction::triggered, this, &ArticleRecordActions::previewSlip);

    m_slipPdfAction = new QAction(tr("Save approval slip as P&DF…"), this);
    m_slipPdfAction->setObjectName(QStringLiteral("slipPdfAction"));
    m_slipPdfAction->setStatusTip(tr("Save the article's approval slip as an A4 PDF, for signing"));
    connect(m_slipPdfAction, &QAction::triggered, this, &ArticleRecordActions::printSlip);

    connect(context.tabs(), &ArticleTabs::currentArticleChanged, this, &ArticleRecordActions::updateActions);
    // A new article gets its id at its first save or autosave.
    connect(context.tabs(), &ArticleTabs::articleStored, this, [this](qint64 id) {
        updateActions();
        if (m_history && m_history->articleId() == id) {
            m_history->reload();
        }
    });
    updateActions();
}

ArticleRecordActions::~ArticleRecordActions() = default;

QList<QAction *> ArticleRecordActions::actions() const
{
    return {m_historyAction, m_slipAction, m_slipPdfAction};
}

void ArticleRecordActions::setRestoreQuestion(RestoreQuestion *question)
{
    m_restoreQuestion = question;
    if (m_history) {
        m_history->setRestoreQuestion(question);
    }
}

void ArticleRecordActions::updateActions()
{
    const ArticleTab *tab = m_context.currentTab();
    const bool stored = tab && tab->articleId() > 0;
    m_historyAction->setEnabled(stored);
    m_slipAction->setEnabled(stored);
    m_slipPdfAction->setEnabled(stored);
}

RevisionHistoryDialog *ArticleRecordActions::showHistory()
{
    const ArticleTab *tab = m_context.currentTab();
    if (!tab || tab->articleId() <= 0) {
        return nullptr;
    }
    const qint64 id = tab->articleId();
    if (m_history && m_history->articleId() != id) {
        m_history->close();
    }
    if (!m_history) {
        m_history = new RevisionHistoryDialog(m_context.database(), m_context.user(), m_context.notifier(), id,
                                              m_context.dialogParent());
        m_history->setAttribute(Qt::WA_DeleteOnClose);
        if (m_restoreQuestion) {
            m_history->setRestoreQuestion(m_restoreQuestion);
        }
        m_history->setUnsavedChangesCheck([this, id] {
            const ArticleTab *open = m_context.tabs()->tabFor(id);
            return open && open->isModified();
        });
        connect(m_history, &RevisionHistoryDialog::restored, this, &ArticleRecordActions::showRestored);
    }
    m_history->show();
    m_history->raise();
    m_history->activateWindow();
    return m_history;
}

void ArticleRecordActions::showRestored(const Article &article, int revision)
{
    // The open tab shows the restored text as saved; it had no unsaved changes (the dialog refuses
    // to restore over them).
    if (ArticleTab *tab = m_context.tabs()->tabFor(article.id)) {
        tab->setArticle(article);
    }
    m_context.refreshList(article.id);
    m_context.showStatus(tr("Restored an earlier revision as revision %1.").arg(revision));
}

bool ArticleRecordActions::previewSlip()
{
    const ArticleTab *tab = m_context.currentTab();
    if (!tab || tab->articleId() <= 0) {
        return false;
    }
    // The slip shows the stored text: what was submitted and approved, not unsaved edits.
    auto data = slip::collectSlipData(m_context.database(), tab->articleId());
    if (!data) {
        m_context.showError(tr("Cannot print the approval slip"), data.error());
        return false;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(slip::slipPageLayout());
    printer.setDocName(tr("Approval slip: %1").arg(data->article.title));
    QPrintPreviewDialog dialog(&printer, m_context.dialogParent());
    dialog.setObjectName(QStringLiteral("slipPreviewDialog"));
    dialog.setWindowTitle(tr("Approval slip: %1").arg(data->article.title));
    std::optional<Error> failed;
    connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&data, &failed](QPrinter *target) {
        if (auto painted = slip::paintApprovalSlip(*data, *target); !painted) {
            failed = painted.error();
        }
    });
    // Next to the print button (which opens the print dialog): the same slip saved as a PDF.
    if (auto *toolbar = dialog.findChild<QToolBar *>()) {
        QAction *save = toolbar->addAction(tr("Save as PDF…"));
        save->setObjectName(QStringLiteral("slipPreviewSavePdf"));
        save->setToolTip(tr("Save the approval slip as an A4 PDF"));
        connect(save, &QAction::triggered, &dialog, [this, &dialog] {
            if (printSlip()) {
                dialog.accept();
            }
        });
    }
    dialog.resize(900, 700);
    dialog.exec();
    if (failed) {
        m_context.showError(tr("Cannot print the approval slip"), *failed);
        return false;
    }
    return true;
}

bool ArticleRecordActions::printSlip()
{
    const ArticleTab *tab = m_context.currentTab();
    if (!tab || tab->articleId() <= 0) {
        return false;
    }
    const Article &article = tab->stored();
    // The slug (or the title) cut at a word boundary: "phieu-duyet-hoi-nghi-giao-ban.pdf".
    QString name = text::slugify(article.slug.isEmpty() ? article.title : article.slug, 60);
    if (name.isEmpty()) {
        name = QString::number(article.id);
    }
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString folder = !documents.isEmpty() && QDir(documents).exists() ? documents : QDir::homePath();
    const QString suggested = QDir(folder).filePath(tr("approval-slip-%1.pdf").arg(name));
    QString path = m_slipQuestion->askPath(m_context.dialogParent(), suggested);
    if (path.isEmpty()) {
        return false;
    }
    if (QFileInfo(path).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) != 0) {
        path += QStringLiteral(".pdf");
    }
    // The slip shows the stored text: what was submitted and approved, not unsaved edits.
    auto data = slip::collectSlipData(m_context.database(), article.id);
    if (!data) {
        m_context.showError(tr("Cannot print the approval slip"), data.error());
        return false;
    }
    if (auto written = slip::writeApprovalSlip(*data, path); !written) {
        m_context.showError(tr("Cannot print the approval slip"), written.error());
        return false;
    }
    m_context.showStatus(tab->isModified()
                             ? tr("Saved the approval slip to %1 (the saved text, without the unsaved changes).")
                                   .arg(QDir::toNativeSeparators(path))
                             : tr("Saved the approval slip to %1.").arg(QDir::toNativeSeparators(path)),
                         10000);
    if (!m_openUrl(QUrl::fromLocalFile(path))) {
        m_context.showError(
            tr("Cannot open the approval slip"),
            makeError(ErrorCode::Io,
                      tr("The slip was saved to %1, but no program to show PDF files could be started. Open the file "
                         "yourself to print it.")
                          .arg(QDir::toNativeSeparators(path))));
    }
    return true;
}

} // namespace toasoan::ui
