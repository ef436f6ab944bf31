#include "ui/report/RoyaltiesDialog.h"

#include "app/cli/Output.h"
#include "app/report/Money.h"
#include "app/report/RoyaltyExport.h"
#include "app/storage/Database.h"
#include "app/workflow/Permissions.h"
#include "ui/common/StatusLabel.h"
#include "ui/common/WindowContext.h"

#include <QAction>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace toasoan::ui {

namespace {

using report::RoyaltyTexts;

QDate lastMonth()
{
    const QDate today = report::Royalties::monthOf(QDateTime::currentDateTimeUtc());
    return today.addMonths(-1);
}

} // namespace

RoyaltiesDialog::RoyaltiesDialog(Database &db, const User &user, QWidget *parent)
    : QDialog(parent), m_db(db), m_user(user)
{
    setWindowTitle(tr("Monthly royalties"));
    resize(900, 560);

    m_monthEdit = new QDateEdit(this);
    m_monthEdit->setDisplayFormat(QStringLiteral("MM/yyyy"));
    m_monthEdit->setCalendarPopup(false);
    m_monthEdit->setAccessibleName(tr("Month"));
    auto *monthLabel = new QLabel(tr("&Month:"), this);
    monthLabel->setBuddy(m_monthEdit);

    m_tree = new QTreeWidget(this);
    m_tree->setAccessibleName(tr("Royalties by author"));
    m_tree->setHeaderLabels({RoyaltyTexts::author() + QStringLiteral(" / ") + RoyaltyTexts::articleTitle(),
                             RoyaltyTexts::publishedOn(), RoyaltyTexts::kind(), RoyaltyTexts::points(),
                             RoyaltyTexts::amount()});
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < 5; ++column) {
        m_tree->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status = new StatusLabel(this);

    m_closeButton = new QPushButton(this);
    m_closeButton->setObjectName(QStringLiteral("closeMonthButton"));
    // The core refuses anyone else; the button only shows who may.
    m_closeButton->setEnabled(checkPermission(m_user, Action::SetRoyalties).ok());
    m_saveButton = new QPushButton(tr("&Save as…"), this);
    m_saveButton->setObjectName(QStringLiteral("saveRoyaltiesButton"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_closeButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_saveButton, QDialogButtonBox::ActionRole);

    auto *top = new QHBoxLayout;
    top->addWidget(monthLabel);
    top->addWidget(m_monthEdit);
    top->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_closeButton, &QPushButton::clicked, this, &RoyaltiesDialog::closeOrReopen);
    connect(m_saveButton, &QPushButton::clicked, this, &RoyaltiesDialog::chooseFile);
    connect(m_monthEdit, &QDateEdit::dateChanged, this, [this] { reload(); });
    setMonth(lastMonth());
}

QAction *RoyaltiesDialog::createMenuAction(WindowContext &context)
{
    QWidget *window = context.dialogParent();
    auto *action = new QAction(tr("Monthly &royalties…"), window);
    action->setObjectName(QStringLiteral("royaltiesAction"));
    action->setStatusTip(tr("Royalties of a month per author, the office total, closing the month, saving the "
                            "statement"));
    QObject::connect(action, &QAction::triggered, window, [&context, window] {
        auto *dialog = window->findChild<RoyaltiesDialog *>();
        if (!dialog) {
            dialog = new RoyaltiesDialog(context.database(), context.user(), window);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
        }
        dialog->show();
        dialog->raise();
        dialog->activateWindow();
    });
    return action;
}

void RoyaltiesDialog::setMonth(const QDate &month)
{
    const QDate first(month.year(), month.month(), 1);
    if (m_monthEdit->date() != first) {
        m_monthEdit->setDate(first); // reloads
    } else {
        reload();
    }
}

