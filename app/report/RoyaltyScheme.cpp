#include "app/report/RoyaltyScheme.h"

#include "app/report/Money.h"
#include "app/storage/Database.h"
#include "app/storage/EventLog.h"
#include "app/text/Normalize.h"
#include "app/workflow/ActingUser.h"

#include <QSet>

namespace toasoan::report {

namespace {

QVariant optionalInt(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant();
}

std::optional<int> intOrNull(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

} // namespace

const RoyaltyKind *RoyaltyScheme::kind(qint64 id) const
{
    for (const RoyaltyKind &k : kinds) {
        if (k.id == id) {
            return &k;
        }
    }
    return nullptr;
}

const RoyaltyKind *RoyaltyScheme::kind(const QString &key) const
{
    for (const RoyaltyKind &k : kinds) {
        if (k.key == key) {
            return &k;
        }
    }
    return nullptr;
}

const RoyaltyKind *RoyaltyScheme::suggestedKind(int words) const
{
    const RoyaltyKind *first = nullptr;
    for (const RoyaltyKind &k : kinds) {
        if (k.retired) {
            continue;
        }
        if (!first) {
            first = &k;
        }
        if ((k.minWords || k.maxWords) && k.fitsLength(words)) {
            return &k;
        }
    }
    return first;
}

Result<RoyaltyScheme> RoyaltySchemes::load()
{
    RoyaltyScheme scheme;
    TOASOAN_TRY(head, m_db.exec(QStringLiteral("SELECT point_value, example FROM royalty_scheme WHERE id = 1")));
    if (head->next()) {
        scheme.pointValue = head->value(0).toLongLong();
        scheme.example = head->value(1).toInt() != 0;
    }
    TOASOAN_TRY(rows, m_db.exec(QStringLiteral("SELECT id, key, name, min_points, max_points, min_words, max_words, "
                                               "retired FROM royalty_kinds ORDER BY retired, position, id")));
    while (rows->next()) {
        RoyaltyKind k;
        k.id = rows->value(0).toLongLong();
        k.key = rows->value(1).toString();
        k.name = rows->value(2).toString();
        k.minPoints = rows->value(3).toInt();
        k.maxPoints = rows->value(4).toInt();
        k.minWords = intOrNull(rows->value(5));
        k.maxWords = intOrNull(rows->value(6));
        k.retired = rows->value(7).toInt() != 0;
        scheme.kinds.append(k);
    }
    return scheme;
}

Result<void> RoyaltySchemes::validate(const RoyaltyScheme &scheme)
{
    if (scheme.pointValue <= 0) {
        return makeError(ErrorCode::Invalid, tr("The value of one point must be more than 0 đồng."));
    }
    QSet<QString> keys;
    for (const RoyaltyKind &k : scheme.kinds) {
        if (k.key.trimmed().isEmpty() || k.name.trimmed().isEmpty()) {
            return makeError(ErrorCode::Invalid, tr("Every kind of work needs a code and a name."));
        }
        if (keys.contains(k.key.trimmed())) {
            return makeError(ErrorCode::Invalid, tr("The code \"%1\" is used twice.").arg(k.key.trimmed()));
        }
        keys.insert(k.key.trimmed());
        if (k.minPoints < 0 || k.maxPoints < k.minPoints || k.maxPoints == 0) {
            return makeError(ErrorCode::Invalid,
                             tr("The points of \"%1\" must go from a number to a larger or equal one.").arg(k.name));
        }
        if ((k.minWords && *k.minWords < 0) || (k.minWords && k.maxWords && *k.maxWords < *k.minWords)) {
            return makeError(ErrorCode::Invalid, tr("The length band of \"%1\" is reversed.").arg(k.name));
        }
    }
    return {};
}

Result<void> RoyaltySchemes::save(qint64 actorId, const RoyaltyScheme &scheme)
{
    TOASOAN_TRY(actor, actingUser(m_db, actorId, Action::ManageSettings));
    TOASOAN_CHECK(validate(scheme));
    return m_db.transaction([&]() -> Result<void> {
        TOASOAN_TRY(old, load());
        TOASOAN_CHECK(m_db.exec(QStringLiteral("UPDATE royalty_scheme SET point_value = ?, example = 0 WHERE id = 1"),
                                {scheme.pointValue}));
        QSet<QString> kept;
        int position = 0;
        for (const RoyaltyKind &k : scheme.kinds) {
            const QString key = k.key.trimmed();
            kept.insert(key);
            const QVariantList values = {
                text::normalize(k.name.trimmed()), k.minPoints, k.maxPoints,       optionalInt(k.minWords),
                optionalInt(k.maxWords),           position++,  k.retired ? 1 : 0, key};
            if (old->kind(key)) {
                TOASOAN_CHECK(m_db.exec(QStringLiteral("UPDATE royalty_kinds SET name = ?, min_points = ?, max_points "
                                                       "= ?, min_words = ?, max_words = ?, position = ?, retired = ? "
                                                       "WHERE key = ?"),
                                        values));
            } else {
                TOASOAN_CHECK(m_db.exec(QStringLiteral("INSERT INTO royalty_kinds (name, min_points, max_points, "
                                                       "min_words, max_words, position, retired, key) VALUES (?, ?, "
                                                       "?, ?, ?, ?, ?, ?)"),
                                        values));
            }
        }
        for (const RoyaltyKind &k : old->kinds) {
            if (kept.contains(k.key)) {
                continue;
            }
            TOASOAN_TRY(used,
                        m_db.value(QStringLiteral("SELECT count(*) FROM article_royalties WHERE kind_id = ?"), {k.id}));
            TOASOAN_CHECK(m_db.exec(used->toInt() > 0
                                        ? QStringLiteral("UPDATE royalty_kinds SET retired = 1 WHERE id = ?")
                                        : QStringLiteral("DELETE FROM royalty_kinds WHERE id = ?"),
                                    {k.id}));
        }
        Event event;
        event.userId = actor->id;
        event.action = QStringLiteral("royalty_scheme");
        event.comment = QStringLiteral("point_value=%1 kinds=%2").arg(scheme.pointValue).arg(scheme.kinds.size());
        return EventLog(m_db).append(event).discard();
    });
}

} // namespace toasoan::report
