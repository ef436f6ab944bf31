#pragma once

#include "app/core/Result.h"
#include "app/model/Taxonomy.h"

#include <QList>
#include <QStringList>

namespace toasoan {

class Database;

/// The first-start wizard's share of the core: the sections an office usually starts with, and
/// adding the chosen ones as an administrator (ManageSettings, checked here whoever calls).
class OfficeSetup final
{
public:
    explicit OfficeSetup(Database &db) : m_db(db) {}

    /// The usual sections of a district news site, in Vietnamese whatever the interface language:
    /// they are the website's own names.
    static QStringList suggestedCategories();

    /// Adds each name as a top-level category, in order, in one transaction. Blank names and names
    /// whose slug the workspace's top level (or an earlier name) already has are skipped: running
    /// the wizard again, or typing "Văn hoá" beside "Văn hóa", adds nothing twice. Returns the
    /// categories created.
    Result<QList<Category>> addCategories(qint64 actorId, const QStringList &names);

private:
    Database &m_db;
};

} // namespace toasoan
