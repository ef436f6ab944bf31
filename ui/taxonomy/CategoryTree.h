#pragma once

#include "app/workflow/TaxonomyAdmin.h"

#include <QTreeWidget>
#include <optional>

namespace toasoan::ui {

/// The category tree of the "Chuyên mục và thẻ" dialog: names (editable in place), article counts
/// and retired categories greyed. Dragging a category onto, above or below another asks for a move
/// (moveRequested); the tree itself changes only when the dialog reloads it from the core.
class CategoryTree final : public QTreeWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CategoryTree)

public:
    enum Column
    {
        NameColumn,
        ArticlesColumn,
        StatusColumn,
    };
    static constexpr int kIdRole = Qt::UserRole + 1;
    /// Where a dragged category lands, relative to the one under the mouse.
    enum class Drop
    {
        Onto,  ///< inside it, last
        Above, ///< beside it, before
        Below, ///< beside it, after
        AtEnd, ///< on the empty space: last at the top level
    };

    explicit CategoryTree(QWidget *parent = nullptr);

    /// Rebuilds the tree (every branch open) and selects `selectedId` when it is there.
    void setEntries(const QList<CategoryEntry> &entries, qint64 selectedId);
    const QList<CategoryEntry> &entries() const { return m_entries; }
    /// The selected category's id; 0 when none.
    qint64 currentId() const;
    void selectId(qint64 id);
    QTreeWidgetItem *itemFor(qint64 id) const;
    static qint64 idOf(const QTreeWidgetItem *item);

    /// What dropping category `id` at `position` relative to `target` means, emitted as
    /// moveRequested (nothing when it would not move). A null `target` is AtEnd.
    void requestDrop(qint64 id, QTreeWidgetItem *target, Drop position);

signals:
    /// Put category `id` under `parentId` (0 = top level) at `position` among its siblings (-1 = last).
    void moveRequested(qint64 id, qint64 parentId, int position);
    /// A drag ended without a move: show the stored tree again.
    void reloadRequested();
    /// The name was edited in place.
    void renameRequested(qint64 id, const QString &name);

protected:
    void dropEvent(QDropEvent *event) override;

private:
    struct Move
    {
        qint64 parentId = 0;
        int position = -1;
    };
    std::optional<Move> dropMove(qint64 id, QTreeWidgetItem *target, Drop position) const;

    QList<CategoryEntry> m_entries;
    bool m_filling = false;
};

} // namespace toasoan::ui
