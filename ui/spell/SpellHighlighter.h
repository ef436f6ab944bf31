#pragma once

#include "ui/spell/SpellService.h"

#include <QHash>
#include <QPointer>
#include <QSyntaxHighlighter>
#include <QTextBlock>
#include <QTextCharFormat>
#include <QTimer>
#include <optional>

namespace toasoan::ui {

/// Underlines misspelled words of one document with a red wave. It never checks on the UI thread:
/// a paragraph seen for the first time (or changed) is queued, SpellService checks queued paragraphs
/// in small batches on its worker thread, and the result is kept per paragraph text; the paragraph is
/// then highlighted again from that cache. A long article is so checked a batch at a time, from the
/// top, while typing goes on; the paragraph being typed in goes first. Until its new result arrives a
/// changed paragraph keeps the underlines that still fit, so they do not blink while typing. The word
/// being typed is not underlined before it is finished.
class SpellHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpellHighlighter)

public:
    SpellHighlighter(QTextDocument *document, SpellService *service);

    /// The misspelling at `position` (a document position inside the word or right after it), as
    /// underlined now; `wordStart` receives the word's document position.
    std::optional<Misspelling> misspellingAt(int position, int *wordStart = nullptr) const;
    /// The doubtful words of the document as checked so far (accepted ones left out), once each
    /// (by key), in the order they first appear; empty when checking is off.
    QStringList misspelledWords() const;
    /// No paragraph waits for a check.
    bool isIdle() const { return m_queue.isEmpty() && m_flight.isEmpty(); }

    /// A key typed text ending at `position`: the word ending there is being written.
    void setTypingPosition(int position);
    /// The cursor moved: a word left behind is finished and may be underlined.
    void cursorMoved(int position);

protected:
    void highlightBlock(const QString &text) override;

private:
    struct Entry
    {
        quint64 revision = 0;
        Misspellings found;
    };

    void request(const QString &text, const QTextBlock &block, bool urgent);
    void dispatch();
    void received(quint64 revision, const QStringList &texts, const QList<Misspellings> &results);
    void redrawMisspelledBlocks();
    void pruneCache();

    QPointer<SpellService> m_service;
    QTextCharFormat m_format;
    QHash<QString, Entry> m_cache; ///< by paragraph text
    QList<QString> m_queue;        ///< texts to check, the next first
    /// Queued (or being checked) texts and the paragraphs that showed them.
    QHash<QString, QList<QTextBlock>> m_waiting;
    QHash<QString, QList<QTextBlock>> m_flight;
    QTimer m_dispatchTimer;
    int m_typingAt = -1;
};

} // namespace toasoan::ui
