#pragma once

#include "store/Database.h"

#include <QDateTime>
#include <QFuture>
#include <QList>
#include <QMap>
#include <QString>

namespace ccas {

// One line of the statistics: the dossiers of one aid with one outcome.
struct StatisticsRow
{
    QString aidCode;        // empty: no aid recorded
    QString outcome;        // "accorde", "refuse", "sans_suite"; empty: not decided yet
    qint64 count = 0;       // dossiers
    qint64 amountCents = 0; // total granted (only granted dossiers carry an amount)
};

struct StatisticsReport
{
    QDateTime from, to;        // the period asked (UTC; invalid: no bound)
    QList<StatisticsRow> rows; // by aid code, then outcome (granted, refused, no follow-up, not decided)
    qint64 totalCount = 0;
    qint64 totalAmountCents = 0;
};

// One record left by a retention run that purged something: no personal data.
struct PurgeRecord
{
    qint64 id = 0;
    QDateTime at;              // UTC
    QString kind;              // "dossiers"
    QMap<QString, int> counts; // "aid|outcome" -> number purged ("-" when none)
    QString eliminationRef;    // the archives service's elimination visa, when configured
    int total() const;
};

// Administration figures read from the clear columns only (id, status, aid code, outcome, amount,
// dates) and from the purge records: no key is needed and no personal data is read. Every query
// runs on the database thread.
class Statistics
{
public:
    explicit Statistics(Database* db);

    // The dossiers whose decision date (or, when not decided yet, creation date) is in
    // from <= date < to (an invalid bound means no bound), counted per aid code and outcome, with
    // the total amount granted.
    QFuture<Result<StatisticsReport, StoreError>> byAidAndOutcome(const QDateTime& from, const QDateTime& to);

    // The purge records, the most recent first (at most `limit` when limit > 0).
    QFuture<Result<QList<PurgeRecord>, StoreError>> purgeHistory(int limit = 0);

private:
    Database* m_db;
};

} // namespace ccas
