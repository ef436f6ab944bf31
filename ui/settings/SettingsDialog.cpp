#include "ui/settings/SettingsDialog.h"

#include "app/i18n/HouseToneStyle.h"
#include "app/i18n/Translations.h"
#include "app/settings/Settings.h"
#include "app/storage/Database.h"
#include "app/workflow/Permissions.h"
#include "app/workflow/WorkflowService.h"
#include "ui/database/DatabaseDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace toasoan::ui {

namespace {

constexpr int kMinAutosaveSeconds = 5;
constexpr int kMaxAutosaveSeconds = 3600;
constexpr int kMaxLengthLimit = 2000;

QString runningLanguage()
{
    // installTranslations() set the default locale to the language it installed.
    return QLocale().language() == QLocale::Vietnamese ? QStringLiteral("vi") : QStringLiteral("en");
}

QSpinBox *spinBox(QWidget *parent, const char *objectName, int minimum, int maximum, const QString &suffix)
{
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(QString::fromLatin1(objectName));
    spin->setRange(minimum, maximum);
    spin->setSuffix(suffix);
    return spin;
}

} // namespace

SettingsDialog::SettingsDialog(Settings &settings, Database &db, const User &user, QWidget *parent)
    : QDialog(parent), m_settings(settings), m_db(db), m_user(user),
      m_canEditOffice(checkPermission(user, Action::ManageSettings).ok()), m_runningLanguage(runningLanguage())
{
    setWindowTitle(tr("Settings"));

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    for (const LanguageChoice &choice : supportedLanguages()) {
        m_language->addItem(choice.nativeName, choice.code);
    }
    m_restartNote = new QLabel(tr("The new language is used after ToaSoan restarts."), this);
    m_restartNote->setObjectName(QStringLiteral("restartNote"));
    m_restartNote->setWordWrap(true);
    auto *interfaceBox = new QGroupBox(tr("Interface"), this);
    auto *interfaceForm = new QFormLayout(interfaceBox);
    interfaceForm->addRow(tr("&Language:"), m_language);
    interfaceForm->addRow(m_restartNote);

    m_autosave = spinBox(this, "autosaveSpin", kMinAutosaveSeconds, kMaxAutosaveSeconds, tr(" seconds"));
    m_autosave->setToolTip(tr("How often an article being edited is saved in the background"));
    m_titleLimit = spinBox(this, "titleLimitSpin", 10, kMaxLengthLimit, tr(" characters"));
    m_sapoLimit = spinBox(this, "sapoLimitSpin", 10, kMaxLengthLimit, tr(" characters"));
    auto *editingBox = new QGroupBox(tr("Editing on this computer"), this);
    auto *editingForm = new QFormLayout(editingBox);
    editingForm->addRow(tr("&Autosave every:"), m_autosave);
    editingForm->addRow(tr("Warn when the &headline is longer than:"), m_titleLimit);
    editingForm->addRow(tr("Warn when the &sapo is longer than:"), m_sapoLimit);

    m_officeName = new QLineEdit(this);
    m_officeName->setObjectName(QStringLiteral("officeNameEdit"));
    m_officeName->setPlaceholderText(tr("e.g. Culture and Information Centre"));
    m_officeName->setToolTip(tr("Printed at the top of the approval slip"));
    // Wide enough for a full office name ("Trung tâm Văn hóa - Thông tin và Thể thao quận").
    m_officeName->setMinimumWidth(m_officeName->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 40);
    m_officePlace = new QLineEdit(this);
    m_officePlace->setObjectName(QStringLiteral("officePlaceEdit"));
    m_officePlace->setPlaceholderText(tr("e.g. Nam Tu Liem"));
    m_officePlace->setToolTip(tr("Printed before the date on the approval slip"));
    m_oldStyle = new QRadioButton(toneStyleLabel(text::ToneStyle::Old), this);
    m_oldStyle->setObjectName(QStringLiteral("oldStyleRadio"));
    m_newStyle = new QRadioButton(toneStyleLabel(text::ToneStyle::New), this);
    m_newStyle->setObjectName(QStringLiteral("newStyleRadio"));
    m_officeNote = new QLabel(this);
    m_officeNote->setObjectName(QStringLiteral("officeNote"));
    m_officeNote->setWordWrap(true);
    auto *officeBox = new QGroupBox(tr("Office (shared by every user)"), this);
    auto *officeLayout = new QVBoxLayout(officeBox);
    auto *officeForm = new QFormLayout;
    officeForm->addRow(tr("Office &name:"), m_officeName);
    officeForm->addRow(tr("&Place:"), m_officePlace);
    officeLayout->addLayout(officeForm);
    officeLayout->addWidget(new QLabel(tr("House style for tone marks in oa, oe, uy:"), officeBox));
    officeLayout->addWidget(m_oldStyle);
    officeLayout->addWidget(m_newStyle);
    officeLayout->addWidget(m_officeNote);

    // The database this window works on; an administrator may choose another for the next start.
    auto *databaseBox = new QGroupBox(tr("Database"), this);
    auto *databaseLayout = new QHBoxLayout(databaseBox);
    auto *databaseLabel = new QLabel(
        (m_db.isShared() ? tr("The office's server (PostgreSQL): %1") : tr("This computer only (SQLite): %1"))
            .arg(m_db.displayName()),
        databaseBox);
    databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    databaseLabel->setWordWrap(true);
    databaseLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *databaseButton = new QPushButton(tr("Change the &database…"), databaseBox);
    databaseButton->setObjectName(QStringLiteral("databaseButton"));
    databaseButton->setToolTip(checkPermission(user, Action::ManageSettings).ok()
                                   ? tr("Choose this computer only or the office's server, from the next start")
                                   : tr("Only an administrator can change the database."));
    databaseLayout->addWidget(databaseLabel, 1);
    databaseLayout->addWidget(databaseButton);
    connect(databaseButton, &QPushButton::clicked, this, [this] {
        DatabaseDialog::openForChange(this, m_settings, m_db.path(),
                                      checkPermission(m_user, Action::ManageSettings).ok());
    });

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(interfaceBox);
    layout->addWidget(editingBox);
    layout->addWidget(officeBox);
    layout->addWidget(databaseBox);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateRestartNote);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    load();
}

