#pragma once

#include "app/model/User.h"

#include <QDialog>
#include <QList>

class QLabel;
class QListWidget;
class QPushButton;

namespace toasoan::ui {

class Publishing;
class StatusLabel;

/// "Đăng bài lên website" / "Gỡ bài khỏi website": the sites to send the article to (or take it
/// off), one checkbox each; confirming queues one job per site through the core Outbox, which checks
/// that the user may publish. The background worker then sends them ("Hàng chờ đăng" follows).
class PublishDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PublishDialog)

public:
    enum class Mode
    {
        Publish,
        Unpublish,
    };

    /// `unsavedChanges`: the article's tab has changes not saved yet (they are not sent: say so).
    PublishDialog(Publishing &publishing, const User &user, qint64 articleId, Mode mode, bool unsavedChanges = false,
                  QWidget *parent = nullptr);

    QListWidget *siteList() const { return m_list; }
    QPushButton *confirmButton() const { return m_ok; }
    /// The inline error of the last attempt; empty when it worked.
    QString errorMessage() const;

public slots:
    /// Queues the jobs; stays open (message shown) when the core refused one of them.
    void accept() override;

signals:
    /// Jobs were queued (their ids).
    void queued(const QList<qint64> &jobIds);

private:
    Publishing &m_publishing;
    User m_user;
    qint64 m_articleId;
    Mode m_mode;
    QListWidget *m_list = nullptr;
    StatusLabel *m_error = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace toasoan::ui
