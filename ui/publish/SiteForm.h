#pragma once

#include "app/model/Site.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace toasoan::ui {

/// The fields of one website connection: name, kind (WordPress REST or XML-RPC), address, user
/// name, password (application password) and what unpublishing does. The password field is never
/// filled with the stored secret: empty means "keep the stored one".
class SiteForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SiteForm)

public:
    explicit SiteForm(QWidget *parent = nullptr);

    /// Shows `site`; `secretStored` says whether a password is kept for it.
    void setSite(const Site &site, bool secretStored);
    /// An empty form for a new connection.
    void clear();
    /// The connection as typed (id kept from setSite(); the address cleaned as it will be stored).
    Site site() const;
    /// The password typed; empty = keep the stored one.
    QString secret() const;
    bool secretStored() const { return m_secretStored; }
    bool isModified() const { return m_modified; }
    void setModified(bool modified) { m_modified = modified; }

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *kindCombo() const { return m_kind; }
    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QComboBox *unpublishCombo() const { return m_unpublish; }

signals:
    void edited();

private:
    void updateHints();

    qint64 m_id = 0;
    bool m_secretStored = false;
    bool m_modified = false;
    bool m_loading = false;
    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_passwordHint = nullptr;
    QComboBox *m_unpublish = nullptr;
};

} // namespace toasoan::ui
