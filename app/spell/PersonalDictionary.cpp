#include "app/spell/PersonalDictionary.h"

#include "app/storage/Database.h"
#include "app/text/Normalize.h"

#include <QCollator>
#include <QCoreApplication>
#include <algorithm>

namespace toasoan {

namespace {

Result<QString> cleanWord(const QString &word)
{
    const QString w = text::normalize(word).trimmed();
    const auto invalid = [](const char *message) {
        return makeError(ErrorCode::Invalid, QCoreApplication::translate("toasoan::PersonalDictionary", message));
    };
    if (w.isEmpty()) {
        return invalid(QT_TRANSLATE_NOOP("toasoan::PersonalDictionary", "Type the word to add to the dictionary."));
    }
    for (QChar ch : w) {
        if (ch.isSpace()) {
            return invalid(QT_TRANSLATE_NOOP("toasoan::PersonalDictionary",
                                             "Add one word at a time: the spell checker checks words separately."));
        }
    }
    return w;
}

} // namespace

Result<QList<PersonalWord>> PersonalDictionary::list()
{
    TOASOAN_TRY(q, m_db.exec(QStringLiteral("SELECT word, added_by, added_at FROM spell_words")));
    QList<PersonalWord> words;
    while (q->next()) {
        words.append(PersonalWord{q->value(0).toString(), q->value(1).toLongLong(), fromDbTime(q->value(2))});
    }
    QCollator collator(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    std::sort(words.begin(), words.end(),
              [&](const PersonalWord &a, const PersonalWord &b) { return collator.compare(a.word, b.word) < 0; });
    return words;
}

Result<QStringList> PersonalDictionary::words()
{
    TOASOAN_TRY(all, list());
    QStringList words;
    for (const PersonalWord &w : std::as_const(*all)) {
        words.append(w.word);
    }
    return words;
}

Result<void> PersonalDictionary::add(const QString &word, qint64 userId)
{
    TOASOAN_TRY(w, cleanWord(word));
    auto q = m_db.exec(QStringLiteral("INSERT INTO spell_words (word, added_by, added_at) VALUES (?, ?, ?) "
                                      "ON CONFLICT (word) DO NOTHING"),
                       {*w, toDbId(userId), toDbTime(QDateTime::currentDateTimeUtc())});
    return q ? Result<void>() : Result<void>(q.error());
}

Result<void> PersonalDictionary::remove(const QString &word)
{
    auto q = m_db.exec(QStringLiteral("DELETE FROM spell_words WHERE word = ?"), {text::normalize(word).trimmed()});
    return q ? Result<void>() : Result<void>(q.error());
}

} // namespace toasoan
