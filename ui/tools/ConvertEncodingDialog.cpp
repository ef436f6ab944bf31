#include "ui/tools/ConvertEncodingDialog.h"

#include "app/html/LegacyHtml.h"
#include "app/text/UserFile.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>
#include <cmath>
#include <functional>

namespace toasoan::ui {

namespace {

constexpr int kDetect = -1;

// A paste into the original keeps the clipboard's HTML: its font names (.VnTime, VNI-Times) are the
// best evidence of the encoding.
class SourceEdit final : public QPlainTextEdit
{
public:
    using QPlainTextEdit::QPlainTextEdit;
    std::function<void(const QString &html)> onPaste;

protected:
    void insertFromMimeData(const QMimeData *source) override
    {
        if (onPaste) {
            onPaste(source->hasHtml() ? source->html() : QString());
        }
        QPlainTextEdit::insertFromMimeData(source);
    }
};

} // namespace

ConvertEncodingDialog::ConvertEncodingDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Convert encoding"));

    auto *paste = new QPushButton(tr("&Paste"), this);
    paste->setToolTip(tr("Paste text copied from an old document"));
    auto *open = new QPushButton(tr("&Open file…"), this);
    open->setToolTip(tr("Read a .txt or .html file"));
    auto *clear = new QPushButton(tr("C&lear"), this);

    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(QStringLiteral("encodingCombo"));
    m_encoding->addItem(tr("Detect automatically"), kDetect);
    for (const text::LegacyEncoding encoding : {text::LegacyEncoding::Tcvn3, text::LegacyEncoding::Vni,
                                                text::LegacyEncoding::Viqr, text::LegacyEncoding::Unicode}) {
        m_encoding->addItem(text::legacyEncodingName(encoding), int(encoding));
    }
    auto *encodingLabel = new QLabel(tr("&Typed in:"), this);
    encodingLabel->setBuddy(m_encoding);
    m_caps = new QCheckBox(tr("All-caps &font (.VnTimeH, .VnArialH …)"), this);

    auto *source = new SourceEdit(this);
    source->onPaste = [this](const QString &html) { m_input.html = html; };
    m_source = source;
    m_source->setObjectName(QStringLiteral("sourceEdit"));
    m_source->setPlaceholderText(tr("Paste the text here, or open a file."));
    m_source->setAccessibleName(tr("Original text"));
    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(QStringLiteral("previewEdit"));
    m_preview->setReadOnly(true);
    m_preview->setAccessibleName(tr("Converted text"));
    auto *sourceLabel = new QLabel(tr("O&riginal:"), this);
    sourceLabel->setBuddy(m_source);
    auto *previewLabel = new QLabel(tr("&Unicode:"), this);
    previewLabel->setBuddy(m_preview);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_copy = buttons->addButton(tr("&Copy result"), QDialogButtonBox::ActionRole);
    m_save = buttons->addButton(tr("&Save as…"), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(QStringLiteral("copyButton"));
    m_save->setObjectName(QStringLiteral("saveButton"));

    auto *top = new QHBoxLayout;
    top->addWidget(paste);
    top->addWidget(open);
    top->addWidget(clear);
    top->addStretch();
    top->addWidget(encodingLabel);
    top->addWidget(m_encoding);
    top->addWidget(m_caps);
    auto *panes = new QGridLayout;
    panes->addWidget(sourceLabel, 0, 0);
    panes->addWidget(previewLabel, 0, 1);
    panes->addWidget(m_source, 1, 0);
    panes->addWidget(m_preview, 1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(panes, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(820, 480);

    m_delay = new QTimer(this);
    m_delay->setSingleShot(true);
    m_delay->setInterval(150);

    connect(paste, &QPushButton::clicked, this, &ConvertEncodingDialog::pasteFromClipboard);
    connect(open, &QPushButton::clicked, this, &ConvertEncodingDialog::chooseFile);
    connect(clear, &QPushButton::clicked, this, &ConvertEncodingDialog::clearSource);
    connect(m_copy, &QPushButton::clicked, this, &ConvertEncodingDialog::copyResult);
    connect(m_save, &QPushButton::clicked, this, &ConvertEncodingDialog::chooseSaveFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConvertEncodingDialog::reject);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, [this] {
        updateEncodingControls();
        convertNow();
    });
    connect(m_caps, &QCheckBox::toggled, this, &ConvertEncodingDialog::convertNow);
    connect(m_source, &QPlainTextEdit::textChanged, this, &ConvertEncodingDialog::sourceEdited);
    connect(m_delay, &QTimer::timeout, this, &ConvertEncodingDialog::convertNow);
    updateEncodingControls();
    convertNow();
}

void ConvertEncodingDialog::setSourceText(const QString &text, const QString &html)
{
    m_input = ConversionInput{text, html, false};
    m_fileName.clear();
    m_settingSource = true;
    m_source->setReadOnly(false);
    m_source->setPlainText(text);
    m_settingSource = false;
    convertNow();
}

void ConvertEncodingDialog::pasteFromClipboard()
{
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    if (!mime || (!mime->hasText() && !mime->hasHtml())) {
        showStatus(tr("The clipboard holds no text."), true);
        return;
    }
    const QString html = mime->hasHtml() ? mime->html() : QString();
    setSourceText(mime->hasText() ? mime->text() : html::legacyPlainText(html), html);
}

bool ConvertEncodingDialog::openFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showStatus(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()), true);
        return false;
    }
    const QString contents = text::decodeUserFile(file.readAll()).text;
    const bool html = ui::isHtmlDocument(path, contents);
    m_input =
        html ? ConversionInput{html::legacyPlainText(contents), contents, true} : ConversionInput{contents, {}, false};
    m_fileName = path;
    m_settingSource = true;
    m_source->setPlainText(m_input.text);
    // A document's text is shown for reference; its markup is what gets converted.
    m_source->setReadOnly(html);
    m_settingSource = false;
    convertNow();
    return true;
}

