#pragma once

// Collects every string a user can see in a widget tree (texts, tool tips, placeholders, accessible
// names, window titles, menu entries, button texts, item-model headers) and tells the ones that are
// still English: ASCII-only strings with common English UI words, or with several ASCII words and no
// Vietnamese letter at all. Brand and format names (WordPress, TCVN3, Ctrl…) are allowed.

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSet>
#include <QSpinBox>
#include <QStringList>
#include <QTabBar>
#include <QTextDocumentFragment>
#include <QTextEdit>

namespace toasoan::test {

/// A visible string and where it was found ("LoginDialog > QPushButton 'loginButton' text").
struct UiString
{
    QString where;
    QString text;
};

/// The text a reader sees: no mnemonic '&', no HTML tags or entities.
inline QString plainUiText(const QString &text)
{
    QString plain = text;
    if (plain.contains(QLatin1Char('<')) && plain.contains(QLatin1Char('>'))) {
        plain = QTextDocumentFragment::fromHtml(plain).toPlainText();
    }
    plain.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    plain.remove(QLatin1Char('&'));
    plain.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return plain.simplified();
}

inline const QSet<QString> &englishUiWords()
{
    static const QSet<QString> words = [] {
        const char *list =
            "about above account accept action active add added address after again all already and any appear "
            "apply approval approve approved archive are article articles ask attach author available back "
            "before below bold bottom browse but button by cancel cannot caption category change changed changes "
            "character characters check choose clear click close closed color column comment comments compare "
            "computer confirm conflict contents continue convert copy could create created current cut date day "
            "days default delete deleted description detail details detect detected dialog directory disable "
            "discard document documents done down draft drive each edit edited editing editor enable encoding "
            "enter error every exit failed false field file files find finish first folder font for forward from "
            "full general go has have headline heading help hidden hide history image images import in info "
            "information insert into invalid is italic item items keep kind language last later left level link "
            "list load loading location lock log login look manage mark menu message minutes missing mode "
            "modified month more move name network new next none not nothing now number of off open option "
            "options or original other page parent password paste path please preview previous print publish "
            "published queue quit ready recent redo refresh reject reload remove rename replace reply report "
            "required reset restart restore retry return right row rows save saved saving schedule search "
            "second seconds section select selected selection send sent set settings show sidebar site size "
            "skip slug source spell start status step stop submit sync table tag tags text the this title to "
            "today tool top total trash true try type undo unknown unsaved untitled up update updated upload "
            "use user users value version view waiting warning was website when will with without word words "
            "write yes you your zoom";
        QSet<QString> set;
        for (const QString &word : QString::fromLatin1(list).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            set.insert(word);
        }
        return set;
    }();
    return words;
}

/// Names that are the same in every language.
inline const QSet<QString> &allowedUiWords()
{
    static const QSet<QString> words = [] {
        const char *list = "toasoan wordpress xml rpc rest api url urls html htm pdf unicode tcvn tcvn3 vni viqr utf "
                           "ctrl shift alt meta del ins esc tab backtab enter backspace pgup pgdown home end qt "
                           "sqlite abc windows vntime vntimeh vnarial vnarialh times txt json csv jpeg jpg png gif "
                           "webp svg http https mailto www email sapo lrm rlm zwj zwnj zwsp lre rle lro rlo pdf lri "
                           "rli fsi pdi ltr";
        QSet<QString> set;
        for (const QString &word : QString::fromLatin1(list).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            set.insert(word);
        }
        return set;
    }();
    return words;
}

inline bool hasNonAsciiLetter(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar ch) { return ch.unicode() > 0x7F && ch.isLetter(); });
}

/// True for a string a Vietnamese reader would see as English (or as untranslated source text).
inline bool looksEnglish(const QString &text)
{
    const QString plain = plainUiText(text);
    if (hasNonAsciiLetter(plain)) {
        return false;
    }
    // Paths, addresses and file names are data, not interface text.
    if (plain.contains(QStringLiteral("://")) || plain.startsWith(QLatin1Char('/')) ||
        plain.contains(QLatin1Char('@'))) {
        return false;
    }
    if (plain.compare(QStringLiteral("OK"), Qt::CaseInsensitive) == 0) {
        return true;
    }
    static const QRegularExpression wordPattern(QStringLiteral("[A-Za-z]+"));
    int unknownWords = 0;
    for (auto it = wordPattern.globalMatch(plain); it.hasNext();) {
        const QString word = it.next().captured().toLower();
        if (word.size() < 3 || allowedUiWords().contains(word)) {
            continue;
        }
        if (englishUiWords().contains(word)) {
            return true;
        }
        ++unknownWords;
    }
    // Vietnamese sentences always carry diacritics: three bare ASCII words are English.
    return unknownWords >= 3;
}

/// Walks widgets, their actions and menus, and item models.
class UiStringCollector
{
public:
    void add(const QString &where, const QString &text)
    {
        const QString plain = plainUiText(text);
        if (plain.isEmpty() || !std::any_of(plain.cbegin(), plain.cend(), [](QChar ch) { return ch.isLetter(); })) {
            return;
        }
        const QString key = where + QLatin1Char('\x1f') + text;
        if (!m_seen.contains(key)) {
            m_seen.insert(key);
            m_strings.append({where, text});
        }
    }

    void collectWidgetTree(QWidget *root, const QString &where)
    {
        QList<QWidget *> widgets{root};
        widgets += root->findChildren<QWidget *>();
        for (QWidget *widget : std::as_const(widgets)) {
            collectWidget(widget, where);
        }
    }

