#include "ui/recovery/RecoveryDialog.h"

#include "app/diff/WordDiff.h"
#include "ui/common/ThemedIcon.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace toasoan::ui {

namespace {

QString timeText(const QDateTime &time)
{
    return time.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"));
}

// Inserted words get a tint of the theme's highlight, removed ones are struck through in the
// muted text colour: readable in light and dark themes alike.
QString runsHtml(const QList<diff::DiffRun> &runs, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor highlight = palette.color(QPalette::Highlight);
    const QColor tint =
        QColor::fromRgbF(base.redF() * 0.7f + highlight.redF() * 0.3f, base.greenF() * 0.7f + highlight.greenF() * 0.3f,
                         base.blueF() * 0.7f + highlight.blueF() * 0.3f);
    const QString muted = palette.color(QPalette::PlaceholderText).name();
    QString html;
    for (const diff::DiffRun &run : runs) {
        QString text = run.text.toHtmlEscaped();
        text.replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
        switch (run.kind) {
        case diff::DiffRun::Kind::Equal:
            html += text;
            break;
        case diff::DiffRun::Kind::Insert:
            html += QStringLiteral("<span style=\"background-color:%1; font-weight:bold\">").arg(tint.name()) + text +
                    QStringLiteral("</span>");
            break;
        case diff::DiffRun::Kind::Delete:
            html += QStringLiteral("<s style=\"color:%1\">").arg(muted) + text + QStringLiteral("</s>");
            break;
        }
    }
    return html;
}

// Cuts runs at the paragraph breaks ("\n") diffParagraphs() puts between paragraphs.
QList<QList<diff::DiffRun>> splitParagraphs(const QList<diff::DiffRun> &runs)
{
    QList<QList<diff::DiffRun>> paragraphs(1);
    for (const diff::DiffRun &run : runs) {
        const QStringList pieces = run.text.split(QLatin1Char('\n'));
        for (int i = 0; i < pieces.size(); ++i) {
            if (i > 0) {
                paragraphs.append(QList<diff::DiffRun>());
            }
            if (!pieces.at(i).isEmpty()) {
                paragraphs.last().append({run.kind, pieces.at(i)});
            }
        }
    }
    paragraphs.removeIf([](const QList<diff::DiffRun> &paragraph) { return paragraph.isEmpty(); });
    return paragraphs;
}

} // namespace

RecoveryDialog::RecoveryDialog(const QList<editing::RecoveredArticle> &items, QWidget *parent)
    : QDialog(parent), m_items(items), m_decisions(items.size(), Decision::Undecided)
{
    setObjectName(QStringLiteral("recoveryDialog"));
    setWindowTitle(tr("Recover unsaved changes"));
    setAccessibleName(tr("Recover unsaved changes"));

    auto *intro = new QLabel(tr("ToaSoan was not closed properly last time. These articles have changes that were "
                                "kept by autosave but not saved. Restore each one to keep working on it, or skip "
                                "it to keep the saved version."),
                             this);
    intro->setWordWrap(true);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("recoveryList"));
    m_list->setAccessibleName(tr("Articles with recovered changes"));
    m_list->setWordWrap(true); // long headlines wrap instead of scrolling sideways
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    for (int row = 0; row < m_items.size(); ++row) {
        m_list->addItem(QString());
        updateRow(row);
    }

    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("recoveryNotice"));
    m_notice->setWordWrap(true);
    m_changes = new QTextBrowser(this);
    m_changes->setObjectName(QStringLiteral("recoveryChanges"));
    m_changes->setAccessibleName(tr("What differs from the saved version"));
    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_notice);
    detailLayout->addWidget(m_changes, 1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(detail);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({260, 580});
    splitter->setChildrenCollapsible(false);

    m_restore = new QPushButton(themedIcon(QStringLiteral(":/icons/restore.svg")), tr("&Restore"), this);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_restore->setAccessibleName(tr("Restore the recovered changes of this article"));
    m_skip = new QPushButton(themedIcon(QStringLiteral(":/icons/remove.svg")), tr("&Skip"), this);
    m_skip->setObjectName(QStringLiteral("skipButton"));
    m_skip->setAccessibleName(tr("Skip: keep the saved version and discard the recovered changes"));
    m_later = new QPushButton(tr("Decide &later"), this);
    m_later->setObjectName(QStringLiteral("laterButton"));
    m_later->setAccessibleName(tr("Close and ask again at the next start"));
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_restore, QDialogButtonBox::ActionRole);
    buttons->addButton(m_skip, QDialogButtonBox::ActionRole);
    buttons->addButton(m_later, QDialogButtonBox::RejectRole);
    m_restore->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(860, 520);

    connect(m_list, &QListWidget::currentRowChanged, this, &RecoveryDialog::showItem);
    connect(m_restore, &QPushButton::clicked, this, &RecoveryDialog::restoreCurrent);
    connect(m_skip, &QPushButton::clicked, this, &RecoveryDialog::skipCurrent);
    connect(m_later, &QPushButton::clicked, this, &QDialog::reject);
    m_list->setCurrentRow(0);
}

