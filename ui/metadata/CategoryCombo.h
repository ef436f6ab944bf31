#pragma once

#include "app/model/Taxonomy.h"

#include <QComboBox>
#include <QList>

namespace toasoan::ui {

/// Chooses a category from the tree: children are indented under their parent in the popup,
/// names stay plain so typing a name's first letters finds it (a retired one says so after its name). The first
/// entry means "none".
class CategoryCombo final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CategoryCombo)

public:
    /// `noneText` labels the first entry ("No category", "All categories").
    explicit CategoryCombo(const QString &noneText, QWidget *parent = nullptr);

    /// Fills the list in tree order (TaxonomyRepository::listCategories); keeps the selection.
    void setCategories(const QList<Category> &tree);
    /// For choosing an article's category: retired ones are left out, except the one set with
    /// setCategoryId (the article's own); a retired parent of categories in use shows, disabled.
    /// Off by default (the list's filter finds old articles by a retired category too).
    void setHidesRetired(bool hides);
    /// 0 when the first entry is chosen.
    qint64 categoryId() const;
    /// Selects `id`; an unknown id selects the first entry.
    void setCategoryId(qint64 id);
    /// The name of category `id`, empty when unknown.
    QString categoryName(qint64 id) const;

signals:
    void categoryChanged(qint64 id);

private:
    void rebuild(qint64 selected);

    QList<Category> m_tree;
    bool m_hidesRetired = false;
    qint64 m_own = 0; ///< shown even when retired
};

} // namespace toasoan::ui
