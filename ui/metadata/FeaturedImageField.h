#pragma once

#include "app/core/Result.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace toasoan {
class MediaRepository;
}

namespace toasoan::ui {

/// The article's featured image (ảnh đại diện bài viết): a thumbnail, its caption, and buttons
/// to pick a file (stored through MediaRepository) or remove it.
class FeaturedImageField final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeaturedImageField)

public:
    explicit FeaturedImageField(MediaRepository &media, QWidget *parent = nullptr);

    /// Shows media `mediaId` (0 = none) with `caption`; emits nothing.
    void load(qint64 mediaId, const QString &caption);
    qint64 mediaId() const { return m_mediaId; }
    QString caption() const;
    /// Stores the image file at `path` and shows it. False, with failed() emitted, when the file
    /// cannot be read or is not an image.
    bool setImageFile(const QString &path);
    void removeImage();

signals:
    void changed();
    void failed(const QString &title, const toasoan::Error &error);

private:
    void chooseFile();
    void showThumbnail();

    MediaRepository &m_media;
    qint64 m_mediaId = 0;
    QLabel *m_thumbnail = nullptr;
    QLabel *m_fileName = nullptr;
    QLineEdit *m_caption = nullptr;
    QPushButton *m_choose = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace toasoan::ui
