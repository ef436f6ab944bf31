#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QAction;
class QLineEdit;
class QTreeWidget;

namespace toasoan::ui {

/// F1's list of keyboard shortcuts, grouped by menu, with a filter field. The list scrolls, so the
/// window keeps a fixed size that fits a small laptop screen however many shortcuts there are.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    struct Group
    {
        QString title;
        QList<const QAction *> actions;
    };

    explicit ShortcutsDialog(const QList<Group> &groups, QWidget *parent = nullptr);

    QLineEdit *filterEdit() const { return m_filter; }
    QTreeWidget *tree() const { return m_tree; }
    /// The shortcut rows the filter leaves visible.
    int visibleShortcutCount() const;

private:
    void applyFilter(const QString &text);

    QLineEdit *m_filter = nullptr;
    QTreeWidget *m_tree = nullptr;
};

} // namespace toasoan::ui
