#include "ui/workflow/InboxBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace toasoan::ui {

namespace {

bool operator!=(const InboxCounts &a, const InboxCounts &b)
{
    return a.toReview != b.toReview || a.toApprove != b.toApprove || a.returnedToMe != b.returnedToMe ||
           a.conflicts != b.conflicts || a.byState != b.byState;
}

} // namespace

InboxBar::InboxBar(Database &db, const User &user, QWidget *parent) : QWidget(parent), m_db(db), m_user(user)
{
    setObjectName(QStringLiteral("inboxBar"));
    setAccessibleName(tr("My work"));
    m_title = new QLabel(tr("My work:"), this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);

    // One line: the list pane is kept as wide as the bar (its minimum width) rather than letting
    // the boxes wrap under the title.
    auto *layout = new QHBoxLayout(this);
    layout->setSpacing(6);
    layout->setContentsMargins(4, 2, 4, 4);
    layout->addWidget(m_title);
    const std::pair<InboxBox, const char *> boxes[] = {{InboxBox::ToReview, "inboxToReview"},
                                                       {InboxBox::ToApprove, "inboxToApprove"},
                                                       {InboxBox::ReturnedToMe, "inboxReturned"}};
    Inbox inbox(m_db);
    for (const auto &[box, name] : boxes) {
        auto query = inbox.query(m_user.id, box);
        if (!query || !query->has_value()) {
            continue; // not for this role
        }
        auto *button = new QToolButton(this);
        button->setObjectName(QString::fromLatin1(name));
        button->setCheckable(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        const InboxBox which = box;
        connect(button, &QToolButton::clicked, this,
                [this, which](bool checked) { selectBox(checked ? std::optional<InboxBox>(which) : std::nullopt); });
        layout->addWidget(button);
        m_buttons.insert(box, button);
    }
    // Not a box of the list: the conflict view opens on the copies.
    m_conflicts = new QToolButton(this);
    m_conflicts->setObjectName(QStringLiteral("inboxConflicts"));
    m_conflicts->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_conflicts->setToolTip(tr("Texts you wrote offline while the article changed on the server: compare and merge"));
    connect(m_conflicts, &QToolButton::clicked, this, &InboxBar::conflictsRequested);
    layout->addWidget(m_conflicts);
    layout->addStretch(1);
    refresh();
    updateButtons();
}

int InboxBar::count(InboxBox box) const
{
    switch (box) {
    case InboxBox::ToReview:
        return m_counts.toReview;
    case InboxBox::ToApprove:
        return m_counts.toApprove;
    case InboxBox::ReturnedToMe:
        break;
    }
    return m_counts.returnedToMe;
}

bool InboxBar::refresh()
{
    auto counts = Inbox(m_db).counts(m_user.id);
    if (!counts) {
        // Polled every few seconds: say it once, not at every poll.
        if (!m_failing) {
            emit failed(tr("Cannot count the work waiting for you"), counts.error());
        }
        m_failing = true;
        return false;
    }
    m_failing = false;
    const bool changed = !m_read || *counts != m_counts;
    m_counts = *counts;
    m_read = true;
    if (changed) {
        updateButtons();
    }
    return changed;
}

void InboxBar::selectBox(std::optional<InboxBox> box)
{
    if (box && !m_buttons.contains(*box)) {
        box.reset();
    }
    m_current = box;
    updateButtons();
    std::optional<ArticleQuery> query;
    if (box) {
        auto found = Inbox(m_db).query(m_user.id, *box);
        if (!found) {
            emit failed(tr("Cannot count the work waiting for you"), found.error());
        } else {
            query = *found;
        }
    }
    emit boxSelected(query);
}

void InboxBar::updateButtons()
{
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it) {
        const int n = count(it.key());
        QString text;
        QString tip;
        switch (it.key()) {
        case InboxBox::ToReview:
            text = tr("To review (%1)").arg(n);
            tip = tr("Submitted articles waiting for an editor");
            break;
        case InboxBox::ToApprove:
            text = tr("To approve (%1)").arg(n);
            tip = tr("Articles waiting for your approval");
            break;
        case InboxBox::ReturnedToMe:
            text = tr("Returned to me (%1)").arg(n);
            tip = tr("Your articles sent back to you, with the reason");
            break;
        }
        QToolButton *button = it.value();
        button->setText(text);
        button->setToolTip(tip);
        button->setAccessibleName(text);
        // Work waiting stands out; an empty box does not.
        QFont font = button->font();
        font.setBold(n > 0);
        button->setFont(font);
        button->setChecked(m_current == it.key());
    }
    const QString conflicts = tr("Conflicts (%1)").arg(m_counts.conflicts);
    m_conflicts->setText(conflicts);
    m_conflicts->setAccessibleName(conflicts);
    QFont font = m_conflicts->font();
    font.setBold(true);
    m_conflicts->setFont(font);
    m_conflicts->setVisible(m_counts.conflicts > 0);
}

} // namespace toasoan::ui
