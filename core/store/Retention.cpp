#include "store/Retention.h"

#include "store/Journal.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ccas {

namespace {

QString iso(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromIso(const QVariant& v)
{
    if (v.isNull())
        return {};
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t;
}

Result<QList<RetentionItem>, StoreError> select(QSqlDatabase& db, const QString& where, const QStringList& binds,
                                                const QString& reason)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, status, aid_code, outcome, closed_at, last_activity_at FROM dossiers WHERE ") +
              where + QStringLiteral(" ORDER BY id"));
    for (const QString& b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return Database::errorFrom(q.lastError(), QStringLiteral("retention select"));
    QList<RetentionItem> items;
    while (q.next())
        items << RetentionItem{q.value(0).toString(),
                               q.value(1).toString(),
                               q.value(2).toString(),
                               q.value(3).toString(),
                               fromIso(q.value(4)),
                               fromIso(q.value(5)),
                               reason};
    return items;
}

} // namespace

Retention::Retention(Database* db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{}

QDateTime Retention::cutoff(const QDateTime& now, int months)
{
    return now.toUTC().addMonths(-months);
}

QFuture<Result<RetentionReport, StoreError>> Retention::run(const RetentionPolicy& policy, bool dryRun,
                                                            const QString& agent)
{
    const Clock& clock = m_clock;
    return m_db->run<RetentionReport>([policy, dryRun, agent,
                                       &clock](QSqlDatabase& db) -> Result<RetentionReport, StoreError> {
        RetentionReport report;
        report.dryRun = dryRun;
        report.now = clock.nowUtc();
        const QString closedCutoff = iso(cutoff(report.now, policy.closedMonths));
        const QString inactiveCutoff = iso(cutoff(report.now, policy.inactiveMonths));
        const QString warnCutoff = iso(cutoff(report.now, policy.warnMonths));

        auto closed =
            select(db, QStringLiteral("status = 'clos' AND closed_at < ?"), {closedCutoff}, QStringLiteral("closed"));
        if (!closed)
            return closed.error();
        auto inactive = select(db, QStringLiteral("status <> 'clos' AND last_activity_at < ?"), {inactiveCutoff},
                               QStringLiteral("inactive"));
        if (!inactive)
            return inactive.error();
        auto warn = select(db, QStringLiteral("status <> 'clos' AND last_activity_at < ? AND last_activity_at >= ?"),
                           {warnCutoff, inactiveCutoff}, QStringLiteral("inactive"));
        if (!warn)
            return warn.error();
        QList<RetentionItem> closedDue = closed.value();
        if (policy.closedAllowed) {
            QList<RetentionItem> allowed;
            for (const RetentionItem& i : std::as_const(closedDue))
                (policy.closedAllowed->contains(i.id) ? allowed : report.held).append(i);
            closedDue = allowed;
        }
        report.due = closedDue + inactive.value();
        report.warnings = warn.value();
        for (const RetentionItem& i : report.due)
            report.counts[(i.aidCode.isEmpty() ? QStringLiteral("-") : i.aidCode) + QLatin1Char('|') +
                          (i.outcome.isEmpty() ? QStringLiteral("-") : i.outcome)] += 1;
        if (dryRun || report.due.isEmpty())
            return report;

        // 1. Crypto-shredding: the wrapped data keys go first, in their own committed transaction,
        //    so that a crash after this point leaves nothing readable.
        constexpr int Batch = 500;
        auto forEachBatch = [&](const QString& sqlPrefix) -> Result<void, StoreError> {
            for (int start = 0; start < report.due.size(); start += Batch) {
                const int n = std::min(Batch, int(report.due.size()) - start);
                QStringList marks;
                for (int i = 0; i < n; ++i)
                    marks << QStringLiteral("?");
                QSqlQuery q(db);
                q.prepare(sqlPrefix + QStringLiteral(" (%1)").arg(marks.join(QLatin1Char(','))));
                for (int i = 0; i < n; ++i)
                    q.addBindValue(report.due.at(start + i).id);
                if (!q.exec())
                    return Database::errorFrom(q.lastError(), QStringLiteral("retention purge"));
            }
            return {};
        };
        auto shred = Database::transaction(
            db, [&]() { return forEachBatch(QStringLiteral("UPDATE dossiers SET wrapped_dek = NULL WHERE id IN")); });
        if (!shred)
            return shred.error();
        // 2. The rows (sources and blind index go with them: ON DELETE CASCADE), the purge record
        //    and the journal entry.
        auto removed = Database::transaction(db, [&]() -> Result<void, StoreError> {
            auto del = forEachBatch(QStringLiteral("DELETE FROM dossiers WHERE id IN"));
            if (!del)
                return del;
            QJsonObject counts;
            for (auto it = report.counts.constBegin(); it != report.counts.constEnd(); ++it)
                counts.insert(it.key(), it.value());
            QSqlQuery q(db);
            q.prepare(QStringLiteral("INSERT INTO purges (at, kind, counts, elimination_ref) VALUES (?, ?, ?, ?)"));
            q.addBindValue(iso(report.now));
            q.addBindValue(QStringLiteral("dossiers"));
            q.addBindValue(QString::fromUtf8(QJsonDocument(counts).toJson(QJsonDocument::Compact)));
            q.addBindValue(policy.eliminationRef.isEmpty() ? QVariant() : QVariant(policy.eliminationRef));
            if (!q.exec())
                return Database::errorFrom(q.lastError(), QStringLiteral("purge record"));
            JournalEntry e;
            e.agent = agent;
            e.action = QStringLiteral("purge");
            e.detail = QStringLiteral("%1 dossier(s)").arg(report.due.size());
            auto j = Journal::appendInJob(db, e, clock);
            if (!j)
                return j.error();
            return {};
        });
        if (!removed)
            return removed.error();
        // 3. Nothing of the purged rows may stay in the WAL.
        QSqlQuery checkpoint(db);
        if (!checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
            return Database::errorFrom(checkpoint.lastError(), QStringLiteral("wal checkpoint"));
        return report;
    });
}

} // namespace ccas
