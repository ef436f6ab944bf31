#include "ui/workflow/WorkflowBar.h"

#include "ui/workflow/Banner.h"
#include "ui/workflow/WorkflowActionText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace toasoan::ui {

WorkflowBar::WorkflowBar(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("workflowBar"));
    setAccessibleName(tr("Workflow"));

    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("stateLabel"));
    m_state->setAccessibleName(tr("Article state"));
    m_state->setTextFormat(Qt::PlainText);
    QFont bold = m_state->font();
    bold.setBold(true);
    m_state->setFont(bold);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(8, 4, 8, 4);
    // A layout without a spacing of its own takes its parent's, and the bar's column has none: the
    // buttons would touch.
    const int gap = style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing, nullptr, this);
    row->setSpacing(gap >= 4 ? gap : 6);
    row->addWidget(m_state);
    row->addStretch(1);
    for (Action action : WorkflowActionText::transitions()) {
        auto *button = new QPushButton(WorkflowActionText::buttonText(action), this);
        button->setObjectName(QStringLiteral("workflowButton-") + actionKey(action));
        button->setToolTip(WorkflowActionText::tip(action));
        button->setAutoDefault(false);
        button->hide();
        connect(button, &QPushButton::clicked, this, [this, action] { emit actionRequested(action); });
        row->addWidget(button);
        m_buttons.insert(action, button);
    }

    m_readOnly = new Banner(QStringLiteral("readOnlyBanner"), Banner::Tone::Warning, this);
    m_lock = new Banner(QStringLiteral("lockBanner"), Banner::Tone::Warning, this);
    m_takeOver = m_lock->addButton(tr("Take over editing"), QStringLiteral("takeOverButton"));
    m_takeOver->setToolTip(tr("Edit the article yourself: the other person can no longer save it. This is "
                              "recorded in the article's history."));
    connect(m_takeOver, &QPushButton::clicked, this, &WorkflowBar::takeOverRequested);
    m_newer = new Banner(QStringLiteral("newerBanner"), Banner::Tone::Info, this);
    m_showNewer = m_newer->addButton(tr("Show the new version"), QStringLiteral("showNewerButton"));
    connect(m_showNewer, &QPushButton::clicked, this, &WorkflowBar::showNewerRequested);
    m_reason = new Banner(QStringLiteral("reasonBanner"), Banner::Tone::Problem, this);
    m_approvalEdit = new Banner(QStringLiteral("approvalEditBanner"), Banner::Tone::Warning, this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(row);
    layout->addWidget(m_reason);
    layout->addWidget(m_approvalEdit);
    layout->addWidget(m_readOnly);
    layout->addWidget(m_lock);
    layout->addWidget(m_newer);
}

void WorkflowBar::setStateText(const QString &text)
{
    m_state->setText(text);
}

QString WorkflowBar::stateText() const
{
    return m_state->text();
}

void WorkflowBar::setAllowed(const QList<Action> &allowed)
{
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it) {
        it.value()->setVisible(allowed.contains(it.key()));
    }
}

} // namespace toasoan::ui
