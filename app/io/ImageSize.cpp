#include "app/io/ImageSize.h"

namespace toasoan::io {

namespace {

quint32 readBig(const QByteArray &b, qsizetype at, int bytes)
{
    quint32 v = 0;
    for (int i = 0; i < bytes; ++i) {
        v = (v << 8) | quint8(b.at(at + i));
    }
    return v;
}

quint32 readLittle(const QByteArray &b, qsizetype at, int bytes)
{
    quint32 v = 0;
    for (int i = bytes - 1; i >= 0; --i) {
        v = (v << 8) | quint8(b.at(at + i));
    }
    return v;
}

} // namespace

QSize imagePixelSize(const QByteArray &b)
{
    if (b.startsWith("\x89PNG\r\n\x1a\n") && b.size() >= 24) {
        return QSize(int(readBig(b, 16, 4)), int(readBig(b, 20, 4)));
    }
    if ((b.startsWith("GIF87a") || b.startsWith("GIF89a")) && b.size() >= 10) {
        return QSize(int(readLittle(b, 6, 2)), int(readLittle(b, 8, 2)));
    }
    if (b.startsWith("RIFF") && b.size() >= 30 && b.mid(8, 4) == "WEBP") {
        const QByteArray chunk = b.mid(12, 4);
        if (chunk == "VP8X") {
            return QSize(int(readLittle(b, 24, 3)) + 1, int(readLittle(b, 27, 3)) + 1);
        }
        if (chunk == "VP8 ") {
            return QSize(int(readLittle(b, 26, 2) & 0x3FFF), int(readLittle(b, 28, 2) & 0x3FFF));
        }
        if (chunk == "VP8L") {
            const quint32 bits = readLittle(b, 21, 4);
            return QSize(int(bits & 0x3FFF) + 1, int((bits >> 14) & 0x3FFF) + 1);
        }
        return {};
    }
    if (b.startsWith("\xFF\xD8")) {
        // JPEG: walk the segments to the frame header (SOF0..SOF15 but DHT, JPG and DAC).
        qsizetype at = 2;
        while (at + 9 < b.size()) {
            if (quint8(b.at(at)) != 0xFF) {
                return {};
            }
            const quint8 marker = quint8(b.at(at + 1));
            if (marker == 0xFF) {
                ++at;
                continue;
            }
            const quint32 length = readBig(b, at + 2, 2);
            if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC) {
                return QSize(int(readBig(b, at + 7, 2)), int(readBig(b, at + 5, 2)));
            }
            if (length < 2) {
                return {};
            }
            at += 2 + length;
        }
    }
    return {};
}

} // namespace toasoan::io
