#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace toasoan::ui {

/// What to do with an article's unsaved changes when its tab or the window closes.
enum class SaveAnswer
{
    Save,    ///< Lưu
    Discard, ///< Không lưu
    Cancel,  ///< Hủy: keep the tab open
};

/// Asks the question; windows receive one so tests can answer without a modal loop.
class SaveQuestion
{
public:
    virtual ~SaveQuestion() = default;
    virtual SaveAnswer ask(QWidget *parent, const QString &articleTitle) = 0;
};

/// The real question: a message box with Save / Don't save / Cancel.
class MessageBoxSaveQuestion final : public SaveQuestion
{
    Q_DECLARE_TR_FUNCTIONS(toasoan::ui::MessageBoxSaveQuestion)

public:
    SaveAnswer ask(QWidget *parent, const QString &articleTitle) override;
};

} // namespace toasoan::ui
