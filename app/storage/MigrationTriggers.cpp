#include "app/storage/MigrationTriggers_p.h"

namespace toasoan::migrationtriggers {

namespace {
QString s(const char *sql)
{
    return QString::fromUtf8(sql);
}

// The tables an offline working copy pulls (issue 14, migration 18), with the columns that name a
// deleted row in its tombstone: the id, the uuid where a row has one (stable across databases), or the
// natural key of a table without id.
struct PulledTable
{
    const char *table;
    const char *keys;
};
constexpr PulledTable kPulledTables[] = {
    {"users", "id"},
    {"categories", "id"},
    {"tags", "id"},
    {"media", "id"},
    {"articles", "id,uuid"},
    {"article_tags", "article_id,tag_id"},
    {"revisions", "id"},
    {"events", "id"},
    {"comments", "id,uuid"},
    {"sites", "id"},
    {"article_publications", "article_id,site_id"},
    {"settings", "key"},
    {"spell_words", "word"},
};
} // namespace

// Migration 18's statements.
QStringList rowVersions()
{
    QStringList out;
    // Comments get a uuid like articles', for the working copies to recognise a comment written offline
    // once it comes back from the server (CommentRepository writes one; NULL only in rows written
    // elsewhere before the push gives them one).
    out << s("ALTER TABLE comments ADD COLUMN uuid TEXT")
        << s("${POSTGRES}UPDATE comments SET uuid = gen_random_uuid()::text")
        << s("${SQLITE}UPDATE comments SET uuid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' ||"
             " substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + abs(random()) % 4, 1) ||"
             " substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))")
        << s("CREATE UNIQUE INDEX comments_by_uuid ON comments(uuid)");
    // The column on both backends (a working copy keeps the server's version of each row it pulled: the
    // base of an edit made offline). Rows from before this step keep 0: a new working copy pulls from -1.
    QStringList pulled;
    for (const PulledTable &t : kPulledTables) {
        out << QStringLiteral("ALTER TABLE %1 ADD COLUMN row_version BIGINT NOT NULL DEFAULT 0")
                   .arg(QLatin1String(t.table));
        pulled << QStringLiteral("('%1', '%2')").arg(QLatin1String(t.table), QLatin1String(t.keys));
    }
    // sync_bump() runs BEFORE each writing statement now, so that the transaction's version exists (in the
    // transaction-local setting toasoan.sync_version) before its first row is written; still once per
    // transaction and with migration 14's NOTIFY (delivered at commit). A savepoint rolled back takes its
    // bump, its setting and its NOTIFY with it. The row trigger stamps every row written, however often the
    // transaction writes it, with that one version; the AFTER DELETE trigger leaves a tombstone keyed by the
    // row's id (and uuid) or natural key, as JSON. A pull applies tombstones before rows: a row deleted and
    // written again in one transaction carries the same version as its tombstone, and exists.
    out << s("${POSTGRES}CREATE OR REPLACE FUNCTION sync_bump() RETURNS trigger LANGUAGE plpgsql AS $$ DECLARE v"
             " bigint; BEGIN IF current_setting('toasoan.sync_bumped', true) IS DISTINCT FROM txid_current()::text"
             " THEN UPDATE sync_state SET version = version + 1 WHERE id = 1 RETURNING version INTO v; PERFORM"
             " pg_notify('toasoan_changes', v::text); PERFORM set_config('toasoan.sync_version', v::text, true);"
             " PERFORM set_config('toasoan.sync_bumped', txid_current()::text, true); END IF; RETURN NULL; END $$")
        << s("${POSTGRES}DO $$ DECLARE t text; BEGIN FOREACH t IN ARRAY ARRAY['users', 'categories', 'tags',"
             " 'media', 'articles', 'article_tags', 'revisions', 'events', 'comments', 'recoveries', 'sites',"
             " 'article_publications', 'settings', 'outbox_jobs', 'remote_media', 'remote_categories',"
             " 'category_map', 'remote_tags', 'edit_locks', 'spell_words'] LOOP EXECUTE format('DROP TRIGGER %I ON"
             " %I', t || '_sync', t); EXECUTE format('CREATE TRIGGER %I BEFORE INSERT OR UPDATE OR DELETE OR"
             " TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION sync_bump()', t || '_sync', t); END LOOP; END $$")
        << s("${POSTGRES}CREATE FUNCTION sync_stamp() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.row_version"
             " := current_setting('toasoan.sync_version')::bigint; RETURN NEW; END $$")
        << s("${POSTGRES}CREATE TABLE tombstones (id BIGSERIAL PRIMARY KEY, table_name TEXT NOT NULL, row_key JSONB"
             " NOT NULL, row_version BIGINT NOT NULL)")
        << s("${POSTGRES}CREATE INDEX tombstones_by_row_version ON tombstones(row_version)")
        << s("${POSTGRES}CREATE FUNCTION sync_tombstone() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO"
             " tombstones (table_name, row_key, row_version) SELECT TG_TABLE_NAME, jsonb_object_agg(k, to_jsonb(OLD)"
             " -> k), current_setting('toasoan.sync_version')::bigint FROM unnest(TG_ARGV) AS k; RETURN NULL; END $$")
        << QStringLiteral("${POSTGRES}DO $$ DECLARE r record; BEGIN FOR r IN SELECT * FROM (VALUES %1) AS v(t, k) LOOP"
                          " EXECUTE format('CREATE INDEX %I ON %I (row_version)', r.t || '_by_row_version', r.t);"
                          " EXECUTE format('CREATE TRIGGER %I BEFORE INSERT OR UPDATE ON %I FOR EACH ROW EXECUTE"
                          " FUNCTION sync_stamp()', r.t || '_row_version', r.t); EXECUTE format('CREATE TRIGGER %I"
                          " AFTER DELETE ON %I FOR EACH ROW EXECUTE FUNCTION sync_tombstone(%s)', r.t ||"
                          " '_tombstone', r.t, (SELECT string_agg(quote_literal(k), ', ') FROM"
                          " unnest(string_to_array(r.k, ',')) AS k)); END LOOP; END $$")
               .arg(pulled.join(QStringLiteral(", ")));
    // A push is one server transaction per queued change, which first records the change's id here: a
    // retry after a lost acknowledgement finds it and answers with the stored outcome (applied once).
    out << s("${POSTGRES}CREATE TABLE applied_ops (op_id UUID PRIMARY KEY, pc TEXT NOT NULL, applied_version"
             " BIGINT, outcome TEXT NOT NULL, at BIGINT NOT NULL)");
    // The working copy's own (SQLite): where it stands with its server (one row per server identity; -1:
    // nothing pulled yet), the changes made here and not yet pushed (written in the same transaction as the
    // change itself), the last-synced copy of each article edited here (the base of a three-way merge; an
    // ArticleJson snapshot, as revisions keep), the server's id of each row this copy holds under its own
    // id (a copy hands out its own ids offline; rows are matched by uuid, then mapped), and the articles
    // opened here, by when (what the copy keeps beyond the user's own).
    out << s("${SQLITE}CREATE TABLE sync_meta (server TEXT PRIMARY KEY, last_version BIGINT NOT NULL DEFAULT -1,"
             " last_sync_ms BIGINT, server_clock_skew_ms BIGINT)")
        << s("${SQLITE}CREATE TABLE pending_ops (seq INTEGER PRIMARY KEY, op_id TEXT NOT NULL UNIQUE, kind TEXT NOT"
             " NULL, article_uuid TEXT, base_version BIGINT, payload TEXT NOT NULL, created_ms BIGINT NOT NULL)")
        << s("${SQLITE}CREATE TABLE article_bases (article_uuid TEXT PRIMARY KEY, row_version BIGINT NOT NULL,"
             " snapshot TEXT NOT NULL)")
        << s("${SQLITE}CREATE TABLE server_ids (table_name TEXT NOT NULL, server_id BIGINT NOT NULL, local_id BIGINT"
             " NOT NULL, PRIMARY KEY (table_name, server_id), UNIQUE (table_name, local_id))")
        << s("${SQLITE}CREATE TABLE local_opens (article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE"
             " CASCADE, opened_at BIGINT NOT NULL)");
    return out;
}
// Migration 23 (issue 13): on PostgreSQL, the foreign keys of the tables a bulk import fills are checked per
// statement instead of per row. A built-in foreign key runs one query and takes one row lock for every row
// and key inserted (~41 % of the server's time in an import); a non-superuser cannot switch that off, and
// deferring it still checks row by row. Here an AFTER INSERT statement trigger reads the statement's new rows
// (a transition table) and, per key, locks the distinct referenced rows FOR KEY SHARE in id order, as the
// built-in check locks them, and fails when fewer were found than referenced (tests/bench/bench_backends: the
// server's CPU time per imported article 190 → 147 µs). Updates of a key column are checked row by row
// (rare). Each parent gets the delete side (CASCADE, SET NULL or NO ACTION, at the end of the statement as
// before), refuses changing its id and a TRUNCATE that leaves referencing rows. (ToaSoan's writers also
// queue behind the change counter of migration 18; these checks do not rely on it.)
//
// Why no orphan can appear between two connections (READ COMMITTED, the app's level): an inserter locks the
// parent; a deleter of that parent then waits for the inserter's commit, and its own trigger, which reads
// with a new snapshot after the wait, sees the new child and cascades, nulls or refuses. A deleter that
// came first holds the parent's row lock: the inserter's lock waits for it and skips the deleted row, so
// the insert fails. Under REPEATABLE READ a deleter's snapshot could miss a child committed meanwhile (the
// built-in check has a crosscheck snapshot for that, a trigger has none): deleting parents is refused
// there (ToaSoan deletes in READ COMMITTED; its REPEATABLE READ transactions only read).
struct TriggerForeignKey
{
    const char *table;
    const char *column;
    const char *parent;
    const char *onDelete; ///< "cascade", "set null" or "restrict" (NO ACTION, checked at the statement's end)
};
constexpr TriggerForeignKey kTriggerForeignKeys[] = {
    {"articles", "category_id", "categories", "set null"},
    {"articles", "author_id", "users", "restrict"},
    {"articles", "featured_media_id", "media", "restrict"},
    {"article_tags", "article_id", "articles", "cascade"},
    {"article_tags", "tag_id", "tags", "restrict"},
    {"revisions", "article_id", "articles", "cascade"},
    {"revisions", "author_id", "users", "restrict"},
    {"events", "article_id", "articles", "cascade"},
    {"events", "user_id", "users", "restrict"},
};

QStringList statementForeignKeys()
{
    QStringList out;
    // The checks' error, named as the built-in one's so that errors read the same (SQLSTATE 23503, "foreign
    // key"), with a missing parent among the keys looked for.
    out << s("${POSTGRES}CREATE OR REPLACE FUNCTION fk_missing(child text, col text, parent text, keys bigint[]) "
             "RETURNS void"
             " LANGUAGE plpgsql AS $$ DECLARE missing text; BEGIN EXECUTE format('SELECT k::text FROM unnest($1) AS"
             " k WHERE NOT EXISTS (SELECT 1 FROM %I p WHERE p.id = k) LIMIT 1', parent) INTO missing USING keys;"
             " RAISE EXCEPTION 'insert or update on table \"%\" violates foreign key constraint \"%\"', child,"
             " child || '_' || col || '_fkey' USING ERRCODE = 'foreign_key_violation', DETAIL = format('Key"
             " (%s)=(%s) is not present in table \"%s\".', col, coalesce(missing, '?'), parent), TABLE = child,"
             " COLUMN = col, CONSTRAINT = child || '_' || col || '_fkey'; END $$")
        << s("${POSTGRES}CREATE OR REPLACE FUNCTION fk_check_row() RETURNS trigger LANGUAGE plpgsql AS $$ DECLARE i "
             "int; col"
             " text; v text; hit int; BEGIN FOR i IN 0 .. TG_NARGS / 2 - 1 LOOP col := TG_ARGV[2 * i]; v :="
             " to_jsonb(NEW) ->> col; CONTINUE WHEN v IS NULL OR v IS NOT DISTINCT FROM to_jsonb(OLD) ->> col;"
             " EXECUTE format('SELECT 1 FROM %I p WHERE p.id = $1 FOR KEY SHARE OF p', TG_ARGV[2 * i + 1]) INTO hit"
             " USING v::bigint; IF hit IS NULL THEN PERFORM fk_missing(TG_TABLE_NAME, col, TG_ARGV[2 * i + 1],"
             " ARRAY[v::bigint]); END IF; END LOOP; RETURN NULL; END $$")
        << s("${POSTGRES}CREATE OR REPLACE FUNCTION fk_parent_deleted() RETURNS trigger LANGUAGE plpgsql AS $$ DECLARE "
             "i int;"
             " child text; col text; v text; BEGIN IF current_setting('transaction_isolation') <> 'read committed'"
             " THEN RAISE EXCEPTION 'rows of \"%\" are deleted only in READ COMMITTED transactions', TG_TABLE_NAME"
             " USING ERRCODE = 'serialization_failure', HINT = 'Its foreign keys are checked by triggers, which"
             " must see the rows committed meanwhile.'; END IF; FOR i IN 0 .. TG_NARGS / 3 - 1 LOOP child :="
             " TG_ARGV[3 * i]; col := TG_ARGV[3 * i + 1]; IF TG_ARGV[3 * i + 2] = 'cascade' THEN EXECUTE"
             " format('DELETE FROM %I c WHERE c.%I IN (SELECT id FROM fk_old)', child, col); ELSIF TG_ARGV[3 * i +"
             " 2] = 'set null' THEN EXECUTE format('UPDATE %I c SET %I = NULL WHERE c.%I IN (SELECT id FROM"
             " fk_old)', child, col, col); ELSE EXECUTE format('SELECT c.%I::text FROM %I c WHERE c.%I IN (SELECT"
             " o.id FROM fk_old o WHERE NOT EXISTS (SELECT 1 FROM %I p WHERE p.id = o.id)) LIMIT 1', col, child,"
             " col, TG_TABLE_NAME) INTO v; IF v IS NOT NULL THEN RAISE EXCEPTION 'update or delete on table \"%\""
             " violates foreign key constraint \"%\" on table \"%\"', TG_TABLE_NAME, child || '_' || col ||"
             " '_fkey', child USING ERRCODE = 'foreign_key_violation', DETAIL = format('Key (id)=(%s) is still"
             " referenced from table \"%s\".', v, child), TABLE = child, CONSTRAINT = child || '_' || col ||"
             " '_fkey'; END IF; END IF; END LOOP; RETURN NULL; END $$")
        << s("${POSTGRES}CREATE OR REPLACE FUNCTION fk_parent_id_kept() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
             "RAISE"
             " EXCEPTION 'the id of a row of \"%\" cannot change: other tables refer to it', TG_TABLE_NAME USING"
             " ERRCODE = 'foreign_key_violation'; END $$")
        << s("${POSTGRES}CREATE OR REPLACE FUNCTION fk_parent_truncated() RETURNS trigger LANGUAGE plpgsql AS $$ "
             "DECLARE i int;"
             " referenced boolean; BEGIN FOR i IN 0 .. TG_NARGS - 1 LOOP EXECUTE format('SELECT EXISTS (SELECT 1"
             " FROM %I)', TG_ARGV[i]) INTO referenced; IF referenced THEN RAISE EXCEPTION 'cannot truncate a table"
             " referenced in a foreign key constraint' USING ERRCODE = 'feature_not_supported', DETAIL ="
             " format('Table \"%s\" references \"%s\".', TG_ARGV[i], TG_TABLE_NAME), HINT = format('Truncate table"
             " \"%s\" at the same time.', TG_ARGV[i]); END IF; END LOOP; RETURN NULL; END $$");

    QStringList children;
    QStringList parents;
    for (const TriggerForeignKey &k : kTriggerForeignKeys) {
        const QString table = QLatin1String(k.table);
        const QString parent = QLatin1String(k.parent);
        out << QStringLiteral("${POSTGRES}ALTER TABLE %1 DROP CONSTRAINT IF EXISTS %1_%2_fkey")
                   .arg(table, QLatin1String(k.column));
        if (!children.contains(table)) {
            children << table;
        }
        if (!parents.contains(parent)) {
            parents << parent;
        }
    }
    for (const QString &table : std::as_const(children)) {
        QStringList pairs;
        QStringList changed;
        QString checks;
        for (const TriggerForeignKey &k : kTriggerForeignKeys) {
            if (table == QLatin1String(k.table)) {
                pairs << QStringLiteral("'%1', '%2'").arg(QLatin1String(k.column), QLatin1String(k.parent));
                // The distinct keys, locked in id order; fewer locked than looked for: one is missing.
                checks += QStringLiteral("keys := (SELECT array_agg(DISTINCT %2) FROM fk_new WHERE %2 IS NOT NULL); IF"
                                         " keys IS NOT NULL AND (SELECT count(*) FROM (SELECT 1 FROM %3 p WHERE p.id"
                                         " = ANY (keys) ORDER BY p.id FOR KEY SHARE OF p) AS s) < cardinality(keys)"
                                         " THEN PERFORM fk_missing('%1', '%2', '%3', keys); END IF; ")
                              .arg(table, QLatin1String(k.column), QLatin1String(k.parent));
                changed << QStringLiteral("OLD.%1 IS DISTINCT FROM NEW.%1").arg(QLatin1String(k.column));
            }
        }
        // Static statements, one function per table: PL/pgSQL keeps their plans (a COPY batch of long rows is
        // only ~100 rows: planning each check again cost more than running it).
        out << QStringLiteral(
                   "${POSTGRES}CREATE OR REPLACE FUNCTION %1_fk_check() RETURNS trigger LANGUAGE plpgsql AS $$ DECLARE"
                   " keys bigint[]; BEGIN %2RETURN NULL; END $$")
                   .arg(table, checks)
            << QStringLiteral(
                   "${POSTGRES}CREATE OR REPLACE TRIGGER %1_fk_insert AFTER INSERT ON %1 REFERENCING NEW TABLE AS"
                   " fk_new FOR EACH STATEMENT EXECUTE FUNCTION %1_fk_check()")
                   .arg(table)
            << QStringLiteral(
                   "${POSTGRES}CREATE OR REPLACE TRIGGER %1_fk_update AFTER UPDATE ON %1 FOR EACH ROW WHEN (%2) EXECUTE"
                   " FUNCTION fk_check_row(%3)")
                   .arg(table, changed.join(QStringLiteral(" OR ")), pairs.join(QStringLiteral(", ")));
    }
    for (const QString &parent : std::as_const(parents)) {
        QStringList actions;
        QStringList referencing;
        for (const TriggerForeignKey &k : kTriggerForeignKeys) {
            if (parent == QLatin1String(k.parent)) {
                actions << QStringLiteral("'%1', '%2', '%3'")
                               .arg(QLatin1String(k.table), QLatin1String(k.column), QLatin1String(k.onDelete));
                if (!referencing.contains(QStringLiteral("'%1'").arg(QLatin1String(k.table)))) {
                    referencing << QStringLiteral("'%1'").arg(QLatin1String(k.table));
                }
            }
        }
        out << QStringLiteral(
                   "${POSTGRES}CREATE OR REPLACE TRIGGER %1_fk_delete AFTER DELETE ON %1 REFERENCING OLD TABLE AS"
                   " fk_old FOR EACH STATEMENT EXECUTE FUNCTION fk_parent_deleted(%2)")
                   .arg(parent, actions.join(QStringLiteral(", ")))
            << QStringLiteral("${POSTGRES}CREATE OR REPLACE TRIGGER %1_fk_id BEFORE UPDATE OF id ON %1 FOR EACH ROW "
                              "WHEN (OLD.id IS"
                              " DISTINCT FROM NEW.id) EXECUTE FUNCTION fk_parent_id_kept()")
                   .arg(parent)
            << QStringLiteral(
                   "${POSTGRES}CREATE OR REPLACE TRIGGER %1_fk_truncate AFTER TRUNCATE ON %1 FOR EACH STATEMENT EXECUTE"
                   " FUNCTION fk_parent_truncated(%2)")
                   .arg(parent, referencing.join(QStringLiteral(", ")));
    }
    return out;
}

namespace {

// The body a search_fields row indexes (migration 24): its own text where it keeps one (a document written
// by an older version, or one that is not its article's), else the article's body as search/SearchIndex
// makes it plain text, computed again by toasoan_search_text() (storage/SqliteSearchText.h).
QString indexedBody(const char *row)
{
    return QStringLiteral("coalesce(%1.body, toasoan_search_text((SELECT a.body FROM articles a WHERE a.id ="
                          " %1.article_id)), '')")
        .arg(QLatin1String(row));
}

// Both FTS5 indexes take row `row` ("new" or "old") in, or out (FTS5's 'delete' needs the values indexed).
// search_fold's text has đ folded (remove_diacritics leaves it), one character for one, as migration 6 did.
QString indexWrite(const char *row, bool remove)
{
    QString sql;
    for (const bool fold : {true, false}) {
        QStringList values;
        for (const char *column : {"title", "sapo", "body", "tags", "byline"}) {
            const QString value = qstrcmp(column, "body") == 0
                                      ? indexedBody(row)
                                      : QLatin1String(row) + QLatin1Char('.') + QLatin1String(column);
            values.append(fold ? QStringLiteral("replace(replace(%1, 'đ', 'd'), 'Đ', 'D')").arg(value) : value);
        }
        const QString table = fold ? QStringLiteral("search_fold") : QStringLiteral("search_exact");
        const QString write = remove ? QStringLiteral(" INSERT INTO %1 (%1, rowid, title, sapo, body, tags, byline)"
                                                      " VALUES ('delete', %2.article_id, %3);")
                                     : QStringLiteral(" INSERT INTO %1 (rowid, title, sapo, body, tags, byline) VALUES"
                                                      " (%2.article_id, %3);");
        sql += write.arg(table, QLatin1String(row), values.join(QStringLiteral(", ")));
    }
    return sql;
}

} // namespace

QStringList searchBodiesByReference()
{
    return {
        s("${SQLITE}DROP TRIGGER search_docs_insert"),
        s("${SQLITE}DROP TRIGGER search_docs_delete"),
        s("${SQLITE}DROP TRIGGER search_docs_update"),
        s("${SQLITE}DROP VIEW search_docs_folded"),
        s("${SQLITE}CREATE TABLE search_fields (article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE"
          " CASCADE, title TEXT NOT NULL, sapo TEXT NOT NULL, body TEXT, tags TEXT NOT NULL, byline TEXT NOT NULL)"),
        // The indexes already hold these texts: nothing to index again.
        s("${SQLITE}INSERT INTO search_fields (article_id, title, sapo, body, tags, byline) SELECT d.article_id,"
          " d.title, d.sapo, CASE WHEN d.body = toasoan_search_text(a.body) THEN NULL ELSE d.body END, d.tags,"
          " d.byline FROM search_docs d LEFT JOIN articles a ON a.id = d.article_id ORDER BY d.article_id"),
        s("${SQLITE}DROP TABLE search_docs"),
        s("${SQLITE}CREATE VIEW search_docs AS SELECT d.article_id AS article_id, d.title AS title, d.sapo AS sapo,"
          " coalesce(d.body, toasoan_search_text((SELECT a.body FROM articles a WHERE a.id = d.article_id)), '') AS"
          " body, d.tags AS tags, d.byline AS byline FROM search_fields d"),
        s("${SQLITE}CREATE VIEW search_docs_folded AS SELECT article_id, replace(replace(title, 'đ', 'd'), 'Đ',"
          " 'D') AS title, replace(replace(sapo, 'đ', 'd'), 'Đ', 'D') AS sapo, replace(replace(body, 'đ',"
          " 'd'), 'Đ', 'D') AS body, replace(replace(tags, 'đ', 'd'), 'Đ', 'D') AS tags,"
          " replace(replace(byline, 'đ', 'd'), 'Đ', 'D') AS byline FROM search_docs"),
        // search_docs keeps taking writes (a workspace copy, a repair by hand): a body that is its article's
        // text is kept by reference, any other as written.
        s("${SQLITE}CREATE TRIGGER search_docs_insert INSTEAD OF INSERT ON search_docs BEGIN INSERT INTO"
          " search_fields (article_id, title, sapo, body, tags, byline) VALUES (new.article_id, new.title,"
          " new.sapo, CASE WHEN new.body IS toasoan_search_text((SELECT a.body FROM articles a WHERE a.id ="
          " new.article_id)) THEN NULL ELSE new.body END, new.tags, new.byline); END"),
        s("${SQLITE}CREATE TRIGGER search_docs_update INSTEAD OF UPDATE ON search_docs BEGIN UPDATE search_fields"
          " SET article_id = new.article_id, title = new.title, sapo = new.sapo, body = CASE WHEN new.body IS"
          " old.body THEN body ELSE new.body END, tags = new.tags, byline = new.byline WHERE article_id ="
          " old.article_id; END"),
        s("${SQLITE}CREATE TRIGGER search_docs_delete INSTEAD OF DELETE ON search_docs BEGIN DELETE FROM"
          " search_fields WHERE article_id = old.article_id; END"),
        QStringLiteral("${SQLITE}CREATE TRIGGER search_fields_insert AFTER INSERT ON search_fields BEGIN%1 END")
            .arg(indexWrite("new", false)),
        QStringLiteral("${SQLITE}CREATE TRIGGER search_fields_delete AFTER DELETE ON search_fields BEGIN%1 END")
            .arg(indexWrite("old", true)),
        // Not when the row only takes its article's old body as its own (articles_keep_search_body): the
        // indexed text stays the same.
        QStringLiteral("${SQLITE}CREATE TRIGGER search_fields_update AFTER UPDATE ON search_fields WHEN NOT"
                       " (old.body IS NULL AND new.body IS NOT NULL AND old.article_id = new.article_id AND"
                       " old.title = new.title AND old.sapo = new.sapo AND old.tags = new.tags AND old.byline ="
                       " new.byline) BEGIN%1%2 END")
            .arg(indexWrite("old", true), indexWrite("new", false)),
        // Before an article's body changes, a row that indexes it by reference keeps the old text: the index
        // holds it until the article is indexed again (within the same transaction for a save; a pull leaves
        // it to the backlog), and FTS5 can take it out only with the very text it indexed.
        s("${SQLITE}CREATE TRIGGER articles_keep_search_body AFTER UPDATE OF body ON articles WHEN old.body IS NOT"
          " new.body BEGIN UPDATE search_fields SET body = toasoan_search_text(old.body) WHERE article_id = old.id"
          " AND body IS NULL; END"),
        // Out of the index while the body is still there (the cascade would come after the row is gone).
        s("${SQLITE}CREATE TRIGGER articles_unindex BEFORE DELETE ON articles BEGIN DELETE FROM search_fields WHERE"
          " article_id = old.id; END"),
    };
}

} // namespace toasoan::migrationtriggers
