#include "ui/spell/SpellHighlighter.h"

#include <QSet>
#include <QTextDocument>
#include <algorithm>

namespace toasoan::ui {

namespace {

// A batch is a few milliseconds of Hunspell: results come back often, so the first screen of a long
// article is underlined at once and the worker is free again quickly for the paragraph being typed.
constexpr int kMaxBatchTexts = 48;
constexpr int kMaxBatchChars = 6000;

/// What a paragraph shows: its misspellings as last checked or carried over, and the text length
/// they belong to (to follow them when text is typed before them).
struct ShownMisspellings final : QTextBlockUserData
{
    Misspellings found;
    int textLength = 0;
};

bool isWordChar(QChar ch)
{
    return ch.isLetterOrNumber() || ch.isMark();
}

// The underlines still valid in the edited paragraph: the same word, whole, at the same place or
// moved by what was typed (or deleted) before it.
Misspellings carriedOver(const ShownMisspellings *shown, const QString &text)
{
    Misspellings kept;
    if (!shown) {
        return kept;
    }
    const int delta = int(text.size()) - shown->textLength;
    for (const Misspelling &m : shown->found) {
        for (const int start : {m.start, m.start + delta}) {
            const int end = start + m.length;
            if (start < 0 || end > text.size() || QStringView(text).mid(start, m.length) != m.word) {
                continue;
            }
            if ((start > 0 && isWordChar(text.at(start - 1))) || (end < text.size() && isWordChar(text.at(end)))) {
                continue;
            }
            Misspelling moved = m;
            moved.start = start;
            kept.append(moved);
            break;
        }
    }
    return kept;
}

} // namespace

SpellHighlighter::SpellHighlighter(QTextDocument *document, SpellService *service)
    : QSyntaxHighlighter(static_cast<QObject *>(document)), m_service(service)
{
    setObjectName(QStringLiteral("spellHighlighter"));
    m_format.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
    m_format.setUnderlineColor(QColor(0xd0, 0x1c, 0x1c));
    m_dispatchTimer.setSingleShot(true);
    m_dispatchTimer.setInterval(0); // after the edit that queued texts, never inside it
    connect(&m_dispatchTimer, &QTimer::timeout, this, &SpellHighlighter::dispatch);
    if (service) {
        connect(service, &SpellService::stateChanged, this, [this] { rehighlight(); });
        connect(service, &SpellService::enabledChanged, this, [this] { rehighlight(); });
        connect(service, &SpellService::revisionChanged, this, [this] { rehighlight(); });
        connect(service, &SpellService::acceptedWordsChanged, this, &SpellHighlighter::redrawMisspelledBlocks);
    }
    setDocument(document);
}

void SpellHighlighter::highlightBlock(const QString &text)
{
    auto *shown = static_cast<ShownMisspellings *>(currentBlockUserData());
    if (!m_service || !m_service->isActive() || text.trimmed().isEmpty()) {
        if (shown) {
            shown->found.clear();
        }
        return;
    }
    const QTextBlock block = currentBlock();
    Misspellings found;
    if (const auto cached = m_cache.constFind(text); cached != m_cache.cend()) {
        found = cached->found;
        if (cached->revision != m_service->revision()) {
            request(text, block, false); // shown until the new answer arrives
        }
    } else {
        request(text, block, m_typingAt >= 0 && block.contains(m_typingAt));
        found = carriedOver(shown, text);
    }
    const int blockStart = block.position();
    for (const Misspelling &m : std::as_const(found)) {
        if (m_service->isAccepted(m.key) || blockStart + m.start + m.length == m_typingAt) {
            continue;
        }
        setFormat(m.start, m.length, m_format);
    }
    if (!shown) {
        shown = new ShownMisspellings;
        setCurrentBlockUserData(shown);
    }
    shown->found = found;
    shown->textLength = int(text.size());
}

void SpellHighlighter::request(const QString &text, const QTextBlock &block, bool urgent)
{
    if (const auto flying = m_flight.find(text); flying != m_flight.end()) {
        if (!flying->contains(block)) {
            flying->append(block);
        }
        return;
    }
    if (const auto waiting = m_waiting.find(text); waiting != m_waiting.end()) {
        if (!waiting->contains(block)) {
            waiting->append(block);
        }
        if (urgent && m_queue.constFirst() != text) {
            m_queue.removeOne(text);
            m_queue.prepend(text);
        }
    } else {
        m_waiting.insert(text, {block});
        if (urgent) {
            m_queue.prepend(text);
        } else {
            m_queue.append(text);
        }
    }
    // Also for a text queued before checking was turned off: the queue goes on now.
    if (m_flight.isEmpty()) {
        m_dispatchTimer.start();
    }
}

void SpellHighlighter::dispatch()
{
    if (!m_flight.isEmpty() || !m_service || !m_service->isActive()) {
        return;
    }
    QStringList batch;
    int chars = 0;
    while (!m_queue.isEmpty() && batch.size() < kMaxBatchTexts && chars < kMaxBatchChars) {
        const QString text = m_queue.takeFirst();
        const QList<QTextBlock> blocks = m_waiting.take(text);
        // Typing queues the paragraph at every key: only the text it holds now is worth checking.
        const bool live = std::any_of(blocks.cbegin(), blocks.cend(),
                                      [&text](const QTextBlock &b) { return b.isValid() && b.text() == text; });
        if (live) {
            batch.append(text);
            chars += int(text.size());
            m_flight.insert(text, blocks);
        }
    }
    if (batch.isEmpty()) {
        return;
    }
    m_service->check(batch, this, [this, batch](quint64 revision, const QList<Misspellings> &results) {
        received(revision, batch, results);
    });
}

void SpellHighlighter::received(quint64 revision, const QStringList &texts, const QList<Misspellings> &results)
{
    const bool current = m_service && revision == m_service->revision();
    for (qsizetype i = 0; i < texts.size(); ++i) {
        const QString &text = texts.at(i);
        const QList<QTextBlock> blocks = m_flight.take(text);
        if (current) {
            m_cache.insert(text, Entry{revision, results.at(i)});
        }
        for (const QTextBlock &block : blocks) {
            if (!block.isValid() || block.text() != text) {
                continue;
            }
            if (!current) {
                request(text, block, false); // the dictionary changed while it was checked
                continue;
            }
            const auto *shown = static_cast<const ShownMisspellings *>(block.userData());
            if ((shown ? shown->found : Misspellings()) != results.at(i)) {
                rehighlightBlock(block);
            }
        }
    }
    pruneCache();
    dispatch();
}

void SpellHighlighter::redrawMisspelledBlocks()
{
    // Ignoring or adding a word only hides underlines: the paragraphs that have some are enough.
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        const auto *shown = static_cast<const ShownMisspellings *>(block.userData());
        if (shown && !shown->found.isEmpty()) {
            rehighlightBlock(block);
        }
    }
}

