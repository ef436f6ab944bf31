// The editor's actions: text, icon, shortcuts, tooltip and accessible name, and their state.
#include "ui/editor/DocumentOps.h"
#include "ui/editor/FindReplaceDialog.h"
#include "ui/editor/LinkDialog.h"
#include "ui/editor/RichTextEditor_p.h"
#include "ui/editor/TableDialog.h"
#include "ui/spell/SpellService.h"

#include <QAction>
#include <QFileDialog>
#include <QIcon>
#include <QImageReader>
#include <QMetaEnum>
#include <QStandardPaths>
#include <QTextBlock>
#include <QTextList>
#include <QTextTable>

// The window's icon painter draws our monochrome SVGs in the palette's text colour (light and
// dark themes); without it the icons are drawn as they are.
#if __has_include("common/ThemedIcon.h")
#include "ui/common/ThemedIcon.h"
#define TOASOAN_THEMED_ICONS 1
#endif

namespace toasoan::ui {

namespace {

QIcon editorIcon(const QString &name)
{
    const QString path = QStringLiteral(":/icons/editor/") + name + QStringLiteral(".svg");
#ifdef TOASOAN_THEMED_ICONS
    return themedIcon(path);
#else
    return QIcon(path);
#endif
}

} // namespace

QAction *RichTextEditor::Private::make(Action id, const QString &text, const QString &icon,
                                       const QList<QKeySequence> &keys, const QString &tip)
{
    auto *a = new QAction(editorIcon(icon), text, q);
    const QString plain = QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("..."));
    a->setObjectName(QStringLiteral("editorAction") +
                     QString::fromLatin1(QMetaEnum::fromType<Action>().valueToKey(int(id))));
    a->setShortcuts(keys);
    a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    const QString shortcut = keys.isEmpty() ? QString() : keys.first().toString(QKeySequence::NativeText);
    a->setToolTip(shortcut.isEmpty() ? tip : RichTextEditor::tr("%1 (%2)").arg(tip, shortcut));
    a->setStatusTip(tip);
    // QAction has no accessible name of its own: toolbar buttons and menus read the text, the
    // "what's this" carries the longer description for screen readers.
    a->setWhatsThis(tip);
    a->setIconText(plain);
    q->addAction(a);
    actions.insert(id, a);
    return a;
}

QAction *RichTextEditor::Private::separator()
{
    auto *a = new QAction(q);
    a->setSeparator(true);
    separators.append(a);
    return a;
}

