#pragma once

#include "store/StoreError.h"
#include "util/Result.h"

#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QString>

#include <functional>
#include <memory>

class QSqlDatabase;
class QSqlError;

namespace ccas {

// The SQLite database of a profile, owned by one dedicated thread: the connection is opened, used
// and closed in that thread only. Every job runs there, in submission order, and its result comes
// back as a QFuture (continue with `.then(context, …)`; tests may wait on it).
//
// On open: journal_mode=WAL, synchronous=FULL, secure_delete=ON, foreign_keys=ON, busy_timeout;
// schema version in PRAGMA user_version, numbered migrations each in one transaction. A database
// written by a newer version is refused without being changed.
class Database final : public QObject
{
    Q_OBJECT
public:
    static constexpr int SchemaVersion = 3;

    explicit Database(QObject* parent = nullptr);
    ~Database() override; // finishes the queued jobs, closes the connection, stops the thread
    Q_DISABLE_COPY_MOVE(Database)

    // Opens `path` (creating the file only when `create`), applies pragmas and migrations.
    QFuture<Result<void, StoreError>> open(const QString& path, bool create);
    QFuture<Result<void, StoreError>> close();

    // Blocks until every job queued so far has run (and so every continuation has been handed to
    // its context). Only for destructors of objects that continue futures of this database: a
    // continuation must never find its context gone (Qt 6.4 asserts on that). Not from a job.
    void waitForIdle();

    // Runs `job` on the database thread with the open connection. The job must not keep the
    // QSqlDatabase or any QSqlQuery beyond its return. If the database is not open, the result is
    // an Io error and the job is not called.
    template <typename T>
    QFuture<Result<T, StoreError>> run(std::function<Result<T, StoreError>(QSqlDatabase&)> job)
    {
        auto promise = std::make_shared<QPromise<Result<T, StoreError>>>();
        QFuture<Result<T, StoreError>> future = promise->future();
        promise->start();
        post([promise, job = std::move(job)](QSqlDatabase* db) {
            if (!db)
                promise->addResult(StoreError::make(StoreError::Kind::Io, QStringLiteral("database not open")));
            else
                promise->addResult(job(*db));
            promise->finish();
        });
        return future;
    }

    // Helpers for jobs (call only inside a job): a transaction that commits when `body` succeeds and
    // rolls back otherwise; mapping of a failed query to a StoreError (disk full, locked, corrupt…).
    static Result<void, StoreError> transaction(QSqlDatabase& db,
                                                const std::function<Result<void, StoreError>()>& body);
    static StoreError errorFrom(const QSqlError& error, const QString& what);

private:
    void post(std::function<void(QSqlDatabase*)> task);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace ccas
