#include "ui/history/RevisionHistoryDialog.h"

#include "app/diff/ArticleDiff.h"
#include "app/storage/ArticleRepository.h"
#include "app/storage/TaxonomyRepository.h"
#include "app/storage/UserRepository.h"
#include "app/text/VietnameseLocale.h"
#include "app/workflow/WorkflowService.h"
#include "ui/common/Notifier.h"
#include "ui/common/ThemedIcon.h"
#include "ui/history/RestoreQuestion.h"
#include "ui/history/RevisionComparisonView.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace toasoan::ui {

namespace {

enum Column
{
    NumberColumn,
    AuthorColumn,
    TimeColumn,
    NoteColumn,
};

} // namespace

RevisionHistoryDialog::RevisionHistoryDialog(Database &db, const User &user, Notifier &notifier, qint64 articleId,
                                             QWidget *parent)
    : QDialog(parent), m_db(db), m_user(user), m_notifier(notifier), m_articleId(articleId),
      m_defaultQuestion(std::make_unique<MessageBoxRestoreQuestion>())
{
    setObjectName(QStringLiteral("revisionHistoryDialog"));
    setWindowTitle(tr("Revision history"));
    setAccessibleName(tr("Revision history"));
    m_question = m_defaultQuestion.get();

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("historyHeading"));
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::RichText);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("revisionList"));
    m_list->setAccessibleName(tr("Saved revisions, newest first"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setHeaderLabels({tr("Revision"), tr("Saved by"), tr("Time"), tr("Note")});
    m_list->header()->setStretchLastSection(true);
    m_list->setToolTip(tr("Select two revisions to compare them (Ctrl+click), or one to see what it changed."));

    m_view = new RevisionComparisonView(this);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_view);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({200, 440});

    m_compare = new QPushButton(tr("&Compare"), this);
    m_compare->setObjectName(QStringLiteral("compareButton"));
    m_compare->setAccessibleName(tr("Compare the selected revisions"));
    m_restore = new QPushButton(themedIcon(QStringLiteral(":/icons/restore.svg")), tr("&Restore this revision"), this);
    m_restore->setObjectName(QStringLiteral("restoreRevisionButton"));
    m_restore->setAccessibleName(tr("Restore the selected revision as a new revision"));
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_compare, QDialogButtonBox::ActionRole);
    buttons->addButton(m_restore, QDialogButtonBox::ActionRole);
    QPushButton *close = buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    close->setObjectName(QStringLiteral("closeButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(880, 680);

    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &RevisionHistoryDialog::updateButtons);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &RevisionHistoryDialog::compareSelected);
    connect(m_compare, &QPushButton::clicked, this, &RevisionHistoryDialog::compareSelected);
    connect(m_restore, &QPushButton::clicked, this, &RevisionHistoryDialog::restoreSelected);

    reload();
    m_view->showHint(tr("Select two revisions and press “Compare” to see what changed between them."));
}

RevisionHistoryDialog::~RevisionHistoryDialog() = default;

QString RevisionHistoryDialog::authorName(qint64 userId) const
{
    const QString name = m_names.value(userId);
    return name.isEmpty() ? tr("unknown user") : name;
}

QString RevisionHistoryDialog::categoryName(qint64 categoryId) const
{
    auto category = TaxonomyRepository(m_db).loadCategory(categoryId);
    return category ? category->name : QString();
}

void RevisionHistoryDialog::reload()
{
    const QList<int> selected = selectedNumbers();
    auto article = ArticleRepository(m_db).load(m_articleId);
    auto revisions = ArticleRepository(m_db).revisions(m_articleId);
    auto users = UserRepository(m_db).list();
    const Error *failure = !article     ? &article.error()
                           : !revisions ? &revisions.error()
                           : !users     ? &users.error()
                                        : nullptr;
    if (failure) {
        m_notifier.showError(this, tr("Cannot read the revision history"), *failure);
        return;
    }
    m_title = article->title.isEmpty() ? tr("(untitled)") : article->title;
    m_heading->setText(tr("Revisions of <b>%1</b>").arg(m_title.toHtmlEscaped()));
    setWindowTitle(tr("Revision history: %1").arg(m_title));
    m_names.clear();
    for (const User &user : std::as_const(*users)) {
        m_names.insert(user.id, user.displayName);
    }
    // Restoring writes content: it needs the right to edit the article now.
    auto mayEdit = WorkflowService(m_db).check(m_user.id, Action::EditContent, m_articleId);
    m_mayEdit = mayEdit.ok();
    m_restore->setToolTip(m_mayEdit ? tr("Copy the selected revision's text and details into a new revision")
                                    : mayEdit.error().message);

    m_revisions = *revisions;
    m_list->clear();
    for (qsizetype i = 0; i < m_revisions.size(); ++i) {
        const Revision &revision = m_revisions.at(i);
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(NumberColumn,
                      i == 0 ? tr("%1 (current)").arg(revision.number) : QString::number(revision.number));
        item->setData(NumberColumn, Qt::UserRole, revision.number);
        item->setText(AuthorColumn, authorName(revision.authorId));
        item->setText(TimeColumn, text::formatDateTime(revision.createdAt.toLocalTime()));
        item->setText(NoteColumn, revision.note);
        item->setToolTip(NoteColumn, revision.note);
    }
    for (int column = NumberColumn; column < NoteColumn; ++column) {
        m_list->resizeColumnToContents(column);
    }
    selectNumbers(selected);
    updateButtons();
}