void RichTextEditor::createActions()
{
    using K = QKeySequence;
    const auto keys = [](std::initializer_list<const char *> list) {
        QList<QKeySequence> out;
        for (const char *k : list) {
            out.append(QKeySequence(QString::fromLatin1(k)));
        }
        return out;
    };
    Private &p = *d;
    p.make(Action::Bold, tr("&Bold"), QStringLiteral("bold"), {K(K::Bold)}, tr("Bold"))->setCheckable(true);
    p.make(Action::Italic, tr("&Italic"), QStringLiteral("italic"), {K(K::Italic)}, tr("Italic"))->setCheckable(true);
    p.make(Action::Underline, tr("&Underline"), QStringLiteral("underline"), {K(K::Underline)}, tr("Underline"))
        ->setCheckable(true);
    p.make(Action::Paragraph, tr("&Normal paragraph"), QStringLiteral("paragraph"), keys({"Ctrl+0"}),
           tr("Make the paragraph normal text"))
        ->setCheckable(true);
    p.make(Action::Heading1, tr("Heading &1"), QStringLiteral("heading1"), keys({"Ctrl+Alt+1"}),
           tr("Make the paragraph a heading"))
        ->setCheckable(true);
    p.make(Action::Heading2, tr("Heading &2"), QStringLiteral("heading2"), keys({"Ctrl+Alt+2"}),
           tr("Make the paragraph a subheading"))
        ->setCheckable(true);
    p.make(Action::BulletList, tr("B&ulleted list"), QStringLiteral("list-bullet"), keys({"Ctrl+Shift+8"}),
           tr("Bulleted list"))
        ->setCheckable(true);
    p.make(Action::NumberedList, tr("N&umbered list"), QStringLiteral("list-number"), keys({"Ctrl+Shift+7"}),
           tr("Numbered list"))
        ->setCheckable(true);
    // Ctrl+] and Ctrl+[ as in Google Docs (whose list shortcuts Ctrl+Shift+7/8 are); Tab and
    // Shift+Tab too, but only in a list item (RichTextEditor::event): elsewhere they move focus.
    p.make(Action::IndentList, tr("Increase list le&vel"), QStringLiteral("list-indent"), keys({"Ctrl+]"}),
           tr("Make the list item a sub-item of the one before it (also Tab)"));
    p.make(Action::OutdentList, tr("Decre&ase list level"), QStringLiteral("list-outdent"), keys({"Ctrl+["}),
           tr("Move the list item up one level (also Shift+Tab)"));
    p.make(Action::BlockQuote, tr("Block &quote"), QStringLiteral("quote"), keys({"Ctrl+Shift+9"}),
           tr("Set the paragraph apart as a quotation"))
        ->setCheckable(true);
    p.make(Action::InsertLink, tr("&Link..."), QStringLiteral("link"), keys({"Ctrl+K"}), tr("Insert or edit a link"));
    p.make(Action::RemoveLink, tr("&Remove link"), QStringLiteral("unlink"), keys({"Ctrl+Shift+K"}),
           tr("Remove the link, keep the text"));
    p.make(Action::InsertImage, tr("&Image..."), QStringLiteral("image"), keys({"Ctrl+Alt+I"}),
           tr("Insert an image from a file"));
    p.make(Action::ImageCaption, tr("Image &caption"), QStringLiteral("caption"), keys({"Ctrl+Alt+N"}),
           tr("Write the caption under the image"));
    p.make(Action::ImageDescription, tr("Image &description..."), QStringLiteral("image"), keys({"Ctrl+Alt+D"}),
           tr("Describe the image for readers who cannot see it (alt text), and its caption"));
    p.make(Action::AlignImageLeft, tr("Image &left"), QStringLiteral("align-left"), keys({"Ctrl+L"}),
           tr("Place the image at the left"))
        ->setCheckable(true);
    p.make(Action::AlignImageCenter, tr("Image &centred"), QStringLiteral("align-center"), keys({"Ctrl+E"}),
           tr("Centre the image"))
        ->setCheckable(true);
    p.make(Action::AlignImageRight, tr("Image &right"), QStringLiteral("align-right"), keys({"Ctrl+R"}),
           tr("Place the image at the right"))
        ->setCheckable(true);
    p.make(Action::InsertTable, tr("&Table..."), QStringLiteral("table"), keys({"Ctrl+Alt+G"}), tr("Insert a table"));
    p.make(Action::AddTableRow, tr("Add &row"), QStringLiteral("row-add"), keys({"Ctrl+Alt+R"}),
           tr("Add a row below this one"));
    p.make(Action::AddTableColumn, tr("Add co&lumn"), QStringLiteral("column-add"), keys({"Ctrl+Alt+C"}),
           tr("Add a column right of this one"));
    p.make(Action::RemoveTableRow, tr("Remove r&ow"), QStringLiteral("row-remove"), keys({"Ctrl+Alt+Shift+R"}),
           tr("Remove this row"));
    p.make(Action::RemoveTableColumn, tr("Remove colu&mn"), QStringLiteral("column-remove"), keys({"Ctrl+Alt+Shift+C"}),
           tr("Remove this column"));
    // Not Ctrl+Space: that switches the input method (ibus, fcitx) Vietnamese is typed with.
    p.make(Action::ClearFormatting, tr("Clear &formatting"), QStringLiteral("clear-format"), keys({"Ctrl+\\"}),
           tr("Remove bold, italic and underline from the selection"));
    p.make(Action::Undo, tr("&Undo"), QStringLiteral("undo"), {K(K::Undo)}, tr("Undo"));
    p.make(Action::Redo, tr("&Redo"), QStringLiteral("redo"), K::keyBindings(K::Redo), tr("Redo"));
    p.make(Action::Find, tr("&Find..."), QStringLiteral("find"), {K(K::Find)}, tr("Find in the article"));
    p.make(Action::Replace, tr("R&eplace..."), QStringLiteral("replace"), keys({"Ctrl+H"}),
           tr("Find and replace in the article"));
    p.make(Action::PastePlainText, tr("Paste as &plain text"), QStringLiteral("paste-plain"), keys({"Ctrl+Shift+V"}),
           tr("Paste without any formatting"));
    p.make(Action::ZoomIn, tr("Zoom &in"), QStringLiteral("zoom-in"), keys({"Ctrl+=", "Ctrl++"}), tr("Larger text"));
    p.make(Action::ZoomOut, tr("Zoom &out"), QStringLiteral("zoom-out"), keys({"Ctrl+-"}), tr("Smaller text"));
    p.make(Action::ZoomReset, tr("&Actual size"), QStringLiteral("zoom-reset"), keys({"Ctrl+Alt+0"}),
           tr("Text at its normal size"));
    // Shift+F7 as in LibreOffice (F7 is the window's "check before submitting").
    p.make(Action::SpellCheck, tr("&Spell check"), QStringLiteral("spell-check"), keys({"Shift+F7"}),
           tr("Underline misspelled words"))
        ->setCheckable(true);

    const auto on = [this](Action id, auto slot) { connect(action(id), &QAction::triggered, this, slot); };
    on(Action::Bold, [this](bool checked) {
        QTextCharFormat f;
        f.setFontWeight(checked ? QFont::Bold : QFont::Normal);
        mergeCurrentCharFormat(f);
    });
    on(Action::Italic, [this](bool checked) {
        QTextCharFormat f;
        f.setFontItalic(checked);
        mergeCurrentCharFormat(f);
    });
    on(Action::Underline, [this](bool checked) {
        QTextCharFormat f;
        f.setFontUnderline(checked);
        mergeCurrentCharFormat(f);
    });
    on(Action::Paragraph, [this] { setHeading(0); });
    on(Action::Heading1, [this] { setHeading(1); });
    on(Action::Heading2, [this] { setHeading(2); });
    on(Action::BulletList, [this] { toggleList(false); });
    on(Action::NumberedList, [this] { toggleList(true); });
    on(Action::IndentList, [this] { indentListItem(); });
    on(Action::OutdentList, [this] { outdentListItem(); });
    on(Action::BlockQuote, [this] { toggleBlockQuote(); });
    on(Action::InsertLink, [this] {
        LinkDialog dialog(this);
        const QString current = linkAtCursor();
        dialog.setUrl(current);
        const QString selected = textCursor().selectedText();
        dialog.setLinkText(selected, current.isEmpty() && selected.isEmpty());
        if (dialog.exec() == QDialog::Accepted) {
            insertLink(dialog.url(), dialog.linkText());
        }
    });
    on(Action::RemoveLink, [this] { removeLink(); });
    on(Action::InsertImage, [this] {
        QStringList patterns;
        for (const QByteArray &format : QImageReader::supportedImageFormats()) {
            patterns.append(QStringLiteral("*.") + QString::fromLatin1(format));
        }
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Insert image"), QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
            tr("Images (%1)").arg(patterns.join(QLatin1Char(' '))));
        if (!path.isEmpty()) {
            insertImageFileAsking(path);
        }
    });
    on(Action::ImageCaption, [this] { focusImageCaption(); });
    on(Action::ImageDescription, [this] { editImageDescription(); });
    on(Action::AlignImageLeft, [this] { setImageAlignment(html::ImageAlignment::Left); });
    on(Action::AlignImageCenter, [this] { setImageAlignment(html::ImageAlignment::Center); });
    on(Action::AlignImageRight, [this] { setImageAlignment(html::ImageAlignment::Right); });
    on(Action::InsertTable, [this] {
        TableDialog dialog(this);
        if (dialog.exec() == QDialog::Accepted) {
            insertTable(dialog.rows(), dialog.columns(), dialog.headerRow());
        }
    });
    on(Action::AddTableRow, [this] { addTableRow(); });
    on(Action::AddTableColumn, [this] { addTableColumn(); });
    on(Action::RemoveTableRow, [this] { removeTableRow(); });
    on(Action::RemoveTableColumn, [this] { removeTableColumn(); });
    on(Action::ClearFormatting, [this] { clearFormatting(); });
    on(Action::Undo, [this] { undo(); });
    on(Action::Redo, [this] { redo(); });
    const auto openFind = [this](bool replace) {
        if (!d->findDialog) {
            d->findDialog = new FindReplaceDialog(this);
        }
        d->findDialog->showFor(replace, textCursor().selectedText().simplified());
    };
    on(Action::Find, [openFind] { openFind(false); });
    on(Action::Replace, [openFind] { openFind(true); });
    on(Action::PastePlainText, [this] { pasteAsPlainText(); });
    on(Action::ZoomIn, [this] { zoomBy(1); });
    on(Action::ZoomOut, [this] { zoomBy(-1); });
    on(Action::ZoomReset, [this] { resetZoom(); });
    on(Action::SpellCheck, [this](bool checked) {
        if (d->spell) {
            d->spell->setEnabled(checked);
        }
    });

    action(Action::Undo)->setEnabled(false);
    action(Action::Redo)->setEnabled(false);
    connect(this, &QTextEdit::undoAvailable, action(Action::Undo), &QAction::setEnabled);
    connect(this, &QTextEdit::redoAvailable, action(Action::Redo), &QAction::setEnabled);
}

