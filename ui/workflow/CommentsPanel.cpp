#include "ui/workflow/CommentsPanel.h"

#include "app/storage/UserRepository.h"
#include "app/text/Normalize.h"
#include "app/text/VietnameseLocale.h"
#include "app/workflow/WorkflowService.h"
#include "ui/common/StatusLabel.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QToolButton>
#include <QVBoxLayout>

namespace toasoan::ui {

namespace {

constexpr int kIndent = 18;    // pixels per reply level
constexpr int kMaxIndents = 5; // deeper replies line up with the fifth level

QLabel *hintLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

CommentsPanel::CommentsPanel(Database &db, const User &user, QWidget *parent) : QWidget(parent), m_db(db), m_user(user)
{
    setObjectName(QStringLiteral("commentsPanel"));
    setAccessibleName(tr("Editorial comments"));

    m_list = new QWidget(this);
    m_listLayout = new QVBoxLayout(m_list);
    m_listLayout->setContentsMargins(4, 4, 4, 4);
    m_listLayout->setSpacing(6);
    m_empty = hintLabel(m_list, QStringLiteral("noComments"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_listLayout->addWidget(m_empty);
    m_listLayout->addStretch(1);
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("commentThread"));
    m_scroll->setAccessibleName(tr("Comments on the article"));
    m_scroll->setWidget(m_list);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);

    m_replyLabel = new QLabel(this);
    m_replyLabel->setObjectName(QStringLiteral("replyingToLabel"));
    m_replyLabel->setTextFormat(Qt::PlainText);
    m_cancelReply = new QToolButton(this);
    m_cancelReply->setObjectName(QStringLiteral("cancelReplyButton"));
    m_cancelReply->setIcon(QIcon(QStringLiteral(":/icons/close.svg")));
    m_cancelReply->setToolTip(tr("Write a new comment instead of a reply"));
    m_cancelReply->setAccessibleName(tr("Cancel the reply"));
    m_cancelReply->setAutoRaise(true);
    connect(m_cancelReply, &QToolButton::clicked, this, [this] { replyTo(0); });
    auto *replyRow = new QHBoxLayout;
    replyRow->setContentsMargins(0, 0, 0, 0);
    replyRow->addWidget(m_replyLabel, 1);
    replyRow->addWidget(m_cancelReply);

    m_input = new QPlainTextEdit(this);
    m_input->setObjectName(QStringLiteral("commentEdit"));
    m_input->setAccessibleName(tr("New comment"));
    m_input->setPlaceholderText(tr("Write a comment for the author and the editors…"));
    m_input->setTabChangesFocus(true);
    m_input->setFixedHeight(m_input->fontMetrics().lineSpacing() * 4 + 12);
    connect(m_input, &QPlainTextEdit::textChanged, this, &CommentsPanel::updateInput);

    m_note = hintLabel(this, QStringLiteral("commentNote"));
    m_error = new StatusLabel(this);
    m_error->setObjectName(QStringLiteral("commentError"));
    m_send = new QPushButton(tr("Send comment"), this);
    m_send->setObjectName(QStringLiteral("sendCommentButton"));
    m_send->setToolTip(tr("Send the comment (Ctrl+Enter)"));
    connect(m_send, &QPushButton::clicked, this, &CommentsPanel::send);
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, m_input);
        shortcut->setContext(Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, this, [this] {
            if (m_send->isEnabled()) {
                send();
            }
        });
    }

    auto *sendRow = new QHBoxLayout;
    sendRow->setContentsMargins(0, 0, 0, 0);
    sendRow->addWidget(m_note, 1);
    sendRow->addStretch();
    sendRow->addWidget(m_send, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_scroll, 1);
    layout->addLayout(replyRow);
    layout->addWidget(m_input);
    layout->addWidget(m_error);
    layout->addLayout(sendRow);

    reload();
}

void CommentsPanel::setArticle(qint64 id)
{
    if (id == m_articleId) {
        return;
    }
    m_articleId = id;
    m_replyTo = 0;
    m_error->clearMessage();
    reload();
}

