#include "store/Statistics.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace ccas {

namespace {

QString iso(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromIso(const QString& s)
{
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t;
}

int outcomeRank(const QString& outcome)
{
    if (outcome == QLatin1String("accorde"))
        return 0;
    if (outcome == QLatin1String("refuse"))
        return 1;
    if (outcome == QLatin1String("sans_suite"))
        return 2;
    return outcome.isEmpty() ? 4 : 3;
}

Result<StatisticsReport, StoreError> statisticsInJob(QSqlDatabase& db, const QDateTime& from, const QDateTime& to)
{
    StatisticsReport report;
    report.from = from.isValid() ? from.toUTC() : QDateTime();
    report.to = to.isValid() ? to.toUTC() : QDateTime();
    QString where;
    if (from.isValid())
        where += QStringLiteral(" AND COALESCE(decided_at, created_at) >= :from");
    if (to.isValid())
        where += QStringLiteral(" AND COALESCE(decided_at, created_at) < :to");
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT COALESCE(aid_code, ''), COALESCE(outcome, ''), COUNT(*),"
                             " COALESCE(SUM(CASE WHEN outcome = 'accorde' THEN amount_cents ELSE 0 END), 0)"
                             " FROM dossiers WHERE 1 = 1%1 GROUP BY 1, 2")
                  .arg(where));
    if (from.isValid())
        q.bindValue(QStringLiteral(":from"), iso(from));
    if (to.isValid())
        q.bindValue(QStringLiteral(":to"), iso(to));
    if (!q.exec())
        return Database::errorFrom(q.lastError(), QStringLiteral("statistics"));
    while (q.next()) {
        StatisticsRow row;
        row.aidCode = q.value(0).toString();
        row.outcome = q.value(1).toString();
        row.count = q.value(2).toLongLong();
        row.amountCents = q.value(3).toLongLong();
        report.totalCount += row.count;
        report.totalAmountCents += row.amountCents;
        report.rows.append(row);
    }
    if (q.lastError().isValid())
        return Database::errorFrom(q.lastError(), QStringLiteral("statistics"));
    std::sort(report.rows.begin(), report.rows.end(), [](const StatisticsRow& a, const StatisticsRow& b) {
        if (a.aidCode != b.aidCode)
            return a.aidCode < b.aidCode;
        const int ra = outcomeRank(a.outcome);
        const int rb = outcomeRank(b.outcome);
        return ra != rb ? ra < rb : a.outcome < b.outcome;
    });
    return report;
}

Result<QList<PurgeRecord>, StoreError> purgesInJob(QSqlDatabase& db, int limit)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, at, kind, counts, elimination_ref FROM purges ORDER BY at DESC, id DESC"
                             " LIMIT :limit"));
    q.bindValue(QStringLiteral(":limit"), limit > 0 ? limit : -1);
    if (!q.exec())
        return Database::errorFrom(q.lastError(), QStringLiteral("purge history"));
    QList<PurgeRecord> records;
    while (q.next()) {
        PurgeRecord r;
        r.id = q.value(0).toLongLong();
        r.at = fromIso(q.value(1).toString());
        r.kind = q.value(2).toString();
        const QJsonObject counts = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
        for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
            r.counts.insert(it.key(), it.value().toInt());
        r.eliminationRef = q.value(4).toString();
        records.append(r);
    }
    if (q.lastError().isValid())
        return Database::errorFrom(q.lastError(), QStringLiteral("purge history"));
    return records;
}

} // namespace

int PurgeRecord::total() const
{
    int n = 0;
    for (const int c : counts)
        n += c;
    return n;
}

Statistics::Statistics(Database* db)
    : m_db(db)
{}

QFuture<Result<StatisticsReport, StoreError>> Statistics::byAidAndOutcome(const QDateTime& from, const QDateTime& to)
{
    return m_db->run<StatisticsReport>([from, to](QSqlDatabase& db) { return statisticsInJob(db, from, to); });
}

QFuture<Result<QList<PurgeRecord>, StoreError>> Statistics::purgeHistory(int limit)
{
    return m_db->run<QList<PurgeRecord>>([limit](QSqlDatabase& db) { return purgesInJob(db, limit); });
}

} // namespace ccas