QAction *RichTextEditor::action(Action id) const
{
    return d->actions.value(id);
}

QList<QAction *> RichTextEditor::formatActions() const
{
    if (d->separators.isEmpty()) {
        for (int i = 0; i < 9; ++i) {
            d->separator();
        }
    }
    const auto s = [this](int i) { return d->separators.at(i); };
    return {action(Action::Bold),
            action(Action::Italic),
            action(Action::Underline),
            s(0),
            action(Action::Paragraph),
            action(Action::Heading1),
            action(Action::Heading2),
            s(1),
            action(Action::BulletList),
            action(Action::NumberedList),
            action(Action::IndentList),
            action(Action::OutdentList),
            action(Action::BlockQuote),
            s(2),
            action(Action::InsertLink),
            action(Action::RemoveLink),
            s(3),
            action(Action::InsertImage),
            action(Action::ImageCaption),
            action(Action::ImageDescription),
            action(Action::AlignImageLeft),
            action(Action::AlignImageCenter),
            action(Action::AlignImageRight),
            s(4),
            action(Action::InsertTable),
            action(Action::AddTableRow),
            action(Action::AddTableColumn),
            action(Action::RemoveTableRow),
            action(Action::RemoveTableColumn),
            s(5),
            action(Action::ClearFormatting)};
}

