#include "app/storage/Migrations.h"

#include "app/storage/MigrationTriggers_p.h"

#include <QCoreApplication>

namespace toasoan {

namespace {
QString s(const char *sql)
{
    return QString::fromUtf8(sql);
}

} // namespace

const QList<Migration> &migrations()
{
    static const QList<Migration> all = {
        {1,
         {
             s("CREATE TABLE users ("
               " id ${ID}, login TEXT NOT NULL UNIQUE, display_name TEXT NOT NULL, role TEXT NOT NULL,"
               " password_hash TEXT NOT NULL, active INTEGER NOT NULL DEFAULT 1, created_at BIGINT NOT NULL)"),
             s("CREATE TABLE categories ("
               " id ${ID}, parent_id BIGINT REFERENCES categories(id) ON DELETE SET NULL, name TEXT NOT NULL,"
               " slug TEXT NOT NULL, position INTEGER NOT NULL DEFAULT 0)"),
             s("CREATE TABLE tags (id ${ID}, name TEXT NOT NULL UNIQUE, slug TEXT NOT NULL)"),
             s("CREATE TABLE media ("
               " id ${ID}, sha256 TEXT NOT NULL UNIQUE, mime_type TEXT NOT NULL, file_name TEXT NOT NULL,"
               " size BIGINT NOT NULL, data ${BLOB} NOT NULL, created_at BIGINT NOT NULL)"),
             s("CREATE TABLE articles ("
               " id ${ID}, uuid TEXT NOT NULL UNIQUE, title TEXT NOT NULL, slug TEXT NOT NULL,"
               " sapo TEXT NOT NULL, body TEXT NOT NULL,"
               " category_id BIGINT REFERENCES categories(id) ON DELETE SET NULL,"
               " author_id BIGINT NOT NULL REFERENCES users(id), byline TEXT NOT NULL, source TEXT NOT NULL,"
               " dateline TEXT NOT NULL, featured_media_id BIGINT REFERENCES media(id),"
               " featured_caption TEXT NOT NULL, scheduled_at BIGINT, notes TEXT NOT NULL, state TEXT NOT NULL,"
               " version INTEGER NOT NULL, created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL,"
               " deleted_at BIGINT)"),
             s("CREATE INDEX articles_by_update ON articles(deleted_at, updated_at)"),
             s("CREATE INDEX articles_by_state ON articles(state, updated_at)"),
             s("CREATE INDEX articles_by_author ON articles(author_id, updated_at)"),
             s("CREATE INDEX articles_by_category ON articles(category_id, updated_at)"),
             s("CREATE TABLE article_tags ("
               " article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
               " tag_id BIGINT NOT NULL REFERENCES tags(id), position INTEGER NOT NULL,"
               " PRIMARY KEY (article_id, tag_id))"),
             s("CREATE INDEX article_tags_by_tag ON article_tags(tag_id)"),
             s("CREATE TABLE revisions ("
               " id ${ID}, article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
               " number INTEGER NOT NULL, author_id BIGINT NOT NULL REFERENCES users(id),"
               " created_at BIGINT NOT NULL, note TEXT NOT NULL, snapshot TEXT NOT NULL,"
               " UNIQUE (article_id, number))"),
             s("CREATE TABLE events ("
               " id ${ID}, article_id BIGINT REFERENCES articles(id) ON DELETE CASCADE,"
               " user_id BIGINT REFERENCES users(id), at BIGINT NOT NULL, action TEXT NOT NULL,"
               " from_state TEXT, to_state TEXT, comment TEXT NOT NULL)"),
             s("CREATE INDEX events_by_article ON events(article_id, at)"),
         },
         QT_TRANSLATE_NOOP("toasoan::Migrations",
                           "Creating the tables of accounts, articles, revisions and the event log")},
        {2,
         {
             s("CREATE TABLE comments ("
               " id ${ID}, article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
               " author_id BIGINT NOT NULL REFERENCES users(id), parent_id BIGINT REFERENCES comments(id),"
               " body TEXT NOT NULL, created_at BIGINT NOT NULL)"),
             s("CREATE INDEX comments_by_article ON comments(article_id, created_at)"),
             // The recovery slot: one autosaved copy per article, replaced on every autosave,
             // removed by an explicit save. Keeps autosaves out of the revision history.
             s("CREATE TABLE recoveries ("
               " article_id BIGINT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,"
               " user_id BIGINT NOT NULL REFERENCES users(id), base_version INTEGER NOT NULL,"
               " saved_at BIGINT NOT NULL, snapshot TEXT NOT NULL)"),
         },
         QT_TRANSLATE_NOOP("toasoan::Migrations", "Adding editorial comments and autosaved copies")},
        {3,
         {
             // Website connections; secrets live in the OS keychain, never here.
             s("CREATE TABLE sites ("
               " id ${ID}, name TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, base_url TEXT NOT NULL,"
               " username TEXT NOT NULL, created_at BIGINT NOT NULL)"),
             s("CREATE TABLE article_publications ("
               " article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
               " site_id BIGINT NOT NULL REFERENCES sites(id) ON DELETE CASCADE, remote_id TEXT NOT NULL,"
               " url TEXT NOT NULL, last_published_at BIGINT, PRIMARY KEY (article_id, site_id))"),
             s("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
         },
         QT_TRANSLATE_NOOP("toasoan::Migrations", "Adding the website connections")},
        {4,
         {
             // Publishing: what "unpublish" does on each site (draft or trash).
             s("ALTER TABLE sites ADD COLUMN unpublish_action TEXT NOT NULL DEFAULT 'draft'"),
             // The outbox: `steps` is a JSON object of what a job has done so far (remote ids,
             // and the intent written before each non-idempotent request) so a retry resumes.
             s("CREATE TABLE outbox_jobs ("
               " id ${ID}, article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
               " site_id BIGINT NOT NULL REFERENCES sites(id) ON DELETE CASCADE, action TEXT NOT NULL,"
               " state TEXT NOT NULL, steps TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,"
               " next_attempt_at BIGINT NOT NULL, last_error TEXT NOT NULL, last_error_detail TEXT NOT NULL,"
               " requested_by BIGINT REFERENCES users(id) ON DELETE SET NULL,"
               " created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL)"),
             s("CREATE INDEX outbox_jobs_due ON outbox_jobs(state, next_attempt_at)"),
             s("CREATE INDEX outbox_jobs_by_article ON outbox_jobs(article_id, site_id)"),
             // Images already on a site, by content hash: uploaded once per site.
             s("CREATE TABLE remote_media ("
               " site_id BIGINT NOT NULL REFERENCES sites(id) ON DELETE CASCADE, sha256 TEXT NOT NULL,"
               " remote_id TEXT NOT NULL, url TEXT NOT NULL, uploaded_at BIGINT NOT NULL,"
               " PRIMARY KEY (site_id, sha256))"),
             // The site's category tree as last synced, and the admin's local → remote mapping.
             s("CREATE TABLE remote_categories ("
               " site_id BIGINT NOT NULL REFERENCES sites(id) ON DELETE CASCADE, remote_id TEXT NOT NULL,"
               " parent_remote_id TEXT NOT NULL, name TEXT NOT NULL, slug TEXT NOT NULL,"
               " PRIMARY KEY (site_id, remote_id))"),
             s("CREATE TABLE category_map ("
               " site_id BIGINT NOT NULL REFERENCES sites(id) ON DELETE CASCADE,"
               " category_id BIGINT NOT NULL REFERENCES categories(id) ON DELETE CASCADE,"
               " remote_id TEXT NOT NULL, PRIMARY KEY (site_id, category_id))"),
             // Remote tag ids by folded name, so a push does not search the site for every tag.
             s("CREATE TABLE remote_tags ("
               " site_id BIGINT NOT NULL REFERENCES sites(id) ON DELETE CASCADE, name_key TEXT NOT NULL,"
               " remote_id TEXT NOT NULL, PRIMARY KEY (site_id, name_key))"),
         },
         QT_TRANSLATE_NOOP("toasoan::Migrations", "Adding the publishing queue and the websites' categories and tags")},
        {5,
         {
             // Soft edit locks: one holder per article; a lock whose heartbeat is older than the
             // office's limit is free for anyone (see EditLockRepository).
             s("CREATE TABLE edit_locks ("
               " article_id BIGINT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,"
               " user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
               " acquired_at BIGINT NOT NULL, heartbeat_at BIGINT NOT NULL)"),
             // Failed log-ins per typed login (known or not, so the delay reveals nothing).
             s("CREATE TABLE login_attempts ("
               " login TEXT PRIMARY KEY, failures INTEGER NOT NULL, last_failure_at BIGINT NOT NULL,"
               " locked_until BIGINT)"),
         },
         QT_TRANSLATE_NOOP("toasoan::Migrations", "Adding edit locks and the log-in delay")},
        {6,
         {
             // Full-text search (app/search). search_docs holds the plain text of each article (HTML
             // tags stripped, tags joined): the portable part. The rest is SQLite-only (${SQLITE}): two FTS5 indexes
             // kept in step by triggers, one without diacritics (with đ folded to d by the search_docs_folded view:
             // remove_diacritics leaves đ alone) and one exact. The fold must stay a one-for-one character
             // replacement: search/SearchText.cpp maps snippets back to the original text by position.
             s("CREATE TABLE search_docs (article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE"
               " CASCADE, title TEXT NOT NULL, sapo TEXT NOT NULL, body TEXT NOT NULL, tags TEXT NOT NULL,"
               " byline TEXT NOT NULL)"),
             s("CREATE VIEW search_docs_folded AS SELECT article_id, replace(replace(title, 'đ', 'd'), 'Đ',"
               " 'D') AS title, replace(replace(sapo, 'đ', 'd'), 'Đ', 'D') AS sapo, replace(replace(body, 'đ',"
               " 'd'), 'Đ', 'D') AS body, replace(replace(tags, 'đ', 'd'), 'Đ', 'D') AS tags,"
               " replace(replace(byline, 'đ', 'd'), 'Đ', 'D') AS byline FROM search_docs"),
             s("${SQLITE}CREATE VIRTUAL TABLE search_fold USING fts5(title, sapo, body, tags, byline,"
               " content='search_docs_folded', content_rowid='article_id', tokenize='unicode61 remove_diacritics"
               " 2', prefix='2 3')"),
             s("${SQLITE}CREATE VIRTUAL TABLE search_exact USING fts5(title, sapo, body, tags, byline,"
               " content='search_docs', content_rowid='article_id', tokenize='unicode61 remove_diacritics 0',"
               " prefix='2 3')"),
             s("${SQLITE}CREATE TRIGGER search_docs_insert AFTER INSERT ON search_docs BEGIN INSERT INTO search_fold"
               " (rowid, title, sapo, body, tags, byline) VALUES (new.article_id, replace(replace(new.title,"
               " 'đ', 'd'), 'Đ', 'D'), replace(replace(new.sapo, 'đ', 'd'), 'Đ', 'D'), replace(replace(new.body,"
               " 'đ', 'd'), 'Đ', 'D'), replace(replace(new.tags, 'đ', 'd'), 'Đ', 'D'),"
               " replace(replace(new.byline, 'đ', 'd'), 'Đ', 'D')); INSERT INTO search_exact (rowid, title,"
               " sapo, body, tags, byline) VALUES (new.article_id, new.title, new.sapo, new.body, new.tags,"
               " new.byline); END"),
             s("${SQLITE}CREATE TRIGGER search_docs_delete AFTER DELETE ON search_docs BEGIN INSERT INTO search_fold"
               " (search_fold, rowid, title, sapo, body, tags, byline) VALUES ('delete', old.article_id,"
               " replace(replace(old.title, 'đ', 'd'), 'Đ', 'D'), replace(replace(old.sapo, 'đ', 'd'), 'Đ',"
               " 'D'), replace(replace(old.body, 'đ', 'd'), 'Đ', 'D'), replace(replace(old.tags, 'đ', 'd'), 'Đ',"
               " 'D'), replace(replace(old.byline, 'đ', 'd'), 'Đ', 'D')); INSERT INTO search_exact"
               " (search_exact, rowid, title, sapo, body, tags, byline) VALUES ('delete', old.article_id,"
               " old.title, old.sapo, old.body, old.tags, old.byline); END"),
             s("${SQLITE}CREATE TRIGGER search_docs_update AFTER UPDATE ON search_docs BEGIN INSERT INTO search_fold"
               " (search_fold, rowid, title, sapo, body, tags, byline) VALUES ('delete', old.article_id,"
               " replace(replace(old.title, 'đ', 'd'), 'Đ', 'D'), replace(replace(old.sapo, 'đ', 'd'), 'Đ',"
               " 'D'), replace(replace(old.body, 'đ', 'd'), 'Đ', 'D'), replace(replace(old.tags, 'đ', 'd'), 'Đ',"
               " 'D'), replace(replace(old.byline, 'đ', 'd'), 'Đ', 'D')); INSERT INTO search_exact"
               " (search_exact, rowid, title, sapo, body, tags, byline) VALUES ('delete', old.article_id,"
               " old.title, old.sapo, old.body, old.tags, old.byline); INSERT INTO search_fold (rowid, title,"
               " sapo, body, tags, byline) VALUES (new.article_id, replace(replace(new.title, 'đ', 'd'), 'Đ',"
               " 'D'), replace(replace(new.sapo, 'đ', 'd'), 'Đ', 'D'), replace(replace(new.body, 'đ', 'd'), 'Đ',"
               " 'D'), replace(replace(new.tags, 'đ', 'd'), 'Đ', 'D'), replace(replace(new.byline, 'đ', 'd'),"
               " 'Đ', 'D')); INSERT INTO search_exact (rowid, title, sapo, body, tags, byline) VALUES"
               " (new.article_id, new.title, new.sapo, new.body, new.tags, new.byline); END"),
             // Index the existing articles: bodies lose their tags as search/SearchText.cpp does it. (A
             // PostgreSQL database is always created at a later schema, so has no articles to index here.)
             s("${SQLITE}INSERT INTO search_docs (article_id, title, sapo, body, tags, byline) WITH RECURSIVE strip(id,"
               " rest, out) AS (SELECT id, body, '' FROM articles UNION ALL SELECT id, CASE WHEN instr(rest,"
               " '<') = 0 OR instr(substr(rest, instr(rest, '<')), '>') = 0 THEN '' ELSE substr(rest,"
               " instr(rest, '<') + instr(substr(rest, instr(rest, '<')), '>')) END, CASE WHEN instr(rest, '<')"
               " = 0 OR instr(substr(rest, instr(rest, '<')), '>') = 0 THEN out || rest ELSE out || substr(rest,"
               " 1, instr(rest, '<') - 1) || ' ' END FROM strip WHERE rest <> '') SELECT a.id, a.title, a.sapo,"
               " replace(replace(replace(replace(replace(replace(replace(s.out, '&nbsp;', ' '), '&lt;', '<'),"
               " '&gt;', '>'), '&quot;', '\"'), '&#39;', ''''), '&apos;', ''''), '&amp;', '&'), COALESCE((SELECT"
               " group_concat(name, ', ') FROM (SELECT t.name FROM article_tags at JOIN tags t ON t.id ="
               " at.tag_id WHERE at.article_id = a.id ORDER BY at.position)), ''), a.byline FROM strip s JOIN"
               " articles a ON a.id = s.id WHERE s.rest = ''"),
             // The office-wide spell-check dictionary (app/spell/PersonalDictionary.h).
             s("CREATE TABLE spell_words (word TEXT PRIMARY KEY, added_by BIGINT REFERENCES users(id) ON DELETE"
               " SET NULL, added_at BIGINT NOT NULL)"),
         },
         QT_TRANSLATE_NOOP("toasoan::Migrations", "Building the full-text search index")},
        {7,
         {
             // The article list always filters on deleted_at (the trash) and sorts on updated_at, and both
             // columns sit after the body in each row: with the schema-1 indexes, counting a list filtered by
             // state or category read every matching article's overflow pages (tests/bench/bench_store). These
             // indexes answer the count and the page's ids by themselves; they replace the schema-1 ones.
             s("CREATE INDEX articles_live_by_update ON articles(deleted_at, updated_at, state)"),
             s("CREATE INDEX articles_live_by_state ON articles(state, deleted_at, updated_at)"),
             s("CREATE INDEX articles_live_by_category ON articles(category_id, deleted_at, updated_at)"),
             s("CREATE INDEX articles_live_by_author ON articles(author_id, deleted_at, updated_at)"),
             s("DROP INDEX articles_by_update"),
             s("DROP INDEX articles_by_state"),
             s("DROP INDEX articles_by_category"),
             s("DROP INDEX articles_by_author"),
         },
         QT_TRANSLATE_NOOP("toasoan::Migrations", "Indexing the article list again")},
        {8,
         {
             // Search as you type ends on an unfinished word: "tuyen quan" reaches FTS5 as "tuyen" "quan"*.
             // Without a prefix index of that length FTS5 merges every term starting with "quan" (8x the
             // time of the whole query on 100,000 articles, tests/bench/bench_search); Vietnamese
             // syllables are short, so indexes for 2 to 5 letters cover nearly every prefix typed.
             s("${SQLITE}DROP TABLE search_fold"),
             s("${SQLITE}DROP TABLE search_exact"),
             s("${SQLITE}CREATE VIRTUAL TABLE search_fold USING fts5(title, sapo, body, tags, byline,"
               " content='search_docs_folded', content_rowid='article_id', tokenize='unicode61 remove_diacritics"
               " 2', prefix='2 3 4 5')"),
             s("${SQLITE}CREATE VIRTUAL TABLE search_exact USING fts5(title, sapo, body, tags, byline,"
               " content='search_docs', content_rowid='article_id', tokenize='unicode61 remove_diacritics 0',"
               " prefix='2 3 4 5')"),
             s("${SQLITE}INSERT INTO search_fold (search_fold) VALUES ('rebuild')"),
             s("${SQLITE}INSERT INTO search_exact (search_exact) VALUES ('rebuild')"),
         },
         QT_TRANSLATE_NOOP("toasoan::Migrations", "Adding prefix indexes for search as you type")},
        {9,
         {
             // Articles written by a bulk import and not yet in the full-text index (search/SearchIndex.h):
             // keeping two FTS5 indexes in step costs several times the articles' own write.
             s("CREATE TABLE search_backlog (article_id BIGINT PRIMARY KEY REFERENCES articles(id) ON DELETE"
               " CASCADE)"),
         },
         QT_TRANSLATE_NOOP("toasoan::Migrations", "Adding the search backlog of bulk imports")},
        {10,
         {
             // Articles per state, in and out of the trash, kept by triggers: the list's total. Counting the
             // index instead read ~400 pages scattered over the file, 37 ms straight from disk with 100,000
             // articles (tests/bench/bench_store, first page after a reboot); this is one page. New articles are
             // counted by ArticleRepository (articlerows::countNew), once per call: a trigger per inserted row
             // cost a tenth of a bulk import. Changes of state or trash, and deletes, by the triggers.
             s("CREATE TABLE article_counts (state TEXT NOT NULL, trashed INTEGER NOT NULL, n BIGINT NOT NULL,"
               " PRIMARY KEY (state, trashed))"),
             s("${SQLITE}INSERT INTO article_counts (state, trashed, n) SELECT state, deleted_at IS NOT NULL, count(*)"
               " FROM articles GROUP BY state, deleted_at IS NOT NULL"),
             s("${SQLITE}CREATE TRIGGER article_counts_delete AFTER DELETE ON articles BEGIN UPDATE article_counts SET"
               " n = n - 1 WHERE state = old.state AND trashed = (old.deleted_at IS NOT NULL); END"),
             s("${SQLITE}CREATE TRIGGER article_counts_update AFTER UPDATE OF state, deleted_at ON articles WHEN "
               "old.state"
               " IS NOT new.state OR (old.deleted_at IS NULL) <> (new.deleted_at IS NULL) BEGIN UPDATE"
               " article_counts SET n = n - 1 WHERE state = old.state AND trashed = (old.deleted_at IS NOT NULL);"
               " INSERT INTO article_counts (state, trashed, n) VALUES (new.state, new.deleted_at IS NOT NULL, 1)"
               " ON CONFLICT (state, trashed) DO UPDATE SET n = n + 1; END"),
             // The same on PostgreSQL, where a trigger calls a function.
             s("${POSTGRES}INSERT INTO article_counts (state, trashed, n) SELECT state, CASE WHEN deleted_at IS NULL"
               " THEN 0 ELSE 1 END, count(*) FROM articles GROUP BY 1, 2"),
             s("${POSTGRES}CREATE FUNCTION article_counts_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
               " UPDATE article_counts SET n = n - 1 WHERE state = OLD.state AND trashed = CASE WHEN OLD.deleted_at"
               " IS NULL THEN 0 ELSE 1 END; IF TG_OP = 'UPDATE' THEN INSERT INTO article_counts (state, trashed, n)"
               " VALUES (NEW.state, CASE WHEN NEW.deleted_at IS NULL THEN 0 ELSE 1 END, 1) ON CONFLICT (state,"
               " trashed) DO UPDATE SET n = article_counts.n + 1; END IF; RETURN NULL; END $$"),
             s("${POSTGRES}CREATE TRIGGER article_counts_delete AFTER DELETE ON articles FOR EACH ROW EXECUTE"
               " FUNCTION article_counts_change()"),
             s("${POSTGRES}CREATE TRIGGER article_counts_update AFTER UPDATE OF state, deleted_at ON articles FOR"
               " EACH ROW WHEN (OLD.state IS DISTINCT FROM NEW.state OR (OLD.deleted_at IS NULL) <> (NEW.deleted_at"
               " IS NULL)) EXECUTE FUNCTION article_counts_change()"),
         },
         QT_TRANSLATE_NOOP("toasoan::Migrations", "Counting the articles of each state")},
        {11,
         {
             // The shared database's change counter, for the offline copies of issue 14: "give me everything
             // after N". A sequence can hand out numbers that commit out of order (a pull would skip a row for
             // ever); one row bumped inside each writing transaction keeps commit order, writers queueing on it
             // for the instant between their first write and their commit. On PostgreSQL statement triggers on
             // every table of the office's data bump it, once per transaction (a transaction-local setting
             // remembers); SQLite has the row too, unbumped: one PC has nobody to tell.
             s("CREATE TABLE sync_state (id INTEGER PRIMARY KEY, version BIGINT NOT NULL)"),
             s("INSERT INTO sync_state (id, version) VALUES (1, 0)"),
             s("${POSTGRES}CREATE FUNCTION sync_bump() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF"
               " current_setting('toasoan.sync_bumped', true) IS DISTINCT FROM txid_current()::text THEN UPDATE"
               " sync_state SET version = version + 1 WHERE id = 1; PERFORM set_config('toasoan.sync_bumped',"
               " txid_current()::text, true); END IF; RETURN NULL; END $$"),
             s("${POSTGRES}DO $$ DECLARE t text; BEGIN FOREACH t IN ARRAY ARRAY['users', 'categories', 'tags',"
               " 'media', 'articles', 'article_tags', 'revisions', 'events', 'comments', 'recoveries', 'sites',"
               " 'article_publications', 'settings', 'outbox_jobs', 'remote_media', 'remote_categories',"
               " 'category_map', 'remote_tags', 'edit_locks', 'spell_words'] LOOP EXECUTE format('CREATE TRIGGER"
               " %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION"
               " sync_bump()', t || '_sync', t); END LOOP; END $$"),
         },
         QT_TRANSLATE_NOOP("toasoan::Migrations", "Adding the change counter of the shared database")},
        {12,
         {
             // Full-text search on PostgreSQL over the same search_docs: a configuration that folds marks
             // (unaccent folds đ as well) and lower-cases, and generated tsvector columns with GIN indexes,
             // title weighted A, tags B, sapo and byline C, body D. The exact column keeps the marks.
             // unaccent is a trusted extension: the database's owner may create it (README, Office set-up).
             s("${POSTGRES}CREATE EXTENSION IF NOT EXISTS unaccent"),
             s("${POSTGRES}CREATE TEXT SEARCH CONFIGURATION toasoan_fold (COPY = simple)"),
             s("${POSTGRES}ALTER TEXT SEARCH CONFIGURATION toasoan_fold ALTER MAPPING FOR hword, hword_part, word"
               " WITH unaccent, simple"),
             s("${POSTGRES}ALTER TABLE search_docs ADD COLUMN fold tsvector GENERATED ALWAYS AS"
               " (setweight(to_tsvector('toasoan_fold', title), 'A') || setweight(to_tsvector('toasoan_fold',"
               " tags), 'B') || setweight(to_tsvector('toasoan_fold', sapo), 'C') ||"
               " setweight(to_tsvector('toasoan_fold', byline), 'C') || setweight(to_tsvector('toasoan_fold',"
               " body), 'D')) STORED"),
             s("${POSTGRES}ALTER TABLE search_docs ADD COLUMN exact tsvector GENERATED ALWAYS AS"
               " (setweight(to_tsvector('simple', title), 'A') || setweight(to_tsvector('simple', tags), 'B') ||"
               " setweight(to_tsvector('simple', sapo), 'C') || setweight(to_tsvector('simple', byline), 'C') ||"
               " setweight(to_tsvector('simple', body), 'D')) STORED"),
             s("${POSTGRES}CREATE INDEX search_docs_fold ON search_docs USING gin (fold)"),
             s("${POSTGRES}CREATE INDEX search_docs_exact ON search_docs USING gin (exact)"),
             // Articles written before (none unless copied in): indexed by searchindex::catchUp().
             s("${POSTGRES}INSERT INTO search_backlog (article_id) SELECT id FROM articles ON CONFLICT DO NOTHING"),
         },
         QT_TRANSLATE_NOOP("toasoan::Migrations", "Building the full-text search of the shared database")},
        {13,
         {
             // A retired category (ngừng dùng) stays on its old articles but is not offered for new ones.
             s("ALTER TABLE categories ADD COLUMN retired INTEGER NOT NULL DEFAULT 0"),
         },
         QT_TRANSLATE_NOOP("toasoan::Migrations", "Adding retired categories")},
        {14,
         {
             // Live refresh at the other PCs: the transaction that steps the change counter also NOTIFYs
             // toasoan_changes with the counter's new value (storage/ChangeListener.h listens). NOTIFY is
             // transactional: delivered when the transaction commits, never for one rolled back, and once
             // however many statements it ran. A hint to read again, never the data: anything sent while a
             // PC was disconnected is lost, and the listeners read the counter on a slow timer besides.
             s("${POSTGRES}CREATE OR REPLACE FUNCTION sync_bump() RETURNS trigger LANGUAGE plpgsql AS $$ DECLARE v"
               " bigint; BEGIN IF current_setting('toasoan.sync_bumped', true) IS DISTINCT FROM txid_current()::text"
               " THEN UPDATE sync_state SET version = version + 1 WHERE id = 1 RETURNING version INTO v; PERFORM"
               " pg_notify('toasoan_changes', v::text); PERFORM set_config('toasoan.sync_bumped',"
               " txid_current()::text, true); END IF; RETURN NULL; END $$"),
         },
         QT_TRANSLATE_NOOP("toasoan::Migrations", "Telling the other computers about changes")},
        {15,
         {
             // The outbox shared by any number of workers (issue 13): a running job names the worker that
             // claimed it and until when (the database's clock, epoch ms); a lease that runs out frees the
             // job for another worker. Jobs left running before this step have no lease: free at once.
             s("ALTER TABLE outbox_jobs ADD COLUMN claimed_by TEXT NOT NULL DEFAULT ''"),
             s("ALTER TABLE outbox_jobs ADD COLUMN lease_until BIGINT NOT NULL DEFAULT 0"),
         },
         QT_TRANSLATE_NOOP("toasoan::Migrations", "Adding leases to the publishing queue")},
        {16,
         {
             // Search on PostgreSQL (search/PostgresSearchBackend.cpp): the tsvectors move from search_docs to a
             // narrow table of their own, kept by a trigger. A search reads every matching row's id to find the
             // newest matches, and search_docs' rows, with their title and sapo inline, spread 4,600 matches over
             // 3,300 pages (60 ms); here a row is an id and two TOAST pointers, a hundred to the page. The
             // vectors are computed as migration 12's generated columns did. SQLite keeps its FTS5 tables.
             s("${POSTGRES}CREATE TABLE search_vectors (article_id INTEGER PRIMARY KEY REFERENCES"
               " search_docs(article_id) ON DELETE CASCADE, fold tsvector NOT NULL, exact tsvector NOT NULL) WITH"
               " (toast_tuple_target = 128)"),
             s("${POSTGRES}INSERT INTO search_vectors (article_id, fold, exact) SELECT article_id, fold, exact FROM"
               " search_docs ORDER BY article_id"),
             s("${POSTGRES}ALTER TABLE search_docs DROP COLUMN fold, DROP COLUMN exact"),
             s("${POSTGRES}CREATE INDEX search_vectors_fold ON search_vectors USING gin (fold)"),
             s("${POSTGRES}CREATE INDEX search_vectors_exact ON search_vectors USING gin (exact)"),
             s("${POSTGRES}CREATE FUNCTION search_vectors_write() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT"
               " INTO search_vectors (article_id, fold, exact) VALUES (NEW.article_id, "
               "setweight(to_tsvector('toasoan_fold', NEW.title), 'A') ||"
               " setweight(to_tsvector('toasoan_fold', NEW.tags), 'B') || setweight(to_tsvector('toasoan_fold',"
               " NEW.sapo), 'C') || setweight(to_tsvector('toasoan_fold', NEW.byline), 'C') ||"
               " setweight(to_tsvector('toasoan_fold', NEW.body), 'D'),"
               " setweight(to_tsvector('simple', NEW.title), 'A') || setweight(to_tsvector('simple', NEW.tags),"
               " 'B') || setweight(to_tsvector('simple', NEW.sapo), 'C') || setweight(to_tsvector('simple',"
               " NEW.byline), 'C') || setweight(to_tsvector('simple', NEW.body), 'D')) ON CONFLICT (article_id) DO"
               " UPDATE SET fold = excluded.fold, exact = excluded.exact; RETURN NULL; END $$"),
             s("${POSTGRES}CREATE TRIGGER search_docs_vectors AFTER INSERT OR UPDATE ON search_docs FOR EACH ROW"
               " EXECUTE FUNCTION search_vectors_write()"),
         },
         QT_TRANSLATE_NOOP("toasoan::Migrations",
                           "Moving the search vectors of the shared database to their own table"),
         true},
        {17,
         {
             // PostgreSQL compresses every text over 2 KB before storing it, by default with pglz: a third of
             // the server's time in a bulk import of articles went to compressing bodies and revision snapshots
             // (tests/bench/bench_backends). lz4 takes a tenth of that and reads back faster; it applies to
             // values written from now on (older ones stay readable as they are). Debian's server has lz4; a
             // server built without it keeps pglz.
             s("${POSTGRES}DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_settings WHERE name = 'default_toast_compression'"
               " AND 'lz4' = ANY (enumvals)) THEN ALTER TABLE articles ALTER COLUMN body SET COMPRESSION lz4; ALTER"
               " TABLE revisions ALTER COLUMN snapshot SET COMPRESSION lz4; ALTER TABLE recoveries ALTER COLUMN"
               " snapshot SET COMPRESSION lz4; ALTER TABLE search_docs ALTER COLUMN body SET COMPRESSION lz4; ALTER"
               " TABLE search_vectors ALTER COLUMN fold SET COMPRESSION lz4, ALTER COLUMN exact SET COMPRESSION"
               " lz4; END IF; END $$"),
         },
         QT_TRANSLATE_NOOP("toasoan::Migrations", "Compressing long texts on the shared database with lz4")},
        // The offline working copies (issue 14, docs/design/offline-working-copies.md): each pulled row carries
        // the version of the transaction that last wrote it, deletions leave tombstones, pushes are recorded
        // once; and the working copy's own tables. See rowVersions().
        {18, migrationtriggers::rowVersions(),
         QT_TRANSLATE_NOOP("toasoan::Migrations", "Adding row versions and tombstones for the offline working copies")},
        {19,
         {
             // Royalties (nhuận bút, app/report): the office's scheme, one row of kind and points per article,
             // and the months closed for accounting. Points are stored in tenths (2,5 points = 25) so that
             // money is computed in integers. The scheme's one row says what one point is worth (VND) and
             // whether it is still the example shipped with ToaSoan (example = 1 until an administrator saves
             // one). A closed month keeps the point value it was closed with.
             s("CREATE TABLE royalty_scheme (id INTEGER PRIMARY KEY, point_value BIGINT NOT NULL,"
               " example INTEGER NOT NULL)"),
             s("INSERT INTO royalty_scheme (id, point_value, example) VALUES (1, 100000, 1)"),
             s("CREATE TABLE royalty_kinds ("
               " id ${ID}, key TEXT NOT NULL UNIQUE, name TEXT NOT NULL, min_points INTEGER NOT NULL,"
               " max_points INTEGER NOT NULL, min_words INTEGER, max_words INTEGER,"
               " position INTEGER NOT NULL DEFAULT 0, retired INTEGER NOT NULL DEFAULT 0)"),
             s("INSERT INTO royalty_kinds (key, name, min_points, max_points, min_words, max_words, position) VALUES"
               " ('tin', 'Tin', 10, 30, NULL, 400, 0), ('bai', 'Bài', 30, 100, 400, 1200, 1),"
               " ('anh', 'Ảnh', 5, 20, NULL, NULL, 2), ('phong-su', 'Phóng sự', 80, 200, 1200, NULL, 3),"
               " ('phong-van', 'Phỏng vấn', 40, 120, NULL, NULL, 4)"),
             s("CREATE TABLE article_royalties ("
               " article_id BIGINT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,"
               " kind_id BIGINT NOT NULL REFERENCES royalty_kinds(id), points INTEGER NOT NULL,"
               " set_by BIGINT REFERENCES users(id), set_at BIGINT NOT NULL)"),
             s("CREATE TABLE royalty_months ("
               " month TEXT PRIMARY KEY, point_value BIGINT NOT NULL, closed_by BIGINT REFERENCES users(id),"
               " closed_at BIGINT NOT NULL)"),
             // The shared database's change counter (migration 11) counts these tables too.
             s("${POSTGRES}DO $$ DECLARE t text; BEGIN FOREACH t IN ARRAY ARRAY['royalty_scheme', 'royalty_kinds',"
               " 'article_royalties', 'royalty_months'] LOOP EXECUTE format('CREATE TRIGGER %I BEFORE INSERT OR"
               " UPDATE OR DELETE OR TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION sync_bump()', t || '_sync',"
               " t); END LOOP; END $$"),
         },
         QT_TRANSLATE_NOOP("toasoan::Migrations", "Adding royalties")},
        {20,
         {
             // Conflict copies (issue 14, the push): a PC's text of an article that the server had changed
             // meanwhile, kept as a revision of its author beside the current version (1 = waiting for the
             // author to merge it, 2 = dealt with); the author's inbox lists the waiting ones.
             s("ALTER TABLE revisions ADD COLUMN conflict INTEGER NOT NULL DEFAULT 0"),
             s("CREATE INDEX revisions_waiting_conflicts ON revisions(author_id) WHERE conflict = 1"),
         },
         QT_TRANSLATE_NOOP("toasoan::Migrations", "Adding conflict copies")},
        {21,
         {
             // Search as you type with an unfinished word longer than the longest prefix index ("ubnd phuong",
             // "ve sinh moi truong"): FTS5 gathered every position of every term starting with it before
             // returning the first row, 110 ms of CPU on 100,000 articles (tests/bench/bench_search). Vietnamese
             // syllables are at most 7 letters, so a prefix index of 6 costs under 1% of the index (issue 17).
             // Migration 6's triggers name the tables, and keep them in step once they are back. PostgreSQL's
             // tsvectors (migration 16) need nothing. (IF EXISTS: a test that rewinds a workspace's schema number
             // runs this step again over its own result.)
             s("${SQLITE}DROP TABLE IF EXISTS search_fold"),
             s("${SQLITE}DROP TABLE IF EXISTS search_exact"),
             s("${SQLITE}CREATE VIRTUAL TABLE search_fold USING fts5(title, sapo, body, tags, byline,"
               " content='search_docs_folded', content_rowid='article_id', tokenize='unicode61 remove_diacritics"
               " 2', prefix='2 3 4 5 6')"),
             s("${SQLITE}CREATE VIRTUAL TABLE search_exact USING fts5(title, sapo, body, tags, byline,"
               " content='search_docs', content_rowid='article_id', tokenize='unicode61 remove_diacritics 0',"
               " prefix='2 3 4 5 6')"),
             s("${SQLITE}INSERT INTO search_fold (search_fold) VALUES ('rebuild')"),
             s("${SQLITE}INSERT INTO search_exact (search_exact) VALUES ('rebuild')"),
         },
         QT_TRANSLATE_NOOP("toasoan::Migrations", "Rebuilding the search index with longer prefixes"),
         true},
        {22,
         {
             // Revisions keep their body apart from the snapshot, and the newest revision none at all while the
             // article's body is still the one it saved (issue 17): revision 1 of every article copied the whole
             // body (half of the bytes a bulk import wrote, lz4-compressed again on PostgreSQL). body NULL means
             // "the article's current body"; a trigger copies the old body into the revision before the
             // article's body changes, whatever changes it (a save, a pull, a restore), so only the newest
             // revisions (those saved with the body the article still has) can be NULL. The snapshot JSON drops its
             // "body" key (ArticleRepository::revision puts it back). Existing revisions are converted here; the file
             // keeps its size until a VACUUM.
             s("ALTER TABLE revisions ADD COLUMN body TEXT"),
             s("${SQLITE}UPDATE revisions SET body = CASE WHEN number = (SELECT max(n.number) FROM revisions n WHERE"
               " n.article_id = revisions.article_id) AND json_extract(snapshot, '$.body') = (SELECT a.body FROM"
               " articles a WHERE a.id = revisions.article_id) THEN NULL ELSE json_extract(snapshot, '$.body') END,"
               " snapshot = json_remove(snapshot, '$.body') WHERE CASE WHEN json_valid(snapshot) THEN"
               " json_type(snapshot, '$.body') END = 'text'"),
             s("${SQLITE}CREATE TRIGGER articles_keep_revision_body AFTER UPDATE OF body ON articles WHEN old.body IS"
               " NOT new.body BEGIN UPDATE revisions SET body = old.body WHERE article_id = old.id AND body IS NULL;"
               " END"),
             s("${POSTGRES}UPDATE revisions r SET body = CASE WHEN r.number = (SELECT max(n.number) FROM revisions n"
               " WHERE n.article_id = r.article_id) AND j.snapshot ->> 'body' = (SELECT a.body FROM articles a WHERE"
               " a.id = r.article_id) THEN NULL ELSE j.snapshot ->> 'body' END, snapshot = (j.snapshot -"
               " 'body')::text FROM (SELECT id, snapshot::jsonb AS snapshot FROM revisions) j WHERE j.id = r.id AND"
               " jsonb_typeof(j.snapshot -> 'body') = 'string'"),
             s("${POSTGRES}CREATE FUNCTION revisions_keep_body() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN UPDATE"
               " revisions SET body = OLD.body WHERE article_id = OLD.id AND body IS NULL; RETURN NULL; END $$"),
             s("${POSTGRES}CREATE TRIGGER articles_keep_revision_body AFTER UPDATE OF body ON articles FOR EACH ROW"
               " WHEN (OLD.body IS DISTINCT FROM NEW.body) EXECUTE FUNCTION revisions_keep_body()"),
             s("${POSTGRES}DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_settings WHERE name = 'default_toast_compression'"
               " AND 'lz4' = ANY (enumvals)) THEN ALTER TABLE revisions ALTER COLUMN body SET COMPRESSION lz4; END IF;"
               " END $$"),
         },
         QT_TRANSLATE_NOOP("toasoan::Migrations", "Keeping revision bodies apart from their snapshots"),
         true},
        // The bulk tables' foreign keys checked per statement on PostgreSQL (issue 13); nothing on SQLite. See
        // statementForeignKeys(). (OR REPLACE, IF EXISTS: a test that rewinds a workspace's schema number runs
        // this step again over its own result.)
        {23, migrationtriggers::statementForeignKeys(),
         QT_TRANSLATE_NOOP("toasoan::Migrations", "Checking the shared database's foreign keys per statement")},
        // The search documents refer to the article's body instead of holding its plain text (issue 17): on
        // SQLite search_docs becomes a view over search_fields, whose body is NULL while it is the article's,
        // made plain text by toasoan_search_text() when an index or a snippet needs it. The FTS5 indexes keep
        // what they hold. PostgreSQL keeps its table (its tsvectors are computed from the text).
        {24, migrationtriggers::searchBodiesByReference(),
         QT_TRANSLATE_NOOP("toasoan::Migrations", "Making the search documents refer to the articles' text"), true},
        // The reports read the event log by the state an event moved to, over a period: the statistics'
        // transitions into published/approved/returned/rejected between two dates, the royalties' publications of
        // a month. Both read every event before (a sequential scan of 800,000
        // events on PostgreSQL: 210 ms for the statistics' three months, 600 ms for a month's royalties; with
        // the index 46 ms and 100 ms). IF NOT EXISTS: a test that rewinds the schema number runs it again.
        {25,
         {
             s("CREATE INDEX IF NOT EXISTS events_by_state ON events(to_state, at)"),
         },
         QT_TRANSLATE_NOOP("toasoan::Migrations", "Indexing the event log by state for the reports")},
    };
    return all;
}

QString migrationDescription(const Migration &migration)
{
    if (!migration.description) {
        return QCoreApplication::translate("toasoan::Migrations", "Updating the database to schema %1")
            .arg(migration.version);
    }
    return QCoreApplication::translate("toasoan::Migrations", migration.description);
}

bool migrationsFreeSpace(int fromVersion, int toVersion)
{
    for (const Migration &migration : migrations()) {
        if (migration.version > fromVersion && migration.version <= toVersion && migration.freesSpace) {
            return true;
        }
    }
    return false;
}

} // namespace toasoan
