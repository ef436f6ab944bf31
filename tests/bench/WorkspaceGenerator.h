#pragma once

// Fills a workspace database with realistic Vietnamese district-news articles for benchmarks.
// The same seed gives the same articles on every machine (own PRNG, no std distributions), so
// bench_store and later benchmarks (search) can build, share and compare the same workspace.
//
//   WorkspaceGenerator gen({.articles = 100000});
//   auto report = gen.populate(*db, [](int done) { ... });   // users, categories, articles, states

#include "app/core/Result.h"
#include "app/model/Article.h"

#include <QList>
#include <QString>
#include <functional>

namespace toasoan {
class Database;
}

namespace toasoan::bench {

/// SplitMix64: tiny, fast and fully specified, unlike std::uniform_int_distribution.
class Rng final
{
public:
    explicit Rng(quint64 seed) : m_state(seed) {}
    quint64 next();
    int below(int n);                ///< uniform in [0, n), n > 0
    int between(int low, int high);  ///< uniform in [low, high]
    bool chance(double probability); ///< true with this probability
    const QString &pick(const QStringList &list) { return list.at(below(int(list.size()))); }

private:
    quint64 m_state;
};

struct GeneratorOptions
{
    int articles = 100000;
    quint64 seed = 20240915;
    int batchSize = 1000;     ///< articles created per transaction
    bool oneByOne = false;    ///< create() per article instead of createMany() per batch
    double stateShare = 0.35; ///< articles moved out of Draft through ArticleRepository::transition
    double trashShare = 0.01; ///< articles moved to the trash
    int minWords = 540;       ///< body length, in words
    int maxWords = 660;
    bool index = true; ///< work off the search backlog after the import (catchUpAll)
    /// When set: the database server's CPU time so far, in ns (its process on this machine), for
    /// GeneratorReport::createServerCpuNs.
    std::function<qint64()> serverCpuNs;
};

struct GeneratorReport
{
    int articles = 0;
    qint64 words = 0;             ///< body words, all articles
    qint64 createNs = 0;          ///< creating the articles, commits included (wall clock)
    qint64 createCpuNs = 0;       ///< the same in CPU time
    qint64 createServerCpuNs = 0; ///< the database server's CPU time meanwhile (with options.serverCpuNs)
    qint64 indexNs = 0;           ///< working off the search backlog after createMany() (wall clock)
    qint64 indexCpuNs = 0;
    int transitions = 0; ///< transition() calls
    qint64 transitionNs = 0;
    qint64 transitionCpuNs = 0;
    int trashed = 0;
    QList<qint64> authorIds;
    QList<qint64> categoryIds;
};

/// The plan for one article: its content plus where its workflow should end.
struct GeneratedArticle
{
    Article article;
    QList<WorkflowState> path; ///< transitions to apply after creation, in order
    bool trash = false;
    int words = 0;
};

class WorkspaceGenerator final
{
public:
    explicit WorkspaceGenerator(GeneratorOptions options = {}) : m_options(options) {}

    /// Creates the 3 authors and the category tree (once; reuses them when present).
    Result<void> prepare(Database &db);
    /// Article number `index` (0-based): the same for the same seed and index, whatever else was
    /// generated. Category and author ids come from prepare() (0 before it).
    GeneratedArticle article(int index) const;
    /// prepare() + create every article in batched transactions + index them (createMany() leaves
    /// them on the search backlog) + apply the planned states.
    /// `progress` gets the number of articles created so far after each batch.
    Result<GeneratorReport> populate(Database &db, const std::function<void(int created)> &progress = {});

    const GeneratorOptions &options() const { return m_options; }
    const QList<qint64> &authorIds() const { return m_authorIds; }
    const QList<qint64> &categoryIds() const { return m_categoryIds; }

private:
    GeneratorOptions m_options;
    QList<qint64> m_authorIds;
    QList<qint64> m_categoryIds; ///< parallel to vocabulary::categoryTree()
    QStringList m_categoryNames;
};

} // namespace toasoan::bench
