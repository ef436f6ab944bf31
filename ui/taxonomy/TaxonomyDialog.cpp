#include "ui/taxonomy/TaxonomyDialog.h"

#include "app/workflow/TaxonomyAdmin.h"
#include "ui/article/ArticleTab.h"
#include "ui/article/ArticleTabs.h"
#include "ui/common/StatusLabel.h"
#include "ui/common/WindowContext.h"
#include "ui/metadata/MetadataPanel.h"
#include "ui/taxonomy/CategoryTree.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace toasoan::ui {

namespace {

QPushButton *makeButton(QWidget *parent, const char *objectName, const QString &text, const QString &tip)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(QString::fromLatin1(objectName));
    button->setToolTip(tip);
    button->setAutoDefault(false);
    return button;
}

// The siblings of category `id` in tree order, with its parent.
QList<qint64> siblingsOf(const QList<CategoryEntry> &entries, qint64 id, qint64 *parentId)
{
    qint64 parent = -1;
    for (const CategoryEntry &e : entries) {
        if (e.category.id == id) {
            parent = e.category.parentId;
        }
    }
    QList<qint64> ids;
    for (const CategoryEntry &e : entries) {
        if (e.category.parentId == parent) {
            ids.append(e.category.id);
        }
    }
    if (parentId) {
        *parentId = parent;
    }
    return ids;
}

const CategoryEntry *entryFor(const QList<CategoryEntry> &entries, qint64 id)
{
    for (const CategoryEntry &e : entries) {
        if (e.category.id == id) {
            return &e;
        }
    }
    return nullptr;
}

} // namespace

TaxonomyDialog::TaxonomyDialog(Database &db, const User &admin, QWidget *parent)
    : QDialog(parent), m_db(db), m_admin(admin)
{
    setObjectName(QStringLiteral("taxonomyDialog"));
    setWindowTitle(tr("Categories and tags"));
    setAccessibleName(tr("Categories and tags"));

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(createCategoriesPage(), tr("&Categories"));
    m_tabs->addTab(createTagsPage(), tr("&Tags"));

    m_message = new StatusLabel(this);
    m_message->setObjectName(QStringLiteral("taxonomyMessage"));
    m_message->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(780, 560);
    reload();
}

