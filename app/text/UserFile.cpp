#include "app/text/UserFile.h"

#include "app/text/LegacyEncoding.h"
#include "app/text/Normalize.h"

#include <QStringDecoder>

namespace toasoan::text {

DecodedFile decodeUserFile(const QByteArray &bytes)
{
    const bool littleEndian = bytes.startsWith("\xFF\xFE");
    if (littleEndian || bytes.startsWith("\xFE\xFF")) {
        QStringDecoder utf16(littleEndian ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        // A cut or damaged file can hold half a surrogate pair: U+FFFD, never an invalid string.
        return {withoutLoneSurrogates(utf16(bytes.mid(2))), littleEndian ? FileCharset::Utf16LE : FileCharset::Utf16BE};
    }
    const QByteArray body = bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8(body);
    if (utf8.hasError()) {
        return {legacyBytesToString(body), FileCharset::Legacy8Bit};
    }
    return {text, FileCharset::Utf8};
}

} // namespace toasoan::text
