#include "tests/bench/WorkspaceGenerator.h"

#include "app/search/SearchIndex.h"
#include "app/storage/ArticleRepository.h"
#include "app/storage/Database.h"
#include "app/storage/UserRepository.h"
#include "app/text/Slug.h"
#include "tests/bench/BenchStats.h"
#include "tests/bench/NewsVocabulary.h"

#include <QElapsedTimer>
#include <QSet>

namespace toasoan::bench {

namespace v = vocabulary;

quint64 Rng::next()
{
    quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

int Rng::below(int n)
{
    return int(next() % quint64(n)); // the modulo bias is irrelevant for lists this short
}

int Rng::between(int low, int high)
{
    return low + below(high - low + 1);
}

bool Rng::chance(double probability)
{
    return double(next() >> 11) * 0x1.0p-53 < probability;
}

namespace {

struct Author
{
    const char *login;
    const char *name;
    const char *penName;
    Role role;
};

const Author kAuthors[] = {
    {"hongnhung", "Nguyễn Thị Hồng Nhung", "Hồng Nhung", Role::Reporter},
    {"quocbao", "Trần Quốc Bảo", "Quốc Bảo", Role::Reporter},
    {"minhduc", "Lê Minh Đức", "Minh Đức", Role::Editor},
};

QString grouped(qint64 value)
{
    // Vietnamese groups thousands with dots: 1.250.000
    QString digits = QString::number(value);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3) {
        digits.insert(i, QLatin1Char('.'));
    }
    return digits;
}

/// Fills the {X} placeholders of vocabulary templates; replacements are filled in turn.
class Writer final
{
public:
    Writer(Rng &rng, const NewsTopic &topic) : m_rng(rng), m_topic(topic) {}

    QString fill(const QString &pattern, int depth = 0)
    {
        QString out;
        out.reserve(pattern.size() + 32);
        qsizetype i = 0;
        while (i < pattern.size()) {
            const qsizetype open = pattern.indexOf(QLatin1Char('{'), i);
            const qsizetype close = open < 0 ? -1 : pattern.indexOf(QLatin1Char('}'), open);
            if (close < 0) {
                out += QStringView(pattern).mid(i);
                break;
            }
            out += QStringView(pattern).mid(i, open - i);
            const QString value = expand(QStringView(pattern).mid(open + 1, close - open - 1));
            out += depth < 3 ? fill(value, depth + 1) : value;
            i = close + 1;
        }
        return out;
    }

    /// A filled sentence with its first letter capitalised.
    QString sentence(const QString &pattern)
    {
        QString s = fill(pattern);
        if (!s.isEmpty()) {
            s[0] = s.at(0).toUpper();
        }
        return s;
    }

private:
    QString person()
    {
        return m_rng.pick(v::familyNames()) + QLatin1Char(' ') + m_rng.pick(v::middleNames()) + QLatin1Char(' ') +
               m_rng.pick(v::givenNames());
    }

    QString expand(QStringView key)
    {
        if (key == u"W") {
            return m_rng.pick(v::wards());
        }
        if (key == u"O") {
            const QStringList &own = v::agencies(m_topic.category);
            return !own.isEmpty() && m_rng.chance(0.7) ? m_rng.pick(own) : m_rng.pick(v::organisations());
        }
        if (key == u"H") {
            return person() + QStringLiteral(" – ") + m_rng.pick(v::positions());
        }
        if (key == u"H2") {
            return person();
        }
        if (key == u"L") {
            return m_rng.pick(v::places());
        }
        if (key == u"A") {
            return m_rng.pick(m_topic.actions);
        }
        if (key == u"N") {
            return QString::number(m_rng.chance(0.7) ? m_rng.between(2, 60) : m_rng.between(61, 1200));
        }
        if (key == u"P") {
            return QString::number(m_rng.between(62, 99)) + QLatin1Char(',') + QString::number(m_rng.below(10)) +
                   QLatin1Char('%');
        }
        if (key == u"M") {
            return grouped(qint64(m_rng.between(2, 50)) * 100000);
        }
        if (key == u"B") {
            return grouped(qint64(m_rng.between(10, 9000)) * 1000000);
        }
        if (key == u"K") {
            return QString::number(m_rng.between(3, 11));
        }
        if (key == u"Y") {
            return QString::number(m_rng.between(2019, 2025));
        }
        if (key == u"D") {
            return QString::number(m_rng.between(1, 28)) + QLatin1Char('/') + QString::number(m_rng.between(1, 12));
        }
        if (key == u"T") {
            static const QStringList times{QStringLiteral("sáng"), QStringLiteral("chiều"), QStringLiteral("tối")};
            return m_rng.pick(times);
        }
        return key.toString();
    }

    Rng &m_rng;
    const NewsTopic &m_topic;
};

int wordCount(const QString &text)
{
    return int(text.count(QLatin1Char(' '))) + 1;
}

QList<WorkflowState> plannedPath(Rng &rng)
{
    using S = WorkflowState;
    const int roll = rng.below(100);
    if (roll < 20) {
        return {S::Submitted};
    }
    if (roll < 35) {
        return {S::Submitted, S::AwaitingApproval};
    }
    if (roll < 45) {
        return {S::Submitted, S::AwaitingApproval, S::Approved};
    }
    if (roll < 85) {
        return {S::Submitted, S::AwaitingApproval, S::Approved, S::Published};
    }
    if (roll < 95) {
        return {S::Submitted, S::Returned};
    }
    return {S::Submitted, S::AwaitingApproval, S::Rejected};
}

} // namespace

Result<void> WorkspaceGenerator::prepare(Database &db)
{
    m_authorIds.clear();
    UserRepository users(db);
    for (const Author &author : kAuthors) {
        const QString login = QString::fromUtf8(author.login);
        auto found = users.findByLogin(login);
        if (!found) {
            found = users.create(login, QString::fromUtf8(author.name), author.role, QStringLiteral("mat-khau-bench"));
        }
        if (!found) {
            return found.error();
        }
        m_authorIds.append(found->id);
    }

    m_categoryIds.clear();
    m_categoryNames.clear();
    for (const CategoryNode &node : v::categoryTree()) {
        const qint64 parentId = node.parent.isEmpty() ? 0 : m_categoryIds.value(m_categoryNames.indexOf(node.parent));
        // Plain SQL: the generator must not depend on the taxonomy service's rules.
        auto existing = db.exec(QStringLiteral("SELECT id FROM categories WHERE name = ?"), {node.name});
        if (!existing) {
            return existing.error();
        }
        qint64 id = existing->next() ? existing->value(0).toLongLong() : 0;
        if (id == 0) {
            auto created = db.insert(QStringLiteral("INSERT INTO categories (parent_id, name, slug, position) "
                                                    "VALUES (?, ?, ?, ?) RETURNING id"),
                                     {toDbId(parentId), node.name, text::slugify(node.name), m_categoryIds.size()});
            if (!created) {
                return created.error();
            }
            id = *created;
        }
        m_categoryIds.append(id);
        m_categoryNames.append(node.name);
    }
    return {};
}

GeneratedArticle WorkspaceGenerator::article(int index) const
{
    Rng rng(m_options.seed ^ (quint64(index) * 0xD1B54A32D192ED03ULL));
    const QList<NewsTopic> &topics = v::topics();
    const NewsTopic &topic = topics.at(rng.below(int(topics.size())));
    Writer w(rng, topic);

    GeneratedArticle g;
    Article &a = g.article;
    const QString subject = rng.chance(0.5) ? QStringLiteral("{O}") : rng.pick(v::titleSubjects());
    QString title = w.sentence(subject + QLatin1Char(' ') + rng.pick(topic.titles));
    if (rng.chance(0.25)) {
        title += w.fill(QStringLiteral(" năm {Y}"));
    }
    a.title = title;
    a.sapo = w.sentence(rng.pick(v::openings())) + QLatin1Char(' ') + w.sentence(rng.pick(topic.details));

    const int target = rng.between(m_options.minWords, m_options.maxWords);
    const int paragraphs = rng.between(5, 8);
    QString body;
    body.reserve(target * 8);
    int words = 0;
    QSet<QString> used;
    for (int p = 0; p < paragraphs; ++p) {
        const bool last = p == paragraphs - 1;
        QStringList sentences;
        if (p == 0) {
            sentences << w.sentence(rng.pick(v::openings()));
            words += wordCount(sentences.constLast());
        }
        const int goal = last ? target - 20 : target * (p + 1) / paragraphs;
        while (words < goal) {
            const int roll = rng.below(10);
            QString pattern = roll < 2   ? rng.pick(topic.details)
                              : roll < 9 ? rng.pick(v::connectives())
                                         : QStringLiteral("{O} {A}.");
            // A real story does not say the same sentence twice; redraw a few times before giving in.
            for (int retry = 0; retry < 4 && used.contains(pattern) && roll < 9; ++retry) {
                pattern = roll < 2 ? rng.pick(topic.details) : rng.pick(v::connectives());
            }
            used.insert(pattern);
            sentences << w.sentence(pattern);
            words += wordCount(sentences.constLast());
        }
        if (last) {
            sentences << w.sentence(rng.pick(v::closings()));
            words += wordCount(sentences.constLast());
        }
        body += QStringLiteral("<p>") + sentences.join(QLatin1Char(' ')) + QStringLiteral("</p>\n");
    }
    a.body = body;
    g.words = words;

    const int authorIndex = rng.below(3);
    a.authorId = m_authorIds.value(authorIndex);
    a.byline = rng.chance(0.1) ? QStringLiteral("Nhóm phóng viên") : QString::fromUtf8(kAuthors[authorIndex].penName);
    const QString category = rng.chance(0.85) ? topic.category : v::categoryTree().at(rng.below(3) * 3).name;
    a.categoryId = m_categoryIds.value(m_categoryNames.indexOf(category));

    const int tagCount = rng.between(2, 4);
    while (a.tags.size() < tagCount) {
        const QString &tag = rng.chance(0.6) ? rng.pick(topic.tags) : rng.pick(v::generalTags());
        if (!a.tags.contains(tag)) {
            a.tags.append(tag);
        }
    }
    a.source = w.fill(rng.pick(v::sources()));
    a.dateline = rng.pick(v::datelines());
    if (rng.chance(0.05)) {
        a.notes = QStringLiteral("Chờ ảnh từ cơ sở, kiểm tra lại số liệu trước khi đăng.");
    }

    if (rng.chance(m_options.stateShare)) {
        g.path = plannedPath(rng);
    }
    g.trash = rng.chance(m_options.trashShare);
    return g;
}

Result<GeneratorReport> WorkspaceGenerator::populate(Database &db, const std::function<void(int)> &progress)
{
    if (auto ready = prepare(db); !ready) {
        return ready.error();
    }
    GeneratorReport report;
    report.authorIds = m_authorIds;
    report.categoryIds = m_categoryIds;
    ArticleRepository repo(db);

    struct Planned
    {
        qint64 id;
        QList<WorkflowState> path;
        bool trash;
    };
    QList<Planned> planned;
    const int batchSize = qMax(1, m_options.batchSize);
    QList<GeneratedArticle> batch;
    for (int start = 0; start < m_options.articles; start += batchSize) {
        // Writing the text is the generator's cost, not the store's: keep it out of the timing.
        batch.clear();
        for (int i = start; i < qMin(start + batchSize, m_options.articles); ++i) {
            batch.append(article(i));
        }
        QElapsedTimer timer;
        timer.start();
        const qint64 cpuStart = cpuNs();
        const qint64 serverCpuStart = m_options.serverCpuNs ? m_options.serverCpuNs() : 0;
        auto done = db.transaction([&]() -> Result<void> {
            if (!m_options.oneByOne) {
                QList<Article> drafts;
                drafts.reserve(batch.size());
                for (const GeneratedArticle &g : std::as_const(batch)) {
                    drafts.append(g.article);
                }
                auto ids = repo.createMany(std::move(drafts), m_authorIds.value(2));
                if (!ids) {
                    return ids.error();
                }
                for (qsizetype i = 0; i < batch.size(); ++i) {
                    if (!batch.at(i).path.isEmpty() || batch.at(i).trash) {
                        planned.append(Planned{ids->at(i), batch.at(i).path, batch.at(i).trash});
                    }
                }
                return {};
            }
            for (const GeneratedArticle &g : std::as_const(batch)) {
                auto created = repo.create(g.article, g.article.authorId);
                if (!created) {
                    return created.error();
                }
                if (!g.path.isEmpty() || g.trash) {
                    planned.append(Planned{created->id, g.path, g.trash});
                }
            }
            return {};
        });
        report.createNs += timer.nsecsElapsed();
        report.createCpuNs += cpuNs() - cpuStart;
        if (m_options.serverCpuNs) {
            report.createServerCpuNs += m_options.serverCpuNs() - serverCpuStart;
        }
        if (!done) {
            return done.error();
        }
        for (const GeneratedArticle &g : std::as_const(batch)) {
            report.words += g.words;
        }
        report.articles += int(batch.size());
        if (progress) {
            progress(report.articles);
        }
    }

    if (m_options.index) {
        QElapsedTimer timer;
        timer.start();
        const qint64 cpuStart = cpuNs();
        if (auto indexed = searchindex::catchUpAll(db, batchSize); !indexed) {
            return indexed.error();
        }
        report.indexNs = timer.nsecsElapsed();
        report.indexCpuNs = cpuNs() - cpuStart;
    }

    const qint64 editorId = m_authorIds.value(2);
    QElapsedTimer timer;
    timer.start();
    const qint64 cpuStart = cpuNs();
    for (qsizetype start = 0; start < planned.size(); start += batchSize) {
        auto done = db.transaction([&]() -> Result<void> {
            for (qsizetype i = start; i < qMin(start + batchSize, planned.size()); ++i) {
                const Planned &p = planned.at(i);
                for (WorkflowState to : p.path) {
                    const QString comment = to == WorkflowState::Returned
                                                ? QStringLiteral("Đề nghị bổ sung ý kiến của người dân.")
                                                : QString();
                    if (auto r = repo.transition(p.id, to, editorId, comment); !r) {
                        return r.error();
                    }
                    ++report.transitions;
                }
                if (p.trash) {
                    if (auto r = repo.moveToTrash(p.id, editorId); !r) {
                        return r;
                    }
                    ++report.trashed;
                }
            }
            return {};
        });
        if (!done) {
            return done.error();
        }
    }
    report.transitionNs = timer.nsecsElapsed();
    report.transitionCpuNs = cpuNs() - cpuStart;
    return report;
}

} // namespace toasoan::bench
