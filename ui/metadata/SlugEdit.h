#pragma once

#include <QLineEdit>

class QAction;

namespace toasoan::ui {

/// The slug (đường dẫn) field. It follows the headline (text::slugify) until the writer types a
/// slug of their own; clearing the field makes it follow again. Once the article is on a website
/// the slug is frozen: changing it would break the links readers already have.
class SlugEdit final : public QLineEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SlugEdit)

public:
    explicit SlugEdit(QWidget *parent = nullptr);

    /// Shows `slug` for an article titled `title`; it follows the title when it is the title's slug.
    void load(const QString &slug, const QString &title);
    /// The headline changed: update the slug when following.
    void followTitle(const QString &title);
    bool isFollowingTitle() const { return m_following; }
    /// The slug as stored: slugified, so typed spaces and capitals cannot reach the site.
    QString slug() const;

    void setFrozen(bool frozen);
    bool isFrozen() const { return isReadOnly(); }

signals:
    void slugChanged();

private:
    bool m_following = true;
    QAction *m_lock = nullptr;
};

} // namespace toasoan::ui
