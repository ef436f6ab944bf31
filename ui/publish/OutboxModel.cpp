#include "ui/publish/OutboxModel.h"

#include "app/publish/Outbox.h"

#include <QIcon>

namespace toasoan::ui {

OutboxModel::OutboxModel(Outbox &outbox, QObject *parent) : QAbstractTableModel(parent), m_outbox(outbox) {}

bool OutboxModel::reload()
{
    auto jobs = m_outbox.jobs();
    if (!jobs) {
        emit failed(jobs.error());
        return false;
    }
    // Same jobs in the same order (the usual case while the worker runs): update in place, so
    // the selection and the scroll position stay where the user left them.
    bool sameRows = jobs->size() == m_jobs.size();
    for (qsizetype i = 0; sameRows && i < m_jobs.size(); ++i) {
        sameRows = jobs->at(i).id == m_jobs.at(i).id;
    }
    if (sameRows) {
        m_jobs = std::move(jobs).value();
        if (!m_jobs.isEmpty()) {
            emit dataChanged(index(0, 0), index(int(m_jobs.size()) - 1, ColumnCount - 1));
        }
        return true;
    }
    beginResetModel();
    m_jobs = std::move(jobs).value();
    endResetModel();
    return true;
}

const OutboxJob *OutboxModel::jobAt(int row) const
{
    return row >= 0 && row < m_jobs.size() ? &m_jobs.at(row) : nullptr;
}

int OutboxModel::rowOf(qint64 jobId) const
{
    for (qsizetype i = 0; i < m_jobs.size(); ++i) {
        if (m_jobs.at(i).id == jobId) {
            return int(i);
        }
    }
    return -1;
}

int OutboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

int OutboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OutboxModel::formatTime(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")) : QString();
}

QString OutboxModel::nextAttemptText(const OutboxJob &job) const
{
    if (job.state != JobState::Queued) {
        return {};
    }
    if (!job.nextAttemptAt.isValid() || job.nextAttemptAt <= QDateTime::currentDateTimeUtc()) {
        return tr("As soon as possible");
    }
    return formatTime(job.nextAttemptAt);
}

QVariant OutboxModel::data(const QModelIndex &index, int role) const
{
    const OutboxJob *job = index.isValid() ? jobAt(index.row()) : nullptr;
    if (!job) {
        return {};
    }
    if (role == JobIdRole) {
        return job->id;
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case ArticleColumn:
            return job->articleTitle;
        case SiteColumn:
            return job->siteName;
        case ActionColumn:
            return jobActionLabel(job->action);
        case StateColumn:
            return jobStateLabel(job->state);
        case AttemptsColumn:
            return job->attempts;
        case NextAttemptColumn:
            return nextAttemptText(*job);
        case ErrorColumn:
            return job->state == JobState::Done || job->state == JobState::Cancelled ? QString() : job->lastError;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == ErrorColumn && !job->lastError.isEmpty()) {
            return job->lastErrorDetail.isEmpty() ? job->lastError
                                                  : job->lastError + QStringLiteral("\n\n") + job->lastErrorDetail;
        }
        if (index.column() == StateColumn) {
            return tr("Queued %1, last change %2").arg(formatTime(job->createdAt), formatTime(job->updatedAt));
        }
        return data(index, Qt::DisplayRole);
    }
    if (role == Qt::DecorationRole && index.column() == StateColumn) {
        if (job->state == JobState::Failed) {
            return QIcon(QStringLiteral(":/icons/error.svg"));
        }
        if (job->state == JobState::NeedsDecision) {
            return QIcon(QStringLiteral(":/icons/warning.svg"));
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == AttemptsColumn) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case ArticleColumn:
        return tr("Article");
    case SiteColumn:
        return tr("Website");
    case ActionColumn:
        return tr("Action");
    case StateColumn:
        return tr("State");
    case AttemptsColumn:
        return tr("Attempts");
    case NextAttemptColumn:
        return tr("Next attempt");
    case ErrorColumn:
        return tr("Last error");
    default:
        return {};
    }
}

} // namespace toasoan::ui
