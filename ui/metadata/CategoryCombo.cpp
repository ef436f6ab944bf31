#include "ui/metadata/CategoryCombo.h"

#include "app/storage/TaxonomyRepository.h"

#include <QAbstractItemView>
#include <QHash>
#include <QSet>
#include <QSignalBlocker>
#include <QStandardItemModel>
#include <QStyledItemDelegate>

namespace toasoan::ui {

namespace {

constexpr int kDepthRole = Qt::UserRole + 1;

// Indents children in the popup; the closed combo shows the plain name.
class TreeIndentDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const int depth = index.data(kDepthRole).toInt();
        option->rect.adjust(depth * option->fontMetrics.horizontalAdvance(QStringLiteral("MM")), 0, 0, 0);
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.rwidth() += index.data(kDepthRole).toInt() * option.fontMetrics.horizontalAdvance(QStringLiteral("MM"));
        return size;
    }
};

} // namespace

CategoryCombo::CategoryCombo(const QString &noneText, QWidget *parent) : QComboBox(parent)
{
    setItemDelegate(new TreeIndentDelegate(this));
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(12);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed); // as wide as the fields around it
    addItem(noneText, qint64(0));
    connect(this, &QComboBox::currentIndexChanged, this, [this] { emit categoryChanged(categoryId()); });
}

void CategoryCombo::setCategories(const QList<Category> &tree)
{
    m_tree = tree;
    rebuild(categoryId());
}

void CategoryCombo::setHidesRetired(bool hides)
{
    m_hidesRetired = hides;
    rebuild(categoryId());
}

void CategoryCombo::rebuild(qint64 selected)
{
    const QSignalBlocker blocker(this);
    while (count() > 1) {
        removeItem(count() - 1);
    }
    // What may be chosen, and the retired parents that carry it in the tree.
    QHash<qint64, const Category *> byId;
    for (const Category &category : std::as_const(m_tree)) {
        byId.insert(category.id, &category);
    }
    QSet<qint64> shown;
    for (const Category &category : std::as_const(m_tree)) {
        if (m_hidesRetired && category.retired && category.id != m_own) {
            continue;
        }
        for (const Category *c = &category; c && !shown.contains(c->id); c = byId.value(c->parentId)) {
            shown.insert(c->id);
        }
    }
    auto *items = qobject_cast<QStandardItemModel *>(model());
    for (const Category &category : std::as_const(m_tree)) {
        if (!shown.contains(category.id)) {
            continue;
        }
        // A retired category says so where it still shows (its old articles, the list's filter).
        addItem(category.retired ? tr("%1 (retired)").arg(category.name) : category.name, category.id);
        setItemData(count() - 1, TaxonomyRepository::depth(category, m_tree), kDepthRole);
        if (category.retired) {
            setItemData(count() - 1, tr("Retired: kept on old articles, not for new ones"), Qt::ToolTipRole);
            setItemData(count() - 1, palette().brush(QPalette::Disabled, QPalette::Text), Qt::ForegroundRole);
            const bool choosable = !m_hidesRetired || category.id == m_own;
            if (items && !choosable) {
                items->item(count() - 1)->setEnabled(false);
            }
        }
    }
    const int index = findData(selected);
    setCurrentIndex(index < 0 ? 0 : index);
}

qint64 CategoryCombo::categoryId() const
{
    return currentData().toLongLong();
}

void CategoryCombo::setCategoryId(qint64 id)
{
    if (m_hidesRetired && id != m_own) {
        m_own = id;
        // The article's own category shows even when retired; the previous article's goes. The
        // selection changes below, with its signal.
        rebuild(categoryId());
    }
    const int index = findData(id);
    setCurrentIndex(index < 0 ? 0 : index);
}

QString CategoryCombo::categoryName(qint64 id) const
{
    for (const Category &category : m_tree) {
        if (category.id == id) {
            return category.name;
        }
    }
    return {};
}

} // namespace toasoan::ui
