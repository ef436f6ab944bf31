#pragma once

// Helpers for the publishing windows' tests: where to publish (the local fake, or the real local
// WordPress when scripts/test-servers/wordpress.sh exported TOASOAN_TEST_WP_*), a recorded yes/no
// question, reading a post back from the site, and screenshots for checking by eye.

#include "app/publish/HttpTransport.h"
#include "tests/publish/FakeWordPress.h"
#include "tests/publish/RealWordPress.h"
#include "ui/publish/ConfirmQuestion.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QTest>
#include <QWidget>
#include <memory>
#include <optional>

namespace toasoan::test {

/// A WordPress to publish to: the real local one, or a FakeWordPress this object runs.
struct WordPressTarget
{
    QUrl url;
    QString user;
    QString secret;   ///< the application password
    QString siteName; ///< what the site calls itself
    std::unique_ptr<FakeWordPress> fake;

    bool isReal() const { return !fake; }

    static std::optional<WordPressTarget> real()
    {
        const std::optional<Server> s = server();
        if (!s) {
            return std::nullopt;
        }
        WordPressTarget t;
        t.url = s->url;
        t.user = s->user;
        t.secret = s->appPassword;
        return t;
    }

    static std::optional<WordPressTarget> local()
    {
        WordPressTarget t;
        t.fake = std::make_unique<FakeWordPress>();
        if (!t.fake->listen()) {
            return std::nullopt;
        }
        t.url = t.fake->baseUrl();
        t.user = t.fake->user;
        t.secret = t.fake->password;
        t.siteName = QStringLiteral("Cổng thông tin thử");
        return t;
    }

    /// "fake" or "real"; QSKIP is the caller's, when the real one is asked for and not running.
    static std::optional<WordPressTarget> make(const QString &which)
    {
        return which == QLatin1String("real") ? real() : local();
    }

    /// GET of a REST route as the administrator, read without the code under test.
    QJsonObject get(const QString &route) const
    {
        HttpTransport transport;
        HttpRequest r;
        r.url = url.resolved(QUrl(QStringLiteral("wp-json/") + route));
        r.url.setQuery(QStringLiteral("context=edit"));
        r.headers = {{"Authorization", "Basic " + (user + QLatin1Char(':') + secret).toUtf8().toBase64()}};
        return QJsonDocument::fromJson(transport.send(r).body).object();
    }

    /// Creates a category on the site (as an editor would in WordPress); its id.
    QString addCategory(const QString &name) const
    {
        if (fake) {
            static int next = 500;
            const int id = ++next;
            fake->addCategory(id, name, QStringLiteral("cat-%1").arg(id));
            return QString::number(id);
        }
        HttpTransport transport;
        HttpRequest r;
        r.method = "POST";
        r.url = url.resolved(QUrl(QStringLiteral("wp-json/wp/v2/categories")));
        r.headers = {{"Authorization", "Basic " + (user + QLatin1Char(':') + secret).toUtf8().toBase64()},
                     {"Content-Type", "application/json"}};
        r.body = QJsonDocument(QJsonObject{{QStringLiteral("name"), name}}).toJson(QJsonDocument::Compact);
        const QJsonObject created = QJsonDocument::fromJson(transport.send(r).body).object();
        return QString::number(created.value(QStringLiteral("id")).toInt());
    }
};

/// Answers yes/no questions with `answer` and remembers them.
class RecordingConfirm final : public ui::ConfirmQuestion
{
public:
    bool confirm(QWidget *, const QString &, const QString &question, const QString &) override
    {
        asked.append(question);
        return answer;
    }

    QStringList asked;
    bool answer = true;
};

/// Saves `widget` as NAME.png in $TOASOAN_SCREENSHOT_DIR, when set (to look at by eye).
inline void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("TOASOAN_SCREENSHOT_DIR");
    if (dir.isEmpty()) {
        return;
    }
    QDir().mkpath(dir);
    QVERIFY(widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
}

} // namespace toasoan::test
