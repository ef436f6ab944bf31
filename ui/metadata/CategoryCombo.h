#pragma once

#include "app/model/Taxonomy.h"

#include <QComboBox>
#include <QList>

namespace toasoan::ui {

/// Chooses a category from the tree: children are indented under their parent in the popup,
/// names stay plain so typing a name's first letters finds it. The first entry means "none".
class CategoryCombo final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CategoryCombo)

public:
    /// `noneText` labels the first entry ("No category", "All categories").
    explicit CategoryCombo(const QString &noneText, QWidget *parent = nullptr);

    /// Fills the list in tree order (TaxonomyRepository::listCategories); keeps the selection.
    void setCategories(const QList<Category> &tree);
    /// 0 when the first entry is chosen.
    qint64 categoryId() const;
    /// Selects `id`; an unknown id selects the first entry.
    void setCategoryId(qint64 id);
    /// The name of category `id`, empty when unknown.
    QString categoryName(qint64 id) const;

signals:
    void categoryChanged(qint64 id);

private:
    QList<Category> m_tree;
};

} // namespace toasoan::ui
