#pragma once

// Keystroke-to-repaint timing for the editor benchmarks: the viewport's paints counted, and a key typed as the
// window gets it, timed until the next paint.

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QKeyEvent>
#include <QObject>
#include <QString>
#include <QWidget>

namespace toasoan::bench {

// Counts paints of the viewport.
class PaintWatcher final : public QObject
{
public:
    int paints = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            ++paints;
        }
        return false;
    }
};

// Runs the event loop until the viewport has painted once more (or 2 s passed).
inline void waitForPaint(PaintWatcher &watcher)
{
    const int before = watcher.paints;
    QElapsedTimer guard;
    guard.start();
    while (watcher.paints == before && guard.elapsed() < 2000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents);
    }
}

// Types `ch` into `editor` (press and release) and gives the milliseconds until its viewport repainted.
inline double typeOne(QWidget &editor, PaintWatcher &watcher, const QString &ch)
{
    QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, ch);
    QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, ch);
    QElapsedTimer t;
    t.start();
    QCoreApplication::sendEvent(&editor, &press);
    QCoreApplication::sendEvent(&editor, &release);
    waitForPaint(watcher);
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace toasoan::bench
