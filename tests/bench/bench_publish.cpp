// bench_publish — pushing articles to a real WordPress: ToaSoan's outbox next to curl.
//
// How to run (the WordPress of the integration tests; build with optimisations):
//   BUILD_DIR=build-rel scripts/test-servers/wordpress.sh start
//   eval "$(BUILD_DIR=build-rel scripts/test-servers/wordpress.sh env)"
//   cmake --build build-rel --target bench_publish
//   build-rel/tests/bench/bench_publish [--articles 200] [--parallel 1,2,4] [--image-kb 40]
//
// Each round pushes `--articles` new articles with two new images each (a featured image and an
// inline one), i.e. per article: two media uploads and one post, plus, once per round, the
// category and tags. First the same uploads are made by curl in a bash loop (one curl process
// per request, ids read with bash's own regex: the cheapest a script can do it); then by the
// outbox with 1 job at a time, then with each parallelism of --parallel. Every round uses fresh
// image bytes so nothing is deduplicated. It prints the totals and the targets (sequential
// within 1.1x of curl, parallel faster than curl); it asserts nothing and is not a CTest test.
#include "app/model/Article.h"
#include "app/publish/Outbox.h"
#include "app/publish/PublishWorker.h"
#include "app/publish/SecretStore.h"
#include "app/search/SearchIndex.h"
#include "app/storage/ArticleRepository.h"
#include "app/storage/Database.h"
#include "app/storage/MediaRepository.h"
#include "app/storage/SiteRepository.h"
#include "app/storage/TaxonomyRepository.h"
#include "app/storage/UserRepository.h"
#include "tests/bench/BenchStats.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>

using namespace toasoan;
using namespace toasoan::bench;

namespace {

// A valid 1x1 PNG padded to about `kb` kilobytes with a text chunk that makes it unique.
QByteArray image(quint64 seed, int kb)
{
    QByteArray png =
        QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6"
                               "kgAAAABJRU5ErkJggg==");
    QByteArray text = QByteArray("Comment\0", 8) + QByteArray::number(seed) + ' ';
    while (text.size() < kb * 1024) {
        text += QByteArray::number(seed * 2654435761ULL + quint64(text.size()), 36);
    }
    QByteArray chunk;
    const quint32 n = quint32(text.size());
    chunk.append(char(n >> 24)).append(char(n >> 16)).append(char(n >> 8)).append(char(n));
    chunk.append("tEXt").append(text).append(4, char(0));
    png.insert(33, chunk);
    return png;
}

struct Config
{
    QUrl url;
    QString user;
    QString password;
    int articles = 200;
    int imageKb = 40;
    QList<int> parallel{1, 2, 4};
};

struct Fixture
{
    std::unique_ptr<Database> db;
    qint64 editor = 0;
    qint64 category = 0;
    Site site;
};

QString title(int round, int i)
{
    return QStringLiteral("Bản tin đo tốc độ vòng %1 số %2").arg(round).arg(i);
}

// Creates the round's articles (approved, two images each) and queues them.
bool queueRound(Fixture &f, const Config &c, int round)
{
    MediaRepository media(*f.db);
    ArticleRepository articles(*f.db);
    Outbox outbox(*f.db);
    for (int i = 0; i < c.articles; ++i) {
        const quint64 seed = quint64(round) * 1000003ULL + quint64(i) * 2;
        auto featured =
            media.addFromBytes(image(seed, c.imageKb), QStringLiteral("Ảnh đại diện %1-%2.png").arg(round).arg(i));
        auto inlineImage = media.addFromBytes(image(seed + 1, c.imageKb),
                                              QStringLiteral("Ảnh hiện trường %1-%2.png").arg(round).arg(i));
        if (!featured || !inlineImage) {
            return false;
        }
        Article a;
        a.title = title(round, i);
        a.sapo = QStringLiteral("Tin ngắn phục vụ đo tốc độ đăng bài.");
        a.body = QStringLiteral("<p>Nội dung bài số %1.</p><figure><img src=\"media:%2\" alt=\"Hiện trường\">"
                                "<figcaption>Hiện trường</figcaption></figure><p>Hết.</p>")
                     .arg(i)
                     .arg(inlineImage->id);
        a.categoryId = f.category;
        a.tags = {QStringLiteral("Đo tốc độ"), QStringLiteral("Thử nghiệm")};
        a.authorId = f.editor;
        a.byline = QStringLiteral("Phóng viên");
        a.dateline = QStringLiteral("NTL");
        a.featuredImageId = featured->id;
        auto created = articles.create(a, f.editor);
        if (!created || !articles.transition(created->id, WorkflowState::Approved, f.editor)) {
            return false;
        }
        if (!outbox.publish(created->id, f.site.id, 0)) {
            return false;
        }
    }
    return true;
}

