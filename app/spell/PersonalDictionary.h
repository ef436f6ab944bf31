#pragma once

#include "app/core/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace toasoan {

class Database;

/// A word the office taught the spell checker.
struct PersonalWord
{
    QString word;
    qint64 addedBy = 0; ///< user id; 0 when unknown or deleted
    QDateTime addedAt;
};

/// The office-wide spell-check dictionary, stored in the workspace database (table spell_words) so
/// every computer of the office shares it. Words are stored NFC; a lower-case entry accepts any
/// capitalisation, an entry with capitals ("iPhone") only itself.
class PersonalDictionary final
{
public:
    explicit PersonalDictionary(Database &db) : m_db(db) {}

    /// Sorted the Vietnamese way.
    Result<QList<PersonalWord>> list();
    /// Just the words, for SpellChecker::setPersonalWords().
    Result<QStringList> words();
    /// Adds one word (no spaces); adding a word already there is not an error.
    Result<void> add(const QString &word, qint64 userId);
    /// Removing a word that is not there is not an error.
    Result<void> remove(const QString &word);

private:
    Database &m_db;
};

} // namespace toasoan