    void collectActions(const QList<QAction *> &actions, const QString &where)
    {
        for (QAction *action : actions) {
            if (action->isSeparator()) {
                continue;
            }
            const QString at = where + QStringLiteral(" > action ") + plainUiText(action->text());
            add(at + QStringLiteral(" text"), action->text());
            add(at + QStringLiteral(" tool tip"), action->toolTip());
            add(at + QStringLiteral(" status tip"), action->statusTip());
            add(at + QStringLiteral(" what's this"), action->whatsThis());
            if (QMenu *menu = action->menu(); menu && !m_menus.contains(menu)) {
                m_menus.insert(menu);
                collectWidgetTree(menu, at);
            }
        }
    }

    void collectModel(const QAbstractItemModel *model, const QString &where, int maxRows = 20)
    {
        for (int column = 0; column < model->columnCount(); ++column) {
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)}) {
                add(where + QStringLiteral(" header %1").arg(column),
                    model->headerData(column, Qt::Horizontal, role).toString());
            }
        }
        for (int row = 0; row < qMin(maxRows, model->rowCount()); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                const QModelIndex index = model->index(row, column);
                for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::AccessibleTextRole)}) {
                    const QVariant value = index.data(role);
                    if (value.typeId() == QMetaType::QString) {
                        add(where + QStringLiteral(" cell %1,%2").arg(row).arg(column), value.toString());
                    }
                }
            }
        }
    }

    const QList<UiString> &strings() const { return m_strings; }

    /// "where: text" for every string that looks English.
    QStringList english() const
    {
        QStringList found;
        for (const UiString &s : m_strings) {
            if (looksEnglish(s.text)) {
                found.append(s.where + QStringLiteral(": \"") + s.text + QLatin1Char('"'));
            }
        }
        return found;
    }

private:
    static QString describe(const QWidget *widget)
    {
        QString name = QString::fromLatin1(widget->metaObject()->className());
        if (!widget->objectName().isEmpty() && !widget->objectName().startsWith(QLatin1String("qt_"))) {
            name += QStringLiteral(" '") + widget->objectName() + QLatin1Char('\'');
        }
        return name;
    }

    void collectWidget(QWidget *widget, const QString &where)
    {
        const QString at = where + QStringLiteral(" > ") + describe(widget);
        if (widget->isWindow() || qobject_cast<QDockWidget *>(widget)) {
            add(at + QStringLiteral(" window title"), widget->windowTitle());
        }
        add(at + QStringLiteral(" tool tip"), widget->toolTip());
        add(at + QStringLiteral(" status tip"), widget->statusTip());
        add(at + QStringLiteral(" what's this"), widget->whatsThis());
        add(at + QStringLiteral(" accessible name"), widget->accessibleName());
        add(at + QStringLiteral(" accessible description"), widget->accessibleDescription());
        if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            add(at + QStringLiteral(" text"), button->text());
        }
        if (auto *label = qobject_cast<QLabel *>(widget)) {
            add(at + QStringLiteral(" text"), label->text());
        }
        if (auto *line = qobject_cast<QLineEdit *>(widget)) {
            add(at + QStringLiteral(" placeholder"), line->placeholderText());
        }
        if (auto *edit = qobject_cast<QTextEdit *>(widget)) {
            add(at + QStringLiteral(" placeholder"), edit->placeholderText());
            if (edit->isReadOnly()) {
                add(at + QStringLiteral(" text"), edit->toPlainText());
            }
        }
        if (auto *plain = qobject_cast<QPlainTextEdit *>(widget)) {
            add(at + QStringLiteral(" placeholder"), plain->placeholderText());
        }
        if (auto *combo = qobject_cast<QComboBox *>(widget)) {
            add(at + QStringLiteral(" placeholder"), combo->placeholderText());
            for (int i = 0; i < combo->count(); ++i) {
                add(at + QStringLiteral(" item"), combo->itemText(i));
                add(at + QStringLiteral(" item tool tip"), combo->itemData(i, Qt::ToolTipRole).toString());
            }
        }
        if (auto *group = qobject_cast<QGroupBox *>(widget)) {
            add(at + QStringLiteral(" title"), group->title());
        }
        if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i) {
                add(at + QStringLiteral(" tab"), tabs->tabText(i));
                add(at + QStringLiteral(" tab tool tip"), tabs->tabToolTip(i));
                add(at + QStringLiteral(" tab what's this"), tabs->tabWhatsThis(i));
            }
        }
        if (auto *spin = qobject_cast<QAbstractSpinBox *>(widget)) {
            add(at + QStringLiteral(" special value"), spin->specialValueText());
        }
        if (auto *spin = qobject_cast<QSpinBox *>(widget)) {
            add(at + QStringLiteral(" prefix"), spin->prefix());
            add(at + QStringLiteral(" suffix"), spin->suffix());
        }
        if (auto *menu = qobject_cast<QMenu *>(widget)) {
            add(at + QStringLiteral(" title"), menu->title());
        }
        if (auto *view = qobject_cast<QAbstractItemView *>(widget);
            view && view->model() && !qobject_cast<QHeaderView *>(widget)) {
            collectModel(view->model(), at);
        }
        collectActions(widget->actions(), at);
    }

    QList<UiString> m_strings;
    QSet<QString> m_seen;
    QSet<QMenu *> m_menus;
};

} // namespace toasoan::test