QList<QAction *> RichTextEditor::editActions() const
{
    formatActions(); // creates the separators
    return {action(Action::Undo),           action(Action::Redo),    d->separators.at(6),
            action(Action::Find),           action(Action::Replace), d->separators.at(7),
            action(Action::PastePlainText), d->separators.at(8),     action(Action::SpellCheck)};
}

QList<QAction *> RichTextEditor::viewActions() const
{
    return {action(Action::ZoomIn), action(Action::ZoomOut), action(Action::ZoomReset)};
}

void RichTextEditor::updateActions()
{
    if (d->actions.isEmpty()) {
        return;
    }
    const QTextCursor cursor = textCursor();
    const QTextCharFormat chars = currentCharFormat();
    const QTextBlockFormat block = cursor.blockFormat();
    const QTextList *list = cursor.currentList();
    const bool inTable = cursor.currentTable() != nullptr;
    const int level = block.headingLevel();
    action(Action::Bold)->setChecked(chars.fontWeight() >= QFont::DemiBold && level == 0);
    action(Action::Italic)->setChecked(chars.fontItalic());
    action(Action::Underline)->setChecked(chars.fontUnderline() && !chars.isAnchor());
    action(Action::Paragraph)->setChecked(level == 0 && !list && block.intProperty(QTextFormat::BlockQuoteLevel) == 0);
    action(Action::Heading1)->setChecked(level >= 1 && level <= 2);
    action(Action::Heading2)->setChecked(level >= 3 && level <= 5);
    const bool numbered = list && list->format().style() != QTextListFormat::ListDisc &&
                          list->format().style() != QTextListFormat::ListCircle &&
                          list->format().style() != QTextListFormat::ListSquare;
    action(Action::BulletList)->setChecked(list && !numbered);
    action(Action::NumberedList)->setChecked(numbered);
    action(Action::BlockQuote)->setChecked(block.intProperty(QTextFormat::BlockQuoteLevel) > 0);
    for (Action id :
         {Action::Heading1, Action::Heading2, Action::BulletList, Action::NumberedList, Action::BlockQuote}) {
        action(id)->setEnabled(!inTable);
    }
    action(Action::IndentList)->setEnabled(docops::canIndentListItem(cursor));
    action(Action::OutdentList)->setEnabled(docops::canOutdentListItem(cursor));
    action(Action::RemoveLink)->setEnabled(!linkAtCursor().isEmpty());
    const QTextBlock image = d->currentImageBlock();
    const Qt::Alignment align = image.isValid() ? image.blockFormat().alignment() : Qt::Alignment();
    for (Action id : {Action::ImageCaption, Action::ImageDescription, Action::AlignImageLeft, Action::AlignImageCenter,
                      Action::AlignImageRight}) {
        action(id)->setEnabled(image.isValid());
    }
    action(Action::AlignImageLeft)->setChecked(image.isValid() && (align & Qt::AlignLeft));
    action(Action::AlignImageCenter)->setChecked(image.isValid() && (align & Qt::AlignHCenter));
    action(Action::AlignImageRight)->setChecked(image.isValid() && (align & Qt::AlignRight));
    action(Action::InsertImage)->setEnabled(d->store.isValid());
    for (Action id : {Action::AddTableRow, Action::AddTableColumn, Action::RemoveTableRow, Action::RemoveTableColumn}) {
        action(id)->setEnabled(inTable);
    }
    action(Action::ZoomIn)->setEnabled(d->zoom < 10);
    action(Action::ZoomOut)->setEnabled(d->zoom > -4);
    action(Action::ZoomReset)->setEnabled(d->zoom != 0);
    if (isReadOnly()) {
        for (QAction *a : formatActions()) {
            a->setEnabled(false);
        }
        for (Action id : {Action::Undo, Action::Redo, Action::Replace, Action::PastePlainText}) {
            action(id)->setEnabled(false);
        }
    }
}

void RichTextEditor::setEditable(bool editable)
{
    if (editable == isEditable()) {
        return;
    }
    setReadOnly(!editable);
    if (editable) {
        for (QAction *a : formatActions()) {
            a->setEnabled(true); // updateActions() narrows them down to where the cursor is
        }
        action(Action::Replace)->setEnabled(true);
        action(Action::PastePlainText)->setEnabled(true);
        action(Action::Undo)->setEnabled(document()->isUndoAvailable());
        action(Action::Redo)->setEnabled(document()->isRedoAvailable());
    } else {
        // Readers still move through the text with the keyboard and copy from it.
        setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard | Qt::LinksAccessibleByMouse |
                                Qt::LinksAccessibleByKeyboard);
    }
    updateActions();
}

} // namespace toasoan::ui
