#pragma once

#include "store/StoreError.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QFuture>
#include <QLatin1String>
#include <QList>
#include <QString>

class QSqlDatabase;

namespace ccas {

class Clock;
class Database;

// The actions written to the journal. Free strings in the database; this is the set in use.
namespace JournalAction {
inline constexpr QLatin1String Fetch{"fetch"};                // an API call for a dossier
inline constexpr QLatin1String View{"view"};                  // a dossier's personal data shown
inline constexpr QLatin1String Print{"print"};                // a summary printed or saved as PDF
inline constexpr QLatin1String Export{"export"};              // an archive / art. 15 export
inline constexpr QLatin1String Decide{"decide"};              // a decision recorded
inline constexpr QLatin1String Close{"close"};                // a dossier closed
inline constexpr QLatin1String Purge{"purge"};                // retention purge of dossiers
inline constexpr QLatin1String KeyUnlock{"key_unlock"};       // master key read from the keychain
inline constexpr QLatin1String KeyRecovery{"key_recovery"};   // master key opened with the passphrase
inline constexpr QLatin1String KeyInit{"key_init"};           // master key created
inline constexpr QLatin1String JournalPurge{"journal_purge"}; // old journal entries removed
} // namespace JournalAction

// One access-journal entry. No applicant data, ever: only who (agent id), what (action, endpoint
// path, HTTP status, X-Request-ID), which dossier (its opaque id), when (UTC) and a short
// non-personal detail. Empty strings and httpStatus 0 mean "none" (stored as NULL).
struct JournalEntry
{
    qint64 seq = 0;
    QDateTime at; // UTC, millisecond precision
    QString agent, action, dossierId, endpoint;
    int httpStatus = 0;
    QString requestId, detail;
    QByteArray prevHash, hash; // SHA-256, 32 bytes each
};

struct JournalVerification
{
    bool ok = true;
    qint64 checked = 0;     // entries found consistent before the first problem (all of them when ok)
    qint64 firstBadSeq = 0; // 0 when ok; else the first entry that fails, or the first missing seq
    QString problem;        // translated, empty when ok
};

// The access journal: append-only and hash-chained.
//   hash(entry) = SHA-256(prev_hash || canonical(entry))
//   canonical   = field("guichet-ccas/journal/v1") || i64(seq) || field(at) || field(agent)
//                 || field(action) || field(dossierId) || field(endpoint) || i32(httpStatus)
//                 || field(requestId) || field(detail)
//   field(s)    = u32 big-endian byte length of UTF-8(s) || UTF-8(s); iN = N-bit big-endian
//   at          = the stored text, ISO 8601 UTC with milliseconds ("2026-11-27T10:00:00.000Z").
// prev_hash of the first entry is the anchor (meta 'journal_anchor', 32 zero bytes at creation,
// then the hash of the last purged entry, whose seq is kept in meta 'journal_anchor_seq' so that
// numbering continues and the first remaining entry must be the next one); meta 'journal_head'
// holds the hash of the last entry (the anchor while the journal is empty), so that removing the
// newest entries is detected too. The chain is not keyed: it detects edits made with an ordinary
// SQLite tool, not a forger who recomputes every hash.
//
// All methods run on the database thread; `clock` must outlive the Journal. Times are taken from
// the clock when the call is made.
class Journal final
{
    Q_DECLARE_TR_FUNCTIONS(ccas::Journal)
public:
    static constexpr int HashSize = 32;
    static constexpr int MaxDetailLength = 200;

    Journal(Database* db, const Clock& clock);

    // Appends an entry; seq, at, prevHash and hash are filled (the values passed are ignored).
    // Invalid when agent or action is empty or detail is longer than MaxDetailLength. Any query
    // string or fragment is cut from the endpoint: only the path is kept.
    QFuture<Result<JournalEntry, StoreError>> append(JournalEntry entry);

    // Entries with from <= at < to (an invalid bound means no bound), in chronological (seq) order;
    // when more than `limit` match (limit > 0), the most recent `limit` ones.
    QFuture<Result<QList<JournalEntry>, StoreError>> list(const QDateTime& from, const QDateTime& to, int limit);

    // Checks the whole chain: edited entries (hash mismatch), deleted or reordered entries (seq gap,
    // prev_hash mismatch, anchor mismatch), deleted newest entries (head mismatch). A broken chain is
    // a result with ok == false, not an error.
    QFuture<Result<JournalVerification, StoreError>> verify();

    // Removes, in one transaction, the entries older than `cutoff` (the oldest run of entries whose
    // `at` is before the cutoff: an older entry after a newer one, after a clock change, is kept),
    // moves the anchor to the hash of the last removed entry, and appends one "journal_purge" entry
    // by `agent` with detail "N entries before <cutoff>". Returns N; nothing is written when N is 0.
    QFuture<Result<qint64, StoreError>> purgeOlderThan(const QDateTime& cutoff,
                                                       const QString& agent = QStringLiteral("system"));

    // For other store code: appends an entry with the open connection inside a job, within the
    // caller's transaction if there is one (it uses a savepoint, so it is atomic on its own too).
    static Result<JournalEntry, StoreError> appendInJob(QSqlDatabase& db, const JournalEntry& entry,
                                                        const Clock& clock);

    // The hash of an entry given its prev_hash (exposed for tests and tools).
    static QByteArray entryHash(const JournalEntry& entry);

private:
    Database* m_db;
    const Clock& m_clock;
};

} // namespace ccas
