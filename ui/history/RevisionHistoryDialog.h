#pragma once

#include "app/model/Article.h"
#include "app/model/Revision.h"
#include "app/model/User.h"

#include <QDialog>
#include <QHash>
#include <QList>
#include <functional>
#include <memory>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace toasoan {
class Database;
}

namespace toasoan::ui {

class Notifier;
class RestoreQuestion;
class RevisionComparisonView;

/// "Lịch sử phiên bản": every saved revision of one article (number, who saved it, when, the
/// note), newest first. Selecting two and pressing "So sánh" shows what changed between them;
/// "Khôi phục phiên bản này" copies the selected revision's content into a new revision through
/// WorkflowService::restoreRevision (which checks the permission), after asking.
class RevisionHistoryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RevisionHistoryDialog)

public:
    RevisionHistoryDialog(Database &db, const User &user, Notifier &notifier, qint64 articleId,
                          QWidget *parent = nullptr);
    ~RevisionHistoryDialog() override;

    qint64 articleId() const { return m_articleId; }
    /// Replaces the confirmation asked before restoring (tests answer without a modal loop).
    void setRestoreQuestion(RestoreQuestion *question) { m_question = question; }
    /// Tells whether the article's open tab holds unsaved changes: restoring is refused then,
    /// so they are not lost.
    void setUnsavedChangesCheck(std::function<bool()> check) { m_hasUnsavedChanges = std::move(check); }

    QTreeWidget *revisionList() const { return m_list; }
    RevisionComparisonView *comparisonView() const { return m_view; }
    QPushButton *compareButton() const { return m_compare; }
    QPushButton *restoreButton() const { return m_restore; }
    /// The revision numbers listed, newest first.
    QList<int> listedNumbers() const;
    /// Selects the revisions with these numbers (and nothing else).
    void selectNumbers(const QList<int> &numbers);

public slots:
    /// Reads the revisions again (after a save), keeping the selection.
    void reload();
    /// Compares the two selected revisions, older to newer; false when it could not.
    bool compareSelected();
    /// Restores the selected revision after confirming; false when nothing was restored.
    bool restoreSelected();

signals:
    /// A revision was restored: `article` is the article as stored now, `revision` the number
    /// of the revision the restore wrote.
    void restored(const toasoan::Article &article, int revision);

private:
    QList<int> selectedNumbers() const;
    void updateButtons();
    QString authorName(qint64 userId) const;
    QString categoryName(qint64 categoryId) const;

    Database &m_db;
    User m_user;
    Notifier &m_notifier;
    qint64 m_articleId = 0;
    QString m_title;
    bool m_mayEdit = false;
    QList<Revision> m_revisions;
    QHash<qint64, QString> m_names;
    std::unique_ptr<RestoreQuestion> m_defaultQuestion;
    RestoreQuestion *m_question = nullptr;
    std::function<bool()> m_hasUnsavedChanges;

    QLabel *m_heading = nullptr;
    QTreeWidget *m_list = nullptr;
    RevisionComparisonView *m_view = nullptr;
    QPushButton *m_compare = nullptr;
    QPushButton *m_restore = nullptr;
};

} // namespace toasoan::ui
