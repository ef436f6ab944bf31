#pragma once

#include <QIcon>
#include <QString>

namespace toasoan::ui {

/// An icon from one of our monochrome SVGs (drawn in `currentColor`), painted at any size in the
/// current palette's text colour: crisp on HiDPI screens and readable in light and dark themes.
/// Disabled and selected states use the palette's disabled and highlighted-text colours.
QIcon themedIcon(const QString &resourcePath);

} // namespace toasoan::ui
