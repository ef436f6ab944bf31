#pragma once

#include "app/text/LegacyEncoding.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <functional>
#include <optional>

namespace toasoan::html {

/// Above these sizes a paste is not parsed: a 50 MB clipboard must not freeze the window.
struct PasteLimits
{
    qsizetype maxHtmlChars = 5 * 1024 * 1024;       ///< markup, not counting embedded (data:) images
    qsizetype maxTextChars = 2 * 1024 * 1024;       ///< plain text
    qsizetype maxClipboardBytes = 64 * 1024 * 1024; ///< HTML with its embedded images, as offered
};

/// What the clipboard (or a drop) offers. Contents are fetched only when their size is accepted.
struct PasteSource
{
    qsizetype htmlBytes = 0; ///< 0: no HTML
    std::function<QString()> html;
    qsizetype textBytes = 0; ///< 0: no text
    std::function<QString()> text;
    bool plainOnly = false; ///< Ctrl+Shift+V
    QUrl baseUrl;           ///< the page the HTML was copied from, for relative links and images
};

/// Pasted text that looks typed in a legacy Vietnamese encoding, and its Unicode conversion.
struct LegacyPaste
{
    text::LegacyEncoding encoding = text::LegacyEncoding::Unicode;
    double confidence = 0.0;
    QString convertedBody; ///< the paste converted to Unicode, as body subset
    QString convertedText; ///< the same as plain text (for a preview; exact for a plain-text paste)
};

struct PasteResult
{
    QString body;         ///< body subset to insert; empty when nothing is pasted
    bool refused = false; ///< nothing pasted: `notes` says why
    bool asPlainText = false;
    QString text;      ///< plain pastes: the text itself (NFC), to insert as typed when it is one line
    QStringList notes; ///< translated, for the user (images dropped, formatting dropped...)
    int imagesStored = 0;
    int imagesDropped = 0;
    std::optional<LegacyPaste> legacy;
};

/// Turns what the clipboard holds (Word, LibreOffice, Google Docs, web pages, Qt applications,
/// plain text) into the body subset: structure and bold/italic/underline/links/tables/images
/// kept, everything else dropped, NFC. Embedded images (data: URIs, file:// that exist) are handed
/// to the image store and become media:ID; others are dropped with a note. Never shows UI.
class PasteCleaner final
{
    Q_DECLARE_TR_FUNCTIONS(toasoan::html::PasteCleaner)

public:
    /// Stores image bytes as Media; returns the Media id, or nullopt (with `error` set) on failure.
    using ImageStore = std::function<std::optional<qint64>(const QByteArray &bytes, const QString &fileName,
                                                           const QString &mimeType, QString *error)>;

    explicit PasteCleaner(PasteLimits limits = {});

    void setImageStore(ImageStore store) { m_store = std::move(store); }
    const PasteLimits &limits() const { return m_limits; }

    /// Decides what to paste, within the limits, and cleans it; also looks for legacy encodings.
    PasteResult clean(const PasteSource &source) const;

    /// Cleans clipboard HTML (no size check).
    PasteResult cleanHtml(const QString &html, const QUrl &baseUrl = {}) const;
    /// One paragraph per non-empty line (no size check).
    PasteResult cleanText(const QString &text) const;

    /// Windows' "HTML Format" starts with a header (Version:0.9 StartHTML:...): drops it and
    /// returns the SourceURL it names, if any.
    static QString stripClipboardHeader(const QString &html, QUrl *sourceUrl = nullptr);

private:
    std::optional<PasteResult> checkText(qsizetype size) const;
    void detectLegacy(const QString &html, const QString &plain, PasteResult &result) const;

    PasteLimits m_limits;
    ImageStore m_store;
};

} // namespace toasoan::html
