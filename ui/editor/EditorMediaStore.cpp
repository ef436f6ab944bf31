#include "ui/editor/EditorMediaStore.h"

#include "app/storage/MediaRepository.h"

namespace toasoan::ui {

EditorMediaStore EditorMediaStore::fromRepository(MediaRepository &repository)
{
    EditorMediaStore store;
    store.add = [&repository](const QByteArray &bytes, const QString &fileName, const QString &mimeType) {
        return repository.addFromBytes(bytes, fileName, mimeType);
    };
    store.load = [&repository](qint64 id) { return repository.load(id); };
    return store;
}

} // namespace toasoan::ui
