#pragma once

#include "app/core/Result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace toasoan::io {

/// What a zip package may unpack to: a document of a few pages with its photos is far below, a zip
/// bomb far above.
struct ZipLimits
{
    qint64 maxTotalBytes = 200 * 1024 * 1024; ///< every entry read, counted while inflating
    qint64 maxEntryBytes = 64 * 1024 * 1024;  ///< one entry (MediaRepository keeps no larger file)
    int maxEntries = 5000;
};

/// The entries of a zip package (.docx, .odt), unpacked with QuaZip within ZipLimits. Entry names
/// that could point outside the package (absolute, "..", backslashes, drive letters) and encrypted
/// entries are refused when the package is opened. Errors name the file (`shownName`).
class ZipPackage final
{
public:
    /// Reads the central directory and every entry. Io errors with a translated message: not a zip
    /// (or damaged), encrypted, unsafe entry names, too many entries, too large once unpacked.
    static Result<ZipPackage> open(const QByteArray &bytes, const QString &shownName, const ZipLimits &limits = {});

    /// A package of these entries, as if unpacked (tests and fuzzing feed the readers XML directly).
    static ZipPackage fromEntries(const QHash<QString, QByteArray> &entries);

    bool contains(const QString &name) const { return m_entries.contains(name); }
    /// The entry's bytes; empty when there is no such entry.
    QByteArray entry(const QString &name) const { return m_entries.value(name); }
    QStringList names() const { return m_names; }

private:
    QHash<QString, QByteArray> m_entries;
    QStringList m_names;
};

/// A zip package of these entries, in order, deflated except those named in `stored` (an OpenDocument
/// file's mimetype). Io error when QuaZip fails.
Result<QByteArray> writeZipPackage(const QList<QPair<QString, QByteArray>> &entries, const QStringList &stored = {});

/// True for bytes that start like an OLE compound file (D0 CF 11 E0 A1 B1 1A E1): an old .doc, or a
/// Word document encrypted with a password.
bool isOleCompoundFile(const QByteArray &bytes);

} // namespace toasoan::io
