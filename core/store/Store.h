#pragma once

#include "core/analysis/comparison/FamilyState.h"
#include "core/domain/CalendarEvent.h"
#include "core/domain/Extraction.h"
#include "core/store/ArticleSnapshot.h"
#include "core/store/ArticleSummary.h"
#include "core/store/FigureRow.h"
#include "core/store/OfficeTerm.h"
#include "core/store/SearchHit.h"
#include "core/store/SpeakerRecord.h"
#include "core/store/StatementRow.h"
#include "core/store/StoreError.h"
#include "core/store/StoreStats.h"
#include "core/store/TagRecord.h"
#include "core/store/VariantSignature.h"

#include <QHash>
#include <QObject>

#include <memory>
#include <optional>

namespace ql {

class ChangeNotifier;
struct StoreLocation;

// The embedded store: one SQLite file, opened with WAL and foreign keys on. All SQL of the
// application lives behind this class (and SchemaMigrations), so a PostgreSQL dialect can follow:
// the connection is private (Store::Private in StorePrivate.h), no header outside core/store names a
// QtSql type, and the implementation is split by section (Store*.cpp). A Store belongs to the thread
// that opened it.
class Store : public QObject
{
    Q_OBJECT
public:
    explicit Store(QObject* parent = nullptr);
    ~Store() override;

    // Opens `path`, creating an empty store when the file does not exist. A file that is not a
    // Quoteline store, is corrupt, or was written by a newer schema is refused and left untouched.
    // `path` may also be a team store's URL (postgresql://user@host:port/db?sslmode=…): with no
    // `password` libpq looks in ~/.pgpass; a password given is kept in memory for this process's
    // other connections to the same store, never written anywhere.
    StoreError open(const QString& path, const QString& password = QString());
    // Opens a store file for reading only, never migrating or writing it: a second connection beside
    // the window's, for a worker thread that reads the whole store (the store must be current).
    StoreError openForReadingOnly(const QString& path);
    bool isTeamStore() const;
    // A store file on a read-only file system, or one this user may not change, opens for reading
    // (search, statistics, export, backup); every write is refused with StoreError::Code::ReadOnly.
    bool isReadOnly() const;
    // A team store whose server went away (restarted, the network dropped, the connection was
    // ended): every write since failed with StoreError::Code::ConnectionLost and stored nothing.
    // reconnect() opens the connection again (same URL and password) and announces storeReset,
    // so every view re-reads; ping() asks the server and notices a loss before a write does.
    bool connectionLost() const;
    StoreError reconnect();
    StoreError ping();
    // A consistent copy of the store, taken while it is in use, as a new SQLite store file
    // (SQLite's VACUUM INTO; a team store is copied table by table); never overwrites a file.
    StoreError backupTo(const QString& file);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    int schemaVersion() const;

    ChangeNotifier* notifier() const { return m_notifier; }

    // --- import -----------------------------------------------------------------------------
    struct ImportOutcome
    {
        qint64 articleId = 0;
        bool duplicate = false; // an article with the same content hash is stored already
        StoreError error;
    };
    // Stores the article, its statements and figures in one transaction: all of it or nothing.
    // Inside an ImportBatch the article is a savepoint of the batch's transaction, and listeners
    // hear of it when the batch commits.
    ImportOutcome importArticle(const Article& article, const Extraction& extraction);
    bool containsHash(const QByteArray& contentHash) const;

    // --- articles ----------------------------------------------------------------------------
    StoreStats stats() const;
    int articleCount() const;
    QList<ArticleSummary> articleSummaries(int offset, int limit) const;
    std::optional<ArticleSummary> articleSummary(qint64 id) const;
    std::optional<Article> article(qint64 id, bool withOriginal = false) const;
    // With `statementDates`, those statements' windows (said_on, from, to, evidence, by id) change in
    // the same transaction: an article's new date re-dates its statements.
    StoreError updateArticleMetadata(qint64 id, const QString& title, const QDate& published,
        const QString& sourceUrl, const QList<Statement>& statementDates = {});
    // Article Properties' publisher field (the Publisher column).
    StoreError setArticlePublisher(qint64 id, const QString& publisher);

