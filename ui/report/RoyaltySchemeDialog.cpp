#include "ui/report/RoyaltySchemeDialog.h"

#include "app/report/Money.h"
#include "app/report/RoyaltyScheme.h"
#include "app/workflow/Permissions.h"
#include "ui/common/StatusLabel.h"
#include "ui/common/WindowContext.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace toasoan::ui {

namespace {

enum Column
{
    Code,
    Name,
    MinPoints,
    MaxPoints,
    MinWords,
    MaxWords,
    Retired,
    ColumnCount
};

QString wordsText(const std::optional<int> &words)
{
    return words ? QString::number(*words) : QString();
}

} // namespace

RoyaltySchemeDialog::RoyaltySchemeDialog(Database &db, const User &user, QWidget *parent)
    : QDialog(parent), m_db(db), m_user(user), m_canEdit(checkPermission(user, Action::ManageSettings).ok())
{
    setWindowTitle(tr("Royalty scheme"));
    resize(760, 420);
    m_pointValue = new QSpinBox(this);
    m_pointValue->setRange(1, 1000000000);
    m_pointValue->setSingleStep(1000);
    m_pointValue->setGroupSeparatorShown(true);
    m_pointValue->setSuffix(QStringLiteral(" đ"));
    m_pointValue->setAccessibleName(tr("Value of one point"));
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setAccessibleName(tr("Kinds of work"));
    m_table->setHorizontalHeaderLabels(
        {tr("Code"), tr("Name"), tr("Points from"), tr("Points to"), tr("Words from"), tr("Words to"), tr("Retired")});
    m_table->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_status = new StatusLabel(this);

    m_add = new QPushButton(tr("&Add a kind"), this);
    m_remove = new QPushButton(tr("&Remove the kind"), this);
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("saveSchemeButton"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    auto *rowButtons = new QHBoxLayout;
    rowButtons->addWidget(m_add);
    rowButtons->addWidget(m_remove);
    rowButtons->addStretch();
    auto *form = new QFormLayout;
    form->addRow(tr("&Value of one point:"), m_pointValue);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addLayout(rowButtons);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    for (QWidget *editing : std::initializer_list<QWidget *>{m_pointValue, m_add, m_remove, m_save}) {
        editing->setEnabled(m_canEdit);
    }
    if (!m_canEdit) {
        m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &RoyaltySchemeDialog::addRow);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0) {
            m_table->removeRow(m_table->currentRow());
        }
    });
    connect(m_save, &QPushButton::clicked, this, &RoyaltySchemeDialog::save);
    load();
}

QAction *RoyaltySchemeDialog::createMenuAction(WindowContext &context)
{
    QWidget *window = context.dialogParent();
    auto *action = new QAction(tr("Ro&yalty scheme…"), window);
    action->setObjectName(QStringLiteral("royaltySchemeAction"));
    action->setStatusTip(tr("The value of one point and the kinds of work with their points"));
    // The core refuses anyone else; the entry only shows where it can work.
    const bool admin = checkPermission(context.user(), Action::ManageSettings).ok();
    action->setVisible(admin);
    action->setEnabled(admin);
    QObject::connect(action, &QAction::triggered, window, [&context, window] {
        auto *dialog = window->findChild<RoyaltySchemeDialog *>();
        if (!dialog) {
            dialog = new RoyaltySchemeDialog(context.database(), context.user(), window);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
        }
        dialog->show();
        dialog->raise();
        dialog->activateWindow();
    });
    return action;
}

QString RoyaltySchemeDialog::message() const
{
    return m_status->message();
}

void RoyaltySchemeDialog::load()
{
    auto scheme = report::RoyaltySchemes(m_db).load();
    if (!scheme) {
        m_status->showError(scheme.error().message, scheme.error().detail);
        return;
    }
    m_pointValue->setValue(int(std::min<qint64>(scheme->pointValue, m_pointValue->maximum())));
    m_table->setRowCount(0);
    for (const report::RoyaltyKind &kind : std::as_const(scheme->kinds)) {
        addRow();
        const int row = m_table->rowCount() - 1;
        m_table->item(row, Code)->setText(kind.key);
        m_table->item(row, Name)->setText(kind.name);
        m_table->item(row, MinPoints)->setText(report::formatPoints(kind.minPoints));
        m_table->item(row, MaxPoints)->setText(report::formatPoints(kind.maxPoints));
        m_table->item(row, MinWords)->setText(wordsText(kind.minWords));
        m_table->item(row, MaxWords)->setText(wordsText(kind.maxWords));
        m_table->item(row, Retired)->setCheckState(kind.retired ? Qt::Checked : Qt::Unchecked);
    }
    if (scheme->example) {
        m_status->showNeutral(tr("This is the example scheme shipped with ToaSoan: set the office's own figures "
                                 "and save them."));
    } else {
        m_status->clearMessage();
    }
}

void RoyaltySchemeDialog::addRow()
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    for (int column = 0; column < ColumnCount; ++column) {
        auto *item = new QTableWidgetItem;
        if (column == Retired) {
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
        m_table->setItem(row, column, item);
    }
    m_table->setCurrentCell(row, Code);
}

void RoyaltySchemeDialog::save()
{
    report::RoyaltyScheme scheme;
    scheme.pointValue = m_pointValue->value();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto text = [&](int column) { return m_table->item(row, column)->text().trimmed(); };
        report::RoyaltyKind kind;
        kind.key = text(Code);
        kind.name = text(Name);
        const auto from = report::parsePoints(text(MinPoints));
        const auto to = report::parsePoints(text(MaxPoints));
        if (!from || !to) {
            m_status->showError(tr("Row %1: points are numbers such as 2 or 2,5.").arg(row + 1));
            return;
        }
        kind.minPoints = *from;
        kind.maxPoints = *to;
        for (auto [column, bound] : {std::pair{MinWords, &kind.minWords}, std::pair{MaxWords, &kind.maxWords}}) {
            if (text(column).isEmpty()) {
                continue;
            }
            bool ok = false;
            const int words = text(column).toInt(&ok);
            if (!ok || words < 0) {
                m_status->showError(tr("Row %1: a length is a number of words, or empty.").arg(row + 1));
                return;
            }
            *bound = words;
        }
        kind.retired = m_table->item(row, Retired)->checkState() == Qt::Checked;
        scheme.kinds.append(kind);
    }
    if (auto saved = report::RoyaltySchemes(m_db).save(m_user.id, scheme); !saved) {
        m_status->showError(saved.error().message, saved.error().detail);
        return;
    }
    load();
    m_status->showSuccess(tr("The royalty scheme was saved."));
}

} // namespace toasoan::ui
