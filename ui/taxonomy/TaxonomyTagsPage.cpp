// The "Thẻ" page of TaxonomyDialog: every tag with its article count, renamed in place, merged into
// another, and a hint naming the tags that are probably one.
#include "app/storage/TaxonomyRepository.h"
#include "app/workflow/TaxonomyAdmin.h"
#include "ui/common/StatusLabel.h"
#include "ui/taxonomy/TaxonomyDialog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace toasoan::ui {

namespace {

constexpr int kTagIdRole = Qt::UserRole + 1;

QString quotedList(const QList<Tag> &tags)
{
    QStringList names;
    for (const Tag &tag : tags) {
        names.append(QStringLiteral("“") + tag.name + QStringLiteral("”"));
    }
    return names.join(QStringLiteral(", "));
}

} // namespace

QWidget *TaxonomyDialog::createTagsPage()
{
    auto *page = new QWidget(this);
    auto *intro = new QLabel(tr("Tags are added with the articles. Double-click a name to correct it on every "
                                "article; merge two tags that mean the same."),
                             page);
    intro->setWordWrap(true);

    m_duplicates = new QLabel(page);
    m_duplicates->setObjectName(QStringLiteral("duplicateTagsHint"));
    m_duplicates->setWordWrap(true);

    m_tags = new QTableWidget(0, 2, page);
    m_tags->setObjectName(QStringLiteral("tagTable"));
    m_tags->setAccessibleName(tr("Tags"));
    m_tags->setHorizontalHeaderLabels({tr("Tag"), tr("Articles")});
    m_tags->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tags->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tags->verticalHeader()->hide();
    m_tags->verticalHeader()->setDefaultSectionSize(m_tags->fontMetrics().height() + 8); // as dense as the tree
    m_tags->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tags->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tags->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    connect(m_tags, &QTableWidget::itemSelectionChanged, this, &TaxonomyDialog::updateTagButtons);
    connect(m_tags, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_fillingTags || item->column() != 0) {
            return;
        }
        const qint64 id = item->data(kTagIdRole).toLongLong();
        const QString name = item->text();
        // After the edit is over: the answer rebuilds the table.
        QTimer::singleShot(0, this, [this, id, name] { renameTag(id, name); });
    });

    m_renameTag = new QPushButton(tr("&Rename"), page);
    m_renameTag->setObjectName(QStringLiteral("renameTagButton"));
    m_renameTag->setToolTip(tr("Edit the name in the list (F2)"));
    m_renameTag->setAutoDefault(false);
    connect(m_renameTag, &QPushButton::clicked, this, [this] {
        const QList<QTableWidgetItem *> selected = m_tags->selectedItems();
        if (!selected.isEmpty()) {
            m_tags->editItem(m_tags->item(selected.first()->row(), 0));
        }
    });
    m_mergeTagInto = new QComboBox(page);
    m_mergeTagInto->setObjectName(QStringLiteral("mergeTagInto"));
    m_mergeTagInto->setAccessibleName(tr("Merge into"));
    m_mergeTag = new QPushButton(tr("&Merge"), page);
    m_mergeTag->setObjectName(QStringLiteral("mergeTagButton"));
    m_mergeTag->setToolTip(tr("Put the chosen tag on its articles instead, then delete it"));
    m_mergeTag->setAutoDefault(false);
    connect(m_mergeTag, &QPushButton::clicked, this, &TaxonomyDialog::mergeSelectedTag);
    auto *mergeLabel = new QLabel(tr("Merge into:"), page);
    mergeLabel->setBuddy(m_mergeTagInto);

    auto *row = new QHBoxLayout;
    row->addWidget(m_renameTag);
    row->addSpacing(12);
    row->addWidget(mergeLabel);
    row->addWidget(m_mergeTagInto, 1);
    row->addWidget(m_mergeTag);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(intro);
    layout->addWidget(m_tags, 1);
    layout->addWidget(m_duplicates);
    layout->addLayout(row);
    return page;
}

