#pragma once

#include "app/model/User.h"
#include "app/workflow/Inbox.h"

#include <QHash>
#include <QWidget>
#include <optional>

class QLabel;
class QToolButton;

namespace toasoan {
class Database;
}

namespace toasoan::ui {

/// "Việc của tôi" at the top of the article list: what waits for the logged-in user (to review,
/// to approve, returned to them), each with its count; a click lists that box, a second click
/// the whole list again. Only the boxes of the user's role show.
class InboxBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboxBar)

public:
    InboxBar(Database &db, const User &user, QWidget *parent = nullptr);

    /// Reads the counts again; true when one changed.
    bool refresh();
    const InboxCounts &counts() const { return m_counts; }
    int count(InboxBox box) const;
    QToolButton *button(InboxBox box) const { return m_buttons.value(box); }
    /// "Xung đột (n)": shown while conflict copies of the user's offline edits wait (issue 14).
    QToolButton *conflictsButton() const { return m_conflicts; }
    std::optional<InboxBox> currentBox() const { return m_current; }
    /// Lists `box` (nullopt: the whole list), as a click on its button does.
    void selectBox(std::optional<InboxBox> box);

signals:
    /// The list should show this filter (nullopt: its own filters again).
    void boxSelected(const std::optional<toasoan::ArticleQuery> &query);
    void failed(const QString &title, const toasoan::Error &error);
    /// The user asked to see their waiting conflict copies.
    void conflictsRequested();

private:
    void updateButtons();

    Database &m_db;
    User m_user;
    InboxCounts m_counts;
    bool m_read = false;
    bool m_failing = false;
    std::optional<InboxBox> m_current;
    QHash<InboxBox, QToolButton *> m_buttons;
    QLabel *m_title = nullptr;
    QToolButton *m_conflicts = nullptr;
};

} // namespace toasoan::ui
