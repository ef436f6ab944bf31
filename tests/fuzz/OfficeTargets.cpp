// Word and OpenDocument files: the zip package reader and the document readers.
#include "app/html/BodyHtml.h"
#include "app/html/UrlPolicy.h"
#include "app/io/OfficeDocument.h"
#include "app/io/OfficeImport.h"
#include "app/io/ZipPackage.h"
#include "tests/fuzz/FuzzTargets.h"

namespace toasoan::fuzz {

namespace {

void checkFinished(io::ImportedArticle imported)
{
    for (const QString &text :
         {imported.article.title, imported.article.sapo, imported.article.byline, imported.bodySource}) {
        if (!validUtf16(text)) {
            fail("office", QStringLiteral("a text that is not valid UTF-16"), text);
        }
    }
    if (imported.legacyRuns < 0) {
        fail("office", QStringLiteral("a negative count of legacy runs"));
    }
    qint64 stored = 0;
    const auto finished = io::finishImport(std::move(imported), [&](const io::ImportedImage &image) -> Result<qint64> {
        if (image.bytes.isEmpty()) {
            fail("office", QStringLiteral("an empty embedded image"));
        }
        return ++stored;
    });
    if (!finished) {
        fail("office", QStringLiteral("finishing failed with a store that never fails: ") + finished.error().message);
    }
    const QString &body = finished->body;
    if (html::normalizeBody(body) != body) {
        fail("office", QStringLiteral("the body is not what the pipeline gives"), body);
    }
    // Every image is one of the document's own, stored as media.
    for (const QString &src : html::bodyImageSources(body)) {
        const qint64 id = html::mediaIdFromSource(src);
        if (id < 1 || id > stored) {
            fail("office", QStringLiteral("an image that is not stored media: ") + src, body);
        }
    }
}

} // namespace

void office(const QByteArray &input)
{
    // A zip is checked (CRC) before any XML is read, so the XML readers also get the input as the
    // main part of a package, with the styles, numbering and footnotes of Word beside it.
    for (const QString &part : {QStringLiteral("word/document.xml"), QStringLiteral("word/styles.xml"),
                                QStringLiteral("word/numbering.xml"), QStringLiteral("word/footnotes.xml")}) {
        QHash<QString, QByteArray> entries{{QStringLiteral("word/document.xml"), input}};
        entries.insert(part, input);
        const auto document = io::office::readDocx(io::ZipPackage::fromEntries(entries), QStringLiteral("fuzz.docx"));
        if (document) {
            checkFinished(io::office::assemble(*document));
        }
    }
    const auto odt = io::office::readOdt(
        io::ZipPackage::fromEntries({{QStringLiteral("content.xml"), input}, {QStringLiteral("styles.xml"), input}}),
        QStringLiteral("fuzz.odt"));
    if (odt) {
        checkFinished(io::office::assemble(*odt));
    }

    for (const QString &name : {QStringLiteral("fuzz.docx"), QStringLiteral("fuzz.odt")}) {
        const auto read = io::readOfficeDocument(input, name);
        if (!read) {
            // A refusal says what is wrong with which file.
            if (!read.error().message.contains(name)) {
                fail("office", QStringLiteral("a refusal that does not name the file: ") + read.error().message);
            }
            continue;
        }
        checkFinished(*read);
    }
}

} // namespace toasoan::fuzz
