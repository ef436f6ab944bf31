#include "ui/history/ConflictDialog.h"

#include "app/html/PlainText.h"
#include "app/text/VietnameseLocale.h"
#include "ui/common/Notifier.h"
#include "ui/editor/RichTextEditor.h"
#include "ui/history/RevisionComparisonView.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace toasoan::ui {

namespace {

// The background of a changed stretch in both versions, with its number, so it can be found again.
const QString kChangedStyle = QStringLiteral("background-color:#fff6d5;");

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// One side's runs: the current version keeps what the copy removed (marked), the copy what it added.
QList<diff::DiffRun> side(const QList<diff::DiffRun> &runs, bool current)
{
    QList<diff::DiffRun> out;
    const auto dropped = current ? diff::DiffRun::Kind::Insert : diff::DiffRun::Kind::Delete;
    for (const diff::DiffRun &run : runs) {
        if (run.kind != dropped) {
            out.append(run);
        }
    }
    return out;
}

QTextBrowser *sideView(const char *name, const QString &accessibleName, QWidget *parent)
{
    auto *view = new QTextBrowser(parent);
    view->setObjectName(QString::fromLatin1(name));
    view->setAccessibleName(accessibleName);
    view->setOpenLinks(false);
    return view;
}

} // namespace

ConflictDialog::ConflictDialog(Database &db, const User &user, Notifier &notifier, const QList<ConflictCopy> &waiting,
                               QWidget *parent)
    : QDialog(parent), m_db(db), m_user(user), m_notifier(notifier), m_waiting(waiting)
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Version conflict"));
    resize(1000, 680); // fits a 1366×768 laptop screen with its taskbar

    m_chooser = new QComboBox(this);
    m_chooser->setObjectName(QStringLiteral("conflictChooser"));
    m_chooser->setAccessibleName(tr("Conflict copy"));
    for (const ConflictCopy &copy : std::as_const(m_waiting)) {
        m_chooser->addItem(
            tr("%1 — revision %2, %3")
                .arg(copy.title, QString::number(copy.revision), text::formatDateTime(copy.at.toLocalTime())));
    }
    auto *chooserRow = new QHBoxLayout;
    auto *chooserLabel = new QLabel(tr("Conflict &copy:"), this);
    chooserLabel->setBuddy(m_chooser);
    chooserRow->addWidget(chooserLabel);
    chooserRow->addWidget(m_chooser, 1);
    chooserLabel->setVisible(m_waiting.size() > 1);
    m_chooser->setVisible(m_waiting.size() > 1);
    connect(m_chooser, &QComboBox::currentIndexChanged, this, [this](int index) { load(index); });

    m_heading = new QLabel(this);
    m_heading->setWordWrap(true);

    m_currentView = sideView("conflictCurrentView", tr("The current version"), this);
    m_copyView = sideView("conflictCopyView", tr("The conflict copy"), this);
    auto *sides = new QSplitter(Qt::Horizontal, this);
    for (QTextBrowser *view : {m_currentView, m_copyView}) {
        sides->addWidget(view);
    }

    // The choices, one row per changed stretch.
    m_choiceBox = new QWidget(this);
    m_choiceLayout = new QVBoxLayout(m_choiceBox);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_choiceBox);

    // The merged text, which can be edited by hand.
    auto *mergedPage = new QWidget(this);
    m_title = new QLineEdit(mergedPage);
    m_title->setObjectName(QStringLiteral("conflictMergedTitle"));
    m_sapo = new QPlainTextEdit(mergedPage);
    m_sapo->setObjectName(QStringLiteral("conflictMergedSapo"));
    m_sapo->setMaximumHeight(80);
    m_body = new RichTextEditor(mergedPage);
    m_body->setObjectName(QStringLiteral("conflictMergedBody"));
    m_handNote = new QLabel(tr("You edited the merged text by hand: the choices no longer change it."), mergedPage);
    m_handNote->setWordWrap(true);
    m_followChoices = new QPushButton(tr("&Undo my edits, follow the choices"), mergedPage);
    m_followChoices->setObjectName(QStringLiteral("conflictFollowChoices"));
    auto *form = new QFormLayout(mergedPage);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Sapo:"), m_sapo);
    form->addRow(tr("&Body:"), m_body);
    auto *handRow = new QHBoxLayout;
    handRow->addWidget(m_handNote, 1);
    handRow->addWidget(m_followChoices);
    form->addRow(handRow);
    const auto edited = [this] {
        if (!m_filling) {
            setHandEdited(true);
        }
    };
    connect(m_title, &QLineEdit::textEdited, this, edited);
    connect(m_sapo, &QPlainTextEdit::textChanged, this, edited);
    connect(m_body, &QTextEdit::textChanged, this, edited);
    connect(m_followChoices, &QPushButton::clicked, this, [this] {
        setHandEdited(false);
        fillMerged();
    });

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(scroll, tr("C&hoose change by change"));
    m_tabs->addTab(mergedPage, tr("&Merged text"));

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(sides);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *keep = new QPushButton(tr("&Keep the current version"), this);
    keep->setObjectName(QStringLiteral("conflictKeepCurrent"));
    keep->setToolTip(tr("The article stays as it is; the conflict copy stays in the revision history"));
    connect(keep, &QPushButton::clicked, this, &ConflictDialog::keepCurrent);
    auto *take = new QPushButton(tr("Take the whole c&opy"), this);
    take->setObjectName(QStringLiteral("conflictTakeCopy"));
    take->setToolTip(tr("The copy's title, sapo and body become the current version"));
    connect(take, &QPushButton::clicked, this, &ConflictDialog::takeCopy);
    auto *save = new QPushButton(tr("&Save the merged text"), this);
    save->setObjectName(QStringLiteral("conflictSaveMerged"));
    save->setDefault(true);
    connect(save, &QPushButton::clicked, this, &ConflictDialog::saveMerged);
    auto *close = new QPushButton(tr("Close"), this);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(keep);
    buttons->addWidget(take);
    buttons->addStretch(1);
    buttons->addWidget(save);
    buttons->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(chooserRow);
    layout->addWidget(m_heading);
    layout->addWidget(split, 1);
    layout->addLayout(buttons);

    setHandEdited(false);
    load(0);
}

