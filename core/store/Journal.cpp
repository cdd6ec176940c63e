#include "store/Journal.h"

#include "store/Database.h"
#include "util/Clock.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <QtEndian>

#include <algorithm>
#include <optional>

namespace ccas {

namespace {

QString anchorKey()
{
    return QStringLiteral("journal_anchor");
}

QString headKey()
{
    return QStringLiteral("journal_head");
}

// The seq of the last purged entry (decimal text), so that numbering continues after a purge.
QString anchorSeqKey()
{
    return QStringLiteral("journal_anchor_seq");
}

QString atText(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QVariant nullIfEmpty(const QString& s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

void putU32(QByteArray& out, quint32 v)
{
    char bytes[4];
    qToBigEndian(v, bytes);
    out.append(bytes, sizeof bytes);
}

void putI64(QByteArray& out, qint64 v)
{
    char bytes[8];
    qToBigEndian(v, bytes);
    out.append(bytes, sizeof bytes);
}

void putField(QByteArray& out, const QString& s)
{
    const QByteArray utf8 = s.toUtf8();
    putU32(out, static_cast<quint32>(utf8.size()));
    out.append(utf8);
}

// See Journal.h for the format. `at` is the stored text, so that verification hashes exactly what
// is in the file.
QByteArray chainHash(const JournalEntry& e, const QString& at)
{
    QByteArray canonical;
    putField(canonical, QStringLiteral("guichet-ccas/journal/v1"));
    putI64(canonical, e.seq);
    putField(canonical, at);
    putField(canonical, e.agent);
    putField(canonical, e.action);
    putField(canonical, e.dossierId);
    putField(canonical, e.endpoint);
    putU32(canonical, static_cast<quint32>(e.httpStatus));
    putField(canonical, e.requestId);
    putField(canonical, e.detail);

    QCryptographicHash sha(QCryptographicHash::Sha256);
    sha.addData(e.prevHash);
    sha.addData(canonical);
    return sha.result();
}

StoreError queryError(const QSqlQuery& query, const QString& what)
{
    return Database::errorFrom(query.lastError(), what);
}

Result<void, StoreError> exec(QSqlDatabase& db, const QString& sql, const QString& what)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return queryError(query, what);
    return {};
}

// The value of a meta key; an empty QByteArray when the key is absent.
Result<QByteArray, StoreError> readMeta(QSqlDatabase& db, const QString& key)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec())
        return queryError(query, QStringLiteral("journal: read meta"));
    if (!query.next())
        return QByteArray();
    return query.value(0).toByteArray();
}

Result<void, StoreError> writeMeta(QSqlDatabase& db, const QString& key, const QByteArray& value)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
    query.addBindValue(key);
    query.addBindValue(value);
    if (!query.exec())
        return queryError(query, QStringLiteral("journal: write meta"));
    return {};
}

Result<qint64, StoreError> readAnchorSeq(QSqlDatabase& db)
{
    const auto value = readMeta(db, anchorSeqKey());
    if (!value)
        return value.error();
    return value.value().isEmpty() ? 0 : value.value().toLongLong();
}

// The entry as it will be stored: validated, endpoint reduced to its path.
Result<JournalEntry, StoreError> normalised(JournalEntry e)
{
    if (e.agent.isEmpty() || e.action.isEmpty())
        return StoreError::make(StoreError::Kind::Invalid, QStringLiteral("journal: agent and action are required"));
    if (e.detail.size() > Journal::MaxDetailLength)
        return StoreError::make(
            StoreError::Kind::Invalid,
            QStringLiteral("journal: detail longer than %1 characters").arg(Journal::MaxDetailLength));
    static const QRegularExpression queryOrFragment(QStringLiteral("[?#]"));
    const qsizetype cut = e.endpoint.indexOf(queryOrFragment);
    if (cut >= 0)
        e.endpoint.truncate(cut); // a query string may carry identity fields: never journal it
    if (e.httpStatus < 0)
        e.httpStatus = 0;
    return e;
}

