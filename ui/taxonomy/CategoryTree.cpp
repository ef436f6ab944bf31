#include "ui/taxonomy/CategoryTree.h"

#include <QDropEvent>
#include <QHash>
#include <QHeaderView>
#include <QTimer>

namespace toasoan::ui {

namespace {

// The index of `item` among its siblings, not counting `skip` (the category being moved).
int indexAmongSiblings(const QTreeWidgetItem *item, const QTreeWidgetItem *skip)
{
    const QTreeWidgetItem *parent = item->parent();
    const QTreeWidget *tree = item->treeWidget();
    const int count = parent ? parent->childCount() : tree->topLevelItemCount();
    int index = 0;
    for (int i = 0; i < count; ++i) {
        const QTreeWidgetItem *sibling = parent ? parent->child(i) : tree->topLevelItem(i);
        if (sibling == item) {
            return index;
        }
        if (sibling != skip) {
            ++index;
        }
    }
    return index;
}

} // namespace

CategoryTree::CategoryTree(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("categoryTree"));
    setAccessibleName(tr("Categories"));
    setColumnCount(3);
    setHeaderLabels({tr("Category"), tr("Articles"), tr("Status")});
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    header()->setSectionResizeMode(ArticlesColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(StatusColumn, QHeaderView::ResizeToContents);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    setDragDropMode(QAbstractItemView::InternalMove);
    setDefaultDropAction(Qt::MoveAction);
    setUniformRowHeights(true);

    connect(this, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item, int column) {
        if (m_filling || column != NameColumn) {
            return;
        }
        const qint64 id = idOf(item);
        for (const CategoryEntry &e : std::as_const(m_entries)) {
            if (e.category.id == id && e.category.name != item->text(NameColumn)) {
                // After the edit is over: the answer rebuilds the tree.
                const QString name = item->text(NameColumn);
                QTimer::singleShot(0, this, [this, id, name] { emit renameRequested(id, name); });
            }
        }
    });
}

void CategoryTree::setEntries(const QList<CategoryEntry> &entries, qint64 selectedId)
{
    m_filling = true;
    m_entries = entries;
    clear();
    QHash<qint64, QTreeWidgetItem *> items;
    const QColor retiredColor = palette().color(QPalette::Disabled, QPalette::Text);
    for (const CategoryEntry &e : entries) {
        QTreeWidgetItem *parent = items.value(e.category.parentId);
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(this);
        item->setText(NameColumn, e.category.name);
        item->setText(ArticlesColumn, QLocale().toString(e.articleCount));
        item->setTextAlignment(ArticlesColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(NameColumn, kIdRole, e.category.id);
        item->setFlags(item->flags() | Qt::ItemIsEditable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled);
        if (e.category.retired) {
            item->setText(StatusColumn, tr("Retired"));
            const QString tip = tr("Retired: it stays on its old articles but cannot be chosen for new ones.");
            for (int column = 0; column < columnCount(); ++column) {
                item->setForeground(column, retiredColor);
                item->setToolTip(column, tip);
                QFont font = item->font(column);
                font.setItalic(true);
                item->setFont(column, font);
            }
        }
        items.insert(e.category.id, item);
    }
    expandAll();
    m_filling = false;
    selectId(selectedId);
}

qint64 CategoryTree::idOf(const QTreeWidgetItem *item)
{
    return item ? item->data(NameColumn, kIdRole).toLongLong() : 0;
}

qint64 CategoryTree::currentId() const
{
    const QList<QTreeWidgetItem *> selected = selectedItems();
    return selected.isEmpty() ? 0 : idOf(selected.first());
}

QTreeWidgetItem *CategoryTree::itemFor(qint64 id) const
{
    for (QTreeWidgetItemIterator it(const_cast<CategoryTree *>(this)); *it; ++it) {
        if (idOf(*it) == id) {
            return *it;
        }
    }
    return nullptr;
}

void CategoryTree::selectId(qint64 id)
{
    if (QTreeWidgetItem *item = itemFor(id)) {
        setCurrentItem(item);
        scrollToItem(item);
    } else {
        clearSelection();
        setCurrentItem(nullptr);
    }
}

std::optional<CategoryTree::Move> CategoryTree::dropMove(qint64 id, QTreeWidgetItem *target, Drop position) const
{
    QTreeWidgetItem *moving = itemFor(id);
    if (!moving || moving == target) {
        return std::nullopt;
    }
    if (target && position == Drop::Onto) {
        return Move{idOf(target), -1};
    }
    if (target && (position == Drop::Above || position == Drop::Below)) {
        return Move{idOf(target->parent()), indexAmongSiblings(target, moving) + (position == Drop::Below ? 1 : 0)};
    }
    return Move{0, -1};
}

void CategoryTree::requestDrop(qint64 id, QTreeWidgetItem *target, Drop position)
{
    if (const auto move = dropMove(id, target, position)) {
        emit moveRequested(id, move->parentId, move->position);
    }
}

void CategoryTree::dropEvent(QDropEvent *event)
{
    if (event->source() != this) {
        event->ignore();
        return;
    }
    const qint64 id = currentId();
    QTreeWidgetItem *target = itemAt(event->position().toPoint());
    Drop position = Drop::AtEnd;
    switch (target ? dropIndicatorPosition() : OnViewport) {
    case OnItem:
        position = Drop::Onto;
        break;
    case AboveItem:
        position = Drop::Above;
        break;
    case BelowItem:
        position = Drop::Below;
        break;
    case OnViewport:
        break;
    }
    // Worked out now, while the tree is as the user saw it. The view moves nothing itself: the tree
    // is rebuilt from the core's answer, after the drag is over.
    const std::optional<Move> move = dropMove(id, target, position);
    event->setDropAction(Qt::IgnoreAction);
    event->accept();
    QTimer::singleShot(0, this, [this, id, move] {
        if (move) {
            emit moveRequested(id, move->parentId, move->position);
        } else {
            emit reloadRequested();
        }
    });
}

} // namespace toasoan::ui
