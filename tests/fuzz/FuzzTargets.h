#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// The fuzz targets: each feeds one input to one parser of outside input and checks what must hold
// for any input. A broken invariant calls fail(), which aborts, so libFuzzer keeps the input as a
// crash and tst_fuzz_regressions fails on it. The fuzz_<name> executables (TOASOAN_FUZZ=ON, clang)
// and tst_fuzz_regressions (every build) run the same functions.
namespace toasoan::fuzz {

using Target = void (*)(const QByteArray &input);

struct NamedTarget
{
    const char *name; ///< the harness's name: fuzz_<name>, tests/fuzz/corpus/<name>/
    Target run;
};

/// The HTML pipeline: tokenize, decodeEntities, toPlainText, normalizeBody, the paste cleaner.
void html(const QByteArray &input);
/// The legacy decoders and the encoding detector, over raw legacy bytes and over UTF-8 text.
void legacy(const QByteArray &input);
/// VIQR decoding and its encoder's round trip.
void viqr(const QByteArray &input);
/// The decoder of a user's file (io::decodeTextFile) and the plain-text and HTML article readers.
void userFile(const QByteArray &input);
/// A Word (.docx) or OpenDocument (.odt) file: the zip package and the document readers.
void office(const QByteArray &input);
/// An XML-RPC methodResponse.
void xmlRpc(const QByteArray &input);
/// A WordPress REST (wp/v2) JSON reply.
void wordPressJson(const QByteArray &input);
/// The search box's query parser and the FTS5 expressions built from it (run against FTS5).
void searchQuery(const QByteArray &input);

/// Every target, by name.
const QList<NamedTarget> &targets();

/// Reports a broken invariant and aborts.
[[noreturn]] void fail(const char *target, const QString &what, const QString &input = {});

/// True when `text` has no lone surrogate.
bool validUtf16(const QString &text);

} // namespace toasoan::fuzz
