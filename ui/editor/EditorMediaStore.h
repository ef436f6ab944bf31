#pragma once

#include "app/core/Result.h"
#include "app/model/Media.h"

#include <QByteArray>
#include <QString>
#include <functional>

namespace toasoan {
class MediaRepository;
}

namespace toasoan::ui {

/// How the body editor keeps images: it never talks SQL itself. Images are referenced in the body
/// as media:ID and shown from these bytes.
struct EditorMediaStore
{
    /// Stores image bytes (file name without path, MIME type may be empty); gives the Media.
    std::function<Result<Media>(const QByteArray &bytes, const QString &fileName, const QString &mimeType)> add;
    /// The Media with its bytes, to show it.
    std::function<Result<Media>(qint64 id)> load;

    bool isValid() const { return add && load; }

    /// A store over the workspace's MediaRepository, which must outlive the editor.
    static EditorMediaStore fromRepository(MediaRepository &repository);
};

} // namespace toasoan::ui
