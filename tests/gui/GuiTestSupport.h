#pragma once

// Helpers for widget tests: typing any Unicode text, a notifier that records instead of opening
// modal message boxes, and a driver of the modal dialogs a start-up sequence opens.

#include "ui/article/SaveQuestion.h"
#include "ui/common/Notifier.h"

#include <QApplication>
#include <QDialog>
#include <QList>
#include <QStringList>
#include <QTest>
#include <QTimer>
#include <QWidget>
#include <cstdio>
#include <functional>

namespace toasoan::test {

/// Types `text` into `widget` one character at a time. QTest::keyClicks() only handles
/// Latin-1 in Qt 6.4 (it calls QChar::toLatin1()), which turns Vietnamese letters into '?'.
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar ch : text) {
        if (ch == QLatin1Char('\n')) {
            QTest::keyClick(widget, Qt::Key_Return);
        } else {
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
        }
    }
}

inline QString nfd(const QString &text)
{
    return text.normalized(QString::NormalizationForm_D);
}

/// Records what the window would have shown; answers confirmations with `discard`.
class RecordingNotifier final : public ui::Notifier
{
public:
    struct Shown
    {
        QString title;
        Error error;
    };

    void showError(QWidget *, const QString &title, const Error &error) override { errors.append({title, error}); }
    bool confirmDiscard(QWidget *, const QString &) override
    {
        ++confirmations;
        return discard;
    }

    QList<Shown> errors;
    int confirmations = 0;
    bool discard = true;
};

/// For test programs without anyone to answer (a second process, a benchmark): shows errors on
/// stderr, where the parent test or the person running it sees them; never discards changes.
class StderrNotifier final : public ui::Notifier
{
public:
    void showError(QWidget *, const QString &title, const Error &error) override
    {
        std::fprintf(stderr, "error: %s: %s (%s)\n", qUtf8Printable(title), qUtf8Printable(error.message),
                     qUtf8Printable(error.detail));
    }
    bool confirmDiscard(QWidget *, const QString &) override { return false; }
};

/// Answers "Save / Don't save / Cancel" with `answer` and remembers what was asked about.
class RecordingSaveQuestion final : public ui::SaveQuestion
{
public:
    ui::SaveAnswer ask(QWidget *, const QString &articleTitle) override
    {
        asked.append(articleTitle);
        return answer;
    }

    QStringList asked;
    ui::SaveAnswer answer = ui::SaveAnswer::Cancel;
};

/// Runs `act` on the first visible top-level widget of type T, from the event loop of the modal
/// dialog that shows it; records the class of every dialog seen meanwhile.
class ModalDriver final : public QObject
{
public:
    ModalDriver()
    {
        m_timer.setInterval(10);
        connect(&m_timer, &QTimer::timeout, this, &ModalDriver::poll);
        m_timer.start();
    }

    template <typename T>
    void when(std::function<void(T *)> act)
    {
        m_steps.append([act](QWidget *widget) {
            auto *typed = qobject_cast<T *>(widget);
            if (typed) {
                act(typed);
            }
            return typed != nullptr;
        });
    }

    QStringList seen;
    int pending() const { return int(m_steps.size()); }

private:
    void poll()
    {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (!widget->isVisible() || !qobject_cast<QDialog *>(widget)) {
                continue;
            }
            const QString name = QString::fromLatin1(widget->metaObject()->className());
            if (seen.isEmpty() || seen.constLast() != name) {
                seen.append(name);
            }
            if (!m_steps.isEmpty() && m_steps.constFirst()(widget)) {
                m_steps.removeFirst();
                return;
            }
        }
    }

    QTimer m_timer;
    QList<std::function<bool(QWidget *)>> m_steps;
};

} // namespace toasoan::test
