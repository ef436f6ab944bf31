// The editor's spell checking: the highlighter, the context menu's corrections, the on/off action.
#include "app/text/Normalize.h"
#include "ui/editor/RichTextEditor_p.h"
#include "ui/spell/SpellHighlighter.h"
#include "ui/spell/SpellService.h"

#include <QAction>
#include <QInputMethodEvent>
#include <QMenu>

namespace toasoan::ui {

namespace {

constexpr int kMaxSuggestions = 6;

} // namespace

void RichTextEditor::setSpellService(SpellService *service)
{
    if (d->spell == service) {
        return;
    }
    if (d->spell) {
        disconnect(d->spell, nullptr, this, nullptr);
    }
    delete d->spellHighlighter;
    d->spellHighlighter = nullptr;
    d->spell = service;
    if (service) {
        d->spellHighlighter = new SpellHighlighter(document(), service);
        connect(this, &QTextEdit::cursorPositionChanged, d->spellHighlighter,
                [this] { d->spellHighlighter->cursorMoved(textCursor().position()); });
        connect(service, &SpellService::stateChanged, this, [this] {
            updateSpellAction();
            d->showSpellNotice();
        });
        connect(service, &SpellService::enabledChanged, this, &RichTextEditor::updateSpellAction);
        if (service->isEnabled()) {
            service->load();
        }
    }
    updateSpellAction();
    d->showSpellNotice();
}

SpellService *RichTextEditor::spellService() const
{
    return d->spell;
}

SpellHighlighter *RichTextEditor::spellHighlighter() const
{
    return d->spellHighlighter;
}

void RichTextEditor::updateSpellAction()
{
    QAction *toggle = action(Action::SpellCheck);
    if (!toggle) {
        return;
    }
    const bool unavailable = !d->spell || d->spell->state() == SpellService::State::Unavailable;
    const QSignalBlocker blocker(toggle);
    toggle->setEnabled(!unavailable);
    toggle->setChecked(!unavailable && d->spell->isEnabled());
    const QString tip = !d->spell ? tr("Spell checking is not available in this editor")
                        : unavailable
                            ? tr("Spell checking needs the Vietnamese dictionary: install the hunspell-vi package "
                                 "and restart ToaSoan")
                            : tr("Underline misspelled words");
    const QString shortcut = toggle->shortcut().toString(QKeySequence::NativeText);
    toggle->setToolTip(unavailable ? tip : tr("%1 (%2)").arg(tip, shortcut));
    toggle->setStatusTip(tip);
    toggle->setWhatsThis(tip);
}

void RichTextEditor::Private::showSpellNotice()
{
    // Said once per window, by an editor someone looks at (a hidden tab says it when it is shown).
    if (!spell || !q->isVisible()) {
        return;
    }
    const QString notice = spell->takeUnavailableNotice();
    if (!notice.isEmpty()) {
        infoBar->showMessage(notice);
    }
}

void RichTextEditor::showEvent(QShowEvent *event)
{
    QTextEdit::showEvent(event);
    d->showSpellNotice();
}

void RichTextEditor::noteTyping(const QString &text)
{
    if (d->spellHighlighter && !text.isEmpty() && text.at(0).isPrint()) {
        d->spellHighlighter->setTypingPosition(textCursor().selectionStart() + int(text.size()));
    }
}

void RichTextEditor::inputMethodEvent(QInputMethodEvent *event)
{
    noteTyping(event->commitString());
    QTextEdit::inputMethodEvent(event);
}

void RichTextEditor::Private::addSpellingActions(QMenu *menu, int position)
{
    if (!spellHighlighter || !spell) {
        return;
    }
    int start = 0;
    const std::optional<Misspelling> found = spellHighlighter->misspellingAt(position, &start);
    if (!found) {
        return;
    }
    QTextCursor word(q->document());
    word.setPosition(start);
    word.setPosition(start + found->length, QTextCursor::KeepAnchor);
    const QString misspelled = found->word;

    // At the top, before the standard entries.
    QAction *before = menu->actions().value(0);
    auto *pending = new QAction(RichTextEditor::tr("Looking for suggestions…"), menu);
    pending->setObjectName(QStringLiteral("spellSuggestionsPending"));
    pending->setEnabled(false);
    menu->insertAction(before, pending);
    auto *add = new QAction(RichTextEditor::tr("Add to dictionary"), menu);
    add->setObjectName(QStringLiteral("spellAddToDictionary"));
    add->setEnabled(spell->canAddWords());
    add->setStatusTip(RichTextEditor::tr("Accept this word in every article of the office"));
    menu->insertAction(before, add);
    auto *ignore = new QAction(RichTextEditor::tr("Ignore"), menu);
    ignore->setObjectName(QStringLiteral("spellIgnore"));
    ignore->setStatusTip(RichTextEditor::tr("Accept this word until ToaSoan is closed"));
    menu->insertAction(before, ignore);
    menu->insertSeparator(before);

    QPointer<SpellService> service = spell;
    QObject::connect(add, &QAction::triggered, q, [this, service, misspelled] {
        if (!service) {
            return;
        }
        if (const Result<void> added = service->addToDictionary(misspelled); !added) {
            infoBar->showMessage(added.error().message);
        }
    });
    QObject::connect(ignore, &QAction::triggered, q, [service, misspelled] {
        if (service) {
            service->ignore(misspelled);
        }
    });

    QPointer<QAction> placeholder = pending;
    const auto fill = [this, menu, placeholder, word, misspelled](const QStringList &suggestions) {
        if (!placeholder) {
            return;
        }
        if (suggestions.isEmpty()) {
            placeholder->setText(RichTextEditor::tr("No suggestions"));
            return;
        }
        for (const QString &suggestion : suggestions.mid(0, kMaxSuggestions)) {
            auto *a = new QAction(suggestion, menu);
            a->setObjectName(QStringLiteral("spellSuggestion"));
            QFont font = a->font();
            font.setBold(true);
            a->setFont(font);
            QObject::connect(a, &QAction::triggered, q, [this, word, misspelled, suggestion] {
                replaceMisspelling(word, misspelled, suggestion);
            });
            menu->insertAction(placeholder, a);
        }
        delete placeholder.data();
    };
    if (const std::optional<QStringList> cached = spell->cachedSuggestions(misspelled)) {
        fill(*cached);
    } else {
        spell->suggest(misspelled, menu, fill);
    }
}

void RichTextEditor::Private::replaceMisspelling(QTextCursor word, const QString &misspelled,
                                                 const QString &replacement)
{
    if (word.selectedText() != misspelled) {
        return; // the text changed while the menu was open
    }
    // One undo step, in the word's own formatting (bold stays bold).
    word.beginEditBlock();
    word.insertText(text::normalize(replacement), word.charFormat());
    word.endEditBlock();
    q->setTextCursor(word);
}

} // namespace toasoan::ui
