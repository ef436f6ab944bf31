#pragma once

// Helpers of the body editor's widget tests (tst_richtexteditor, tst_editor_images, tst_editor_structure).

#include "ui/editor/RichTextEditor.h"

#include <QAbstractTextDocumentLayout>
#include <QImage>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QThread>
#include <functional>
#include <memory>

namespace toasoan::test {

// A thread that, once started, turns an autosave's copy of the editor's document
// (RichTextEditor::bodySnapshot()) into the body, as the autosave writer does.
struct SnapshotWorker
{
    std::function<QString()> snapshot;
    QString body;
    std::unique_ptr<QThread> thread{QThread::create([this] {
        body = snapshot();
        snapshot = nullptr; // the copy goes on this thread
    })};

    void take(const ui::RichTextEditor &editor) { snapshot = editor.bodySnapshot(thread.get()); }
    QString run()
    {
        thread->start();
        thread->wait();
        return body;
    }
};

inline void select(ui::RichTextEditor &editor, int start, int end)
{
    QTextCursor c = editor.textCursor();
    c.setPosition(start);
    c.setPosition(end, QTextCursor::KeepAnchor);
    editor.setTextCursor(c);
}

inline QString writePng(const QTemporaryDir &dir, const QString &name, QSize size = {1200, 800})
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(QColor(0x3f, 0x72, 0xaf));
    const QString path = dir.filePath(name);
    return image.save(path, "PNG") ? path : QString();
}

// How wide the first line of a paragraph holding an image is drawn, laid out first.
inline qreal drawnWidth(const QTextBlock &block)
{
    block.document()->documentLayout()->blockBoundingRect(block);
    return block.layout()->lineCount() > 0 ? block.layout()->lineAt(0).naturalTextWidth() : -1.0;
}

} // namespace toasoan::test
