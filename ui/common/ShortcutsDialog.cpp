#include "ui/common/ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace toasoan::ui {

namespace {

QString plainText(const QString &menuText)
{
    QString text = menuText;
    text.remove(QLatin1Char('&'));
    // "Tìm…" opens a dialog from the menu; in this list it is just the command's name.
    for (const QString &dots : {QStringLiteral("…"), QStringLiteral("...")}) {
        if (text.endsWith(dots)) {
            text.chop(dots.size());
        }
    }
    return text;
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QList<Group> &groups, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("shortcutsFilter"));
    m_filter->setPlaceholderText(tr("Find a command or a key…"));
    m_filter->setClearButtonEnabled(true);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("shortcutsTree"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Command"), tr("Shortcut")});
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);
    m_tree->setFocusPolicy(Qt::NoFocus);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);

    QSet<const QAction *> listed;
    for (const Group &group : groups) {
        auto *heading = new QTreeWidgetItem({plainText(group.title)});
        QFont bold = heading->font(0);
        bold.setBold(true);
        heading->setFont(0, bold);
        heading->setFlags(Qt::ItemIsEnabled);
        for (const QAction *action : group.actions) {
            if (action->isSeparator() || action->shortcut().isEmpty() || listed.contains(action)) {
                continue;
            }
            listed.insert(action);
            new QTreeWidgetItem(heading,
                                {plainText(action->text()), action->shortcut().toString(QKeySequence::NativeText)});
        }
        if (heading->childCount() > 0) {
            m_tree->addTopLevelItem(heading);
            heading->setFirstColumnSpanned(true);
        } else {
            delete heading;
        }
    }
    m_tree->expandAll();
    m_tree->setItemsExpandable(false);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);

    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::applyFilter);
    // However many shortcuts there are, the list scrolls inside a window that fits a 1366×768 screen.
    resize(480, 520);
    m_filter->setFocus();
}

int ShortcutsDialog::visibleShortcutCount() const
{
    int count = 0;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *heading = m_tree->topLevelItem(i);
        for (int j = 0; j < heading->childCount(); ++j) {
            count += heading->child(j)->isHidden() ? 0 : 1;
        }
    }
    return count;
}

void ShortcutsDialog::applyFilter(const QString &text)
{
    const QString needle = text.trimmed();
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *heading = m_tree->topLevelItem(i);
        // A group's name matches all of its rows ("Định dạng" lists the formatting shortcuts).
        const bool groupMatches = heading->text(0).contains(needle, Qt::CaseInsensitive);
        bool any = false;
        for (int j = 0; j < heading->childCount(); ++j) {
            QTreeWidgetItem *row = heading->child(j);
            const bool match = groupMatches || row->text(0).contains(needle, Qt::CaseInsensitive) ||
                               row->text(1).contains(needle, Qt::CaseInsensitive);
            row->setHidden(!match);
            any = any || match;
        }
        heading->setHidden(!any);
    }
}

} // namespace toasoan::ui