QWidget *TaxonomyDialog::createCategoriesPage()
{
    auto *page = new QWidget(this);
    auto *intro = new QLabel(tr("Drag a category onto another one to put it there, or use the buttons. A retired "
                                "category stays on its old articles but cannot be chosen for new ones; only a "
                                "category no article uses can be deleted."),
                             page);
    intro->setWordWrap(true);

    m_tree = new CategoryTree(page);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &TaxonomyDialog::updateButtons);
    connect(m_tree, &CategoryTree::moveRequested, this, &TaxonomyDialog::moveCategory);
    connect(m_tree, &CategoryTree::renameRequested, this, &TaxonomyDialog::renameCategory);
    connect(m_tree, &CategoryTree::reloadRequested, this, &TaxonomyDialog::reload);

    m_newName = new QLineEdit(page);
    m_newName->setObjectName(QStringLiteral("newCategoryName"));
    m_newName->setAccessibleName(tr("New category name"));
    m_newName->setPlaceholderText(tr("New category name"));
    m_add = makeButton(page, "addCategoryButton", tr("&Add"), tr("Add the category at the top level"));
    m_addChild =
        makeButton(page, "addSubcategoryButton", tr("Add &inside"), tr("Add the category inside the selected one"));
    connect(m_add, &QPushButton::clicked, this, [this] { addCategory(false); });
    connect(m_addChild, &QPushButton::clicked, this, [this] { addCategory(true); });
    connect(m_newName, &QLineEdit::returnPressed, this, [this] { addCategory(false); });
    connect(m_newName, &QLineEdit::textChanged, this, &TaxonomyDialog::updateButtons);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_newName, 1);
    addRow->addWidget(m_add);
    addRow->addWidget(m_addChild);

    m_rename = makeButton(page, "renameCategoryButton", tr("&Rename"), tr("Edit the name in the tree (F2)"));
    m_up = makeButton(page, "moveUpButton", tr("&Up"), tr("Before the category above it"));
    m_down = makeButton(page, "moveDownButton", tr("&Down"), tr("After the category below it"));
    m_indent = makeButton(page, "indentButton", tr("In&dent"), tr("Inside the category above it"));
    m_outdent = makeButton(page, "outdentButton", tr("&Outdent"), tr("Out of its parent, after it"));
    m_retire = makeButton(page, "retireButton", tr("R&etire"),
                          tr("Keep it on its old articles but do not offer it for new ones"));
    m_delete = makeButton(page, "deleteCategoryButton", tr("De&lete"), tr("Delete a category no article uses"));
    connect(m_rename, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem *item = m_tree->itemFor(m_tree->currentId())) {
            m_tree->editItem(item, CategoryTree::NameColumn);
        }
    });
    connect(m_up, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveSelected(1); });
    connect(m_indent, &QPushButton::clicked, this, &TaxonomyDialog::indentSelected);
    connect(m_outdent, &QPushButton::clicked, this, &TaxonomyDialog::outdentSelected);
    connect(m_retire, &QPushButton::clicked, this, &TaxonomyDialog::toggleRetired);
    connect(m_delete, &QPushButton::clicked, this, &TaxonomyDialog::deleteSelected);

    m_mergeInto = new QComboBox(page);
    m_mergeInto->setObjectName(QStringLiteral("mergeCategoryInto"));
    m_mergeInto->setAccessibleName(tr("Merge into"));
    m_merge = makeButton(page, "mergeCategoryButton", tr("&Merge"),
                         tr("Give its articles and subcategories to the chosen category, then delete it"));
    connect(m_merge, &QPushButton::clicked, this, &TaxonomyDialog::mergeSelected);
    auto *mergeLabel = new QLabel(tr("Merge into:"), page);
    mergeLabel->setBuddy(m_mergeInto);

    auto *side = new QVBoxLayout;
    for (QPushButton *button : {m_rename, m_up, m_down, m_indent, m_outdent, m_retire, m_delete}) {
        side->addWidget(button);
    }
    side->addStretch();
    auto *treeRow = new QHBoxLayout;
    treeRow->addWidget(m_tree, 1);
    treeRow->addLayout(side);
    auto *mergeRow = new QHBoxLayout;
    mergeRow->addWidget(mergeLabel);
    mergeRow->addWidget(m_mergeInto, 1);
    mergeRow->addWidget(m_merge);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(intro);
    layout->addLayout(addRow);
    layout->addLayout(treeRow, 1);
    layout->addLayout(mergeRow);
    return page;
}

QAction *TaxonomyDialog::createMenuAction(WindowContext &context)
{
    QWidget *window = context.dialogParent();
    Database &db = context.database();
    const User &user = context.user();
    auto *action = new QAction(tr("Categories and &tags…"), window);
    action->setObjectName(QStringLiteral("manageTaxonomyAction"));
    action->setStatusTip(tr("Add, rename, move, merge and retire categories; rename and merge tags"));
    action->setToolTip(tr("Categories and tags"));
    // The core refuses anyone else anyway; the entry only shows where it can work.
    const bool admin = TaxonomyAdmin(db).check(user.id).ok();
    action->setVisible(admin);
    action->setEnabled(admin);
    QObject::connect(action, &QAction::triggered, window, [&context, &db, user, window] {
        auto *dialog = window->findChild<TaxonomyDialog *>();
        if (!dialog) {
            dialog = new TaxonomyDialog(db, user, window);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            QObject::connect(dialog, &TaxonomyDialog::changed, window, [&context] {
                if (ArticleTabs *tabs = context.tabs()) {
                    for (ArticleTab *tab : tabs->articleTabs()) {
                        tab->metadataPanel()->reloadTaxonomy();
                    }
                }
                context.refreshList();
            });
        }
        dialog->show();
        dialog->raise();
        dialog->activateWindow();
    });
    return action;
}