void TaxonomyDialog::reloadTags()
{
    const qint64 selected = selectedTagId();
    TaxonomyAdmin admin(m_db);
    auto tags = admin.tags();
    if (!tags) {
        m_message->showError(tags.error().message, tags.error().detail);
        return;
    }
    m_fillingTags = true;
    m_tags->setRowCount(0);
    m_tags->setRowCount(int(tags->size()));
    for (int row = 0; row < tags->size(); ++row) {
        const TagEntry &e = tags->at(row);
        auto *name = new QTableWidgetItem(e.tag.name);
        name->setData(kTagIdRole, e.tag.id);
        auto *count = new QTableWidgetItem(QLocale().toString(e.articleCount));
        count->setFlags(count->flags() & ~Qt::ItemIsEditable);
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_tags->setItem(row, 0, name);
        m_tags->setItem(row, 1, count);
        if (e.tag.id == selected) {
            m_tags->selectRow(row);
        }
    }
    m_fillingTags = false;

    QStringList groups;
    if (auto duplicates = TaxonomyRepository(m_db).nearDuplicateTags()) {
        for (const QList<Tag> &group : std::as_const(*duplicates)) {
            groups.append(quotedList(group));
        }
    }
    m_duplicates->setText(groups.isEmpty() ? QString()
                                           : tr("Probably the same tag: %1. Select one and merge it into the other.")
                                                 .arg(groups.join(QStringLiteral("; "))));
    m_duplicates->setVisible(!groups.isEmpty());
    updateTagButtons();
}

qint64 TaxonomyDialog::selectedTagId() const
{
    const QList<QTableWidgetItem *> selected = m_tags->selectedItems();
    return selected.isEmpty() ? 0 : m_tags->item(selected.first()->row(), 0)->data(kTagIdRole).toLongLong();
}

QString TaxonomyDialog::duplicateHint() const
{
    return m_duplicates->text();
}

void TaxonomyDialog::updateTagButtons()
{
    const qint64 id = selectedTagId();
    const qint64 chosen = m_mergeTagInto->currentData().toLongLong();
    m_mergeTagInto->clear();
    for (int row = 0; row < m_tags->rowCount(); ++row) {
        const QTableWidgetItem *item = m_tags->item(row, 0);
        if (item && item->data(kTagIdRole).toLongLong() != id) {
            m_mergeTagInto->addItem(item->text(), item->data(kTagIdRole));
        }
    }
    const int keep = m_mergeTagInto->findData(chosen);
    m_mergeTagInto->setCurrentIndex(keep < 0 ? 0 : keep);
    m_renameTag->setEnabled(id > 0);
    m_mergeTagInto->setEnabled(id > 0 && m_mergeTagInto->count() > 0);
    m_mergeTag->setEnabled(id > 0 && m_mergeTagInto->count() > 0);
}

bool TaxonomyDialog::renameTag(qint64 id, const QString &name)
{
    auto renamed = TaxonomyAdmin(m_db).renameTag(m_admin.id, id, name);
    return report(renamed.discard(), renamed ? tr("Tag renamed \"%1\".").arg(renamed->name) : QString());
}

bool TaxonomyDialog::mergeSelectedTag()
{
    const qint64 from = selectedTagId();
    const qint64 into = m_mergeTagInto->currentData().toLongLong();
    if (from <= 0 || into <= 0) {
        return false;
    }
    const QString fromName = m_tags->item(m_tags->selectedItems().first()->row(), 0)->text();
    const QString intoName = m_mergeTagInto->currentText();
    if (!confirm(tr("Merge the tag \"%1\" into \"%2\"? The articles that have \"%1\" get \"%2\", and \"%1\" is "
                    "deleted.")
                     .arg(fromName, intoName))) {
        return false;
    }
    auto moved = TaxonomyAdmin(m_db).mergeTag(m_admin.id, from, into);
    const bool done =
        report(moved.discard(),
               moved ? tr("Tag \"%1\" merged into \"%2\" on %n article(s).", nullptr, *moved).arg(fromName, intoName)
                     : QString());
    if (done) {
        for (int row = 0; row < m_tags->rowCount(); ++row) {
            if (m_tags->item(row, 0)->data(kTagIdRole).toLongLong() == into) {
                m_tags->selectRow(row);
            }
        }
    }
    return done;
}

} // namespace toasoan::ui
