#include "app/storage/SiteRepository.h"

#include "app/storage/Database.h"
#include "app/text/Normalize.h"

#include <QCoreApplication>

namespace toasoan {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(toasoan::SiteRepository)
};

const QString kColumns = QStringLiteral("id, name, kind, base_url, username, unpublish_action, created_at");

Site siteFromQuery(const QSqlQuery &q)
{
    Site s;
    s.id = q.value(0).toLongLong();
    s.name = q.value(1).toString();
    s.kind = siteKindFromKey(q.value(2).toString()).value_or(SiteKind::WordPressRest);
    s.baseUrl = QUrl(q.value(3).toString());
    s.username = q.value(4).toString();
    s.unpublishAction = unpublishActionFromKey(q.value(5).toString()).value_or(UnpublishAction::Draft);
    s.createdAt = fromDbTime(q.value(6));
    return s;
}

Site cleaned(Site site)
{
    site.name = text::normalize(site.name.simplified());
    site.username = text::normalize(site.username.trimmed());
    site.baseUrl = SiteRepository::cleanBaseUrl(site.baseUrl.toString());
    return site;
}

Error notFound(const QString &what)
{
    return makeError(ErrorCode::NotFound, Text::tr("There is no website connection named %1.").arg(what));
}

} // namespace

QUrl SiteRepository::cleanBaseUrl(const QString &typed)
{
    QString text = typed.trimmed();
    if (text.isEmpty()) {
        return {};
    }
    if (!text.contains(QLatin1String("://"))) {
        text.prepend(QLatin1String("https://"));
    }
    QUrl url(text, QUrl::TolerantMode);
    if (!url.isValid()) {
        return {};
    }
    url.setQuery(QString());
    url.setFragment(QString());
    QString path = url.path();
    for (const char *tail : {"/wp-json", "/xmlrpc.php", "/wp-admin", "/index.php"}) {
        const qsizetype at = path.indexOf(QLatin1String(tail));
        if (at >= 0) {
            path.truncate(at);
        }
    }
    if (!path.endsWith(QLatin1Char('/'))) {
        path.append(QLatin1Char('/'));
    }
    url.setPath(path);
    url.setHost(url.host().toLower());
    return url;
}

Result<void> SiteRepository::validate(const Site &site)
{
    if (site.name.isEmpty()) {
        return makeError(ErrorCode::Invalid, Text::tr("The connection needs a name."));
    }
    const QString scheme = site.baseUrl.scheme();
    if (!site.baseUrl.isValid() || site.baseUrl.host().isEmpty() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        return makeError(ErrorCode::Invalid,
                         Text::tr("The address must be a web address such as https://example.org/."),
                         site.baseUrl.toString());
    }
    if (site.username.isEmpty()) {
        return makeError(ErrorCode::Invalid, Text::tr("The connection needs the user name used on the website."));
    }
    TOASOAN_TRY(all, list());
    for (const Site &other : *all) {
        if (other.id != site.id && other.name.compare(site.name, Qt::CaseInsensitive) == 0) {
            return makeError(ErrorCode::Invalid, Text::tr("A connection named %1 already exists.").arg(site.name));
        }
    }
    return {};
}

Result<Site> SiteRepository::create(Site site)
{
    site = cleaned(std::move(site));
    site.id = 0;
    TOASOAN_CHECK(validate(site));
    site.createdAt = QDateTime::currentDateTimeUtc();
    TOASOAN_TRY(id, m_db.insert(QStringLiteral("INSERT INTO sites (name, kind, base_url, username, unpublish_action, "
                                               "created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
                                {site.name, siteKindKey(site.kind), site.baseUrl.toString(), site.username,
                                 unpublishActionKey(site.unpublishAction), toDbTime(site.createdAt)}));
    site.id = *id;
    return site;
}

Result<Site> SiteRepository::update(const Site &input)
{
    const Site site = cleaned(input);
    TOASOAN_CHECK(validate(site));
    TOASOAN_TRY(q, m_db.exec(QStringLiteral("UPDATE sites SET name = ?, kind = ?, base_url = ?, username = ?, "
                                            "unpublish_action = ? WHERE id = ?"),
                             {site.name, siteKindKey(site.kind), site.baseUrl.toString(), site.username,
                              unpublishActionKey(site.unpublishAction), site.id}));
    if (q->numRowsAffected() != 1) {
        return notFound(QString::number(site.id));
    }
    return load(site.id);
}

Result<void> SiteRepository::remove(qint64 id)
{
    TOASOAN_TRY(q, m_db.exec(QStringLiteral("DELETE FROM sites WHERE id = ?"), {id}));
    return {};
}

Result<Site> SiteRepository::load(qint64 id)
{
    TOASOAN_TRY(q, m_db.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM sites WHERE id = ?"), {id}));
    if (!q->next()) {
        return notFound(QString::number(id));
    }
    return siteFromQuery(*q);
}

Result<Site> SiteRepository::loadByName(const QString &name)
{
    const QString clean = text::normalize(name.simplified());
    // SQLite's lower() folds ASCII only: compare here, with full case folding.
    TOASOAN_TRY(all, list());
    for (const Site &site : *all) {
        if (site.name.compare(clean, Qt::CaseInsensitive) == 0) {
            return site;
        }
    }
    return notFound(clean);
}

Result<QList<Site>> SiteRepository::list()
{
    TOASOAN_TRY(q, m_db.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM sites ORDER BY name")));
    QList<Site> sites;
    while (q->next()) {
        sites.append(siteFromQuery(*q));
    }
    return sites;
}

} // namespace toasoan
