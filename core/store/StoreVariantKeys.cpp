#include "core/store/Store.h"

#include "core/analysis/comparison/MinHashLshIndex.h"
#include "core/analysis/comparison/TextNormalizer.h"
#include "core/store/StorePrivate.h"
#include "core/store/StoreSql.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <QtEndian>

#include <algorithm>

namespace ql {

// --- variant keys ------------------------------------------------------------------------------
//
// Each statement's variant signature is written in the transaction that stores the statement
// (indexForSearch() calls writeVariantKeys()), from the same MinHashLshIndex parameters the
// families use, so restoring an index from the store gives exactly what hashing the texts gives.
// variant_bands packs (band, band key, statement) into one integer primary key:
//   bucket = band << 26 | (key folded to 26 bits), entry = bucket << 31 | statement id,
// so the statements of a bucket are one range of the key, found with one b-tree descent. Folding
// the key only adds candidates (each is verified with the exact similarity), never loses one.

namespace {

// Bump when TextNormalizer, WeightedJaccard or the band hashing change what they make; the store
// also re-hashes a few statements at load to notice a change nobody bumped this for.
constexpr int kKeyVersion = 1;
constexpr int kBucketBits = 26;
constexpr int kIdBits = 31;
constexpr qint64 kMaxId = (qint64(1) << kIdBits) - 1;
// Rows per multi-row INSERT: one statement per article's worth of bands, not one per band.
constexpr int kEntriesPerInsert = 480;
// Ids per IN () list when reading signatures.
constexpr int kIdsPerRead = 500;

const MinHashLshIndex& hasher()
{
    static const MinHashLshIndex index;
    return index;
}

QString keyVersion()
{
    const MinHashLshIndex::Options& o = hasher().options();
    return QStringLiteral("%1;%2x%3;%4;%5")
        .arg(kKeyVersion)
        .arg(o.bands)
        .arg(o.rows)
        .arg(o.seed, 0, 16)
        .arg(o.stopWordWeight);
}

VariantSignature signatureOf(qint64 id, const QString& text)
{
    static thread_local const TextNormalizer normalizer;
    const QList<NormalizedToken> tokens = normalizer.tokenize(text);
    MinHashLshIndex::Prepared prepared = hasher().prepare(id, tokens);
    VariantSignature s;
    s.statementId = id;
    s.textKey = TextNormalizer::fingerprint(tokens);
    s.tokens = std::move(prepared.tokens);
    s.bandKeys = std::move(prepared.bandKeys);
    return s;
}

QByteArray packed(const std::vector<std::uint32_t>& values)
{
    QByteArray out(qsizetype(values.size() * 4), Qt::Uninitialized);
    uchar* p = reinterpret_cast<uchar*>(out.data());
    for (const std::uint32_t v : values) {
        qToLittleEndian<quint32>(v, p);
        p += 4;
    }
    return out;
}

std::vector<std::uint32_t> unpacked(const QByteArray& bytes)
{
    std::vector<std::uint32_t> out(size_t(bytes.size() / 4));
    const uchar* p = reinterpret_cast<const uchar*>(bytes.constData());
    for (auto& v : out) {
        v = qFromLittleEndian<quint32>(p);
        p += 4;
    }
    return out;
}

qint64 bucketOf(int band, std::uint32_t key)
{
    const std::uint32_t folded = (key ^ (key >> kBucketBits)) & ((1u << kBucketBits) - 1);
    return (qint64(band) << kBucketBits) | qint64(folded);
}

// The band rows of a signature; none for an id past what the packing holds (over two billion).
void appendEntries(const VariantSignature& s, std::vector<qint64>& out)
{
    if (s.statementId <= 0 || s.statementId > kMaxId || s.tokens.empty())
        return;
    for (size_t band = 0; band < s.bandKeys.size(); ++band) {
        if (s.bandKeys[band] != 0) // 0: a band won by stop words, not indexed
            out.push_back((bucketOf(int(band), s.bandKeys[band]) << kIdBits) | s.statementId);
    }
}

QString idList(const QList<qint64>& ids, qsizetype from, qsizetype count)
{
    QStringList parts;
    for (qsizetype i = from; i < std::min<qsizetype>(ids.size(), from + count); ++i)
        parts << QString::number(ids.at(i));
    return parts.join(QLatin1Char(','));
}

VariantSignature signatureFrom(const QSqlQuery& q)
{
    VariantSignature s;
    s.statementId = q.value(0).toLongLong();
    s.textKey = quint64(q.value(1).toLongLong());
    s.tokens = unpacked(q.value(2).toByteArray());
    s.bandKeys = unpacked(q.value(3).toByteArray());
    return s;
}

} // namespace

StoreError Store::writeVariantKeys(const QList<qint64>& statementIds)
{
    if (statementIds.isEmpty())
        return {};
    const auto fail
        = [this](const QString& what, const QSqlError& error) { return d->writeFailure(what, error); };
    QList<VariantSignature> signatures;
    signatures.reserve(statementIds.size());
    {
        QSqlQuery read(d->db);
        read.setForwardOnly(true);
        for (qsizetype from = 0; from < statementIds.size(); from += kIdsPerRead) {
            // Integers only in the list: nothing can be injected.
            if (!read.exec(QStringLiteral("SELECT id, text FROM statements WHERE id IN (%1)")
                               .arg(idList(statementIds, from, kIdsPerRead))))
                return fail(QStringLiteral("cannot read statements to hash"), read.lastError());
            while (read.next())
                signatures.append(signatureOf(read.value(0).toLongLong(), read.value(1).toString()));
        }
    }
    QSqlQuery& row = d->cached(QStringLiteral(
        "INSERT INTO statement_variants(statement_id, text_key, tokens, bands) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (statement_id) DO UPDATE SET text_key = excluded.text_key,"
        " tokens = excluded.tokens, bands = excluded.bands"));
    std::vector<qint64> entries;
    entries.reserve(size_t(signatures.size()) * 48);
    for (const VariantSignature& s : std::as_const(signatures)) {
        row.bindValue(0, s.statementId);
        row.bindValue(1, qint64(s.textKey));
        row.bindValue(2, packed(s.tokens));
        row.bindValue(3, packed(s.bandKeys));
        if (!row.exec())
            return fail(QStringLiteral("cannot store variant keys"), row.lastError());
        appendEntries(s, entries);
    }
    // In key order, so the inserts walk the b-tree forwards.
    std::sort(entries.begin(), entries.end());
    QSqlQuery q(d->db);
    for (size_t from = 0; from < entries.size(); from += kEntriesPerInsert) {
        const size_t to = std::min(entries.size(), from + kEntriesPerInsert);
        QString sql = QStringLiteral("INSERT INTO variant_bands(entry) VALUES ");
        sql.reserve(qsizetype(40 + (to - from) * 22));
        for (size_t i = from; i < to; ++i) {
            if (i > from)
                sql += QLatin1Char(',');
            sql += QLatin1Char('(') + QString::number(entries[i]) + QLatin1Char(')');
        }
        sql += QStringLiteral(" ON CONFLICT DO NOTHING");
        if (!q.exec(sql))
            return fail(QStringLiteral("cannot store variant bands"), q.lastError());
    }
    return {};
}

bool Store::variantKeysCurrent() const
{
    if (!isOpen())
        return false;
    QSqlQuery q(d->db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT value FROM store_meta WHERE key = 'variant_keys'")) || !q.next()
        || q.value(0).toString() != keyVersion())
        return false;
    // A few statements hashed again: a changed normaliser that nobody versioned shows here.
    if (!q.exec(QStringLiteral("SELECT s.id, s.text, v.text_key, v.tokens, v.bands FROM statements s"
                               " JOIN statement_variants v ON v.statement_id = s.id"
                               " WHERE s.id IN ((SELECT min(statement_id) FROM statement_variants),"
                               " (SELECT max(statement_id) FROM statement_variants))")))
        return false;
    while (q.next()) {
        const VariantSignature now = signatureOf(q.value(0).toLongLong(), q.value(1).toString());
        if (now.textKey != quint64(q.value(2).toLongLong()) || packed(now.tokens) != q.value(3).toByteArray()
            || packed(now.bandKeys) != q.value(4).toByteArray())
            return false;
    }
    return true;
}

StoreError Store::refreshVariantKeys(QList<qint64>* hashed)
{
    if (hashed)
        hashed->clear();
    if (!isOpen())
        return StoreError::make(StoreError::Code::CannotOpen, QStringLiteral("no store is open"));
    const bool current = variantKeysCurrent();
    QList<qint64> ids;
    {
        QSqlQuery q(d->db);
        q.setForwardOnly(true);
        // Keys are written with every statement: what lacks them is an edited text (listed in
        // variant_pending by a trigger), unless the newest statement has none (rows written past
        // the store's write path, e.g. a copied store), which only a scan finds.
        bool newestKeyed = true;
        if (current
            && q.exec(
                QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM statements) OR EXISTS (SELECT 1 FROM"
                               " statement_variants WHERE statement_id = (SELECT max(id) FROM statements))"))
            && q.next())
            newestKeyed = q.value(0).toBool();
        const QString sql = !current ? QStringLiteral("SELECT id FROM statements ORDER BY id")
            : newestKeyed
            ? QStringLiteral(
                "SELECT p.statement_id FROM variant_pending p JOIN statements s ON s.id = p.statement_id"
                " WHERE NOT EXISTS (SELECT 1 FROM statement_variants v WHERE v.statement_id = s.id)"
                " ORDER BY p.statement_id")
            : QStringLiteral(
                "SELECT s.id FROM statements s WHERE NOT EXISTS"
                " (SELECT 1 FROM statement_variants v WHERE v.statement_id = s.id) ORDER BY s.id");
        if (!q.exec(sql))
            return sqlError(QStringLiteral("cannot list statements to hash"), q.lastError().text());
        while (q.next())
            ids << q.value(0).toLongLong();
    }
    if (current && ids.isEmpty()) {
        QSqlQuery pending(d->db);
        pending.setForwardOnly(true);
        if (!pending.exec(QStringLiteral("SELECT 1 FROM variant_pending LIMIT 1")) || !pending.next())
            return {};
    }
    Transaction tx = d->write(m_batch.open);
    if (!tx.isActive())
        return sqlError(QStringLiteral("cannot start hashing"), tx.errorText());
    QSqlQuery q(d->db);
    if (!current) {
        // Keys of another version would never match the new ones: they all go.
        for (const auto& sql :
            { QStringLiteral("DELETE FROM statement_variants"), QStringLiteral("DELETE FROM variant_bands") })
            if (!q.exec(sql))
                return sqlError(QStringLiteral("cannot replace variant keys"), q.lastError().text());
    }
    if (const StoreError e = writeVariantKeys(ids); e.isError())
        return e;
    if (!q.exec(QStringLiteral("DELETE FROM variant_pending")))
        return sqlError(QStringLiteral("cannot clear the variant key list"), q.lastError().text());
    q.prepare(QStringLiteral("INSERT INTO store_meta(key, value) VALUES ('variant_keys', ?)"
                             " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(keyVersion());
    if (!q.exec())
        return sqlError(QStringLiteral("cannot store the variant key version"), q.lastError().text());
    if (!tx.commit())
        return sqlError(QStringLiteral("cannot commit variant keys"), tx.errorText());
    if (hashed)
        *hashed = ids;
    return {};
}

QList<VariantSignature> Store::variantSignatures() const
{
    QList<VariantSignature> out;
    QSqlQuery q(d->db);
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT statement_id, text_key, tokens, bands FROM statement_variants"
                              " ORDER BY statement_id")))
        while (q.next())
            out.append(signatureFrom(q));
    return out;
}