    // Removes an article with everything it owns and returns what was removed, for undo.
    std::optional<ArticleSnapshot> removeArticle(qint64 id, StoreError* error = nullptr);
    StoreError restoreArticle(const ArticleSnapshot& snapshot);

    // --- statements --------------------------------------------------------------------------
    // articleId 0: statements of all articles, ordered by date then id.
    int statementCount(qint64 articleId = 0) const;
    QList<StatementRow> statementRows(qint64 articleId, int offset, int limit) const;
    std::optional<StatementRow> statementRow(qint64 id) const;
    QList<Figure> figures(qint64 articleId = 0) const;
    // Figures of one kind ("money", "gdp_share"; empty: all) across the store, oldest first.
    QList<FigureRow> figureRows(const QString& kind = QString()) const;
    // The same rows for these articles only (the window adds an import's figures to its charts).
    QList<FigureRow> figureRowsOfArticles(
        const QList<qint64>& articleIds, const QString& kind = QString()) const;
    // Sets who commits each figure (its actor) by figure id, in one transaction; notifies
    // articleChanged for every article touched. Unknown ids fail with NotFound and change nothing.
    StoreError setFigureActors(const QHash<qint64, QString>& actorByFigure);

    // preferredSpeakerId: when the name is not stored yet, create it under this id if free (undo).
    // `version`, when given, guards the write against a concurrent edit: in, the row version the
    // edit began on (0: no check); out, the row's version after the write. A row changed since is
    // refused with StoreError::Code::Conflict and left as the other writer made it.
    StoreError setStatementSpeaker(
        qint64 statementId, const QString& speaker, qint64 preferredSpeakerId = 0, qint64* version = nullptr);
    // The text follows the span: it is cut from the article text at [start, end).
    // exactText replaces the cut text (undo of a span edit restores the extractor's own text).
    StoreError setStatementSpan(qint64 statementId, int start, int end, const QString* exactText = nullptr,
        qint64* version = nullptr);
    std::optional<StatementSnapshot> removeStatement(qint64 statementId, StoreError* error = nullptr);
    StoreError restoreStatement(const StatementSnapshot& snapshot);
    // Writes when the statements were said (`saidOn` and `said`, by id), nothing else.
    StoreError setStatementDates(const QList<Statement>& statements);
    // preferredTagId: when the tag is not stored yet, create it under this id if free (undo).
    StoreError addTag(qint64 statementId, const QString& tag, qint64 preferredTagId = 0);
    StoreError removeTag(qint64 statementId, const QString& tag);
    QStringList allTags() const;
    QStringList speakers() const;

    // --- search ------------------------------------------------------------------------------
    // FTS5 query over statement and article text; plain words are matched as prefixes.
    QList<SearchHit> search(const QString& query, int limit = 200) const;
    QList<qint64> searchStatementIds(const QString& query, int limit = 100000) const;
    // Folds the rows edited since the last search into the spelling-folded index (SQLite; new rows
    // are folded as they are stored); search() calls it first and it writes nothing when nothing was
    // edited. False when it cannot (read-only file, open import batch): search then falls back on
    // the unfolded index.
    bool refreshSearchIndex() const;

    // --- offices ------------------------------------------------------------------------------
    QList<OfficeTerm> officeTerms() const;
    StoreError replaceOfficeTerms(const QList<OfficeTerm>& terms);
    // Whether the office table was ever filled (from the seed or by the analyst).
    bool officeTermsSeeded() const;
    StoreError setOfficeTermsSeeded(bool seeded);

    // --- events -------------------------------------------------------------------------------
    // The analyst's events calendar; empty until they save one (the seed is the calendar until then).
    QList<CalendarEvent> events() const;
    StoreError replaceEvents(const QList<CalendarEvent>& events);
    bool eventsSeeded() const;
    StoreError setEventsSeeded(bool seeded);

