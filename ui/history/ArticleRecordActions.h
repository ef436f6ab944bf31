#pragma once

#include "app/model/Article.h"
#include "ui/history/RevisionHistoryDialog.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <functional>
#include <memory>

class QAction;

namespace toasoan::ui {

class RestoreQuestion;
class SlipFileQuestion;
class WindowContext;

/// The current article's records, as menu entries of the main window: "Lịch sử phiên bản…"
/// (the revision history dialog, which can compare and restore revisions), "In phiếu duyệt…"
/// (the approval slip in a print preview, printed through the print dialog) and "Lưu phiếu
/// duyệt thành PDF…" (the slip as an A4 PDF, through the toasoan_print library). They follow
/// the window's current tab and need an article that has been stored.
class ArticleRecordActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleRecordActions)

public:
    explicit ArticleRecordActions(WindowContext &context);
    ~ArticleRecordActions() override;

    QList<QAction *> actions() const;
    QAction *historyAction() const { return m_historyAction; }
    QAction *slipAction() const { return m_slipAction; }
    QAction *slipPdfAction() const { return m_slipPdfAction; }
    /// The history dialog while it is open.
    RevisionHistoryDialog *historyDialog() const { return m_history; }

    /// Test hooks: the confirmation before restoring, where to save the slip, how to open it.
    void setRestoreQuestion(RestoreQuestion *question);
    void setSlipFileQuestion(SlipFileQuestion *question) { m_slipQuestion = question; }
    void setUrlOpener(std::function<bool(const QUrl &)> opener) { m_openUrl = std::move(opener); }

public slots:
    /// Opens (or raises) the history of the current article; it does not block.
    RevisionHistoryDialog *showHistory();
    /// Shows the current article's approval slip in a print preview (modal), whose toolbar
    /// prints it through the print dialog or saves it as PDF; false when there is no slip to show
    /// (the error is shown).
    bool previewSlip();
    /// Asks where to save the current article's approval slip, writes it and opens it; false
    /// when cancelled or failed (the error is shown).
    bool printSlip();

private:
    void updateActions();
    void showRestored(const Article &article, int revision);

    WindowContext &m_context;
    QAction *m_historyAction = nullptr;
    QAction *m_slipAction = nullptr;
    QAction *m_slipPdfAction = nullptr;
    QPointer<RevisionHistoryDialog> m_history;
    RestoreQuestion *m_restoreQuestion = nullptr;
    std::unique_ptr<SlipFileQuestion> m_defaultSlipQuestion;
    SlipFileQuestion *m_slipQuestion = nullptr;
    std::function<bool(const QUrl &)> m_openUrl;
};

} // namespace toasoan::ui
