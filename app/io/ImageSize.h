#pragma once

#include <QByteArray>
#include <QSize>

namespace toasoan::io {

/// The width and height in pixels that a PNG, JPEG, GIF or WebP file's header gives; invalid for
/// anything else (read from the header alone: the core links no QtGui).
QSize imagePixelSize(const QByteArray &bytes);

} // namespace toasoan::io
