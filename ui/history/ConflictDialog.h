#pragma once

#include "app/diff/ConflictMerge.h"
#include "app/model/User.h"
#include "app/workflow/ConflictResolution.h"

#include <QDialog>
#include <QList>
#include <functional>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTextBrowser;
class QVBoxLayout;

namespace toasoan {
class Database;
}

namespace toasoan::ui {

class Notifier;
class RichTextEditor;

/// "Xung đột phiên bản": a conflict copy (a text written offline while the article changed on the server)
/// beside the article's current version, the changes marked with the history window's word diff
/// (RevisionComparisonView's colours). Each changed stretch (title, sapo, body paragraphs) is kept from the
/// current version or taken from the copy in one click; the merged text can also be edited by hand, then
/// saved. The core (ConflictResolution) checks who may do it and writes it.
class ConflictDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictDialog)

public:
    /// `waiting`: the copies to offer (the first is shown); at least one.
    ConflictDialog(Database &db, const User &user, Notifier &notifier, const QList<ConflictCopy> &waiting,
                   QWidget *parent = nullptr);
    ~ConflictDialog() override;

    /// Tells whether the article's open tab holds unsaved changes: writing a text is refused then.
    void setUnsavedChangesCheck(std::function<bool(qint64 articleId)> check) { m_hasUnsavedChanges = std::move(check); }

    qint64 articleId() const;
    int revision() const;
    /// The changed stretches, in order.
    int changeCount() const { return int(m_changes.size()); }
    /// Chooses the side of change `index`, as its radio buttons do.
    void choose(int index, diff::MergeSide side);
    /// The text that "Lưu bản gộp" would save now.
    Article mergedArticle() const;
    QTextBrowser *currentView() const { return m_currentView; }
    QTextBrowser *copyView() const { return m_copyView; }
    RichTextEditor *mergedBody() const { return m_body; }
    QLineEdit *mergedTitle() const { return m_title; }

public slots:
    /// Saves the merged text (the choices, or the hand-edited text); false when refused (shown).
    bool saveMerged();
    /// Keeps the current version as it is; false when refused.
    bool keepCurrent();
    /// Makes the copy's text the current version; false when refused.
    bool takeCopy();

signals:
    /// The copy was dealt with: `article` is the article as stored now.
    void resolved(const toasoan::Article &article);

private:
    bool load(int index);
    void buildChoices();
    void showSides();
    void fillMerged();
    void setHandEdited(bool edited);
    bool resolve(ConflictChoice choice);
    QString sideHtml(bool current) const;

    Database &m_db;
    User m_user;
    Notifier &m_notifier;
    QList<ConflictCopy> m_waiting;
    ConflictCase m_case;
    diff::TextMerge m_merge;
    QList<diff::MergeHunk> m_changes;
    QList<diff::MergeSide> m_sides;
    QList<QButtonGroup *> m_groups;
    bool m_handEdited = false;
    bool m_filling = false;
    std::function<bool(qint64)> m_hasUnsavedChanges;

    QComboBox *m_chooser = nullptr;
    QLabel *m_heading = nullptr;
    QTextBrowser *m_currentView = nullptr;
    QTextBrowser *m_copyView = nullptr;
    QTabWidget *m_tabs = nullptr;
    QWidget *m_choiceBox = nullptr;
    QVBoxLayout *m_choiceLayout = nullptr;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_sapo = nullptr;
    RichTextEditor *m_body = nullptr;
    QLabel *m_handNote = nullptr;
    QPushButton *m_followChoices = nullptr;
};

} // namespace toasoan::ui