SettingsDialog *SettingsDialog::openDialog(QWidget *parent, Settings &settings, Database &db, const User &user)
{
    auto *dialog = new SettingsDialog(settings, db, user, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(parent ? Qt::WindowModal : Qt::ApplicationModal);
    dialog->open();
    return dialog;
}

bool SettingsDialog::restartNeeded() const
{
    return m_language->currentData().toString() != m_runningLanguage;
}

QString SettingsDialog::errorMessage() const
{
    return m_error->text();
}

void SettingsDialog::accept()
{
    if (m_canEditOffice) {
        const text::ToneStyle style = m_newStyle->isChecked() ? text::ToneStyle::New : text::ToneStyle::Old;
        WorkflowService workflow(m_db);
        // The workflow service checks the permission again: the role may have changed since the dialog opened.
        const Result<void> stored = storeHouseToneStyle(m_db, style).and_then([&] {
            return workflow.officeSettings().and_then([&](OfficeSettings office) {
                office.officeName = m_officeName->text();
                office.officePlace = m_officePlace->text();
                return workflow.updateOfficeSettings(m_user.id, office);
            });
        });
        if (!stored) {
            m_error->setText(tr("The office settings were not saved: %1").arg(stored.error().message));
            m_error->setToolTip(stored.error().detail);
            m_error->show();
            return;
        }
    }
    m_settings.setLanguage(m_language->currentData().toString());
    m_settings.setAutosaveIntervalSeconds(m_autosave->value());
    m_settings.setTitleLengthLimit(m_titleLimit->value());
    m_settings.setSapoLengthLimit(m_sapoLimit->value());
    m_settings.sync();
    m_error->clear();
    m_error->hide();
    emit settingsSaved(restartNeeded());
    QDialog::accept();
}

void SettingsDialog::load()
{
    const QString saved = m_settings.language();
    const int index = m_language->findData(saved.isEmpty() ? m_runningLanguage : saved);
    m_language->setCurrentIndex(index >= 0 ? index : 0);
    m_autosave->setValue(m_settings.autosaveIntervalSeconds());
    m_titleLimit->setValue(m_settings.titleLengthLimit());
    m_sapoLimit->setValue(m_settings.sapoLengthLimit());

    auto style = loadHouseToneStyle(m_db);
    const text::ToneStyle current = style ? style.value() : kDefaultHouseToneStyle;
    (current == text::ToneStyle::New ? m_newStyle : m_oldStyle)->setChecked(true);
    auto office = loadOfficeSettings(m_db);
    if (office) {
        m_officeName->setText(office->officeName);
        m_officePlace->setText(office->officePlace);
    }
    const auto lockOffice = [this] {
        for (QWidget *field : std::initializer_list<QWidget *>{m_officeName, m_officePlace, m_oldStyle, m_newStyle}) {
            field->setEnabled(false);
        }
    };
    if (!style || !office) {
        const Error &error = !style ? style.error() : office.error();
        m_officeNote->setText(tr("The office settings cannot be read: %1").arg(error.message));
        lockOffice();
        m_canEditOffice = false;
    } else if (!m_canEditOffice) {
        m_officeNote->setText(tr("Only an administrator can change the office's settings."));
        lockOffice();
    } else {
        m_officeNote->setText(tr("The \"Normalize tone marks\" command proposes this style."));
    }
    updateRestartNote();
}

void SettingsDialog::updateRestartNote()
{
    m_restartNote->setVisible(restartNeeded());
}

} // namespace toasoan::ui