// Appends inside its own savepoint (nested in the caller's transaction, or a transaction of its own).
Result<JournalEntry, StoreError> appendAt(QSqlDatabase& db, const JournalEntry& input, const QDateTime& now)
{
    auto checked = normalised(input);
    if (!checked)
        return checked.error();
    JournalEntry e = std::move(checked).value();
    e.at = now.toUTC();
    const QString at = atText(e.at);
    e.at = QDateTime::fromString(at, Qt::ISODateWithMs); // exactly what is stored (milliseconds)

    if (auto r = exec(db, QStringLiteral("SAVEPOINT journal_append"), QStringLiteral("journal: savepoint")); !r)
        return r.error();

    const auto body = [&]() -> Result<void, StoreError> {
        auto head = readMeta(db, headKey());
        if (!head)
            return head.error();
        QByteArray prev = head.value();
        if (prev.isEmpty()) {
            auto anchor = readMeta(db, anchorKey());
            if (!anchor)
                return anchor.error();
            prev = anchor.value().isEmpty() ? QByteArray(Journal::HashSize, '\0') : anchor.value();
        }
        const auto anchorSeq = readAnchorSeq(db);
        if (!anchorSeq)
            return anchorSeq.error();
        {
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM journal")) || !query.next())
                return queryError(query, QStringLiteral("journal: next seq"));
            e.seq = std::max(query.value(0).toLongLong(), anchorSeq.value()) + 1;
        }
        e.prevHash = prev;
        e.hash = chainHash(e, at);

        QSqlQuery insert(db);
        insert.prepare(
            QStringLiteral("INSERT INTO journal (seq, at, agent, action, dossier_id, endpoint, http_status,"
                           " request_id, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        insert.addBindValue(e.seq);
        insert.addBindValue(at);
        insert.addBindValue(e.agent);
        insert.addBindValue(e.action);
        insert.addBindValue(nullIfEmpty(e.dossierId));
        insert.addBindValue(nullIfEmpty(e.endpoint));
        insert.addBindValue(e.httpStatus == 0 ? QVariant() : QVariant(e.httpStatus));
        insert.addBindValue(nullIfEmpty(e.requestId));
        insert.addBindValue(nullIfEmpty(e.detail));
        insert.addBindValue(e.prevHash);
        insert.addBindValue(e.hash);
        if (!insert.exec())
            return queryError(insert, QStringLiteral("journal: insert"));
        return writeMeta(db, headKey(), e.hash);
    };

    if (auto done = body(); !done) {
        (void)exec(db, QStringLiteral("ROLLBACK TO journal_append"), QStringLiteral("journal: rollback"));
        (void)exec(db, QStringLiteral("RELEASE journal_append"), QStringLiteral("journal: release"));
        return done.error();
    }
    if (auto r = exec(db, QStringLiteral("RELEASE journal_append"), QStringLiteral("journal: release")); !r) {
        (void)exec(db, QStringLiteral("ROLLBACK TO journal_append"), QStringLiteral("journal: rollback"));
        (void)exec(db, QStringLiteral("RELEASE journal_append"), QStringLiteral("journal: release"));
        return r.error();
    }
    return e;
}

QString selectColumns()
{
    return QStringLiteral(
        "seq, at, agent, action, dossier_id, endpoint, http_status, request_id, detail, prev_hash, hash");
}

// Reads a row of selectColumns(); `at` receives the stored text.
JournalEntry entryFromRow(const QSqlQuery& query, QString* at)
{
    JournalEntry e;
    e.seq = query.value(0).toLongLong();
    const QString stored = query.value(1).toString();
    e.at = QDateTime::fromString(stored, Qt::ISODateWithMs);
    e.agent = query.value(2).toString();
    e.action = query.value(3).toString();
    e.dossierId = query.value(4).toString();
    e.endpoint = query.value(5).toString();
    e.httpStatus = query.value(6).toInt();
    e.requestId = query.value(7).toString();
    e.detail = query.value(8).toString();
    e.prevHash = query.value(9).toByteArray();
    e.hash = query.value(10).toByteArray();
    if (at)
        *at = stored;
    return e;
}

QString missing(qint64 first, qint64 last)
{
    if (first == last)
        return Journal::tr("Entry %1 is missing: it was deleted.").arg(first);
    return Journal::tr("Entries %1 to %2 are missing: they were deleted.").arg(first).arg(last);
}

Result<JournalVerification, StoreError> verifyInJob(QSqlDatabase& db)
{
    const auto anchorRead = readMeta(db, anchorKey());
    if (!anchorRead)
        return anchorRead.error();
    const auto headRead = readMeta(db, headKey());
    if (!headRead)
        return headRead.error();
    const auto anchorSeq = readAnchorSeq(db);
    if (!anchorSeq)
        return anchorSeq.error();
    const QByteArray anchor = anchorRead.value().isEmpty() ? QByteArray(Journal::HashSize, '\0') : anchorRead.value();
    const QByteArray head = headRead.value();

    JournalVerification v;
    const auto fail = [&v](qint64 seq, QString problem) {
        v.ok = false;
        v.firstBadSeq = seq;
        v.problem = std::move(problem);
        return v;
    };
    if (anchor.size() != Journal::HashSize || (!head.isEmpty() && head.size() != Journal::HashSize))
        return fail(1, Journal::tr("The journal's anchor or head record is damaged."));

    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM journal ORDER BY seq").arg(selectColumns())))
        return queryError(query, QStringLiteral("journal: verify"));

    QByteArray expectedPrev = anchor;
    qint64 previousSeq = -1;
    const qint64 firstSeq = anchorSeq.value() + 1;
    while (query.next()) {
        QString at;
        const JournalEntry e = entryFromRow(query, &at);
        if (chainHash(e, at) != e.hash)
            return fail(e.seq, Journal::tr("Entry %1 was modified after it was written.").arg(e.seq));
        if (previousSeq < 0 && e.seq != firstSeq)
            return fail(
                e.seq, e.seq > firstSeq
                           ? missing(firstSeq, e.seq - 1)
                           : Journal::tr("The journal's anchor was changed (entry %1 does not follow it).").arg(e.seq));
        if (previousSeq >= 0 && e.seq != previousSeq + 1)
            return fail(e.seq, missing(previousSeq + 1, e.seq - 1));
        if (e.prevHash != expectedPrev) {
            if (previousSeq < 0)
                return fail(e.seq, Journal::tr("The oldest entries were deleted, or the journal's anchor was changed "
                                               "(entry %1 does not follow it).")
                                       .arg(e.seq));
            return fail(e.seq, Journal::tr("Entry %1 does not follow entry %2: entries were deleted, reordered or "
                                           "replaced.")
                                   .arg(e.seq)
                                   .arg(previousSeq));
        }
        expectedPrev = e.hash;
        previousSeq = e.seq;
        ++v.checked;
    }
    if (query.lastError().isValid())
        return queryError(query, QStringLiteral("journal: verify"));

    if (head.isEmpty() ? previousSeq >= 0 : head != expectedPrev)
        return fail(previousSeq >= 0 ? previousSeq + 1 : firstSeq,
                    Journal::tr("The newest entries were deleted: the journal ends before its last recorded entry."));
    return v;
}

Result<QList<JournalEntry>, StoreError> listInJob(QSqlDatabase& db, const QDateTime& from, const QDateTime& to,
                                                  int limit)
{
    QString where;
    if (from.isValid())
        where += QStringLiteral(" AND at >= :from");
    if (to.isValid())
        where += QStringLiteral(" AND at < :to");
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM (SELECT %1 FROM journal WHERE 1 = 1%2 ORDER BY seq DESC LIMIT :limit)"
                                 " ORDER BY seq")
                      .arg(selectColumns(), where));
    if (from.isValid())
        query.bindValue(QStringLiteral(":from"), atText(from));
    if (to.isValid())
        query.bindValue(QStringLiteral(":to"), atText(to));
    query.bindValue(QStringLiteral(":limit"), limit > 0 ? limit : -1);
    if (!query.exec())
        return queryError(query, QStringLiteral("journal: list"));
    QList<JournalEntry> entries;
    while (query.next())
        entries.append(entryFromRow(query, nullptr));
    if (query.lastError().isValid())
        return queryError(query, QStringLiteral("journal: list"));
    return entries;
}

