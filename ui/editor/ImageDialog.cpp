#include "ui/editor/ImageDialog.h"

#include "app/text/Normalize.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace toasoan::ui {

ImageDialog::ImageDialog(const QString &fileName, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("imageDialog"));
    setWindowTitle(tr("Image"));
    m_alt = new QLineEdit(this);
    m_alt->setObjectName(QStringLiteral("imageAlt"));
    m_alt->setAccessibleName(tr("Image description"));
    m_alt->setPlaceholderText(tr("What the image shows, e.g. Delegates cut the ribbon at the new bridge"));
    m_caption = new QLineEdit(this);
    m_caption->setObjectName(QStringLiteral("imageCaption"));
    m_caption->setAccessibleName(tr("Caption"));
    m_caption->setPlaceholderText(tr("Shown under the image"));
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("imageHint"));
    m_hint->setWordWrap(true);

    auto *form = new QFormLayout;
    if (!fileName.isEmpty()) {
        auto *file = new QLabel(fileName, this);
        file->setObjectName(QStringLiteral("imageFile"));
        file->setTextFormat(Qt::PlainText);
        form->addRow(tr("File:"), file);
    }
    form->addRow(tr("&Description (alt text):"), m_alt);
    form->addRow(tr("&Caption:"), m_caption);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_alt, &QLineEdit::textChanged, this, &ImageDialog::updateHint);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
    updateHint();
}

void ImageDialog::setAlt(const QString &alt)
{
    m_alt->setText(alt);
}

void ImageDialog::setCaption(const QString &caption)
{
    m_caption->setText(caption);
}

QString ImageDialog::alt() const
{
    return text::normalize(m_alt->text()).simplified();
}

QString ImageDialog::caption() const
{
    return text::normalize(m_caption->text()).simplified();
}

void ImageDialog::updateHint()
{
    // The room is kept while the description is there: the dialog does not jump.
    m_hint->setText(alt().isEmpty() ? tr("Without a description, readers who cannot see the image (screen readers, "
                                         "images that do not load) learn nothing from it.")
                                    : QString());
    m_hint->setMinimumHeight(m_hint->sizeHint().height());
}

} // namespace toasoan::ui
