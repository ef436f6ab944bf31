#pragma once

#include "app/cli/Commands.h"
#include "app/text/LegacyDetect.h"
#include "app/text/ToneStyle.h"

#include <QByteArray>
#include <QString>
#include <QTextStream>
#include <optional>

namespace toasoan::cli {

/// What `toasoan convert` is asked to do.
struct ConvertRequest
{
    std::optional<text::LegacyEncoding> from; ///< nullopt: detect
    std::optional<text::ToneStyle> toneStyle; ///< nullopt: leave tone placement alone
    bool html = false;                        ///< convert text nodes only, use font names as hints
};

/// The converted document (UTF-8 NFC once written) and what was found on the way.
struct ConvertOutcome
{
    QString text;
    text::LegacyDetection detection; ///< the encoding used (detected or requested)
    int toneChanges = 0;
    int convertedLines = 0; ///< plain text: lines the legacy decoding changed
    int unicodeLines = 0;   ///< plain text: lines already in Unicode, left as they were (but for NFC)
    /// No --from and the encoding could not be told with confidence (random bytes, or bytes that
    /// are neither Unicode nor a legacy Vietnamese encoding): `convert` writes nothing; `text` holds
    /// the best guess.
    bool undetermined = false;
};

/// Below this detection confidence `convert` asks for --from instead of guessing.
inline constexpr double kMinConvertConfidence = 0.5;

/// Converts the bytes of a .txt/.html file or of stdin. Bytes that are not UTF-8 (or UTF-16 with a BOM)
/// are read as Windows-1252, the way legacy files show on Windows. Plain text is converted line by
/// line: lines already in Unicode (valid UTF-8 in a legacy file, or with letters only Unicode has)
/// stay as they are, and the encoding is detected on the other lines.
ConvertOutcome convertDocument(const QByteArray &bytes, const ConvertRequest &request);

/// The registry entry: `toasoan convert [--from auto|unicode|tcvn3|vni|viqr] [--tone-style old|new] [FILE]`.
/// Exit 1 when FILE cannot be read, 2 for a bad option value.
Command convertCommand();

} // namespace toasoan::cli
