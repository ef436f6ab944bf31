#pragma once

#include "app/core/Result.h"
#include "app/model/User.h"

#include <QDialog>
#include <functional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;
class QTabWidget;

namespace toasoan {
class Database;
}

namespace toasoan::ui {

class CategoryTree;
class StatusLabel;
class WindowContext;

/// "Chuyên mục và thẻ": the administrator's category tree (add, rename in place, move by drag and
/// drop or by the arrow buttons, merge, retire and bring back, delete when unused) and the tags (rename,
/// merge, with a hint naming the tags that are probably the same). Every change goes through
/// TaxonomyAdmin, which checks that the user is an administrator and logs the change; the dialog then
/// reads the tree again, and refusals show inline, translated.
class TaxonomyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaxonomyDialog)

public:
    TaxonomyDialog(Database &db, const User &admin, QWidget *parent = nullptr);

    /// The "Chuyên mục và thẻ…" menu entry: shown only to administrators; it opens the dialog without
    /// blocking (or raises it), and a change reloads the window's category and tag choices.
    static QAction *createMenuAction(WindowContext &context);

    CategoryTree *tree() const { return m_tree; }
    QTableWidget *tagTable() const { return m_tags; }
    QTabWidget *tabs() const { return m_tabs; }
    /// The sentence under the pages (success or the core's refusal); empty when none.
    QString message() const;
    bool messageIsError() const;
    /// The hint listing near-duplicate tags; empty when there are none.
    QString duplicateHint() const;
    /// Asked before a merge (which deletes); a message box unless a test replaces it.
    void setConfirmation(std::function<bool(const QString &question)> confirm) { m_confirm = std::move(confirm); }

public slots:
    void reload();
    /// Adds the name typed in the "new category" field at the top level, or under the selected one.
    bool addCategory(bool underSelected);
    bool renameCategory(qint64 id, const QString &name);
    bool moveCategory(qint64 id, qint64 parentId, int position);
    /// -1 up, +1 down among its siblings.
    bool moveSelected(int step);
    /// Under the sibling above it / out to its parent's level, after the parent.
    bool indentSelected();
    bool outdentSelected();
    /// Merges the selected category into the one chosen in the "merge into" list.
    bool mergeSelected();
    /// Retires the selected category, or brings it back when it is retired.
    bool toggleRetired();
    bool deleteSelected();
    bool renameTag(qint64 id, const QString &name);
    /// Merges the selected tag into the one chosen in the tags' "merge into" list.
    bool mergeSelectedTag();

signals:
    /// Categories or tags changed: the window reloads its pickers.
    void changed();

private:
    QWidget *createCategoriesPage();
    QWidget *createTagsPage();
    void reloadTags();
    void updateButtons();
    void updateTagButtons();
    qint64 selectedTagId() const;
    bool report(const Result<void> &result, const QString &success);
    bool confirm(const QString &question);

    Database &m_db;
    User m_admin;
    std::function<bool(const QString &)> m_confirm;
    bool m_fillingTags = false;

    QTabWidget *m_tabs = nullptr;
    CategoryTree *m_tree = nullptr;
    QLineEdit *m_newName = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_addChild = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QPushButton *m_indent = nullptr;
    QPushButton *m_outdent = nullptr;
    QComboBox *m_mergeInto = nullptr;
    QPushButton *m_merge = nullptr;
    QPushButton *m_retire = nullptr;
    QPushButton *m_delete = nullptr;

    QTableWidget *m_tags = nullptr;
    QPushButton *m_renameTag = nullptr;
    QComboBox *m_mergeTagInto = nullptr;
    QPushButton *m_mergeTag = nullptr;
    QLabel *m_duplicates = nullptr;

    StatusLabel *m_message = nullptr;
};

} // namespace toasoan::ui
