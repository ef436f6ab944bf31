#include "ui/metadata/CategoryCombo.h"

#include "app/storage/TaxonomyRepository.h"

#include <QAbstractItemView>
#include <QSignalBlocker>
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
    const qint64 selected = categoryId();
    const QSignalBlocker blocker(this);
    m_tree = tree;
    while (count() > 1) {
        removeItem(count() - 1);
    }
    for (const Category &category : tree) {
        addItem(category.name, category.id);
        setItemData(count() - 1, TaxonomyRepository::depth(category, tree), kDepthRole);
    }
    setCategoryId(selected);
}

qint64 CategoryCombo::categoryId() const
{
    return currentData().toLongLong();
}

void CategoryCombo::setCategoryId(qint64 id)
{
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
