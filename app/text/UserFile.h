#pragma once

#include <QByteArray>
#include <QString>

namespace toasoan::text {

/// How the bytes of a user's file were read.
enum class FileCharset
{
    Utf8,       ///< UTF-8, with or without a byte-order mark
    Utf16LE,    ///< UTF-16 little-endian with a byte-order mark (Word's and Notepad's "Unicode")
    Utf16BE,    ///< UTF-16 big-endian with a byte-order mark
    Legacy8Bit, ///< not Unicode: each byte as Windows shows it (legacyBytesToString), for detectLegacy()
};

/// A user's text file, decoded.
struct DecodedFile
{
    QString text; ///< without the byte-order mark
    FileCharset charset = FileCharset::Utf8;

    bool isUnicode() const { return charset != FileCharset::Legacy8Bit; }
};

/// The one decoder for files users bring (import, convert, the conversion dialog): a UTF-16 BOM
/// first, then UTF-8 (a legacy paste saved by a modern editor is valid UTF-8; legacy bytes almost
/// never are), else the bytes of a legacy 8-bit file.
DecodedFile decodeUserFile(const QByteArray &bytes);

} // namespace toasoan::text
