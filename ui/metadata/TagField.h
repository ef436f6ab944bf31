#pragma once

#include <QFrame>
#include <QStringList>

class QCompleter;
class QLineEdit;
class QStringListModel;
class QToolButton;

namespace toasoan::ui {

class FlowLayout;

/// Tags as tokens: type a tag and press Enter or a comma to add it (existing tags are offered as
/// you type), click or press Space on a token to remove it, Backspace in the empty field removes
/// the last one. Names are NFC and kept once, whatever their case.
class TagField final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TagField)

public:
    explicit TagField(QWidget *parent = nullptr);

    /// Replaces the tokens; emits nothing (loading an article is not an edit).
    void setTags(const QStringList &tags);
    QStringList tags() const { return m_tags; }
    /// The names offered by the completer (TaxonomyRepository::listTags).
    void setCompletions(const QStringList &names);
    /// Adds a token, spelled as the existing tag it names whatever its case, spacing or normalization
    /// (TaxonomyRepository::tagKey); false when it is empty or already there.
    bool addTag(const QString &name);
    void removeTag(const QString &name);
    QLineEdit *input() const { return m_input; }

signals:
    void tagsChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QString existingSpelling(const QString &name) const;
    void rebuildTokens();
    void commitInput(bool keepUnfinished);

    QStringList m_tags;
    FlowLayout *m_flow = nullptr;
    QLineEdit *m_input = nullptr;
    QCompleter *m_completer = nullptr;
    QStringListModel *m_completions = nullptr;
    QList<QToolButton *> m_tokens;
};

} // namespace toasoan::ui
