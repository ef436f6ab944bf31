#include "app/io/ZipPackage.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <quazip.h>
#include <quazipfile.h>
#include <quazipfileinfo.h>
#include <quazipnewinfo.h>

namespace toasoan::io {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(toasoan::io)
};

// A name that could land outside a folder the package were unpacked to, or that Windows reads
// differently: absolute, "..", backslashes, a drive letter, control characters.
bool isSafeEntryName(const QString &name)
{
    if (name.isEmpty() || name.startsWith(QLatin1Char('/')) || name.contains(QLatin1Char('\\')) ||
        name.contains(QLatin1Char(':'))) {
        return false;
    }
    for (const QString &part : name.split(QLatin1Char('/'))) {
        if (part == QLatin1String("..")) {
            return false;
        }
    }
    for (const QChar c : name) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7F) {
            return false;
        }
    }
    return true;
}

// QuaZip seeks wherever a damaged central directory points; QBuffer warns on stderr about every
// seek past its end. The failed seek is enough: the package is refused with a message.
class QuietBuffer final : public QBuffer
{
public:
    using QBuffer::QBuffer;
    bool seek(qint64 pos) override { return pos >= 0 && pos <= size() && QBuffer::seek(pos); }
};

} // namespace

bool isOleCompoundFile(const QByteArray &bytes)
{
    static const QByteArray magic = QByteArray::fromHex("D0CF11E0A1B11AE1");
    return bytes.startsWith(magic);
}

Result<QByteArray> writeZipPackage(const QList<QPair<QString, QByteArray>> &entries, const QStringList &stored)
{
    QByteArray data;
    QBuffer buffer(&data);
    QuaZip zip(&buffer);
    zip.setUtf8Enabled(true);
    auto failed = [&](const QString &detail) {
        return makeError(ErrorCode::Io, Text::tr("The document could not be packed."), detail);
    };
    if (!zip.open(QuaZip::mdCreate)) {
        return failed(QStringLiteral("QuaZip error %1").arg(zip.getZipError()));
    }
    for (const auto &[name, content] : entries) {
        QuaZipFile file(&zip);
        const bool store = stored.contains(name);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name), nullptr, 0, store ? 0 : Z_DEFLATED,
                       store ? 0 : Z_DEFAULT_COMPRESSION) ||
            file.write(content) != content.size()) {
            return failed(QStringLiteral("entry %1: QuaZip error %2").arg(name).arg(file.getZipError()));
        }
        file.close();
        if (file.getZipError() != ZIP_OK) {
            return failed(QStringLiteral("entry %1: QuaZip error %2").arg(name).arg(file.getZipError()));
        }
    }
    zip.close();
    if (zip.getZipError() != ZIP_OK) {
        return failed(QStringLiteral("QuaZip error %1").arg(zip.getZipError()));
    }
    return data;
}

ZipPackage ZipPackage::fromEntries(const QHash<QString, QByteArray> &entries)
{
    ZipPackage package;
    package.m_entries = entries;
    package.m_names = entries.keys();
    return package;
}

Result<ZipPackage> ZipPackage::open(const QByteArray &bytes, const QString &shownName, const ZipLimits &limits)
{
    const QString shown = QDir::toNativeSeparators(shownName);
    auto damaged = [&](const QString &detail) {
        return makeError(
            ErrorCode::Io,
            Text::tr("%1 is not a Word or OpenDocument file: it is not a zip package, or it is damaged.").arg(shown),
            detail);
    };
    if (!bytes.startsWith("PK")) {
        return damaged(QStringLiteral("no zip signature"));
    }
    QByteArray data = bytes;
    QuietBuffer buffer(&data);
    QuaZip zip(&buffer);
    zip.setUtf8Enabled(true);
    if (!zip.open(QuaZip::mdUnzip)) {
        return damaged(QStringLiteral("QuaZip error %1").arg(zip.getZipError()));
    }
    // The central directory says how many entries there are; walking it counts them again, so a
    // header that lies does not let more through.
    if (zip.getEntriesCount() > limits.maxEntries) {
        return makeError(ErrorCode::Io,
                         Text::tr("%1 holds too many files (more than %2): it is not a document ToaSoan opens.")
                             .arg(shown)
                             .arg(limits.maxEntries),
                         QStringLiteral("%1 entries").arg(zip.getEntriesCount()));
    }
    ZipPackage package;
    qint64 total = 0;
    char chunk[64 * 1024];
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFileInfo64 info;
        if (!zip.getCurrentFileInfo(&info)) {
            return damaged(QStringLiteral("QuaZip error %1").arg(zip.getZipError()));
        }
        if (package.m_names.size() >= limits.maxEntries) {
            return makeError(ErrorCode::Io,
                             Text::tr("%1 holds too many files (more than %2): it is not a document ToaSoan opens.")
                                 .arg(shown)
                                 .arg(limits.maxEntries));
        }
        if (!isSafeEntryName(info.name)) {
            return makeError(ErrorCode::Io,
                             Text::tr("%1 contains a file with an unsafe name (\"%2\"): it was not made by Word or "
                                      "LibreOffice and is not imported.")
                                 .arg(shown, info.name.left(80)),
                             info.name);
        }
        if (info.flags & 1) {
            return makeError(ErrorCode::Io,
                             Text::tr("%1 is protected with a password. Open it in Word or LibreOffice, remove the "
                                      "password, save it and import it again.")
                                 .arg(shown),
                             QStringLiteral("encrypted entry %1").arg(info.name));
        }
        if (info.name.endsWith(QLatin1Char('/'))) {
            package.m_names.append(info.name);
            continue;
        }
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::ReadOnly)) {
            return damaged(
                QStringLiteral("cannot open entry %1: QuaZip error %2").arg(info.name).arg(file.getZipError()));
        }
        // Counted while inflating: the sizes in the headers are whatever the file's maker wrote.
        QByteArray content;
        for (;;) {
            const qint64 n = file.read(chunk, sizeof chunk);
            if (n < 0) {
                return damaged(QStringLiteral("entry %1: read error %2").arg(info.name).arg(file.getZipError()));
            }
            if (n == 0) {
                break;
            }
            total += n;
            if (content.size() + n > limits.maxEntryBytes || total > limits.maxTotalBytes) {
                return makeError(ErrorCode::Io,
                                 Text::tr("%1 unpacks to far more data than a document holds (a \"zip bomb\"): it is "
                                          "not imported.")
                                     .arg(shown),
                                 QStringLiteral("entry %1 past the limit").arg(info.name));
            }
            content.append(chunk, n);
        }
        file.close();
        if (file.getZipError() != UNZ_OK) {
            return damaged(QStringLiteral("entry %1: %2").arg(info.name).arg(file.getZipError()));
        }
        package.m_names.append(info.name);
        package.m_entries.insert(info.name, content);
    }
    if (zip.getZipError() != UNZ_OK) {
        return damaged(QStringLiteral("QuaZip error %1").arg(zip.getZipError()));
    }
    return package;
}

} // namespace toasoan::io
