#include "ui/tools/ToneStyleDialog.h"

#include "app/i18n/HouseToneStyle.h"
#include "app/text/Normalize.h"
#include "ui/tools/ToneChangePreview.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTextCursor>
#include <QTextEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace toasoan::ui {

namespace {

enum Column
{
    BeforeColumn,
    AfterColumn,
    ContextColumn,
};

text::ToneStyle houseStyleOr(Database &db)
{
    // Without a readable setting the default house style still gives a useful preview.
    auto style = loadHouseToneStyle(db);
    return style ? style.value() : kDefaultHouseToneStyle;
}

} // namespace

ToneStyleDialog::ToneStyleDialog(const QString &text, text::ToneStyle target, QWidget *parent)
    : QDialog(parent), m_text(text::normalize(text))
{
    setWindowTitle(tr("Normalize tone marks"));

    m_style = new QComboBox(this);
    m_style->setObjectName(QStringLiteral("styleCombo"));
    for (const text::ToneStyle style : {text::ToneStyle::Old, text::ToneStyle::New}) {
        m_style->addItem(toneStyleLabel(style), QVariant::fromValue(int(style)));
    }
    m_style->setCurrentIndex(m_style->findData(int(target)));
    m_style->setAccessibleName(tr("Tone mark style"));
    auto *styleLabel = new QLabel(tr("&Tone mark style:"), this);
    styleLabel->setBuddy(m_style);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("changeList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("Now"), tr("After"), tr("In context")});
    m_list->header()->setSectionResizeMode(ContextColumn, QHeaderView::Stretch);
    m_list->setAccessibleName(tr("Words to change"));

    m_tickAll = new QPushButton(tr("Tick &all"), this);
    m_tickNone = new QPushButton(tr("Tick &none"), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_apply = buttons->addButton(tr("&Change ticked words"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("applyButton"));
    m_apply->setDefault(true);

    auto *styleRow = new QHBoxLayout;
    styleRow->addWidget(styleLabel);
    styleRow->addWidget(m_style, 1);
    auto *tickRow = new QHBoxLayout;
    tickRow->addWidget(m_tickAll);
    tickRow->addWidget(m_tickNone);
    tickRow->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(styleRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addLayout(tickRow);
    layout->addWidget(buttons);
    resize(640, 420);

    connect(m_style, &QComboBox::currentIndexChanged, this, &ToneStyleDialog::recompute);
    connect(m_list, &QTreeWidget::itemChanged, this, &ToneStyleDialog::updateSummary);
    connect(m_tickAll, &QPushButton::clicked, this, [this] { setAllTicked(true); });
    connect(m_tickNone, &QPushButton::clicked, this, [this] { setAllTicked(false); });
    connect(buttons, &QDialogButtonBox::accepted, this, &ToneStyleDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ToneStyleDialog::reject);
    recompute();
}

text::ToneStyle ToneStyleDialog::targetStyle() const
{
    return text::ToneStyle(m_style->currentData().toInt());
}

void ToneStyleDialog::setTargetStyle(text::ToneStyle style)
{
    m_style->setCurrentIndex(m_style->findData(int(style)));
}

QList<text::ToneChange> ToneStyleDialog::selectedChanges() const
{
    QList<text::ToneChange> selected;
    for (int row = 0; row < m_list->topLevelItemCount() && row < m_changes.size(); ++row) {
        if (m_list->topLevelItem(row)->checkState(BeforeColumn) == Qt::Checked) {
            selected.append(m_changes.at(row));
        }
    }
    return selected;
}

QString ToneStyleDialog::resultText() const
{
    return text::applyToneChanges(m_text, selectedChanges());
}

QString ToneStyleDialog::summary() const
{
    return m_summary->text();
}

void ToneStyleDialog::setAllTicked(bool ticked)
{
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        m_list->topLevelItem(row)->setCheckState(BeforeColumn, ticked ? Qt::Checked : Qt::Unchecked);
    }
}

void ToneStyleDialog::accept()
{
    const QList<text::ToneChange> changes = selectedChanges();
    if (changes.isEmpty()) {
        return;
    }
    emit changesAccepted(text::applyToneChanges(m_text, changes), changes);
    QDialog::accept();
}

void ToneStyleDialog::recompute()
{
    m_changes = text::convertToneStyle(m_text, targetStyle()).changes;
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const text::ToneChange &change : std::as_const(m_changes)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(BeforeColumn, change.before);
        item->setText(AfterColumn, change.after);
        item->setText(ContextColumn, changeContext(m_text, change));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        const bool name = looksLikeName(m_text, change);
        item->setCheckState(BeforeColumn, name ? Qt::Unchecked : Qt::Checked);
        if (name) {
            item->setToolTip(BeforeColumn, tr("This looks like a name: it is changed only if you tick it."));
        }
    }
    m_list->resizeColumnToContents(BeforeColumn);
    m_list->resizeColumnToContents(AfterColumn);
    updateSummary();
}

void ToneStyleDialog::updateSummary()
{
    const int total = int(m_changes.size());
    const int ticked = int(selectedChanges().size());
    int names = 0;
    for (const text::ToneChange &change : std::as_const(m_changes)) {
        names += looksLikeName(m_text, change) ? 1 : 0;
    }
    QString summary;
    if (total == 0) {
        summary = tr("Nothing to change: every word already places its tone mark this way.");
    } else {
        summary = tr("%n word(s) place the tone mark the other way.", nullptr, total) + QLatin1Char(' ') +
                  tr("%n ticked to change.", nullptr, ticked);
        if (names > 0) {
            summary += QLatin1Char(' ') + tr("%n word(s) that look like names are not ticked.", nullptr, names);
        }
    }
    m_summary->setText(summary);
    m_apply->setEnabled(ticked > 0);
    m_tickAll->setEnabled(total > 0);
    m_tickNone->setEnabled(total > 0);
}

ToneStyleDialog *ToneStyleDialog::openForText(QWidget *parent, Database &db, const QString &text,
                                              std::function<void(const QString &)> apply)
{
    auto *dialog = new ToneStyleDialog(text, houseStyleOr(db), parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(parent ? Qt::WindowModal : Qt::ApplicationModal);
    connect(dialog, &ToneStyleDialog::changesAccepted, dialog, [apply = std::move(apply)](const QString &newText) {
        if (apply) {
            apply(newText);
        }
    });
    dialog->open();
    return dialog;
}

ToneStyleDialog *ToneStyleDialog::openForTextEdit(QWidget *parent, Database &db, QTextEdit *edit)
{
    QTextCursor range = edit->textCursor();
    if (!range.hasSelection()) {
        range.select(QTextCursor::Document);
    }
    // selectedText() keeps one character per document position (U+2029 between paragraphs), so a
    // change's position plus the selection start is its place in the document.
    const int start = range.selectionStart();
    auto *dialog = new ToneStyleDialog(range.selectedText(), houseStyleOr(db), parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(parent ? Qt::WindowModal : Qt::ApplicationModal);
    const QPointer<QTextEdit> target(edit);
    connect(dialog, &ToneStyleDialog::changesAccepted, dialog,
            [target, start](const QString &, const QList<text::ToneChange> &changes) {
                if (target) {
                    applyToDocument(QTextCursor(target->document()), start, changes);
                }
            });
    dialog->open();
    return dialog;
}

int ToneStyleDialog::applyToDocument(QTextCursor cursor, int start, const QList<text::ToneChange> &changes)
{
    const int documentEnd = cursor.document()->characterCount() - 1;
    int written = 0;
    cursor.beginEditBlock();
    for (const text::ToneChange &change : changes) {
        const int position = start + int(change.position);
        if (position < 0 || position + int(change.length) > documentEnd) {
            continue;
        }
        cursor.setPosition(position);
        cursor.setPosition(position + int(change.length), QTextCursor::KeepAnchor);
        if (cursor.selectedText() != change.before) {
            continue;
        }
        // One letter at a time: the letter keeps its own format (bold, link …), and only the letters
        // that move a mark are rewritten.
        for (int i = 0; i < change.length; ++i) {
            if (change.before.at(i) == change.after.at(i)) {
                continue;
            }
            cursor.setPosition(position + i);
            cursor.setPosition(position + i + 1, QTextCursor::KeepAnchor);
            cursor.insertText(QString(change.after.at(i)));
        }
        ++written;
    }
    cursor.endEditBlock();
    return written;
}

} // namespace toasoan::ui