bool ConvertEncodingDialog::saveFile(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_result.output.toUtf8()) < 0 || !file.commit()) {
        showStatus(tr("Cannot save %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()), true);
        return false;
    }
    showStatus(tr("Saved as %1 (UTF-8).").arg(QDir::toNativeSeparators(path)));
    return true;
}

void ConvertEncodingDialog::copyResult()
{
    auto *mime = new QMimeData;
    mime->setText(m_result.preview);
    if (m_input.htmlDocument) {
        mime->setHtml(m_result.output);
    }
    QApplication::clipboard()->setMimeData(mime);
    showStatus(tr("The converted text is on the clipboard."));
}

void ConvertEncodingDialog::setSourceEncoding(std::optional<text::LegacyEncoding> encoding)
{
    m_encoding->setCurrentIndex(m_encoding->findData(encoding ? int(*encoding) : kDetect));
}

std::optional<text::LegacyEncoding> ConvertEncodingDialog::sourceEncoding() const
{
    const int value = m_encoding->currentData().toInt();
    return value == kDetect ? std::nullopt : std::optional(text::LegacyEncoding(value));
}

void ConvertEncodingDialog::setCapsFont(bool caps)
{
    m_caps->setChecked(caps);
}

void ConvertEncodingDialog::convertNow()
{
    m_delay->stop();
    const std::optional<text::LegacyEncoding> from = sourceEncoding();
    m_result = convertInput(m_input, from, m_caps->isChecked());
    m_preview->setPlainText(m_result.preview);
    const bool empty = m_input.text.trimmed().isEmpty() && !m_input.htmlDocument;
    m_copy->setEnabled(!empty);
    m_save->setEnabled(!empty);
    if (empty) {
        showStatus(tr("Paste text or open a file to convert it to Unicode."));
        return;
    }

    QString name = text::legacyEncodingName(m_result.detection.encoding);
    if (m_result.detection.capsFont) {
        name = tr("%1, all-caps font").arg(name);
    }
    const int percent = int(std::lround(m_result.detection.confidence * 100.0));
    QString message;
    if (from) {
        message = tr("Converted from %1.").arg(name);
    } else if (m_result.detection.encoding == text::LegacyEncoding::Unicode) {
        message = tr("The text is already Unicode: nothing to convert.");
    } else if (m_result.detection.byFontName) {
        message = tr("Detected %1 from the font names (confidence %2%).").arg(name).arg(percent);
    } else {
        message = tr("Detected %1 (confidence %2%).").arg(name).arg(percent);
    }
    if (m_input.htmlDocument) {
        message = tr("%1 is a web page: only its text is converted.").arg(QFileInfo(m_fileName).fileName()) +
                  QLatin1Char(' ') + message;
    }
    showStatus(message);
}

QString ConvertEncodingDialog::statusText() const
{
    return m_status->text();
}

void ConvertEncodingDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open a file to convert"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Text files and web pages (*.txt *.htm *.html)") + QStringLiteral(";;") + tr("All files (*)"));
    if (!path.isEmpty()) {
        openFile(path);
    }
}

void ConvertEncodingDialog::chooseSaveFile()
{
    const QString suffix = m_input.htmlDocument ? QStringLiteral("html") : QStringLiteral("txt");
    const QFileInfo original(m_fileName);
    const QString suggested =
        m_fileName.isEmpty()
            ? QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                  .filePath(QStringLiteral("unicode.") + suffix)
            : original.dir().filePath(original.completeBaseName() + QStringLiteral("-unicode.") + suffix);
    const QString filter = m_input.htmlDocument ? tr("Web pages (*.html *.htm)") : tr("Text files (*.txt)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the converted text"), suggested, filter);
    if (!path.isEmpty()) {
        saveFile(path);
    }
}

void ConvertEncodingDialog::clearSource()
{
    setSourceText(QString());
}

void ConvertEncodingDialog::sourceEdited()
{
    if (m_settingSource || m_input.htmlDocument) {
        return;
    }
    m_input.text = m_source->toPlainText();
    if (m_input.text.isEmpty()) {
        m_input.html.clear();
    }
    m_delay->start();
}

void ConvertEncodingDialog::showStatus(const QString &message, bool error)
{
    m_status->setText(message);
    // Bold rather than a colour: it reads the same in light and dark themes.
    QFont font = m_status->font();
    font.setBold(error);
    m_status->setFont(font);
    m_status->setProperty("error", error);
}

void ConvertEncodingDialog::updateEncodingControls()
{
    // The caps reading is the user's call only when they say the text is TCVN3; detection finds it.
    const bool tcvn3 = sourceEncoding() == text::LegacyEncoding::Tcvn3;
    m_caps->setEnabled(tcvn3);
}

} // namespace toasoan::ui
