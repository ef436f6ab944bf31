#pragma once

#include "app/core/Result.h"

#include <QList>
#include <QMutex>
#include <QSet>
#include <QString>
#include <QStringList>
#include <memory>

class Hunspell;

namespace toasoan {

/// A misspelled word found in a text.
struct SpellIssue
{
    qsizetype position = 0; ///< in the text as given (UTF-16 units)
    qsizetype length = 0;
    QString word;
};

/// Vietnamese spell checking with libhunspell and Debian's hunspell-vi syllable list. Words are
/// checked syllable by syllable; old-style tone placement (hòa, thủy) is accepted like the new style
/// the dictionary lists (hoà, thuỷ); words holding digits, upper-case words (acronyms), URLs and e-mail
/// addresses are skipped; the office's personal dictionary is consulted first. All methods may be called from any
/// thread (the editor checks paragraphs in a worker): one mutex guards the Hunspell instance.
class SpellChecker final
{
public:
    ~SpellChecker();
    SpellChecker(const SpellChecker &) = delete;
    SpellChecker &operator=(const SpellChecker &) = delete;

    /// Loads `<dir>/<language>.aff` and `.dic` from the first of `directories` that has both (the
    /// system's hunspell folders when empty). A missing dictionary gives a NotFound error whose message
    /// tells the user what to install; the rest of the application works without spell checking.
    static Result<std::unique_ptr<SpellChecker>> open(const QStringList &directories = {},
                                                      const QString &language = QStringLiteral("vi_VN"));
    /// The folders searched when open() gets none.
    static QStringList defaultDirectories();

    /// True when one word (no spaces) is spelled correctly or is not checked at all (digits...).
    bool isCorrect(const QString &word) const;
    /// Every misspelled word of `text`, in order.
    QList<SpellIssue> check(const QString &text) const;
    /// Corrections for `word`, best first, in the word's own tone-placement style.
    QStringList suggestions(const QString &word) const;

    /// Replaces the personal (office) dictionary words consulted before Hunspell.
    void setPersonalWords(const QStringList &words);
    void addPersonalWord(const QString &word);
    void removePersonalWord(const QString &word);

private:
    SpellChecker(std::unique_ptr<Hunspell> hunspell, bool utf8);
    bool isPersonal(const QString &word) const;
    bool hunspellAccepts(const QString &word) const;
    QByteArray encode(const QString &word) const;
    QString decode(const std::string &word) const;

    mutable QMutex m_mutex;
    std::unique_ptr<Hunspell> m_hunspell;
    bool m_utf8 = true; ///< else ISO 8859-1
    QSet<QString> m_personal;
};

} // namespace toasoan