Result<qint64, StoreError> purgeInJob(QSqlDatabase& db, const QDateTime& cutoff, const QString& agent,
                                      const QDateTime& now)
{
    if (!cutoff.isValid())
        return StoreError::make(StoreError::Kind::Invalid, QStringLiteral("journal: invalid purge cutoff"));
    qint64 count = 0;
    const auto done = Database::transaction(db, [&]() -> Result<void, StoreError> {
        // The last entry of the oldest run of entries dated before the cutoff.
        QSqlQuery last(db);
        last.prepare(QStringLiteral("SELECT MAX(seq) FROM journal WHERE seq < "
                                    "COALESCE((SELECT MIN(seq) FROM journal WHERE at >= ?), 9223372036854775807)"));
        last.addBindValue(atText(cutoff));
        if (!last.exec() || !last.next())
            return queryError(last, QStringLiteral("journal: purge boundary"));
        if (last.value(0).isNull())
            return {};
        const qint64 lastSeq = last.value(0).toLongLong();
        last.finish();

        QSqlQuery hash(db);
        hash.prepare(QStringLiteral("SELECT hash FROM journal WHERE seq = ?"));
        hash.addBindValue(lastSeq);
        if (!hash.exec() || !hash.next())
            return queryError(hash, QStringLiteral("journal: purge anchor"));
        const QByteArray newAnchor = hash.value(0).toByteArray();
        hash.finish();

        QSqlQuery remove(db);
        remove.prepare(QStringLiteral("DELETE FROM journal WHERE seq <= ?"));
        remove.addBindValue(lastSeq);
        if (!remove.exec())
            return queryError(remove, QStringLiteral("journal: purge"));
        count = remove.numRowsAffected();
        if (auto r = writeMeta(db, anchorKey(), newAnchor); !r)
            return r;
        if (auto r = writeMeta(db, anchorSeqKey(), QByteArray::number(lastSeq)); !r)
            return r;

        JournalEntry entry;
        entry.agent = agent;
        entry.action = JournalAction::JournalPurge;
        entry.detail = QStringLiteral("%1 entries before %2").arg(count).arg(cutoff.toUTC().toString(Qt::ISODate));
        const auto appended = appendAt(db, entry, now);
        if (!appended)
            return appended.error();
        return {};
    });
    if (!done)
        return done.error();
    return count;
}

} // namespace

