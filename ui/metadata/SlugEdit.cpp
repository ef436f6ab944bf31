#include "ui/metadata/SlugEdit.h"

#include "app/text/Normalize.h"
#include "app/text/Slug.h"
#include "ui/common/ThemedIcon.h"

#include <QAction>

namespace toasoan::ui {

SlugEdit::SlugEdit(QWidget *parent) : QLineEdit(parent)
{
    setPlaceholderText(tr("Made from the headline"));
    connect(this, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_following = text.trimmed().isEmpty();
        emit slugChanged();
    });
}

void SlugEdit::load(const QString &slug, const QString &title)
{
    const QString fromTitle = text::slugify(text::normalize(title));
    m_following = slug.isEmpty() || slug == fromTitle;
    setText(slug.isEmpty() ? fromTitle : slug);
    setCursorPosition(0);
}

void SlugEdit::followTitle(const QString &title)
{
    if (!m_following || isFrozen()) {
        return;
    }
    const QString slugged = text::slugify(text::normalize(title));
    if (slugged != text()) {
        setText(slugged);
        emit slugChanged();
    }
}

QString SlugEdit::slug() const
{
    return text::slugify(text::normalize(text()));
}

void SlugEdit::setFrozen(bool frozen)
{
    setReadOnly(frozen);
    // Read-only looks like editable in many themes: a padlock says why typing does nothing.
    if (frozen && !m_lock) {
        m_lock = addAction(themedIcon(QStringLiteral(":/icons/lock.svg")), QLineEdit::TrailingPosition);
    }
    if (m_lock) {
        m_lock->setVisible(frozen);
        m_lock->setToolTip(tr("Locked: the article is on the website."));
    }
    setToolTip(frozen ? tr("The article is already on the website: its link can no longer change.")
                      : tr("The end of the article's web address. It follows the headline until you edit it."));
}

} // namespace toasoan::ui
