#include "ui/metadata/ScheduleField.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSignalBlocker>

namespace toasoan::ui {

namespace {

// The next round half hour at least an hour away: a sensible first proposal.
QDateTime proposedTime()
{
    QDateTime when = QDateTime::currentDateTime().addSecs(3600);
    const QTime t = when.time();
    const int minutes = t.minute() < 30 ? 30 : 60;
    when.setTime(QTime(t.hour(), 0));
    return when.addSecs(minutes * 60);
}

} // namespace

ScheduleField::ScheduleField(QWidget *parent) : QWidget(parent)
{
    m_enabled = new QCheckBox(tr("Publish at"), this);
    m_enabled->setObjectName(QStringLiteral("scheduleCheck"));
    m_enabled->setAccessibleName(tr("Schedule the publication"));

    m_edit = new QDateTimeEdit(this);
    m_edit->setObjectName(QStringLiteral("scheduleEdit"));
    // Explicit format: the vi_VN locale's long format appends the time zone name.
    m_edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy HH:mm"));
    m_edit->setCalendarPopup(true);
    m_edit->setTimeSpec(Qt::LocalTime);
    m_edit->setAccessibleName(tr("Publication date and time"));
    // The text field inside has the focus; screen readers announce it, so it carries the name too.
    if (auto *inner = m_edit->findChild<QLineEdit *>()) {
        inner->setAccessibleName(m_edit->accessibleName());
    }

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_enabled);
    layout->addWidget(m_edit, 1);

    connect(m_enabled, &QCheckBox::toggled, this, [this](bool on) {
        m_edit->setEnabled(on);
        if (on && !m_loading) {
            const QSignalBlocker blocker(m_edit);
            m_edit->setDateTime(proposedTime());
        }
        if (!m_loading) {
            emit changed();
        }
    });
    connect(m_edit, &QDateTimeEdit::dateTimeChanged, this, [this] {
        if (!m_loading) {
            emit changed();
        }
    });
    load({});
}

void ScheduleField::load(const QDateTime &when)
{
    m_loading = true;
    m_enabled->setChecked(when.isValid());
    m_edit->setEnabled(when.isValid());
    m_edit->setDateTime(when.isValid() ? when.toLocalTime() : proposedTime());
    m_loading = false;
}

QDateTime ScheduleField::scheduledAt() const
{
    if (!m_enabled->isChecked()) {
        return {};
    }
    QDateTime local = m_edit->dateTime();
    local.setTime(QTime(local.time().hour(), local.time().minute()));
    return local.toUTC();
}

void ScheduleField::clear()
{
    m_enabled->setChecked(false);
}

} // namespace toasoan::ui
