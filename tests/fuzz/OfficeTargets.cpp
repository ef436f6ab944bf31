// Word and OpenDocument files: the zip package reader and the document readers.
#include "app/html/BodyHtml.h"
#include "app/html/UrlPolicy.h"
#include "app/io/OfficeImport.h"
#include "tests/fuzz/FuzzTargets.h"

namespace toasoan::fuzz {

void office(const QByteArray &input)
{
    for (const QString &name : {QStringLiteral("fuzz.docx"), QStringLiteral("fuzz.odt")}) {
        const auto read = io::readOfficeDocument(input, name);
        if (!read) {
            // A refusal says what is wrong with which file.
            if (!read.error().message.contains(name)) {
                fail("office", QStringLiteral("a refusal that does not name the file: ") + read.error().message);
            }
            continue;
        }
        for (const QString &text : {read->article.title, read->article.sapo, read->article.byline, read->bodySource}) {
            if (!validUtf16(text)) {
                fail("office", QStringLiteral("a text that is not valid UTF-16"), text);
            }
        }
        if (read->legacyRuns < 0) {
            fail("office", QStringLiteral("a negative count of legacy runs"));
        }
        qint64 stored = 0;
        const auto finished = io::finishImport(*read, [&](const io::ImportedImage &image) -> Result<qint64> {
            if (image.bytes.isEmpty()) {
                fail("office", QStringLiteral("an empty embedded image"));
            }
            return ++stored;
        });
        if (!finished) {
            fail("office",
                 QStringLiteral("finishing failed with a store that never fails: ") + finished.error().message);
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
}

} // namespace toasoan::fuzz