void TaxonomyDialog::reload()
{
    auto entries = TaxonomyAdmin(m_db).categories();
    if (!entries) {
        m_message->showError(entries.error().message, entries.error().detail);
    } else {
        m_tree->setEntries(*entries, m_tree->currentId());
    }
    reloadTags();
    updateButtons();
}

void TaxonomyDialog::updateButtons()
{
    const qint64 id = m_tree->currentId();
    const QList<CategoryEntry> &entries = m_tree->entries();
    const CategoryEntry *entry = entryFor(entries, id);
    qint64 parentId = 0;
    const QList<qint64> siblings = entry ? siblingsOf(entries, id, &parentId) : QList<qint64>();
    const qsizetype index = siblings.indexOf(id);
    const bool typed = !m_newName->text().trimmed().isEmpty();
    m_add->setEnabled(typed);
    m_addChild->setEnabled(typed && entry);
    m_rename->setEnabled(entry);
    m_up->setEnabled(entry && index > 0);
    m_down->setEnabled(entry && index >= 0 && index < siblings.size() - 1);
    m_indent->setEnabled(entry && index > 0);
    m_outdent->setEnabled(entry && parentId > 0);
    m_retire->setEnabled(entry);
    m_retire->setText(entry && entry->category.retired ? tr("Bring &back") : tr("R&etire"));
    m_retire->setToolTip(entry && entry->category.retired
                             ? tr("Offer it again for new articles")
                             : tr("Keep it on its old articles but do not offer it for new ones"));
    m_delete->setEnabled(entry);

    // Merge targets: every other category in use, but not its own subcategories.
    const qint64 chosen = m_mergeInto->currentData().toLongLong();
    m_mergeInto->clear();
    int skipDepth = -1;
    for (const CategoryEntry &e : entries) {
        if (skipDepth >= 0 && e.depth > skipDepth) {
            continue;
        }
        skipDepth = -1;
        if (e.category.id == id) {
            skipDepth = e.depth;
            continue;
        }
        if (!e.category.retired) {
            m_mergeInto->addItem(QString(e.depth * 2, QLatin1Char(' ')) + e.category.name, e.category.id);
        }
    }
    const int keep = m_mergeInto->findData(chosen);
    m_mergeInto->setCurrentIndex(keep < 0 ? 0 : keep);
    m_mergeInto->setEnabled(entry && m_mergeInto->count() > 0);
    m_merge->setEnabled(entry && m_mergeInto->count() > 0);
}

bool TaxonomyDialog::report(const Result<void> &result, const QString &success)
{
    if (!result) {
        m_message->showError(result.error().message, result.error().detail);
        reload(); // an in-place edit that was refused shows the stored name again
        return false;
    }
    m_message->showSuccess(success);
    reload();
    emit changed();
    return true;
}

bool TaxonomyDialog::confirm(const QString &question)
{
    if (m_confirm) {
        return m_confirm(question);
    }
    return QMessageBox::question(this, windowTitle(), question, QMessageBox::Yes | QMessageBox::Cancel,
                                 QMessageBox::Cancel) == QMessageBox::Yes;
}

QString TaxonomyDialog::message() const
{
    return m_message->message();
}

bool TaxonomyDialog::messageIsError() const
{
    return m_message->kind() == StatusLabel::Kind::Error;
}

bool TaxonomyDialog::addCategory(bool underSelected)
{
    const qint64 parentId = underSelected ? m_tree->currentId() : 0;
    auto added = TaxonomyAdmin(m_db).addCategory(m_admin.id, m_newName->text(), parentId);
    if (!added) {
        return report(added.error(), {});
    }
    m_newName->clear();
    const bool done = report({}, tr("Category \"%1\" added.").arg(added->name));
    m_tree->selectId(added->id);
    return done;
}