QList<int> RevisionHistoryDialog::listedNumbers() const
{
    QList<int> numbers;
    for (const Revision &revision : m_revisions) {
        numbers.append(revision.number);
    }
    return numbers;
}

QList<int> RevisionHistoryDialog::selectedNumbers() const
{
    QList<int> numbers;
    const QList<QTreeWidgetItem *> items = m_list->selectedItems();
    for (const QTreeWidgetItem *item : items) {
        numbers.append(item->data(NumberColumn, Qt::UserRole).toInt());
    }
    std::sort(numbers.begin(), numbers.end());
    return numbers;
}

void RevisionHistoryDialog::selectNumbers(const QList<int> &numbers)
{
    const QSignalBlocker blocker(m_list);
    m_list->clearSelection();
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_list->topLevelItem(row);
        if (numbers.contains(item->data(NumberColumn, Qt::UserRole).toInt())) {
            item->setSelected(true);
            m_list->setCurrentItem(item, NumberColumn, QItemSelectionModel::NoUpdate);
        }
    }
    updateButtons();
}

void RevisionHistoryDialog::updateButtons()
{
    const QList<int> selected = selectedNumbers();
    const int oldest = m_revisions.isEmpty() ? 0 : m_revisions.constLast().number;
    const int newest = m_revisions.isEmpty() ? 0 : m_revisions.constFirst().number;
    m_compare->setEnabled(selected.size() == 2 || (selected.size() == 1 && selected.constFirst() != oldest));
    // The newest revision is the current text: restoring it would change nothing.
    m_restore->setEnabled(m_mayEdit && selected.size() == 1 && selected.constFirst() != newest);
}

bool RevisionHistoryDialog::compareSelected()
{
    QList<int> numbers = selectedNumbers();
    if (numbers.size() == 1) {
        // One revision: what it changed, compared with the revision saved before it.
        const qsizetype index = listedNumbers().indexOf(numbers.constFirst());
        if (index < 0 || index + 1 >= m_revisions.size()) {
            return false;
        }
        numbers.prepend(m_revisions.at(index + 1).number);
    }
    if (numbers.size() != 2) {
        return false;
    }
    ArticleRepository articles(m_db);
    auto older = articles.revision(m_articleId, numbers.constFirst());
    auto newer = articles.revision(m_articleId, numbers.constLast());
    if (!older || !newer) {
        m_notifier.showError(this, tr("Cannot compare the revisions"), !older ? older.error() : newer.error());
        return false;
    }
    const diff::ArticleDiff changes =
        diff::diffArticles(older->snapshot, newer->snapshot, [this](qint64 id) { return categoryName(id); });
    m_view->showComparison(changes, *older, authorName(older->authorId), *newer, authorName(newer->authorId));
    return true;
}

bool RevisionHistoryDialog::restoreSelected()
{
    const QList<int> numbers = selectedNumbers();
    if (numbers.size() != 1) {
        return false;
    }
    const int number = numbers.constFirst();
    if (m_hasUnsavedChanges && m_hasUnsavedChanges()) {
        m_notifier.showError(this, tr("Cannot restore the revision"),
                             makeError(ErrorCode::Invalid, tr("The article has changes that are not saved. Save "
                                                              "them or close its tab first, so they are not lost.")));
        return false;
    }
    if (!m_question->confirm(this, number, m_title)) {
        return false;
    }
    auto result = WorkflowService(m_db).restoreRevision(m_articleId, number, m_user.id);
    if (!result) {
        m_notifier.showError(this, tr("Cannot restore the revision"), result.error());
        reload(); // the refusal may come from a change of state: show the buttons as they are now
        return false;
    }
    reload();
    const int written = m_revisions.isEmpty() ? 0 : m_revisions.constFirst().number;
    if (written > 0) {
        // Show what the restore changed: the new revision against the one before it.
        selectNumbers({written});
        compareSelected();
    }
    emit restored(result.value(), written);
    return true;
}

} // namespace toasoan::ui
