#include "ui/metadata/FeaturedImageField.h"

#include "app/storage/MediaRepository.h"
#include "ui/common/ThemedIcon.h"

#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QStandardPaths>

namespace toasoan::ui {

namespace {

constexpr QSize kThumbnailSize(160, 100);

} // namespace

FeaturedImageField::FeaturedImageField(MediaRepository &media, QWidget *parent) : QWidget(parent), m_media(media)
{
    m_thumbnail = new QLabel(this);
    m_thumbnail->setObjectName(QStringLiteral("featuredThumbnail"));
    m_thumbnail->setFixedSize(kThumbnailSize);
    m_thumbnail->setAlignment(Qt::AlignCenter);
    m_thumbnail->setFrameShape(QFrame::StyledPanel);
    m_thumbnail->setWordWrap(true);
    m_thumbnail->setAccessibleName(tr("Featured image preview"));

    m_fileName = new QLabel(this);
    m_fileName->setWordWrap(true);

    m_choose = new QPushButton(themedIcon(QStringLiteral(":/icons/image.svg")), tr("C&hoose image…"), this);
    m_choose->setObjectName(QStringLiteral("chooseImageButton"));
    m_choose->setAccessibleName(tr("Choose the featured image"));
    m_remove = new QPushButton(themedIcon(QStringLiteral(":/icons/remove.svg")), tr("Remove image"), this);
    m_remove->setObjectName(QStringLiteral("removeImageButton"));
    m_remove->setAccessibleName(tr("Remove the featured image"));

    m_caption = new QLineEdit(this);
    m_caption->setObjectName(QStringLiteral("captionEdit"));
    m_caption->setPlaceholderText(tr("Caption under the image"));
    m_caption->setAccessibleName(tr("Image caption"));

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_choose);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_fileName);
    buttons->addStretch();
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_thumbnail, 0, 0);
    layout->addLayout(buttons, 0, 1);
    layout->addWidget(m_caption, 1, 0, 1, 2);
    layout->setColumnStretch(1, 1);

    connect(m_choose, &QPushButton::clicked, this, &FeaturedImageField::chooseFile);
    connect(m_remove, &QPushButton::clicked, this, &FeaturedImageField::removeImage);
    connect(m_caption, &QLineEdit::textEdited, this, &FeaturedImageField::changed);
    load(0, {});
}

void FeaturedImageField::load(qint64 mediaId, const QString &caption)
{
    m_mediaId = mediaId;
    m_caption->setText(caption);
    showThumbnail();
}

QString FeaturedImageField::caption() const
{
    return m_caption->text();
}

bool FeaturedImageField::setImageFile(const QString &path)
{
    // Check it is an image before it goes into the workspace.
    QImageReader reader(path);
    if (!reader.canRead()) {
        emit failed(tr("Cannot use this image"),
                    makeError(ErrorCode::Invalid, tr("The file is not an image ToaSoan can read."), path));
        return false;
    }
    auto added = m_media.addFromFile(path);
    if (!added) {
        emit failed(tr("Cannot use this image"), added.error());
        return false;
    }
    m_mediaId = added->id;
    showThumbnail();
    emit changed();
    return true;
}

void FeaturedImageField::removeImage()
{
    if (m_mediaId == 0) {
        return;
    }
    m_mediaId = 0;
    showThumbnail();
    m_choose->setFocus(Qt::OtherFocusReason);
    emit changed();
}

void FeaturedImageField::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose the featured image"), QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
        tr("Images (*.jpg *.jpeg *.png *.webp *.gif)"));
    if (!path.isEmpty()) {
        setImageFile(path);
    }
}

void FeaturedImageField::showThumbnail()
{
    m_thumbnail->clear();
    m_fileName->clear();
    m_remove->setEnabled(m_mediaId != 0);
    m_caption->setEnabled(m_mediaId != 0);
    if (m_mediaId == 0) {
        m_thumbnail->setText(tr("No image"));
        return;
    }
    auto media = m_media.load(m_mediaId);
    if (!media) {
        m_thumbnail->setText(tr("Image not found"));
        m_thumbnail->setToolTip(media.error().message);
        return;
    }
    m_fileName->setText(media->fileName);
    QImage image = QImage::fromData(media->data);
    if (image.isNull()) {
        m_thumbnail->setText(tr("Cannot show this image"));
        return;
    }
    // Palette (indexed) and 1-bit PNGs scale to black-and-white hatching: scale true colour.
    image = image.convertToFormat(image.hasAlphaChannel() ? QImage::Format_ARGB32_Premultiplied : QImage::Format_RGB32);
    const qreal ratio = devicePixelRatioF();
    QPixmap pixmap =
        QPixmap::fromImage(image.scaled(kThumbnailSize * ratio, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    pixmap.setDevicePixelRatio(ratio);
    m_thumbnail->setPixmap(pixmap);
    m_thumbnail->setToolTip(media->fileName);
}

} // namespace toasoan::ui