bool TaxonomyDialog::renameCategory(qint64 id, const QString &name)
{
    auto renamed = TaxonomyAdmin(m_db).renameCategory(m_admin.id, id, name);
    return report(renamed.discard(), renamed ? tr("Category renamed \"%1\".").arg(renamed->name) : QString());
}

bool TaxonomyDialog::moveCategory(qint64 id, qint64 parentId, int position)
{
    auto moved = TaxonomyAdmin(m_db).moveCategory(m_admin.id, id, parentId, position);
    const bool done = report(moved.discard(), moved ? tr("Category \"%1\" moved.").arg(moved->name) : QString());
    m_tree->selectId(id);
    updateButtons();
    return done;
}

bool TaxonomyDialog::moveSelected(int step)
{
    const qint64 id = m_tree->currentId();
    qint64 parentId = 0;
    const QList<qint64> siblings = siblingsOf(m_tree->entries(), id, &parentId);
    const qsizetype index = siblings.indexOf(id);
    if (index < 0 || index + step < 0 || index + step >= siblings.size()) {
        return false;
    }
    return moveCategory(id, parentId, int(index + step));
}

bool TaxonomyDialog::indentSelected()
{
    const qint64 id = m_tree->currentId();
    const QList<qint64> siblings = siblingsOf(m_tree->entries(), id, nullptr);
    const qsizetype index = siblings.indexOf(id);
    if (index <= 0) {
        return false;
    }
    return moveCategory(id, siblings.at(index - 1), -1);
}

bool TaxonomyDialog::outdentSelected()
{
    const qint64 id = m_tree->currentId();
    qint64 parentId = 0;
    siblingsOf(m_tree->entries(), id, &parentId);
    if (parentId <= 0) {
        return false;
    }
    qint64 grandParentId = 0;
    const QList<qint64> parentSiblings = siblingsOf(m_tree->entries(), parentId, &grandParentId);
    return moveCategory(id, grandParentId, int(parentSiblings.indexOf(parentId) + 1));
}

bool TaxonomyDialog::mergeSelected()
{
    const CategoryEntry *from = entryFor(m_tree->entries(), m_tree->currentId());
    const CategoryEntry *into = entryFor(m_tree->entries(), m_mergeInto->currentData().toLongLong());
    if (!from || !into) {
        return false;
    }
    const QString fromName = from->category.name;
    const QString intoName = into->category.name;
    const qint64 intoId = into->category.id;
    if (!confirm(tr("Merge \"%1\" into \"%2\"? Its %n article(s) and its subcategories go to \"%2\", and \"%1\" "
                    "is deleted.",
                    nullptr, from->articleCount)
                     .arg(fromName, intoName))) {
        return false;
    }
    auto moved = TaxonomyAdmin(m_db).mergeCategory(m_admin.id, from->category.id, intoId);
    const bool done =
        report(moved.discard(),
               moved ? tr("\"%1\" merged into \"%2\": %n article(s) moved.", nullptr, *moved).arg(fromName, intoName)
                     : QString());
    if (done) {
        m_tree->selectId(intoId);
    }
    return done;
}

bool TaxonomyDialog::toggleRetired()
{
    const CategoryEntry *entry = entryFor(m_tree->entries(), m_tree->currentId());
    if (!entry) {
        return false;
    }
    const bool retire = !entry->category.retired;
    auto changed = TaxonomyAdmin(m_db).setRetired(m_admin.id, entry->category.id, retire);
    return report(changed.discard(),
                  !changed ? QString()
                  : retire ? tr("\"%1\" is retired: its articles keep it, new ones cannot have it.").arg(changed->name)
                           : tr("\"%1\" can be chosen again.").arg(changed->name));
}

bool TaxonomyDialog::deleteSelected()
{
    const CategoryEntry *entry = entryFor(m_tree->entries(), m_tree->currentId());
    if (!entry) {
        return false;
    }
    const QString name = entry->category.name;
    return report(TaxonomyAdmin(m_db).deleteCategory(m_admin.id, entry->category.id),
                  tr("Category \"%1\" deleted.").arg(name));
}

} // namespace toasoan::ui
