#pragma once

#include "app/model/OutboxJob.h"

#include <QAbstractTableModel>
#include <QList>

namespace toasoan {
class Outbox;
struct Error;
} // namespace toasoan

namespace toasoan::ui {

/// The outbox's jobs for the "Hàng chờ đăng" table, newest first: article, site, action, state,
/// attempts, next attempt (dd/MM/yyyy HH:mm, local time) and the last error, all in the interface's
/// language. reload() reads the outbox again; rows keep their job while it runs.
class OutboxModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutboxModel)

public:
    enum Column
    {
        ArticleColumn,
        SiteColumn,
        ActionColumn,
        StateColumn,
        AttemptsColumn,
        NextAttemptColumn,
        ErrorColumn,
        ColumnCount
    };
    static constexpr int JobIdRole = Qt::UserRole + 1;

    explicit OutboxModel(Outbox &outbox, QObject *parent = nullptr);

    /// Reads the jobs again; false (and failed()) when the outbox cannot be read.
    bool reload();
    const OutboxJob *jobAt(int row) const;
    /// The row of the job, -1 when it is not listed.
    int rowOf(qint64 jobId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "dd/MM/yyyy HH:mm" in local time, as Vietnamese news sites write it.
    static QString formatTime(const QDateTime &time);

signals:
    void failed(const toasoan::Error &error);

private:
    QString nextAttemptText(const OutboxJob &job) const;

    Outbox &m_outbox;
    QList<OutboxJob> m_jobs;
};

} // namespace toasoan::ui