ConflictDialog::~ConflictDialog() = default;

qint64 ConflictDialog::articleId() const
{
    return m_case.current.id;
}

int ConflictDialog::revision() const
{
    return m_case.copy.number;
}

bool ConflictDialog::load(int index)
{
    if (index < 0 || index >= m_waiting.size()) {
        return false;
    }
    const ConflictCopy &wanted = m_waiting.at(index);
    auto opened = ConflictResolution(m_db).open(wanted.articleId, wanted.revision, m_user.id);
    if (!opened) {
        m_notifier.showError(this, tr("Cannot open the conflict copy"), opened.error());
        return false;
    }
    m_case = *opened;
    m_merge = diff::TextMerge(m_case.current, m_case.copy.snapshot);
    m_changes = m_merge.changes();
    m_sides = QList<diff::MergeSide>(m_changes.size(), diff::MergeSide::Current);
    const bool mine = m_case.copy.authorId == m_user.id;
    const QString written = text::formatDateTime(m_case.copy.createdAt.toLocalTime());
    const QString what =
        mine ? tr("\"%1\": the text you wrote offline (revision %2, %3) and the current version (version %4), which "
                  "changed on the server meanwhile.")
                   .arg(m_case.current.title, QString::number(m_case.copy.number), written,
                        QString::number(m_case.current.version))
             : tr("\"%1\": the text %2 wrote offline (revision %3, %4) and the current version (version %5), which "
                  "changed on the server meanwhile.")
                   .arg(m_case.current.title, m_case.copyAuthor, QString::number(m_case.copy.number), written,
                        QString::number(m_case.current.version));
    m_heading->setText(what + QLatin1Char(' ') +
                       tr("Places that differ: %1. Choose for each which text to keep, or edit the merged text.")
                           .arg(m_changes.size()));
    setHandEdited(false);
    buildChoices();
    showSides();
    fillMerged();
    return true;
}

