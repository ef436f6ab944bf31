#include "app/publish/PublishCheck.h"

#include "app/html/HtmlLexer.h"
#include "app/html/UrlPolicy.h"
#include "app/storage/MediaRepository.h"

#include <QCoreApplication>
#include <QUrl>

namespace toasoan {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(toasoan::PublishCheck)
};

// As the author typed it (a file name with its spaces and accents); a data: URL by its start only.
QString shownReference(const QString &src)
{
    if (src.startsWith(QLatin1String("data:"), Qt::CaseInsensitive)) {
        return src.size() > 80 ? src.left(60) + QChar(0x2026) : src;
    }
    return QUrl::fromPercentEncoding(src.toUtf8());
}

} // namespace

QStringList foreignBodyReferences(const QString &body)
{
    QStringList foreign;
    for (const html::Token &t : html::tokenize(body)) {
        if (t.kind != html::Token::Kind::Start || t.name != QLatin1String("img")) {
            continue;
        }
        // As the body pipeline reads it (see BodyWriter): hidden characters do not change where it points.
        const QString src = html::compactUrl(t.attribute(QStringLiteral("src")));
        if (html::mediaIdFromSource(src) > 0 || html::isWebImageSource(src) || foreign.contains(src)) {
            continue;
        }
        foreign.append(src);
    }
    return foreign;
}

Result<void> checkPublishable(Database &db, const Article &article)
{
    const QStringList foreign = foreignBodyReferences(article.body);
    if (!foreign.isEmpty()) {
        const QString first = foreign.constFirst();
        return makeError(ErrorCode::Invalid,
                         first.isEmpty()
                             ? Text::tr("\"%1\" cannot be published: its body has an image without an address. "
                                        "Insert the picture again from its file, or remove it.")
                                   .arg(article.title)
                             : Text::tr("\"%1\" cannot be published: its body shows \"%2\", which is neither an "
                                        "image of the workspace nor an https:// address. Insert the picture again "
                                        "from its file, or remove it.")
                                   .arg(article.title, shownReference(first)),
                         foreign.join(QLatin1Char(' ')));
    }
    MediaRepository media(db);
    for (const html::Token &t : html::tokenize(article.body)) {
        const qint64 id = t.kind == html::Token::Kind::Start && t.name == QLatin1String("img")
                              ? html::mediaIdFromSource(html::compactUrl(t.attribute(QStringLiteral("src"))))
                              : 0;
        if (id == 0) {
            continue;
        }
        auto found = media.metadata(id);
        if (!found && found.error().code == ErrorCode::NotFound) {
            return makeError(ErrorCode::Invalid,
                             Text::tr("\"%1\" cannot be published: its body shows the image %2, which is not in the "
                                      "workspace. Insert the picture again from its file, or remove it.")
                                 .arg(article.title, html::mediaSource(id)),
                             html::mediaSource(id));
        }
        if (!found) {
            return found.error();
        }
    }
    return {};
}

} // namespace toasoan