// Runs the outbox until every queued job is done; gives the wall time in ms, or -1.
double runOutbox(Fixture &f, const Config &c, int parallel, int &failed)
{
    MemorySecretStore secrets;
    (void)secrets.write(f.site, c.password);
    WorkerOptions options;
    options.parallelJobs = parallel;
    options.requestTimeoutMs = 120000;
    options.useSystemReachability = false;
    PublishWorker worker(*f.db, secrets, options);
    int done = 0;
    failed = 0;
    QEventLoop loop;
    QObject::connect(&worker, &PublishWorker::jobFinished, &loop, [&](qint64 id, JobState state) {
        if (state == JobState::Done) {
            ++done;
        } else if (state != JobState::Queued) {
            ++failed;
        }
        if (state != JobState::Done) {
            const auto job = OutboxRepository(*f.db).load(id);
            std::fprintf(stderr, "  job %lld %s: %s (%s)\n", id, qUtf8Printable(jobStateKey(state)),
                         qUtf8Printable(job ? job->lastError : QString()),
                         qUtf8Printable(job ? job->lastErrorDetail : QString()));
        }
        if (done + failed == c.articles) {
            loop.quit();
        }
    });
    Stopwatch watch;
    if (!worker.start()) {
        return -1;
    }
    loop.exec();
    const double ms = watch.wallMs();
    worker.stop();
    return ms;
}

