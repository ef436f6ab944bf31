#pragma once

#include "app/model/WorkflowState.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUuid>

namespace toasoan {

/// Where an article was pushed on one website connection.
struct RemotePublication
{
    qint64 siteId = 0;
    QString remoteId;
    QUrl url;
    QDateTime lastPublishedAt;

    friend bool operator==(const RemotePublication &, const RemotePublication &) = default;
};

/// One news story. `body` holds the defined HTML subset (see text/HtmlSubset.h).
struct Article
{
    qint64 id = 0; ///< local row id; 0 until created
    QUuid uuid;    ///< stable across machines and databases
    QString title;
    QString slug;
    QString sapo; ///< lead / standfirst
    QString body;
    qint64 categoryId = 0; ///< 0 = none
    QStringList tags;      ///< tag names, in the author's order
    qint64 authorId = 0;
    QString byline;             ///< bút danh
    QString source;             ///< nguồn tin
    QString dateline;           ///< prefix opening the body, e.g. "NTL"
    qint64 featuredImageId = 0; ///< Media id; 0 = none
    QString featuredImageCaption;
    QDateTime scheduledAt; ///< invalid = publish when approved
    QString notes;         ///< internal, never published
    WorkflowState state = WorkflowState::Draft;
    int version = 0; ///< optimistic lock: a save must carry the stored version
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime deletedAt; ///< valid = in the trash
    QList<RemotePublication> publications;

    bool isTrashed() const { return deletedAt.isValid(); }
    /// True when the editable content (not ids, timestamps or version) is the same.
    bool sameContent(const Article &other) const;
};

/// A row of the article list: what the list shows without loading bodies.
struct ArticleSummary
{
    qint64 id = 0;
    QUuid uuid;
    QString title;
    WorkflowState state = WorkflowState::Draft;
    qint64 categoryId = 0;
    QString categoryName;
    qint64 authorId = 0;
    QString authorName;
    QString byline;
    int version = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime scheduledAt;
    QDateTime deletedAt;
};

} // namespace toasoan
