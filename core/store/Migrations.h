#pragma once

#include "store/StoreError.h"
#include "util/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QSqlDatabase;

namespace ccas {

// One step of the schema: what takes the database from `version - 1` to `version`. The statements
// run in order (one SQL statement each: QSQLITE executes only the first statement of a string),
// then `extra` if set (data migrations), then `PRAGMA user_version = version`, all in one
// transaction that is rolled back if anything fails.
struct Migration
{
    int version = 0;
    QString summary; // for the log
    QStringList statements;
    std::function<Result<void, StoreError>(QSqlDatabase&)> extra;
};

// The numbered migrations of the profile database. A new version is one more entry at the end of
// the list (and Database::SchemaVersion raised to it); existing entries never change.
class Migrations
{
public:
    static const QList<Migration>& all();
    static int latestVersion();

    // Applies, in order, every step whose version is above `current`; returns the version reached.
    // Call only inside a Database job, outside any transaction.
    static Result<int, StoreError> apply(QSqlDatabase& db, int current);
};

} // namespace ccas
