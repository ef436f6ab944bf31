#include "ui/publish/SiteForm.h"

#include "app/storage/SiteRepository.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace toasoan::ui {

SiteForm::SiteForm(QWidget *parent) : QWidget(parent)
{
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("siteNameEdit"));
    m_name->setPlaceholderText(tr("e.g. District portal"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("siteKindCombo"));
    m_kind->addItem(siteKindLabel(SiteKind::WordPressRest), int(SiteKind::WordPressRest));
    m_kind->addItem(siteKindLabel(SiteKind::XmlRpc), int(SiteKind::XmlRpc));
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("siteUrlEdit"));
    m_url->setPlaceholderText(QStringLiteral("https://huyen.gov.vn/"));
    m_url->setInputMethodHints(Qt::ImhUrlCharactersOnly);
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("siteUserEdit"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("sitePasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordHint = new QLabel(this);
    m_passwordHint->setObjectName(QStringLiteral("sitePasswordHint"));
    m_passwordHint->setWordWrap(true);
    m_unpublish = new QComboBox(this);
    m_unpublish->setObjectName(QStringLiteral("siteUnpublishCombo"));
    m_unpublish->addItem(tr("Turn the post back into a draft"), int(UnpublishAction::Draft));
    m_unpublish->addItem(tr("Move the post to the website's trash"), int(UnpublishAction::Trash));

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Type:"), m_kind);
    form->addRow(tr("&Address:"), m_url);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_passwordHint);
    form->addRow(tr("When &unpublishing:"), m_unpublish);

    for (QLineEdit *edit : {m_name, m_url, m_user, m_password}) {
        connect(edit, &QLineEdit::textEdited, this, [this] {
            m_modified = true;
            emit edited();
        });
    }
    for (QComboBox *combo : {m_kind, m_unpublish}) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            updateHints();
            if (!m_loading) {
                m_modified = true;
                emit edited();
            }
        });
    }
    clear();
}

void SiteForm::setSite(const Site &site, bool secretStored)
{
    m_loading = true;
    m_id = site.id;
    m_secretStored = secretStored;
    m_name->setText(site.name);
    m_kind->setCurrentIndex(m_kind->findData(int(site.kind)));
    m_url->setText(site.baseUrl.toDisplayString());
    m_user->setText(site.username);
    m_password->clear();
    m_unpublish->setCurrentIndex(m_unpublish->findData(int(site.unpublishAction)));
    m_loading = false;
    m_modified = false;
    updateHints();
}

void SiteForm::clear()
{
    Site blank;
    setSite(blank, false);
}

Site SiteForm::site() const
{
    Site s;
    s.id = m_id;
    s.name = m_name->text();
    s.kind = SiteKind(m_kind->currentData().toInt());
    s.baseUrl = SiteRepository::cleanBaseUrl(m_url->text());
    s.username = m_user->text();
    s.unpublishAction = UnpublishAction(m_unpublish->currentData().toInt());
    return s;
}

QString SiteForm::secret() const
{
    return m_password->text();
}

void SiteForm::updateHints()
{
    const bool rest = SiteKind(m_kind->currentData().toInt()) == SiteKind::WordPressRest;
    m_password->setPlaceholderText(m_secretStored ? tr("Stored; leave empty to keep it") : tr("Not stored yet"));
    m_passwordHint->setText(rest ? tr("An application password: create one on the website under Users › Profile › "
                                      "Application Passwords. It is never stored in the workspace.")
                                 : tr("The account's password on the website. It is never stored in the workspace."));
}

} // namespace toasoan::ui
