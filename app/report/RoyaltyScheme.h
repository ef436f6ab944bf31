#pragma once

#include "app/core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace toasoan {
class Database;
}

namespace toasoan::report {

/// One kind of work the office pays for (tin, bài, ảnh, phóng sự...): the points it may be given
/// (in tenths: 2,5 points = 25) and an optional length band in words, which picks the kind
/// suggested for an article.
struct RoyaltyKind
{
    qint64 id = 0;
    QString key;  ///< stable, for the command line and files: "tin", "bai", "phong-su"
    QString name; ///< shown: "Tin", "Phóng sự"
    int minPoints = 0;
    int maxPoints = 0;
    std::optional<int> minWords;
    std::optional<int> maxWords;
    bool retired = false; ///< no longer offered; kept because articles were given it

    bool fitsLength(int words) const { return (!minWords || words >= *minWords) && (!maxWords || words <= *maxWords); }
};

/// The office's royalty scheme (Cài đặt ▸ Nhuận bút). A new workspace has an example scheme
/// (`example` true) until an administrator saves the office's own.
struct RoyaltyScheme
{
    qint64 pointValue = 0; ///< VND for one point
    bool example = false;
    QList<RoyaltyKind> kinds; ///< in the order shown, retired ones included

    const RoyaltyKind *kind(qint64 id) const;
    const RoyaltyKind *kind(const QString &key) const;
    /// The kind suggested for a text of `words` words: the first active kind whose length band
    /// holds it (a band-less kind holds every length), else the first active kind.
    const RoyaltyKind *suggestedKind(int words) const;
};

/// Reads and saves the scheme; saving needs ManageSettings (administrators).
class RoyaltySchemes final
{
    Q_DECLARE_TR_FUNCTIONS(toasoan::report::RoyaltySchemes)

public:
    explicit RoyaltySchemes(Database &db) : m_db(db) {}

    Result<RoyaltyScheme> load();
    /// Replaces the scheme (it stops being the example). Kinds are matched by key: a kind left
    /// out is deleted, or retired when articles were given it. Invalid when a kind has no key or
    /// name, a key repeats, a point range is empty or reversed, or the point value is not > 0.
    Result<void> save(qint64 actorId, const RoyaltyScheme &scheme);

    static Result<void> validate(const RoyaltyScheme &scheme);

private:
    Database &m_db;
};

} // namespace toasoan::report
