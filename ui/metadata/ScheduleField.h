#pragma once

#include <QDateTime>
#include <QWidget>

class QCheckBox;
class QDateTimeEdit;

namespace toasoan::ui {

/// The scheduled publish time (hẹn giờ đăng): a check box turns it on, the time is edited as
/// dd/MM/yyyy HH:mm in local time. Off means "publish when approved".
class ScheduleField final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScheduleField)

public:
    explicit ScheduleField(QWidget *parent = nullptr);

    /// Shows `when` (invalid = not scheduled); emits nothing.
    void load(const QDateTime &when);
    /// The chosen time in UTC, or an invalid QDateTime when not scheduled.
    QDateTime scheduledAt() const;
    void clear();
    QCheckBox *toggle() const { return m_enabled; }
    QDateTimeEdit *editor() const { return m_edit; }

signals:
    void changed();

private:
    QCheckBox *m_enabled = nullptr;
    QDateTimeEdit *m_edit = nullptr;
    bool m_loading = false;
};

} // namespace toasoan::ui