// The same uploads by curl in a bash loop. Files are written first (not timed).
double runCurl(const Config &c, const QString &dir, int round, const QString &categoryId, const QStringList &tagIds)
{
    QDir().mkpath(dir);
    for (int i = 0; i < c.articles; ++i) {
        const quint64 seed = quint64(round) * 1000003ULL + quint64(i) * 2;
        for (int k = 0; k < 2; ++k) {
            QFile f(dir + QStringLiteral("/img_%1_%2.png").arg(i).arg(k));
            if (!f.open(QIODevice::WriteOnly)) {
                return -1;
            }
            f.write(image(seed + quint64(k), c.imageKb));
        }
        QJsonObject post{
            {QStringLiteral("title"), title(round, i)},
            {QStringLiteral("excerpt"), QStringLiteral("Tin ngắn phục vụ đo tốc độ đăng bài.")},
            {QStringLiteral("content"), QStringLiteral("<p>(NTL) Nội dung bài số %1.</p><figure><img "
                                                       "src=\"__SRC__\" class=\"wp-image-__INLINE__\">"
                                                       "<figcaption>Hiện trường</figcaption></figure>")
                                            .arg(i)},
            {QStringLiteral("status"), QStringLiteral("publish")},
            {QStringLiteral("categories"), QJsonArray{categoryId.toLongLong()}},
            {QStringLiteral("tags"), QJsonArray{tagIds.value(0).toLongLong(), tagIds.value(1).toLongLong()}},
            {QStringLiteral("featured_media"), 999999999}};
        QByteArray json = QJsonDocument(post).toJson(QJsonDocument::Compact);
        json.replace("999999999", "__FEATURED__");
        QFile f(dir + QStringLiteral("/post_%1.json").arg(i));
        if (!f.open(QIODevice::WriteOnly)) {
            return -1;
        }
        f.write(json);
    }
    const QString script = QStringLiteral(R"SH(
set -u
base="$1/wp-json/wp/v2"; auth="$2"; n=$3; cd "$4"
for ((i = 0; i < n; i++)); do
  r=$(curl -sS -H 'Expect:' -u "$auth" -H 'Content-Type: image/png' \
      -H "Content-Disposition: attachment; filename=\"anh-dai-dien-$i.png\"" --data-binary @img_${i}_0.png \
      "$base/media?title=anh&alt_text=anh&description=curl-$i-0")
  [[ $r =~ \"id\":([0-9]+) ]] && featured=${BASH_REMATCH[1]}
  r=$(curl -sS -H 'Expect:' -u "$auth" -H 'Content-Type: image/png' \
      -H "Content-Disposition: attachment; filename=\"anh-hien-truong-$i.png\"" --data-binary @img_${i}_1.png \
      "$base/media?title=anh&caption=Hien%20truong&alt_text=anh&description=curl-$i-1")
  [[ $r =~ \"id\":([0-9]+) ]] && inline=${BASH_REMATCH[1]}
  [[ $r =~ \"source_url\":\"([^\"]+)\" ]] && src=${BASH_REMATCH[1]//\\\//\/}
  body=$(<post_$i.json); body=${body/__FEATURED__/$featured}; body=${body/__INLINE__/$inline}; body=${body/__SRC__/$src}
  curl -sS -H 'Expect:' -o /dev/null -u "$auth" -H 'Content-Type: application/json' --data-binary "$body" "$base/posts" || exit 1
done
)SH");
    QProcess bash;
    bash.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    Stopwatch watch;
    bash.start(QStringLiteral("bash"),
               {QStringLiteral("-c"), script, QStringLiteral("bench"), c.url.toString(QUrl::StripTrailingSlash),
                c.user + QLatin1Char(':') + c.password, QString::number(c.articles), dir});
    if (!bash.waitForFinished(-1) || bash.exitCode() != 0) {
        return -1;
    }
    return watch.wallMs();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("articles"), QStringLiteral("Articles per round."), QStringLiteral("N"),
                      QStringLiteral("200")});
    parser.addOption({QStringLiteral("parallel"), QStringLiteral("Outbox parallelism to measure."),
                      QStringLiteral("LIST"), QStringLiteral("1,2,4")});
    parser.addOption({QStringLiteral("image-kb"), QStringLiteral("Size of each image."), QStringLiteral("KB"),
                      QStringLiteral("40")});
    parser.addOption({QStringLiteral("skip-curl"), QStringLiteral("Do not run the curl baseline.")});
    parser.process(app);

    Config c;
    const QString url = qEnvironmentVariable("TOASOAN_TEST_WP_URL");
    if (url.isEmpty()) {
        std::fprintf(stderr, "TOASOAN_TEST_WP_URL is not set: start scripts/test-servers/wordpress.sh first.\n");
        return 2;
    }
    c.url = QUrl(url.endsWith(QLatin1Char('/')) ? url : url + QLatin1Char('/'));
    c.user = qEnvironmentVariable("TOASOAN_TEST_WP_USER");
    c.password = qEnvironmentVariable("TOASOAN_TEST_WP_APP_PASSWORD");
    c.articles = std::max(1, parser.value(QStringLiteral("articles")).toInt());
    c.imageKb = std::max(1, parser.value(QStringLiteral("image-kb")).toInt());
    c.parallel.clear();
    for (const QString &p : parser.value(QStringLiteral("parallel")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        c.parallel.append(std::clamp(p.toInt(), 1, 4));
    }

    QTemporaryDir tmp;
    Fixture f;
    auto opened = Database::openSqlite(tmp.filePath(QStringLiteral("bench.sqlite")));
    if (!opened) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(opened.error().message));
        return 1;
    }
    f.db = std::move(opened.value());
    searchindex::attach(*f.db);
    f.editor =
        UserRepository(*f.db)
            .create(QStringLiteral("bientap"), QStringLiteral("Biên tập"), Role::Editor, QStringLiteral("mat-khau-1"))
            ->id;
    f.category = TaxonomyRepository(*f.db).createCategory(QStringLiteral("Đo tốc độ"))->id;
    Site s;
    s.name = QStringLiteral("Bench");
    s.baseUrl = c.url;
    s.username = c.user;
    f.site = *SiteRepository(*f.db).create(s);

    std::printf("bench_publish (%s build): %d articles x 2 images of %d KB per round, WordPress at %s\n",
                TOASOAN_BENCH_BUILD_TYPE, c.articles, c.imageKb, qUtf8Printable(c.url.toString()));
    printHeader();

    // A warm-up round of one article: category and tags exist afterwards (curl needs their ids).
    {
        Config one = c;
        one.articles = 1;
        int failed = 0;
        if (!queueRound(f, one, 0) || runOutbox(f, one, 1, failed) < 0 || failed) {
            std::fprintf(stderr, "the warm-up push failed: check the WordPress server\n");
            return 1;
        }
    }
    QString category;
    QStringList tags;
    {
        // Scoped: a query left open would pin this connection's snapshot and block its writes.
        auto categoryId = f.db->exec(QStringLiteral("SELECT remote_id FROM category_map"));
        if (categoryId && categoryId->next()) {
            category = categoryId->value(0).toString();
        }
        auto tagIds = f.db->exec(QStringLiteral("SELECT remote_id FROM remote_tags ORDER BY name_key"));
        while (tagIds && tagIds->next()) {
            tags.append(tagIds->value(0).toString());
        }
    }

    int round = 1;
    double curlMs = -1;
    if (!parser.isSet(QStringLiteral("skip-curl"))) {
        curlMs = runCurl(c, tmp.filePath(QStringLiteral("curl")), round++, category, tags);
        printRow(QStringLiteral("curl in a bash loop, sequential"), curlMs / 1000.0, QStringLiteral("s"), 0, false);
        printRow(QStringLiteral("  per article (2 uploads + 1 post)"), curlMs / c.articles, QStringLiteral("ms"), 0,
                 false);
    }
    for (int parallel : std::as_const(c.parallel)) {
        if (!queueRound(f, c, round)) {
            std::fprintf(stderr, "could not prepare round %d\n", round);
            return 1;
        }
        ++round;
        int failed = 0;
        Stopwatch cpu;
        const double ms = runOutbox(f, c, parallel, failed);
        const double target = curlMs > 0 ? (parallel == 1 ? curlMs * 1.1 : curlMs) / 1000.0 : 0;
        printRow(QStringLiteral("ToaSoan outbox, %1 job%2 at a time")
                     .arg(parallel)
                     .arg(parallel > 1 ? QStringLiteral("s") : QString()),
                 ms / 1000.0, QStringLiteral("s"), target, false, cpu.cpuMs() / 1000.0);
        printRow(QStringLiteral("  per article"), ms / c.articles, QStringLiteral("ms"), 0, false);
        if (curlMs > 0) {
            printRow(QStringLiteral("  time relative to curl"), ms / curlMs, QStringLiteral("x"),
                     parallel == 1 ? 1.1 : 1.0, false);
        }
        if (failed) {
            std::printf("  %d jobs FAILED\n", failed);
        }
    }
    std::printf("peak memory: %.1f MB\n", peakRssMb());
    return 0;
}