void SpellHighlighter::setTypingPosition(int position)
{
    m_typingAt = position;
}

void SpellHighlighter::cursorMoved(int position)
{
    if (m_typingAt < 0 || position == m_typingAt) {
        return;
    }
    const int finished = m_typingAt;
    m_typingAt = -1;
    const QTextBlock block = document()->findBlock(finished);
    const auto *shown = block.isValid() ? static_cast<const ShownMisspellings *>(block.userData()) : nullptr;
    if (!shown) {
        return;
    }
    for (const Misspelling &m : shown->found) {
        if (block.position() + m.start + m.length == finished) {
            rehighlightBlock(block);
            return;
        }
    }
}

std::optional<Misspelling> SpellHighlighter::misspellingAt(int position, int *wordStart) const
{
    if (!m_service || !m_service->isActive()) {
        return std::nullopt;
    }
    const QTextBlock block = document()->findBlock(position);
    const auto *shown = block.isValid() ? static_cast<const ShownMisspellings *>(block.userData()) : nullptr;
    if (!shown) {
        return std::nullopt;
    }
    const int inBlock = position - block.position();
    for (const Misspelling &m : shown->found) {
        if (inBlock >= m.start && inBlock <= m.start + m.length && !m_service->isAccepted(m.key)) {
            if (wordStart) {
                *wordStart = block.position() + m.start;
            }
            return m;
        }
    }
    return std::nullopt;
}

QStringList SpellHighlighter::misspelledWords() const
{
    QStringList words;
    if (!m_service || !m_service->isActive()) {
        return words;
    }
    QSet<QString> seen;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        if (const auto *shown = static_cast<const ShownMisspellings *>(block.userData())) {
            for (const Misspelling &m : shown->found) {
                if (!m_service->isAccepted(m.key) && !seen.contains(m.key)) {
                    seen.insert(m.key);
                    words.append(m.word.normalized(QString::NormalizationForm_C));
                }
            }
        }
    }
    return words;
}

void SpellHighlighter::pruneCache()
{
    // Every key typed leaves the paragraph's previous text behind; forget texts no paragraph holds.
    const int blocks = document()->blockCount();
    if (m_cache.size() <= 2 * blocks + 512) {
        return;
    }
    QSet<QString> present;
    present.reserve(blocks);
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        present.insert(block.text());
    }
    for (auto it = m_cache.begin(); it != m_cache.end();) {
        it = present.contains(it.key()) ? std::next(it) : m_cache.erase(it);
    }
}

} // namespace toasoan::ui
