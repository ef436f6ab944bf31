#pragma once

#include "app/editing/RecoveryReview.h"

#include <QDialog>
#include <QList>

class QLabel;
class QListWidget;
class QPushButton;
class QTextBrowser;

namespace toasoan::ui {

/// Shown at start-up when autosave left recovery copies (the app or the machine stopped before
/// they were saved): for each article, what differs from its last saved revision, with
/// "Khôi phục" (open it with the recovered text) and "Bỏ qua" (throw the copy away). Articles
/// not decided stay for the next start.
class RecoveryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecoveryDialog)

public:
    explicit RecoveryDialog(const QList<editing::RecoveredArticle> &items, QWidget *parent = nullptr);

    int count() const { return int(m_items.size()); }
    void setCurrent(int row);
    int current() const;
    /// The comparison shown for the current article, as plain text (tests, screen readers).
    QString shownChanges() const;

public slots:
    /// Restores the current article (restoreRequested) and moves on; closes when all are decided.
    void restoreCurrent();
    /// Discards the current article's copy (skipRequested) and moves on.
    void skipCurrent();

signals:
    void restoreRequested(const toasoan::editing::RecoveredArticle &item);
    void skipRequested(qint64 articleId);

private:
    enum class Decision
    {
        Undecided,
        Restored,
        Skipped,
    };

    void decide(Decision decision);
    void showItem(int row);
    void updateRow(int row);
    QString changesHtml(const editing::RecoveredArticle &item) const;

    QList<editing::RecoveredArticle> m_items;
    QList<Decision> m_decisions;
    QListWidget *m_list = nullptr;
    QLabel *m_notice = nullptr;
    QTextBrowser *m_changes = nullptr;
    QPushButton *m_restore = nullptr;
    QPushButton *m_skip = nullptr;
    QPushButton *m_later = nullptr;
};

} // namespace toasoan::ui