void ConflictDialog::buildChoices()
{
    qDeleteAll(m_choiceBox->findChildren<QWidget *>(Qt::FindDirectChildrenOnly));
    m_groups.clear();
    while (QLayoutItem *item = m_choiceLayout->takeAt(0)) {
        delete item;
    }
    const bool mine = m_case.copy.authorId == m_user.id;
    int paragraph = 0; // the current version's body blocks before the stretch
    int change = 0;
    for (const diff::MergeHunk &hunk : m_merge.hunks()) {
        if (!hunk.changed) {
            paragraph += hunk.field == QLatin1String("body") ? int(hunk.current.size()) : 0;
            continue;
        }
        QString where = hunk.field == QLatin1String("title")  ? tr("Title")
                        : hunk.field == QLatin1String("sapo") ? tr("Sapo")
                                                              : tr("Body, paragraph %1").arg(paragraph + 1);
        if (hunk.field == QLatin1String("body")) {
            paragraph += int(hunk.current.size());
        }
        auto *row = new QWidget(m_choiceBox);
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 2, 0, 2);
        auto *label = new QLabel(QStringLiteral("<b>[%1] %2</b><br/>").arg(change + 1).arg(where.toHtmlEscaped()) +
                                     RevisionComparisonView::runsHtml(hunk.runs),
                                 row);
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
        auto *keep = new QRadioButton(tr("Keep the current version"), row);
        keep->setObjectName(QStringLiteral("keepCurrent%1").arg(change));
        keep->setChecked(true);
        auto *take = new QRadioButton(mine ? tr("Take my version") : tr("Take the copy"), row);
        take->setObjectName(QStringLiteral("takeCopy%1").arg(change));
        auto *group = new QButtonGroup(row);
        group->addButton(keep, 0);
        group->addButton(take, 1);
        const int index = change;
        connect(group, &QButtonGroup::idClicked, this,
                [this, index](int id) { choose(index, id == 1 ? diff::MergeSide::Copy : diff::MergeSide::Current); });
        m_groups.append(group);
        rowLayout->addWidget(label, 1);
        rowLayout->addWidget(keep);
        rowLayout->addWidget(take);
        m_choiceLayout->addWidget(row);
        ++change;
    }
    if (change == 0) {
        m_choiceLayout->addWidget(new QLabel(tr("The two texts are the same."), m_choiceBox));
    }
    m_choiceLayout->addStretch(1);
}

void ConflictDialog::choose(int index, diff::MergeSide side)
{
    if (index < 0 || index >= m_sides.size()) {
        return;
    }
    m_sides[index] = side;
    if (QAbstractButton *button = m_groups.at(index)->button(side == diff::MergeSide::Copy ? 1 : 0)) {
        button->setChecked(true);
    }
    fillMerged();
}

QString ConflictDialog::sideHtml(bool current) const
{
    QString html;
    int change = 0;
    for (const diff::MergeHunk &hunk : m_merge.hunks()) {
        QStringList paragraphs;
        QString marker;
        if (!hunk.changed) {
            const QStringList &part = hunk.current;
            for (const QString &block : part) {
                const QStringList texts =
                    hunk.field == QLatin1String("body") ? html::textBlocks(block) : QStringList{block};
                for (const QString &text : texts) {
                    paragraphs.append(escaped(text));
                }
            }
        } else {
            marker = QStringLiteral("<b>[%1]</b> ").arg(++change);
            for (const QList<diff::DiffRun> &runs : RevisionComparisonView::paragraphs(side(hunk.runs, current))) {
                paragraphs.append(RevisionComparisonView::runsHtml(runs));
            }
            if (paragraphs.isEmpty()) {
                paragraphs.append(QStringLiteral("<i>") + escaped(tr("(nothing here)")) + QStringLiteral("</i>"));
            }
        }
        const QString style = hunk.changed ? QStringLiteral(" style=\"%1\"").arg(kChangedStyle) : QString();
        for (qsizetype i = 0; i < paragraphs.size(); ++i) {
            const QString text = (i == 0 ? marker : QString()) + paragraphs.at(i);
            if (hunk.field == QLatin1String("title")) {
                html += QStringLiteral("<h3%1>%2</h3>").arg(style, text);
            } else if (hunk.field == QLatin1String("sapo")) {
                html += QStringLiteral("<p%1><b>%2</b></p>").arg(style, text);
            } else {
                html += QStringLiteral("<p%1>%2</p>").arg(style, text);
            }
        }
    }
    return html;
}

