#pragma once

#include "ui/tools/EncodingConversion.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace toasoan::ui {

/// "Chuyển mã": converts text typed in TCVN3 (ABC), VNI Windows or VIQR to Unicode. Text is pasted
/// (the clipboard's font names help detection) or read from a .txt/.html file; the dialog shows what it
/// detected and the converted text side by side, and copies or saves the result as UTF-8.
class ConvertEncodingDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConvertEncodingDialog)

public:
    explicit ConvertEncodingDialog(QWidget *parent = nullptr);

    /// Replaces the original with `text`, as if pasted; `html` is the clipboard's HTML, if any.
    void setSourceText(const QString &text, const QString &html = {});
    void pasteFromClipboard();
    /// Reads a .txt or .html file; false (and the reason in statusText()) when it cannot.
    bool openFile(const QString &path);
    /// Writes the converted text (or HTML document) as UTF-8; false and the reason on failure.
    bool saveFile(const QString &path);
    /// Puts the converted text (and the HTML, for a document) on the clipboard.
    void copyResult();

    /// nullopt: detect (the default).
    void setSourceEncoding(std::optional<text::LegacyEncoding> encoding);
    std::optional<text::LegacyEncoding> sourceEncoding() const;
    void setCapsFont(bool caps);

    /// Converts now instead of after the short pause that follows typing.
    void convertNow();
    const ConversionResult &result() const { return m_result; }
    bool isHtmlDocument() const { return m_input.htmlDocument; }
    QString statusText() const;
    QPlainTextEdit *sourceEdit() const { return m_source; }
    QPlainTextEdit *previewEdit() const { return m_preview; }

private:
    void chooseFile();
    void chooseSaveFile();
    void clearSource();
    void sourceEdited();
    void showStatus(const QString &message, bool error = false);
    void updateEncodingControls();

    ConversionInput m_input;
    ConversionResult m_result;
    QString m_fileName;
    bool m_settingSource = false;

    QPlainTextEdit *m_source = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    QComboBox *m_encoding = nullptr;
    QCheckBox *m_caps = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_save = nullptr;
    QTimer *m_delay = nullptr;
};

} // namespace toasoan::ui
