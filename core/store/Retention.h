#pragma once

#include "store/Database.h"
#include "util/Clock.h"

#include <QDateTime>
#include <QFuture>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

#include <optional>

namespace ccas {

struct RetentionPolicy
{
    int closedMonths = 24;   // closed dossiers are purged this long after closing (CNIL social sector)
    int inactiveMonths = 24; // dossiers left open with no activity are purged too
    int warnMonths = 12;     // ... and listed as a warning from this age on
    QString eliminationRef;  // the archives service's elimination visa reference, when configured
    // « Exporter avant purge »: when set, only the closed dossiers listed here are purged (those the
    // archive package holds); the other closed dossiers due wait for the next run (listed in `held`).
    std::optional<QSet<QString>> closedAllowed;
};

struct RetentionItem
{
    QString id;     // opaque
    QString status; // clear lifecycle key
    QString aidCode;
    QString outcome;
    QDateTime closedAt;
    QDateTime lastActivityAt;
    QString reason; // "closed" or "inactive"
};

struct RetentionReport
{
    bool dryRun = false;
    QDateTime now;
    QList<RetentionItem> due;      // purged (or that would be, in a dry run)
    QList<RetentionItem> warnings; // open, inactive for warnMonths or more, not due yet
    QList<RetentionItem> held;     // closed and due, kept because they are not archived yet
    QMap<QString, int> counts;     // "aid|outcome" -> number purged (no personal data)
};

// Purges what the retention rules make due. Runs only with a verified key (the caller's duty: it
// does not need the key itself, but must not run on a profile that could not be opened).
// Purging a dossier destroys its wrapped data key first (crypto-shredding), in a committed
// transaction, then deletes its rows, then checkpoints the WAL with TRUNCATE. One record without
// personal data is written per run that purged something, and the journal says so.
class Retention
{
public:
    Retention(Database* db, const Clock& clock);
    QFuture<Result<RetentionReport, StoreError>> run(const RetentionPolicy& policy, bool dryRun, const QString& agent);

    // The date before which a closed (or inactive) dossier is due: `months` calendar months back.
    static QDateTime cutoff(const QDateTime& now, int months);

private:
    Database* m_db;
    const Clock& m_clock;
};

} // namespace ccas
