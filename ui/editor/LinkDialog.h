#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace toasoan::ui {

/// Asks for a link's address and text. "ntl.gov.vn" becomes https://ntl.gov.vn, "a@b.vn" a mailto:
/// link; only http, https and mailto links are accepted (what the site keeps).
class LinkDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinkDialog)

public:
    explicit LinkDialog(QWidget *parent = nullptr);

    void setUrl(const QString &url);
    void setLinkText(const QString &text, bool editable);
    /// The address as it will be stored; empty while what was typed is not an acceptable link.
    QString url() const;
    QString linkText() const;

    /// Completes what people type into a link: adds https:// or mailto:. Empty if not acceptable.
    static QString completeUrl(const QString &typed);

private:
    void updateState();

    QLineEdit *m_url = nullptr;
    QLineEdit *m_text = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace toasoan::ui
