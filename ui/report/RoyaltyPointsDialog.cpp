#include "ui/report/RoyaltyPointsDialog.h"

#include "app/report/Money.h"
#include "app/report/Royalties.h"
#include "app/storage/ArticleRepository.h"
#include "app/workflow/Permissions.h"
#include "ui/common/StatusLabel.h"
#include "ui/common/WindowContext.h"
#include "ui/workflow/WorkflowController.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QVBoxLayout>

namespace toasoan::ui {

RoyaltyPointsDialog::RoyaltyPointsDialog(Database &db, const User &user, qint64 articleId, const QString &title,
                                         QWidget *parent)
    : QDialog(parent), m_db(db), m_user(user), m_articleId(articleId)
{
    setWindowTitle(tr("Royalty of “%1”").arg(title));
    m_kind = new QComboBox(this);
    m_kind->setAccessibleName(tr("Kind of work"));
    m_points = new QDoubleSpinBox(this);
    m_points->setDecimals(1);
    m_points->setSingleStep(0.5);
    m_points->setAccessibleName(tr("Points"));
    m_amount = new QLabel(this);
    m_error = new StatusLabel(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_confirm = buttons->addButton(tr("&Set royalty"), QDialogButtonBox::AcceptRole);

    auto *form = new QFormLayout;
    form->addRow(tr("&Kind of work:"), m_kind);
    form->addRow(tr("&Points:"), m_points);
    form->addRow(tr("Amount:"), m_amount);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &RoyaltyPointsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto scheme = report::RoyaltySchemes(m_db).load();
    auto proposal = report::Royalties(m_db).suggestion(m_articleId);
    if (!scheme || !proposal) {
        const Error &error = scheme ? proposal.error() : scheme.error();
        m_error->showError(error.message, error.detail);
        m_confirm->setEnabled(false);
        return;
    }
    m_scheme = *scheme;
    for (const report::RoyaltyKind &kind : std::as_const(m_scheme.kinds)) {
        if (!kind.retired) {
            m_kind->addItem(kind.name, kind.key);
        }
    }
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(proposal->kindKey)));
    kindChanged();
    m_points->setValue(proposal->points / 10.0);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &RoyaltyPointsDialog::kindChanged);
    connect(m_points, &QDoubleSpinBox::valueChanged, this, [this] {
        m_amount->setText(
            report::formatVnd(report::amountFor(int(std::lround(m_points->value() * 10)), m_scheme.pointValue)) +
            QStringLiteral(" đ"));
    });
    m_amount->setText(report::formatVnd(report::amountFor(proposal->points, m_scheme.pointValue)) +
                      QStringLiteral(" đ"));
}

void RoyaltyPointsDialog::kindChanged()
{
    if (const report::RoyaltyKind *kind = m_scheme.kind(m_kind->currentData().toString())) {
        m_points->setRange(kind->minPoints / 10.0, kind->maxPoints / 10.0);
    }
}

QString RoyaltyPointsDialog::errorMessage() const
{
    return m_error->message();
}

void RoyaltyPointsDialog::accept()
{
    const auto done = report::Royalties(m_db).setRoyalty(m_articleId, m_user.id, m_kind->currentData().toString(),
                                                         int(std::lround(m_points->value() * 10)));
    if (!done) {
        m_error->showError(done.error().message, done.error().detail);
        return;
    }
    QDialog::accept();
}

void RoyaltyPointsDialog::attach(WindowContext &context, WorkflowController &workflow)
{
    const auto open = [&context](qint64 id, const QString &title) {
        auto *dialog = new RoyaltyPointsDialog(context.database(), context.user(), id, title, context.dialogParent());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show(); // not modal: the window goes on
    };
    QObject::connect(&workflow, &WorkflowController::approved, &workflow, open);
    auto *action = new QAction(tr("&Royalty of the article…"), &workflow);
    action->setObjectName(QStringLiteral("royaltyPointsAction"));
    action->setStatusTip(tr("The kind of work and the points of the current article, for the month's royalties"));
    // The core refuses anyone else; the entry only shows where it can work.
    action->setVisible(checkPermission(context.user(), Action::SetRoyalties).ok());
    QObject::connect(action, &QAction::triggered, &workflow, [&context, open] {
        if (const qint64 id = context.currentArticleId(); id != 0) {
            auto article = ArticleRepository(context.database()).load(id);
            open(id, article ? article->title : QString());
        }
    });
    workflow.menu()->addAction(action);
}

} // namespace toasoan::ui
