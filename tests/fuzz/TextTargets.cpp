// The legacy Vietnamese decoders, the encoding detector and VIQR.
#include "app/text/LegacyDetect.h"
#include "app/text/LegacyEncoding.h"
#include "app/text/Normalize.h"
#include "tests/fuzz/FuzzTargets.h"

#include <initializer_list>

namespace toasoan::fuzz {

namespace {

void checkDecoded(const char *target, const QString &decoded, const char *what, const QString &input)
{
    if (!validUtf16(decoded)) {
        fail(target, QStringLiteral("%1 is not valid UTF-16").arg(QLatin1String(what)), input);
    }
    if (text::normalize(decoded) != decoded) {
        fail(target, QStringLiteral("%1 is not NFC: %2").arg(QLatin1String(what), decoded.left(400)), input);
    }
}

void checkDetection(const QString &plain, const QString &html)
{
    const text::LegacyDetection d = text::detectLegacy(plain, html);
    if (!(d.confidence >= 0.0 && d.confidence <= 1.0)) {
        fail("legacy", QStringLiteral("confidence %1 outside 0..1").arg(d.confidence), plain);
    }
}

void decodeEveryWay(const QString &input)
{
    using text::LegacyEncoding;
    for (const LegacyEncoding encoding :
         {LegacyEncoding::Unicode, LegacyEncoding::Tcvn3, LegacyEncoding::Vni, LegacyEncoding::Viqr}) {
        checkDecoded("legacy", text::decodeLegacy(input, encoding, false), "decodeLegacy's output", input);
        checkDecoded("legacy", text::decodeLegacy(input, encoding, true), "decodeLegacy's caps output", input);
    }
    checkDetection(input, {});
    checkDetection(input, input);
}

} // namespace

void legacy(const QByteArray &input)
{
    // A legacy file as Windows shows it: one character per byte, and back to the same bytes.
    const QString asWindows = text::legacyBytesToString(input);
    if (text::legacyStringToBytes(asWindows) != input) {
        fail("legacy", QStringLiteral("legacyStringToBytes(legacyBytesToString(bytes)) changed the bytes"), asWindows);
    }
    decodeEveryWay(asWindows);
    decodeEveryWay(QString::fromUtf8(input));
}

void viqr(const QByteArray &input)
{
    const QString source = QString::fromUtf8(input);
    const QString decoded = text::decodeViqr(source);
    checkDecoded("viqr", decoded, "decodeViqr's output", source);
    checkDecoded("viqr", text::decodeViqr(text::encodeViqr(source)), "a round trip's output", source);
}

} // namespace toasoan::fuzz