void RecoveryDialog::setCurrent(int row)
{
    m_list->setCurrentRow(row);
}

int RecoveryDialog::current() const
{
    return m_list->currentRow();
}

QString RecoveryDialog::shownChanges() const
{
    return m_changes->toPlainText();
}

void RecoveryDialog::restoreCurrent()
{
    decide(Decision::Restored);
}

void RecoveryDialog::skipCurrent()
{
    decide(Decision::Skipped);
}

void RecoveryDialog::decide(Decision decision)
{
    const int row = current();
    if (row < 0 || row >= m_items.size() || m_decisions.at(row) != Decision::Undecided) {
        return;
    }
    m_decisions[row] = decision;
    updateRow(row);
    if (decision == Decision::Restored) {
        emit restoreRequested(m_items.at(row));
    } else {
        emit skipRequested(m_items.at(row).recovery.articleId);
    }
    // Move on to the next article still waiting; close when there is none.
    for (int step = 1; step <= m_items.size(); ++step) {
        const int next = (row + step) % int(m_items.size());
        if (m_decisions.at(next) == Decision::Undecided) {
            m_list->setCurrentRow(next);
            return;
        }
    }
    accept();
}

void RecoveryDialog::updateRow(int row)
{
    const editing::RecoveredArticle &item = m_items.at(row);
    const QString title = item.recovery.article.title.isEmpty() ? tr("(untitled)") : item.recovery.article.title;
    QString status;
    switch (m_decisions.at(row)) {
    case Decision::Undecided:
        status = tr("kept at %1").arg(timeText(item.recovery.savedAt));
        break;
    case Decision::Restored:
        status = tr("restored");
        break;
    case Decision::Skipped:
        status = tr("skipped");
        break;
    }
    QListWidgetItem *listItem = m_list->item(row);
    listItem->setText(title + QLatin1Char('\n') + status);
    listItem->setData(Qt::AccessibleTextRole, QString(title + QStringLiteral(", ") + status));
}

void RecoveryDialog::showItem(int row)
{
    if (row < 0 || row >= m_items.size()) {
        m_changes->clear();
        m_notice->clear();
        return;
    }
    const editing::RecoveredArticle &item = m_items.at(row);
    m_notice->setText(item.savedSinceCopy
                          ? tr("Careful: the article was saved again (version %1) after this copy was kept. "
                               "Restoring replaces that version's text with the copy's when you save.")
                                .arg(item.saved.version)
                          : tr("Kept by autosave at %1; last saved version: %2.")
                                .arg(timeText(item.recovery.savedAt))
                                .arg(item.saved.version));
    m_changes->setHtml(changesHtml(item));
    const bool open = m_decisions.at(row) == Decision::Undecided;
    m_restore->setEnabled(open);
    m_skip->setEnabled(open);
}

QString RecoveryDialog::changesHtml(const editing::RecoveredArticle &item) const
{
    const QPalette pal = palette();
    QString html;
    const diff::ArticleDiff &changes = item.changes;
    if (!changes.fields.isEmpty()) {
        html += QStringLiteral("<h3>") + tr("Changed details").toHtmlEscaped() + QStringLiteral("</h3><ul>");
        for (const diff::FieldChange &field : changes.fields) {
            html += QStringLiteral("<li><b>") + field.label.toHtmlEscaped() + QStringLiteral(":</b> ");
            if (!field.runs.isEmpty()) {
                html += runsHtml(field.runs, pal);
            } else {
                const QList<diff::DiffRun> runs{{diff::DiffRun::Kind::Delete, field.before},
                                                {diff::DiffRun::Kind::Equal, QStringLiteral(" → ")},
                                                {diff::DiffRun::Kind::Insert, field.after}};
                html += runsHtml(runs, pal);
            }
            html += QStringLiteral("</li>");
        }
        html += QStringLiteral("</ul>");
    }
    if (changes.bodyChanged) {
        html += QStringLiteral("<h3>") + tr("Body").toHtmlEscaped() + QStringLiteral("</h3>");
        // Only the changed paragraphs: a long article would bury its one new sentence.
        bool skipped = false;
        for (const QList<diff::DiffRun> &paragraph : splitParagraphs(changes.body)) {
            if (!diff::hasChanges(paragraph)) {
                skipped = true;
                continue;
            }
            if (skipped) {
                html += QStringLiteral("<p>…</p>");
                skipped = false;
            }
            html += QStringLiteral("<p>") + runsHtml(paragraph, pal) + QStringLiteral("</p>");
        }
        if (skipped) {
            html += QStringLiteral("<p>…</p>");
        }
    }
    if (changes.isEmpty()) {
        html += QStringLiteral("<p>") + tr("Only the formatting differs from the saved version.").toHtmlEscaped() +
                QStringLiteral("</p>");
    }
    return html;
}

} // namespace toasoan::ui
