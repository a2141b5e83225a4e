#include "core/store/SchemaMigrations.h"

#include "core/store/SqliteDialect.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace ql {

QStringList SchemaMigrations::stepSql(int version)
{
    switch (version) {
    case 1:
        return {
            QStringLiteral("CREATE TABLE articles ("
                           " id INTEGER PRIMARY KEY,"
                           " title TEXT NOT NULL DEFAULT '',"
                           " source_url TEXT NOT NULL DEFAULT '',"
                           " publisher TEXT NOT NULL DEFAULT '',"
                           " published TEXT," // ISO date, NULL when the document gives none
                           " date_origin TEXT NOT NULL DEFAULT '',"
                           " language TEXT NOT NULL DEFAULT '',"
                           " format TEXT NOT NULL,"
                           " file_name TEXT NOT NULL DEFAULT '',"
                           " original BLOB NOT NULL,"
                           " text TEXT NOT NULL,"
                           " content_hash TEXT NOT NULL UNIQUE,"
                           " imported_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE speakers (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)"),
            QStringLiteral("CREATE TABLE speaker_aliases ("
                           " speaker_id INTEGER NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,"
                           " alias TEXT NOT NULL, PRIMARY KEY (speaker_id, alias))"),
            QStringLiteral("CREATE TABLE statements ("
                           " id INTEGER PRIMARY KEY,"
                           " article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
                           " speaker_id INTEGER REFERENCES speakers(id) ON DELETE SET NULL,"
                           " text TEXT NOT NULL,"
                           " kind TEXT NOT NULL CHECK (kind IN ('quote', 'transcript', 'paraphrase')),"
                           " start_pos INTEGER NOT NULL DEFAULT -1,"
                           " end_pos INTEGER NOT NULL DEFAULT -1,"
                           " said_on TEXT)"),
            QStringLiteral("CREATE INDEX statements_by_article ON statements(article_id)"),
            QStringLiteral("CREATE INDEX statements_by_speaker ON statements(speaker_id)"),
            QStringLiteral("CREATE INDEX statements_by_date ON statements(said_on)"),
            QStringLiteral("CREATE TABLE figures ("
                           " id INTEGER PRIMARY KEY,"
                           " article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
                           " statement_id INTEGER REFERENCES statements(id) ON DELETE SET NULL,"
                           " kind TEXT NOT NULL,"
                           " value REAL NOT NULL,"
                           " currency TEXT NOT NULL DEFAULT '',"
                           " year INTEGER,"
                           " text TEXT NOT NULL DEFAULT '',"
                           " subject TEXT NOT NULL DEFAULT '',"
                           " start_pos INTEGER NOT NULL DEFAULT -1,"
                           " end_pos INTEGER NOT NULL DEFAULT -1)"),
            QStringLiteral("CREATE INDEX figures_by_article ON figures(article_id)"),
            QStringLiteral("CREATE INDEX figures_by_statement ON figures(statement_id)"),
            QStringLiteral("CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)"),
            QStringLiteral("CREATE TABLE statement_tags ("
                           " statement_id INTEGER NOT NULL REFERENCES statements(id) ON DELETE CASCADE,"
                           " tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,"
                           " PRIMARY KEY (statement_id, tag_id))"),
            // External-content FTS tables kept in sync by triggers, so every write that touches the
            // base table updates the index inside the same transaction.
            QStringLiteral(
                "CREATE VIRTUAL TABLE statements_fts USING fts5("
                "text, content='statements', content_rowid='id', tokenize='unicode61 remove_diacritics 2')"),
            QStringLiteral("CREATE TRIGGER statements_ai AFTER INSERT ON statements BEGIN"
                           " INSERT INTO statements_fts(rowid, text) VALUES (new.id, new.text); END"),
            QStringLiteral("CREATE TRIGGER statements_ad AFTER DELETE ON statements BEGIN"
                           " INSERT INTO statements_fts(statements_fts, rowid, text) VALUES ('delete', "
                           "old.id, old.text); END"),
            QStringLiteral("CREATE TRIGGER statements_au AFTER UPDATE OF text ON statements BEGIN"
                           " INSERT INTO statements_fts(statements_fts, rowid, text) VALUES ('delete', "
                           "old.id, old.text);"
                           " INSERT INTO statements_fts(rowid, text) VALUES (new.id, new.text); END"),
            QStringLiteral("CREATE VIRTUAL TABLE articles_fts USING fts5("
                           "title, text, content='articles', content_rowid='id', tokenize='unicode61 "
                           "remove_diacritics 2')"),
            QStringLiteral(
                "CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN"
                " INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END"),
            QStringLiteral("CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN"
                           " INSERT INTO articles_fts(articles_fts, rowid, title, text)"
                           " VALUES ('delete', old.id, old.title, old.text); END"),
            QStringLiteral(
                "CREATE TRIGGER articles_au AFTER UPDATE OF title, text ON articles BEGIN"
                " INSERT INTO articles_fts(articles_fts, rowid, title, text)"
                " VALUES ('delete', old.id, old.title, old.text);"
                " INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END"),
        };
    case 2:
        // Offices and their holders, so role mentions ("the Secretary General") resolve by date,
        // and variant families of statements with the analyst's manual merges and splits.
        return {
            QStringLiteral("CREATE TABLE offices ("
                           " id INTEGER PRIMARY KEY,"
                           " office TEXT NOT NULL,"
                           " holder TEXT NOT NULL,"
                           " start_date TEXT NOT NULL,"
                           " end_date TEXT," // NULL: still in office
                           " UNIQUE (office, holder, start_date))"),
            QStringLiteral("CREATE TABLE statement_families ("
                           " statement_id INTEGER PRIMARY KEY REFERENCES statements(id) ON DELETE CASCADE,"
                           " family_id INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX statement_families_by_family ON statement_families(family_id)"),
            // Manual merges and splits, keyed by text fingerprints so they survive re-imports.
            QStringLiteral("CREATE TABLE family_constraints ("
                           " key_a INTEGER NOT NULL, key_b INTEGER NOT NULL,"
                           " must_link INTEGER NOT NULL," // 1: merged by hand, 0: split by hand
                           " PRIMARY KEY (key_a, key_b, must_link))"),
            QStringLiteral("CREATE TABLE store_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        };
    case 3:
        // FTS5 flushes its pending index to a new segment at every savepoint and statement
        // journal, so indexing row by row from an insert trigger wrote one segment per statement
        // and made bulk imports slow. The store now indexes new rows itself, once per transaction;
        // updates and deletes keep their triggers.
        return {
            QStringLiteral("DROP TRIGGER statements_ai"),
            QStringLiteral("DROP TRIGGER articles_ai"),
        };
    case 4:
        // When each statement was said is a window with its evidence, not one day; and the events
        // calendar (summits, forums, conferences) that dates statements, editable like the offices.
        // A stored day becomes a window of that day; its reason is not known any more.
        return {
            QStringLiteral("ALTER TABLE statements ADD COLUMN said_from TEXT"),
            QStringLiteral("ALTER TABLE statements ADD COLUMN said_to TEXT"),
            QStringLiteral("ALTER TABLE statements ADD COLUMN said_evidence TEXT NOT NULL DEFAULT ''"),
            QStringLiteral(
                "UPDATE statements SET said_from = said_on, said_to = said_on WHERE said_on IS NOT NULL"),
            QStringLiteral("CREATE TABLE events ("
                           " id INTEGER PRIMARY KEY,"
                           " name TEXT NOT NULL,"
                           " aliases TEXT NOT NULL DEFAULT ''," // one phrase per line
                           " place TEXT NOT NULL DEFAULT '',"
                           " start_date TEXT NOT NULL,"
                           " end_date TEXT NOT NULL,"
                           " kind TEXT NOT NULL DEFAULT '',"
                           " fixed_venue INTEGER NOT NULL DEFAULT 0,"
                           " CHECK (end_date >= start_date))"),
        };
    case 5:
        // Who commits each figure (its actor), whether it is a yearly rate, and the speaker of the
        // reported-speech sentence it sits in. Figures stored before keep empty values until re-imported.
        return {
            QStringLiteral("ALTER TABLE figures ADD COLUMN actor TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE figures ADD COLUMN per_year INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE figures ADD COLUMN reported_by TEXT NOT NULL DEFAULT ''"),
        };
    case 6:
        // The analyst's curation: tags become a codebook (a colour, and `kept` so a tag created or
        // coloured by hand stays when no statement uses it), notes on statements and articles, and
        // the office holder a speaker is (so merged or renamed speakers keep resolving).
        return {
            QStringLiteral("ALTER TABLE tags ADD COLUMN colour TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE tags ADD COLUMN kept INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE statements ADD COLUMN note TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE articles ADD COLUMN note TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE speakers ADD COLUMN holder TEXT NOT NULL DEFAULT ''"),
        };
    case 7:
        // Search folds spelling as Compare does (defence/defense, -ise/-ize): FTS5 tables of the
        // folded words of statements and articles, notes included. The folding is C++, so the store
        // fills them before a search (StoreSearch.cpp); the triggers only drop rows whose source
        // changed or went, and the next search folds them again.
        return {
            QStringLiteral("CREATE VIRTUAL TABLE statements_folded USING fts5(text, note,"
                           " tokenize='unicode61 remove_diacritics 2')"),
            QStringLiteral("CREATE VIRTUAL TABLE articles_folded USING fts5(title, text, note,"
                           " tokenize='unicode61 remove_diacritics 2')"),
            QStringLiteral("CREATE TRIGGER statements_folded_ad AFTER DELETE ON statements BEGIN"
                           " DELETE FROM statements_folded WHERE rowid = old.id; END"),
            QStringLiteral(
                "CREATE TRIGGER statements_folded_au AFTER UPDATE OF text, note ON statements BEGIN"
                " DELETE FROM statements_folded WHERE rowid = old.id; END"),
            QStringLiteral("CREATE TRIGGER articles_folded_ad AFTER DELETE ON articles BEGIN"
                           " DELETE FROM articles_folded WHERE rowid = old.id; END"),
            QStringLiteral(
                "CREATE TRIGGER articles_folded_au AFTER UPDATE OF title, text, note ON articles BEGIN"
                " DELETE FROM articles_folded WHERE rowid = old.id; END"),
        };
    case 8:
        // The variant-family index persisted (issue 17): rebuilding it from every statement's text
        // at each open was half of opening a large store. statement_variants holds what the index
        // keeps of each statement (text fingerprint, weighted token set, LSH band keys, written with
        // the statement); variant_bands is the look-up by band, one integer per (band key,
        // statement): bucket << 31 | statement id, so a bucket is one range of the primary key.
        // Band rows of deleted statements are left behind and skipped (a look-up joins
        // statement_variants); an edited text loses its row, is listed in variant_pending and is
        // hashed again by the next FamilyIndex::sync().
        return {
            QStringLiteral("CREATE TABLE statement_variants ("
                           " statement_id INTEGER PRIMARY KEY REFERENCES statements(id) ON DELETE CASCADE,"
                           " text_key INTEGER NOT NULL,"
                           " tokens BLOB NOT NULL,"
                           " bands BLOB NOT NULL)"),
            QStringLiteral("CREATE TABLE variant_bands (entry INTEGER PRIMARY KEY)"),
            QStringLiteral("CREATE TABLE variant_pending (statement_id INTEGER PRIMARY KEY)"),
            QStringLiteral("CREATE TRIGGER statement_variants_au AFTER UPDATE OF text ON statements BEGIN"
                           " DELETE FROM statement_variants WHERE statement_id = old.id;"
                           " INSERT OR IGNORE INTO variant_pending(statement_id) VALUES (new.id); END"),
            // Search folds new rows as they are stored; an edited text or note (the folding
            // triggers of schema 7 drop its folded row) is listed here and folded before the next
            // search, so a search finds it without scanning the store for unfolded rows.
            QStringLiteral("CREATE TABLE search_pending ("
                           " kind INTEGER NOT NULL," // 0: statement, 1: article
                           " id INTEGER NOT NULL, PRIMARY KEY (kind, id))"),
            QStringLiteral(
                "CREATE TRIGGER search_pending_statements_au AFTER UPDATE OF text, note ON statements"
                " BEGIN INSERT OR IGNORE INTO search_pending(kind, id) VALUES (0, new.id); END"),
            QStringLiteral(
                "CREATE TRIGGER search_pending_articles_au AFTER UPDATE OF title, text, note ON articles"
                " BEGIN INSERT OR IGNORE INTO search_pending(kind, id) VALUES (1, new.id); END"),
            // A new store starts complete: its rows are hashed and folded as they come. A store with
            // rows is completed once by the code (the hashing and folding are C++): the key version
            // is the one StoreVariantKeys.cpp writes, a different one only means hashing again.
            QStringLiteral(
                "INSERT INTO store_meta(key, value) SELECT 'search_folded', '1'"
                " WHERE NOT EXISTS (SELECT 1 FROM statements) AND NOT EXISTS (SELECT 1 FROM articles)"),
            QStringLiteral(
                "INSERT INTO store_meta(key, value) SELECT 'variant_keys', '1;48x5;51a7e11e5eedf00d;0.25'"
                " WHERE NOT EXISTS (SELECT 1 FROM statements)"),
        };
    case 10:
        // A row version per statement (issue 16): every edit bumps it, and an edit begun on an
        // older version is refused, so two analysts editing one statement never overwrite each
        // other silently.
        return {
            QStringLiteral("ALTER TABLE statements ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1"),
        };
    default:
        return {};
    }
}

QString SchemaMigrations::migrate(QSqlDatabase& db, int target)
{
    return migrate(db, SqliteDialect(), target);
}

QString SchemaMigrations::migrate(QSqlDatabase& db, const StoreDialect& dialect, int target)
{
    if (dialect.readVersion(db) < 0)
        return QStringLiteral("cannot read the schema version: %1").arg(db.lastError().databaseText());
    for (;;) {
        // The version is read again under the schema lock: another process may have moved it on.
        if (const QString error = dialect.beginMigration(db); !error.isEmpty())
            return QStringLiteral("cannot lock the store's schema: %1").arg(error);
        const int version = dialect.readVersion(db);
        if (version < 0) {
            const QString error = db.lastError().databaseText();
            dialect.rollbackMigration(db);
            return QStringLiteral("cannot read the schema version: %1").arg(error);
        }
        if (version >= target) {
            dialect.rollbackMigration(db);
            return {};
        }
        const int next = version + 1;
        QStringList sql;
        for (const QString& statement : stepSql(next))
            sql << dialect.translate(statement);
        sql << dialect.extraStep(next) << dialect.writeVersion(next);
        QSqlQuery q(db);
        for (const QString& statement : std::as_const(sql)) {
            if (!q.exec(statement)) {
                const QString error = q.lastError().databaseText();
                q.finish();
                dialect.rollbackMigration(db);
                return QStringLiteral("migration to schema version %1 failed: %2").arg(next).arg(error);
            }
        }
        q.finish();
        if (const QString error = dialect.commitMigration(db); !error.isEmpty()) {
            dialect.rollbackMigration(db);
            return QStringLiteral("cannot commit migration to version %1: %2").arg(next).arg(error);
        }
    }
}

} // namespace ql