QList<VariantSignature> Store::variantSignatures(const QList<qint64>& statementIds) const
{
    QList<VariantSignature> out;
    QSqlQuery q(d->db);
    q.setForwardOnly(true);
    QList<qint64> ids = statementIds;
    std::sort(ids.begin(), ids.end());
    for (qsizetype from = 0; from < ids.size(); from += kIdsPerRead) {
        if (!q.exec(QStringLiteral("SELECT statement_id, text_key, tokens, bands FROM statement_variants"
                                   " WHERE statement_id IN (%1) ORDER BY statement_id")
                        .arg(idList(ids, from, kIdsPerRead))))
            return {};
        while (q.next())
            out.append(signatureFrom(q));
    }
    return out;
}

QList<qint64> Store::variantStatementIds() const
{
    QList<qint64> out;
    QSqlQuery q(d->db);
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT statement_id FROM statement_variants ORDER BY statement_id")))
        while (q.next())
            out << q.value(0).toLongLong();
    return out;
}

QList<qint64> Store::variantCandidates(const std::vector<std::uint32_t>& bandKeys) const
{
    QList<qint64> out;
    QSqlQuery& q = d->cached(QStringLiteral("SELECT entry FROM variant_bands WHERE entry BETWEEN ? AND ?"));
    for (size_t band = 0; band < bandKeys.size(); ++band) {
        if (bandKeys[band] == 0)
            continue;
        const qint64 first = bucketOf(int(band), bandKeys[band]) << kIdBits;
        q.bindValue(0, first);
        q.bindValue(1, first | kMaxId);
        if (!q.exec())
            return {};
        while (q.next())
            out << (q.value(0).toLongLong() & kMaxId);
    }
    q.finish();
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

} // namespace ql