    // --- families -----------------------------------------------------------------------------
    FamilyState familyState() const;
    // Replaces the stored grouping with `state` in one transaction. With `saved` (what the store
    // holds now, as last read or written), only the differences are written: at a million
    // statements a full rewrite after every import would cost seconds.
    StoreError saveFamilyState(const FamilyState& state, const FamilyState* saved = nullptr);
    // Every statement with its id, text, speaker, date and article: what family building needs.
    QList<Statement> allStatements() const;
    // Statements by id, ordered by date (undated last), with article title and publisher.
    QList<StatementRow> statementRowsByIds(const QList<qint64>& ids) const;
    // Transcript sentences of `speaker`, said within `days` of `around` (any date when `around` is null).
    QList<StatementRow> transcriptStatements(const QString& speaker, const QDate& around, int days) const;

    // --- variant keys (StoreVariantKeys.cpp, schema 8) -----------------------------------------
    // What the variant-family index keeps of each statement, written with the statement, so an
    // index is restored without hashing and `similar` is a look-up by band.
    // Hashes the statements that have no keys yet (a store from before schema 8, edited texts) and,
    // when the stored keys were made by another normaliser or hashing, all of them again (one
    // transaction); `hashed` gets the ids hashed.
    StoreError refreshVariantKeys(QList<qint64>* hashed = nullptr);
    // Whether the stored keys were made as this build makes them (a sample is hashed again to check).
    bool variantKeysCurrent() const;
    QList<VariantSignature> variantSignatures() const; // every statement's, by id
    QList<VariantSignature> variantSignatures(const QList<qint64>& statementIds) const;
    QList<qint64> variantStatementIds() const; // ascending
    // Statements sharing a band with `bandKeys` (a signature's), ascending, not verified yet.
    QList<qint64> variantCandidates(const std::vector<std::uint32_t>& bandKeys) const;

    // --- curation (issue 14): added statements, speakers, tag codebook, notes -------------------
    // Implemented in StoreStatements.cpp, StoreSpeakers.cpp, StoreTags.cpp and StoreNotes.cpp.

    // A statement the analyst marked in the reader: its text is cut from the article at
    // [start, end). A non-zero `statement.id` (redo) is reused when free.
    StoreError addStatement(const Statement& statement, const QStringList& tags, qint64* newId = nullptr);

    // Every speaker with aliases, holder and statement count, by name.
    QList<SpeakerRecord> speakerRecords() const;
    std::optional<SpeakerRecord> speakerRecord(qint64 speakerId) const;
    // The old name stays an alias, so re-imports that spell the speaker so still resolve here.
    StoreError renameSpeaker(qint64 speakerId, const QString& name);
    // Puts back a speaker's name, holder and aliases as recorded (undo of a rename or a link).
    StoreError restoreSpeaker(const SpeakerRecord& record);
    StoreError setSpeakerHolder(qint64 speakerId, const QString& holder);
    // Moves every statement of `fromId` to `intoId`, whose aliases gain `fromId`'s name and aliases.
    std::optional<SpeakerMerge> mergeSpeakers(qint64 fromId, qint64 intoId, StoreError* error = nullptr);
    StoreError unmergeSpeakers(const SpeakerMerge& merge);

    // The tag codebook, by name, with the number of statements using each tag.
    QList<TagRecord> tagRecords() const;
    std::optional<TagRecord> tagRecord(qint64 tagId) const;
    // A codebook entry (kept when unused); a non-zero `tag.id` (redo) is reused when free.
    StoreError createTag(const TagRecord& tag, qint64* newId = nullptr);
    // Writes name, colour and kept of the tag `tag.id`; a name another tag has is refused.
    StoreError updateTag(const TagRecord& tag);
    // Removes a tag no statement uses (undo of createTag).
    StoreError deleteUnusedTag(qint64 tagId);
    std::optional<TagMerge> mergeTags(qint64 fromId, qint64 intoId, StoreError* error = nullptr);
    StoreError unmergeTags(const TagMerge& merge);
    QList<qint64> statementIdsWithTag(const QString& tag) const;
    // Articles with at least one statement tagged `tag`.
    QList<qint64> articleIdsWithTag(const QString& tag) const;