void RoyaltiesDialog::reload()
{
    const QDate month = m_monthEdit->date();
    auto statement = report::Royalties(m_db).month(QDate(month.year(), month.month(), 1), m_user.id);
    m_tree->clear();
    if (!statement) {
        m_status->showError(statement.error().message, statement.error().detail);
        m_shown = {};
        return;
    }
    m_shown = *statement;
    for (const report::AuthorRoyalties &author : std::as_const(m_shown.authors)) {
        auto *top = new QTreeWidgetItem(m_tree);
        top->setText(0, author.active
                            ? author.name
                            : author.name + QStringLiteral(" (") + RoyaltyTexts::deactivated() + QLatin1Char(')'));
        top->setText(1, tr("%n article(s)", nullptr, int(author.lines.size())));
        top->setText(3, report::formatPoints(author.points));
        top->setText(4, report::formatVnd(author.amount));
        QFont bold = top->font(0);
        bold.setBold(true);
        for (int column = 0; column < 5; ++column) {
            top->setFont(column, bold);
        }
        for (const report::RoyaltyLine &line : author.lines) {
            auto *item = new QTreeWidgetItem(top);
            item->setText(0, line.title);
            item->setText(1, RoyaltyTexts::when(line.publishedAt));
            item->setText(2, line.scored ? line.kindName : RoyaltyTexts::unscored());
            item->setText(3, report::formatPoints(line.points));
            item->setText(4, report::formatVnd(line.amount));
            item->setData(0, Qt::UserRole, line.articleId);
        }
        for (int column : {3, 4}) {
            top->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
            for (int i = 0; i < top->childCount(); ++i) {
                top->child(i)->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
            }
        }
    }
    m_tree->expandAll();
    // A reporter's or an editor's own lines: their total, not the office's (report::Royalties::month).
    const QString totalLabel =
        m_shown.onlyAuthorId != 0 ? tr("Your total (only your own articles are shown)") : RoyaltyTexts::officeTotal();
    m_summary->setText(
        totalLabel + QStringLiteral(": ") + report::formatVnd(m_shown.total) + QStringLiteral(" đ (") +
        tr("%1 articles, %2 not scored").arg(m_shown.articles).arg(m_shown.unscored) + QStringLiteral(")\n") +
        RoyaltyTexts::inWords() + QStringLiteral(": ") + report::vndInWords(m_shown.total) + QStringLiteral("\n") +
        RoyaltyTexts::pointValue(m_shown.pointValue) + QStringLiteral(". ") + RoyaltyTexts::status(m_shown));
    m_closeButton->setText(m_shown.closed ? tr("&Reopen month") : tr("Close &month"));
    m_status->clearMessage();
}

void RoyaltiesDialog::closeOrReopen()
{
    report::Royalties royalties(m_db);
    const auto done = m_shown.closed ? royalties.reopenMonth(m_shown.month, m_user.id)
                                     : royalties.closeMonth(m_shown.month, m_user.id);
    const bool wasClosed = m_shown.closed;
    reload();
    if (!done) {
        m_status->showError(done.error().message, done.error().detail);
        return;
    }
    const QString label = RoyaltyTexts::monthLabel(m_shown.month);
    m_status->showSuccess(wasClosed ? tr("The royalties of %1 are open again.").arg(label)
                                    : tr("The royalties of %1 are closed.").arg(label));
}

Result<void> RoyaltiesDialog::saveTo(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QStringLiteral("csv")) {
        QSaveFile file(path);
        const QByteArray csv = report::royaltiesCsv(m_shown);
        if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
            return makeError(ErrorCode::Io, tr("Cannot write the file %1.").arg(QDir::toNativeSeparators(path)),
                             file.errorString());
        }
        return {};
    }
    // PDF and workbook: their printers, as on the command line (libxlsxwriter cannot share this process with QuaZip).
    return cli::runPrinter({QStringLiteral("--database"), m_db.path(), QStringLiteral("--royalties"),
                            report::Royalties::monthKey(m_shown.month), QStringLiteral("--reader"),
                            QString::number(m_user.id), QStringLiteral("--out"), QFileInfo(path).absoluteFilePath()},
                           tr("The royalty statement could not be written."),
                           suffix == QStringLiteral("xlsx") ? cli::Printer::Workbook : cli::Printer::Slip);
}

void RoyaltiesDialog::chooseFile()
{
    const QString suggested = QStringLiteral("nhuan-but-%1.pdf").arg(report::Royalties::monthKey(m_shown.month));
    QString filter;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save the royalty statement"), suggested,
                                     tr("PDF statement (*.pdf);;Excel workbook (*.xlsx);;CSV file (*.csv)"), &filter);
    if (path.isEmpty()) {
        return;
    }
    if (auto saved = saveTo(path); !saved) {
        m_status->showError(saved.error().message, saved.error().detail);
        return;
    }
    m_status->showSuccess(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace toasoan::ui
