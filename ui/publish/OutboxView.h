#pragma once

#include "app/model/User.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QTimer;

namespace toasoan::ui {

class ConfirmQuestion;
class Notifier;
class OutboxModel;
class Publishing;

/// "Hàng chờ đăng": the publishing queue with its controls — "Đăng ngay" (send a waiting job now),
/// "Thử lại" (retry a failed one), "Hủy" (cancel, after a question) and "Đăng lại thành bài mới"
/// (when the post was deleted on the site). Everything goes through the core Outbox, which checks
/// that the user may publish; the list follows the background worker as it goes.
class OutboxView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutboxView)

public:
    OutboxView(Publishing &publishing, const User &user, Notifier &notifier, QWidget *parent = nullptr);
    ~OutboxView() override;

    /// Replaces the "cancel this job?" question (tests answer without a modal loop).
    void setConfirmQuestion(ConfirmQuestion *question);

    OutboxModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    /// What the selected job last said (its whole error, or where it was published).
    QLabel *detailsLabel() const { return m_details; }
    /// Selects the job's row; false when it is not listed.
    bool selectJob(qint64 jobId);
    qint64 selectedJobId() const;

public slots:
    void reload();
    void sendNow();
    void retry();
    void cancel();
    void recreate();

signals:
    /// The user double-clicked a job: show its article.
    void openArticleRequested(qint64 articleId);

private:
    void updateButtons();
    void updateDetails();
    void updateStatus();
    void scheduleReload();

    Publishing &m_publishing;
    User m_user;
    Notifier &m_notifier;
    ConfirmQuestion *m_question = nullptr;
    std::unique_ptr<ConfirmQuestion> m_ownQuestion;
    QString m_controlRefusal; ///< why this user may not press the controls; empty when allowed

    OutboxModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_details = nullptr;
    QPushButton *m_sendNow = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_recreate = nullptr;
    QTimer *m_reloadTimer = nullptr;
};

} // namespace toasoan::ui