    // The analyst's memo on a statement or an article (empty: none).
    enum class NoteTarget { Statement, Article };
    QString note(NoteTarget target, qint64 id) const;
    // A statement's note is guarded by `version` as setStatementSpeaker is; an article's is not.
    StoreError setNote(NoteTarget target, qint64 id, const QString& note, qint64* version = nullptr);
    // The statement's row version (0: no such statement).
    qint64 statementVersion(qint64 statementId) const;

private:
    friend class ImportBatch;
    friend class StoreCopy;
    StoreError beginImportBatch();
    StoreError endImportBatch(bool commit);
    // Tells listeners of a new article and its statements, or keeps that for the batch's commit.
    void announceArticle(qint64 articleId, const QList<qint64>& statementIds);
    // Adds new rows to the full-text indexes: one statement per table, so FTS5 writes one segment.
    StoreError indexForSearch(const QList<qint64>& articleIds, const QList<qint64>& statementIds);
    // Hashes new statements for the variant index (StoreVariantKeys.cpp); indexForSearch() calls it.
    StoreError writeVariantKeys(const QList<qint64>& statementIds);
    // Folds new rows into the spelling-folded search index (StoreSearch.cpp); indexForSearch() calls it.
    StoreError foldForSearch(const QList<qint64>& articleIds, const QList<qint64>& statementIds);

    StoreError checkExisting(const QString& path, bool readOnly) const;
    StoreError openReadOnly(const QString& path);
    StoreError readOnlyError() const;
    StoreError openPostgres(const StoreLocation& location, const QString& password);
    void listenForOtherSessions();
    StoreError setUpPostgresSession(const QString& name);
    StoreError sqlError(const QString& what, const QString& detail) const;
    qint64 speakerIdFor(const QString& name, StoreError* error, qint64 preferredId = 0);
    qint64 lookUpOrAddSpeaker(const QString& trimmed, StoreError* error, qint64 preferredId);
    bool speakerIdTaken(qint64 id) const;
    qint64 tagIdFor(const QString& name, StoreError* error);
    StoreError insertArticle(const Article& a, qint64* newId = nullptr);
    StoreError insertStatement(const Statement& s, qint64 articleId, qint64* newId);
    StoreError insertTags(qint64 statementId, const QStringList& tags);
    StoreError writeStatementDates(const QList<Statement>& statements);
    StoreError insertFigure(const Figure& f, qint64 articleId, qint64 statementId);
    QStringList tagsOf(qint64 statementId) const;
    // Curation helpers (issue 14).
    QStringList aliasesOf(qint64 speakerId) const;
    StoreError writeAliases(qint64 speakerId, const QStringList& aliases);
    StoreError restoreCuration(const StatementSnapshot& snapshot, qint64 statementId);
    StatementSnapshot snapshotStatement(const StatementRow& row) const;
    StoreError removeOrphanSpeakers();
    // Inside a write transaction: bumps the statement's row version, refusing (Conflict) when
    // `version` names an older one; writes the new version back.
    StoreError bumpStatementVersion(qint64 statementId, qint64* version);
    // Drops tags and speakers nothing refers to any more.
    StoreError removeOrphans();
    StoreError deleteRowAndOrphans(const QString& table, qint64 id);

    struct Private;
    std::unique_ptr<Private> d; // the connection and its prepared statements
    QString m_path;
    ChangeNotifier* m_notifier = nullptr;
    struct PendingBatch
    {
        bool open = false;
        // To announce at commit: the articles, and each one's statements in the same order.
        QList<qint64> articleIds;
        QList<QList<qint64>> statementIds;
        // To index for search at commit (restored articles are indexed at once, imports here).
        QList<qint64> unindexedArticles;
        QList<qint64> unindexedStatements;
        QList<qint64> removedArticleIds;
        bool removedRows = false; // orphaned tags and speakers are tidied at commit
        // Set when SQLite rolled the batch's transaction back by itself (disk full, I/O error):
        // nothing more is written, and endImportBatch() reports this one error.
        StoreError lost;
        // Speaker ids by name, filled while importArticle() runs inside the batch: a bulk import
        // asks for the same few hundred names again and again. Emptied when an article fails
        // (its savepoint may have taken a new speaker row with it).
        QHash<QString, qint64> speakerIds;
        bool cachingSpeakers = false;
    } m_batch;
};

} // namespace ql
