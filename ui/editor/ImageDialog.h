#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace toasoan::ui {

/// Asks for an image's description (its alt text: what readers who cannot see the image hear,
/// and what the site shows when it does not load) and its caption, on insertion and later.
class ImageDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageDialog)

public:
    /// `fileName` is shown when the image comes from a file ("" for one already in the text).
    explicit ImageDialog(const QString &fileName, QWidget *parent = nullptr);

    void setAlt(const QString &alt);
    void setCaption(const QString &caption);
    /// Normalised (NFC) and on one line.
    QString alt() const;
    QString caption() const;

private:
    void updateHint();

    QLineEdit *m_alt = nullptr;
    QLineEdit *m_caption = nullptr;
    QLabel *m_hint = nullptr;
};

} // namespace toasoan::ui