Journal::Journal(Database* db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{}

QFuture<Result<JournalEntry, StoreError>> Journal::append(JournalEntry entry)
{
    const QDateTime now = m_clock.nowUtc();
    return m_db->run<JournalEntry>(
        [entry = std::move(entry), now](QSqlDatabase& db) -> Result<JournalEntry, StoreError> {
            std::optional<Result<JournalEntry, StoreError>> appended;
            const auto done = Database::transaction(db, [&]() -> Result<void, StoreError> {
                appended.emplace(appendAt(db, entry, now));
                if (!*appended)
                    return appended->error();
                return {};
            });
            if (!done)
                return done.error();
            return std::move(*appended);
        });
}

QFuture<Result<QList<JournalEntry>, StoreError>> Journal::list(const QDateTime& from, const QDateTime& to, int limit)
{
    return m_db->run<QList<JournalEntry>>(
        [from, to, limit](QSqlDatabase& db) { return listInJob(db, from, to, limit); });
}

QFuture<Result<JournalVerification, StoreError>> Journal::verify()
{
    return m_db->run<JournalVerification>([](QSqlDatabase& db) { return verifyInJob(db); });
}

QFuture<Result<qint64, StoreError>> Journal::purgeOlderThan(const QDateTime& cutoff, const QString& agent)
{
    const QDateTime now = m_clock.nowUtc();
    return m_db->run<qint64>([cutoff, agent, now](QSqlDatabase& db) { return purgeInJob(db, cutoff, agent, now); });
}

Result<JournalEntry, StoreError> Journal::appendInJob(QSqlDatabase& db, const JournalEntry& entry, const Clock& clock)
{
    return appendAt(db, entry, clock.nowUtc());
}

QByteArray Journal::entryHash(const JournalEntry& entry)
{
    return chainHash(entry, atText(entry.at));
}

} // namespace ccas
