#include "ui/metadata/TagField.h"

#include "app/storage/TaxonomyRepository.h"
#include "app/text/Normalize.h"
#include "ui/common/ThemedIcon.h"
#include "ui/metadata/FlowLayout.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QLineEdit>
#include <QRegularExpression>
#include <QStringListModel>
#include <QToolButton>

namespace toasoan::ui {

namespace {

QString cleanTag(const QString &name)
{
    return text::normalize(name).simplified();
}

} // namespace

TagField::TagField(QWidget *parent) : QFrame(parent)
{
    // Looks like a text field, in whatever colours the theme gives text fields.
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);

    m_input = new QLineEdit(this);
    m_input->setObjectName(QStringLiteral("tagInput"));
    m_input->setFrame(false);
    m_input->setPlaceholderText(tr("Add a tag…"));
    m_input->setAccessibleName(tr("New tag"));
    m_input->setMinimumWidth(m_input->fontMetrics().horizontalAdvance(QStringLiteral("Thêm thẻ mới")));
    m_input->installEventFilter(this);
    setFocusProxy(m_input);

    m_completions = new QStringListModel(this);
    m_completer = new QCompleter(m_completions, this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->popup()->setAccessibleName(tr("Existing tags"));
    m_input->setCompleter(m_completer);

    m_flow = new FlowLayout(this, 4);
    m_flow->setContentsMargins(3, 3, 3, 3);
    m_flow->addWidget(m_input);

    connect(m_input, &QLineEdit::returnPressed, this, [this] { commitInput(false); });
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, [this](const QString &name) {
        if (addTag(name)) {
            m_input->clear();
        }
    });
    connect(m_input, &QLineEdit::textEdited, this, [this](const QString &typed) {
        // Tone marks typed as combining characters (NFD) would not match the stored tags' NFC in the
        // completer: the field holds NFC.
        const QString text = text::normalize(typed);
        if (text != typed) {
            const bool atEnd = m_input->cursorPosition() == typed.size();
            m_input->setText(text);
            if (atEnd) {
                m_input->setCursorPosition(int(text.size()));
            }
            m_completer->setCompletionPrefix(text);
            m_completer->complete();
        }
        // A comma or semicolon ends a tag, as in most tag fields people know.
        if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char(';'))) {
            commitInput(true);
        }
    });
}

void TagField::setTags(const QStringList &tags)
{
    m_tags.clear();
    for (const QString &tag : tags) {
        const QString clean = cleanTag(tag);
        if (!clean.isEmpty() && !m_tags.contains(clean, Qt::CaseInsensitive)) {
            m_tags.append(clean);
        }
    }
    rebuildTokens();
}

void TagField::setCompletions(const QStringList &names)
{
    m_completions->setStringList(names);
}

bool TagField::addTag(const QString &name)
{
    const QString clean = existingSpelling(cleanTag(name));
    if (clean.isEmpty()) {
        return false;
    }
    const QString key = TaxonomyRepository::tagKey(clean);
    for (const QString &tag : std::as_const(m_tags)) {
        if (TaxonomyRepository::tagKey(tag) == key) {
            return false;
        }
    }
    m_tags.append(clean);
    rebuildTokens();
    emit tagsChanged();
    return true;
}

QString TagField::existingSpelling(const QString &name) const
{
    // "chuyển đổi số" typed when "Chuyển đổi số" exists is that tag, written as it is stored.
    const QString key = TaxonomyRepository::tagKey(name);
    const QStringList known = m_completions->stringList();
    for (const QString &existing : known) {
        if (TaxonomyRepository::tagKey(existing) == key) {
            return existing;
        }
    }
    return name;
}

void TagField::removeTag(const QString &name)
{
    if (m_tags.removeAll(name) == 0) {
        return;
    }
    rebuildTokens();
    m_input->setFocus(Qt::OtherFocusReason);
    emit tagsChanged();
}

void TagField::commitInput(bool keepUnfinished)
{
    static const QRegularExpression separators(QStringLiteral("[,;]"));
    QStringList parts = m_input->text().split(separators);
    // While typing, the text after the last separator is the next tag, not finished yet.
    const QString rest = keepUnfinished ? parts.takeLast().trimmed() : QString();
    for (const QString &part : std::as_const(parts)) {
        addTag(part);
    }
    m_input->setText(rest);
}

void TagField::rebuildTokens()
{
    // A token may be removing itself from its own click handler: delete later, hide now.
    for (QToolButton *token : std::as_const(m_tokens)) {
        m_flow->removeWidget(token);
        token->hide();
        token->deleteLater();
    }
    m_tokens.clear();
    for (int i = 0; i < m_tags.size(); ++i) {
        const QString tag = m_tags.at(i);
        auto *token = new QToolButton(this);
        token->setObjectName(QStringLiteral("tagToken"));
        token->setText(tag);
        token->setIcon(themedIcon(QStringLiteral(":/icons/close.svg")));
        token->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        token->setLayoutDirection(Qt::RightToLeft); // the cross after the name
        token->setAutoRaise(false);
        token->setFocusPolicy(Qt::StrongFocus);
        token->setAccessibleName(tr("Remove tag %1").arg(tag));
        token->setToolTip(tr("Remove the tag “%1”").arg(tag));
        connect(token, &QToolButton::clicked, this, [this, tag] { removeTag(tag); });
        m_flow->insertWidget(i, token);
        token->show(); // now, not when the layout's queued show comes: keyboard users tab to it
        m_tokens.append(token);
    }
    // Tab goes from the input through the tokens, in the order they show.
    QWidget *previous = m_input;
    for (QToolButton *token : std::as_const(m_tokens)) {
        setTabOrder(previous, token);
        previous = token;
    }
    updateGeometry();
}

bool TagField::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_input && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Backspace && m_input->text().isEmpty() && !m_tags.isEmpty()) {
            removeTag(m_tags.constLast());
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace toasoan::ui