void CommentsPanel::reload()
{
    for (QWidget *card : std::as_const(m_cards)) {
        // The card sits in its indenting row; the row goes.
        card->parentWidget()->deleteLater();
        card->parentWidget()->hide();
    }
    m_cards.clear();
    m_authors.clear();
    m_thread.clear();
    QString note;
    m_mayComment = false;
    if (m_articleId <= 0) {
        note = tr("Comments belong to a saved article: open one, or save this one first.");
    } else if (auto allowed = WorkflowService(m_db).check(m_user.id, Action::Comment, m_articleId); !allowed) {
        note = allowed.error().message;
    } else {
        m_mayComment = true;
    }
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
    if (m_articleId > 0) {
        auto thread = CommentRepository(m_db).thread(m_articleId);
        if (thread) {
            m_thread = *thread;
        } else {
            m_error->showError(thread.error().message);
        }
    }
    QHash<qint64, QString> names;
    if (!m_thread.isEmpty()) {
        if (auto users = UserRepository(m_db).list()) {
            for (const User &u : std::as_const(*users)) {
                names.insert(u.id, u.displayName);
            }
        }
    }
    for (const ThreadedComment &item : std::as_const(m_thread)) {
        m_listLayout->insertWidget(m_listLayout->count() - 1, makeCard(item, names));
    }
    m_empty->setText(m_articleId > 0 ? tr("No comments yet.") : QString());
    m_empty->setVisible(m_thread.isEmpty());

    if (m_replyTo != 0 && !m_cards.contains(m_replyTo)) {
        m_replyTo = 0;
    }
    updateInput();
    emit countChanged(int(m_thread.size()));
}

void CommentsPanel::refreshIfChanged()
{
    if (m_articleId <= 0) {
        return;
    }
    if (auto count = CommentRepository(m_db).count(m_articleId); count && *count != m_thread.size()) {
        reload();
    }
}

QWidget *CommentsPanel::makeCard(const ThreadedComment &item, const QHash<qint64, QString> &names)
{
    const Comment &c = item.comment;
    const QString author = names.value(c.authorId, tr("user %1").arg(c.authorId));
    const QString when = text::formatDateTime(c.createdAt.toLocalTime());

    auto *row = new QWidget(m_list);
    auto *rowLayout = new QHBoxLayout(row);
    rowLayout->setContentsMargins(kIndent * qMin(item.depth, kMaxIndents), 0, 0, 0);

    auto *card = new QFrame(row);
    card->setObjectName(QStringLiteral("comment-%1").arg(c.id));
    card->setFrameShape(QFrame::StyledPanel);
    card->setAccessibleName(tr("%1, %2: %3").arg(author, when, c.body));
    auto *header = new QLabel(QStringLiteral("<b>%1</b> · %2").arg(author.toHtmlEscaped(), when), card);
    header->setObjectName(QStringLiteral("commentHeader"));
    header->setTextFormat(Qt::RichText);
    auto *body = new QLabel(c.body, card);
    body->setObjectName(QStringLiteral("commentBody"));
    body->setTextFormat(Qt::PlainText);
    body->setWordWrap(true);
    body->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *reply = new QToolButton(card);
    reply->setObjectName(QStringLiteral("replyButton"));
    reply->setText(tr("Reply"));
    reply->setAccessibleName(tr("Reply to %1").arg(author));
    reply->setAutoRaise(true);
    reply->setEnabled(m_mayComment);
    const qint64 id = c.id;
    connect(reply, &QToolButton::clicked, this, [this, id] { replyTo(id); });

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(header, 1);
    top->addWidget(reply);
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(8, 4, 8, 6);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addWidget(body);
    rowLayout->addWidget(card);
    m_cards.insert(c.id, card);
    m_authors.insert(c.id, author);
    return row;
}

void CommentsPanel::replyTo(qint64 commentId)
{
    m_replyTo = m_cards.contains(commentId) ? commentId : 0;
    updateInput();
    if (m_replyTo != 0) {
        m_input->setFocus(Qt::OtherFocusReason);
    }
}

void CommentsPanel::updateInput()
{
    const QString target = m_replyTo != 0 ? tr("Replying to %1:").arg(m_authors.value(m_replyTo)) : QString();
    m_replyLabel->setText(target);
    m_replyLabel->setVisible(!target.isEmpty());
    m_cancelReply->setVisible(!target.isEmpty());
    m_input->setEnabled(m_mayComment);
    m_send->setEnabled(m_mayComment && !m_input->toPlainText().trimmed().isEmpty());
}

QString CommentsPanel::errorMessage() const
{
    return m_error->message();
}

bool CommentsPanel::send()
{
    const QString body = text::normalize(m_input->toPlainText()).trimmed();
    if (body.isEmpty() || m_articleId <= 0) {
        return false;
    }
    auto added = WorkflowService(m_db).addComment(m_articleId, m_user.id, body, m_replyTo);
    if (!added) {
        m_error->showError(added.error().message);
        return false;
    }
    m_error->clearMessage();
    m_input->clear();
    m_replyTo = 0;
    reload();
    if (QWidget *card = m_cards.value(added->id)) {
        m_scroll->ensureWidgetVisible(card);
    }
    return true;
}

} // namespace toasoan::ui
