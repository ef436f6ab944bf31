#pragma once

#include "app/editing/ArticleValidation.h"

#include <QWidget>

class QLabel;

namespace toasoan::ui {

/// The line under a field that says what is wrong with it: an icon and a sentence, hidden when
/// there is nothing to say. The watched field gets the sentence as its accessible description,
/// so screen readers announce it with the field.
class FieldMessage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldMessage)

public:
    explicit FieldMessage(QWidget *field, QWidget *parent = nullptr);

    void showIssue(editing::ValidationIssue::Severity severity, const QString &message);
    void clearIssue();
    QString text() const;
    bool isError() const { return m_error && !text().isEmpty(); }

private:
    QWidget *m_field = nullptr;
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    bool m_error = false;
};

} // namespace toasoan::ui
