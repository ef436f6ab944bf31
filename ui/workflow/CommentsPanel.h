#pragma once

#include "app/core/Result.h"
#include "app/model/User.h"
#include "app/storage/CommentRepository.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QToolButton;
class QVBoxLayout;

namespace toasoan {
class Database;
}

namespace toasoan::ui {

class StatusLabel;

/// Editorial comments (ý kiến biên tập) on the current article: the thread (who, when, what;
/// replies indented under what they answer) and a box to add a comment or a reply. Comments
/// are added through WorkflowService::addComment, which checks who may comment.
class CommentsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommentsPanel)

public:
    CommentsPanel(Database &db, const User &user, QWidget *parent = nullptr);

    /// Shows the comments of article `id` (0 = none open, or not saved yet).
    void setArticle(qint64 id);
    qint64 articleId() const { return m_articleId; }
    /// Reads the thread again (someone else may have written).
    void reload();
    /// Reads the thread again only when comments were added since (a cheap count first).
    void refreshIfChanged();
    int commentCount() const { return m_thread.size(); }
    const QList<ThreadedComment> &thread() const { return m_thread; }

    /// The next comment answers comment `commentId`; 0 starts a new thread.
    void replyTo(qint64 commentId);
    qint64 replyingTo() const { return m_replyTo; }
    /// Sends what the box holds; false (and the reason under the box, the text kept) on failure.
    bool send();

    QPlainTextEdit *input() const { return m_input; }
    QPushButton *sendButton() const { return m_send; }
    /// The card showing comment `id` (its header, text and Reply button), or nullptr.
    QWidget *card(qint64 commentId) const { return m_cards.value(commentId); }
    QString errorMessage() const;

signals:
    void countChanged(int count);

private:
    QWidget *makeCard(const ThreadedComment &item, const QHash<qint64, QString> &names);
    void updateInput();

    Database &m_db;
    User m_user;
    qint64 m_articleId = 0;
    qint64 m_replyTo = 0;
    bool m_mayComment = false;
    QList<ThreadedComment> m_thread;
    QHash<qint64, QWidget *> m_cards;
    QHash<qint64, QString> m_authors; ///< by comment id

    QScrollArea *m_scroll = nullptr;
    QWidget *m_list = nullptr;
    QVBoxLayout *m_listLayout = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_replyLabel = nullptr;
    QToolButton *m_cancelReply = nullptr;
    QPlainTextEdit *m_input = nullptr;
    QLabel *m_note = nullptr;
    StatusLabel *m_error = nullptr;
    QPushButton *m_send = nullptr;
};

} // namespace toasoan::ui
