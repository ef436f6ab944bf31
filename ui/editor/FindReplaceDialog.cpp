#include "ui/editor/FindReplaceDialog.h"

#include "app/text/Normalize.h"
#include "ui/editor/RichTextEditor.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace toasoan::ui {

FindReplaceDialog::FindReplaceDialog(RichTextEditor *editor) : QDialog(editor), m_editor(editor)
{
    setObjectName(QStringLiteral("findReplaceDialog"));
    setWindowTitle(tr("Find and replace"));
    setAccessibleName(tr("Find and replace"));
    setModal(false);

    m_find = new QLineEdit(this);
    m_find->setObjectName(QStringLiteral("findText"));
    m_find->setAccessibleName(tr("Text to find"));
    m_replace = new QLineEdit(this);
    m_replace->setObjectName(QStringLiteral("replaceText"));
    m_replace->setAccessibleName(tr("Replace with"));
    m_matchCase = new QCheckBox(tr("Match &case"), this);
    m_matchCase->setObjectName(QStringLiteral("matchCase"));
    m_matchCase->setAccessibleName(tr("Match case"));
    m_matchDiacritics = new QCheckBox(tr("Match &diacritics (off: \"quan uy\" finds \"Quận ủy\")"), this);
    m_matchDiacritics->setObjectName(QStringLiteral("matchDiacritics"));
    m_matchDiacritics->setAccessibleName(tr("Match diacritics"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("findStatus"));
    m_status->setAccessibleName(tr("Search result"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Find:"), m_find);
    form->addRow(tr("Replace &with:"), m_replace);
    form->addRow(m_matchCase);
    form->addRow(m_matchDiacritics);

    auto *buttons = new QDialogButtonBox(this);
    const auto addButton = [&](const QString &text, const QString &name, void (FindReplaceDialog::*slot)()) {
        auto *button = buttons->addButton(text, QDialogButtonBox::ActionRole);
        button->setObjectName(name);
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, this, slot);
        return button;
    };
    addButton(tr("Find &next"), QStringLiteral("findNextButton"), &FindReplaceDialog::findNext)->setDefault(true);
    addButton(tr("Find &previous"), QStringLiteral("findPreviousButton"), &FindReplaceDialog::findPrevious);
    addButton(tr("&Replace"), QStringLiteral("replaceButton"), &FindReplaceDialog::replace);
    addButton(tr("Replace &all"), QStringLiteral("replaceAllButton"), &FindReplaceDialog::replaceAll);
    buttons->addButton(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::hide);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    setTabOrder(m_find, m_replace);
}

void FindReplaceDialog::showFor(bool replaceMode, const QString &query)
{
    if (!query.isEmpty()) {
        m_find->setText(query);
    }
    m_status->clear();
    show();
    raise();
    activateWindow();
    QLineEdit *field = replaceMode && !m_find->text().isEmpty() ? m_replace : m_find;
    field->setFocus();
    field->selectAll();
}

SearchOptions FindReplaceDialog::options() const
{
    SearchOptions o;
    o.matchCase = m_matchCase->isChecked();
    o.matchDiacritics = m_matchDiacritics->isChecked();
    return o;
}

QString FindReplaceDialog::query() const
{
    return text::normalize(m_find->text());
}

void FindReplaceDialog::report(const QString &message)
{
    m_status->setText(message);
}

void FindReplaceDialog::findNext()
{
    report(m_editor->find(query(), options()) ? QString() : tr("Not found."));
}

void FindReplaceDialog::findPrevious()
{
    SearchOptions o = options();
    o.backward = true;
    report(m_editor->find(query(), o) ? QString() : tr("Not found."));
}

void FindReplaceDialog::replace()
{
    m_editor->replaceCurrent(query(), text::normalize(m_replace->text()), options());
    findNext();
}

void FindReplaceDialog::replaceAll()
{
    const int count = m_editor->replaceAll(query(), text::normalize(m_replace->text()), options());
    report(tr("Replaced %n occurrence(s).", nullptr, count));
}

} // namespace toasoan::ui