void ConflictDialog::showSides()
{
    const bool mine = m_case.copy.authorId == m_user.id;
    m_currentView->setHtml(QStringLiteral("<p><i>") +
                           escaped(tr("The current version (version %1)").arg(m_case.current.version)) +
                           QStringLiteral("</i></p>") + sideHtml(true));
    m_copyView->setHtml(
        QStringLiteral("<p><i>") +
        escaped(
            mine ? tr("My version, written offline (revision %1)").arg(m_case.copy.number)
                 : tr("%1's version, written offline (revision %2)").arg(m_case.copyAuthor).arg(m_case.copy.number)) +
        QStringLiteral("</i></p>") + sideHtml(false));
}

void ConflictDialog::fillMerged()
{
    if (m_handEdited) {
        return;
    }
    const Article merged = m_merge.merged(m_sides);
    m_filling = true;
    m_title->setText(merged.title);
    m_sapo->setPlainText(merged.sapo);
    m_body->setBodyHtml(merged.body);
    m_filling = false;
}

void ConflictDialog::setHandEdited(bool edited)
{
    m_handEdited = edited;
    m_handNote->setVisible(edited);
    m_followChoices->setVisible(edited);
    for (QButtonGroup *group : std::as_const(m_groups)) {
        for (QAbstractButton *button : group->buttons()) {
            button->setEnabled(!edited);
        }
    }
}

Article ConflictDialog::mergedArticle() const
{
    if (!m_handEdited) {
        return m_merge.merged(m_sides);
    }
    Article merged = m_case.current;
    merged.title = m_title->text();
    merged.sapo = m_sapo->toPlainText();
    merged.body = m_body->bodyHtml();
    return merged;
}

bool ConflictDialog::resolve(ConflictChoice choice)
{
    const QString title = tr("Cannot deal with the conflict copy");
    if (choice != ConflictChoice::KeepCurrent && m_hasUnsavedChanges && m_hasUnsavedChanges(articleId())) {
        m_notifier.showError(this, title,
                             makeError(ErrorCode::Invalid, tr("The article has unsaved changes in its tab. Save or "
                                                              "discard them first, then deal with the copy.")));
        return false;
    }
    auto done = ConflictResolution(m_db).resolve(articleId(), revision(), m_user.id, choice, mergedArticle(),
                                                 m_case.current.version);
    if (!done) {
        m_notifier.showError(this, title, done.error());
        return false;
    }
    emit resolved(*done);
    const int index = m_chooser->currentIndex();
    m_waiting.removeAt(index);
    if (m_waiting.isEmpty()) {
        accept();
        return true;
    }
    m_chooser->blockSignals(true);
    m_chooser->removeItem(index);
    m_chooser->blockSignals(false);
    load(m_chooser->currentIndex());
    return true;
}

bool ConflictDialog::saveMerged()
{
    return resolve(ConflictChoice::Merge);
}

bool ConflictDialog::keepCurrent()
{
    return resolve(ConflictChoice::KeepCurrent);
}

bool ConflictDialog::takeCopy()
{
    return resolve(ConflictChoice::TakeCopy);
}

} // namespace toasoan::ui
