#pragma once

#include "ArticleSnapshot.h"
#include "ArticleSummary.h"
#include "FigureRow.h"
#include "OfficeTerm.h"
#include "SearchHit.h"
#include "SpeakerRecord.h"
#include "StatementRow.h"
#include "StoreError.h"
#include "StoreStats.h"
#include "TagRecord.h"
#include "analysis/comparison/FamilyState.h"
#include "domain/CalendarEvent.h"
#include "domain/Extraction.h"

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
    bool isTeamStore() const;
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
    // Sets who commits each figure (its actor) by figure id, in one transaction; notifies
    // articleChanged for every article touched. Unknown ids fail with NotFound and change nothing.
    StoreError setFigureActors(const QHash<qint64, QString>& actorByFigure);

    // preferredSpeakerId: when the name is not stored yet, create it under this id if free (undo).
    StoreError setStatementSpeaker(qint64 statementId, const QString& speaker, qint64 preferredSpeakerId = 0);
    // The text follows the span: it is cut from the article text at [start, end).
    // exactText replaces the cut text (undo of a span edit restores the extractor's own text).
    StoreError setStatementSpan(qint64 statementId, int start, int end, const QString* exactText = nullptr);
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
    // Folds the rows added or edited since the last search into the spelling-folded index (SQLite);
    // search() calls it first. False when it cannot (read-only file, open import batch): search then
    // falls back on the unfolded index.
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
    StoreError setNote(NoteTarget target, qint64 id, const QString& note);

private:
    friend class ImportBatch;
    friend class StoreCopy;
    StoreError beginImportBatch();
    StoreError endImportBatch(bool commit);
    // Tells listeners of a new article and its statements, or keeps that for the batch's commit.
    void announceArticle(qint64 articleId, const QList<qint64>& statementIds);
    // Adds new rows to the full-text indexes: one statement per table, so FTS5 writes one segment.
    StoreError indexForSearch(const QList<qint64>& articleIds, const QList<qint64>& statementIds);

    StoreError checkExisting(const QString& path) const;
    StoreError openPostgres(const StoreLocation& location, const QString& password);
    void listenForOtherSessions();
    StoreError sqlError(const QString& what, const QString& detail) const;
    qint64 speakerIdFor(const QString& name, StoreError* error, qint64 preferredId = 0);
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
    } m_batch;
};

} // namespace ql
