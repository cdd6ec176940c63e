#include "store/Database.h"

#include "store/Migrations.h"

#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QMetaObject>
#include <QSemaphore>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

#include <atomic>

namespace ccas {

namespace {

Q_LOGGING_CATEGORY(lcStore, "guichet.core.store", QtInfoMsg)

// SQLite primary result codes (the driver reports extended codes: the low byte is the primary one).
constexpr int SqliteBusy = 5;
constexpr int SqliteLocked = 6;
constexpr int SqliteCorrupt = 11;
constexpr int SqliteFull = 13;
constexpr int SqliteConstraint = 19;
constexpr int SqliteNotADb = 26;

StoreError storeError(StoreError::Kind kind, const QString& detail)
{
    return StoreError::make(kind, detail);
}

// Runs one statement that returns one value (a PRAGMA read or set, a count).
Result<QVariant, StoreError> queryValue(QSqlDatabase& db, const QString& sql, const QString& what)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return Database::errorFrom(query.lastError(), what);
    if (!query.next()) {
        if (query.lastError().isValid())
            return Database::errorFrom(query.lastError(), what);
        return storeError(StoreError::Kind::Io, what + QStringLiteral(": no answer"));
    }
    return query.value(0);
}

Result<void, StoreError> execSql(QSqlDatabase& db, const QString& sql, const QString& what)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return Database::errorFrom(query.lastError(), what);
    return {};
}

// Depth of Database::transaction() per connection of the calling thread (each connection lives in
// one thread): the outer level is BEGIN IMMEDIATE … COMMIT, inner levels are savepoints.
int& transactionDepth(const QSqlDatabase& db)
{
    thread_local QHash<QString, int> depths;
    return depths[db.connectionName()];
}

// The object that lives in the database thread. Every member is used in that thread only.
class Worker final : public QObject
{
public:
    explicit Worker(QString connectionName)
        : m_name(std::move(connectionName))
    {}
    Q_DISABLE_COPY_MOVE(Worker)
    ~Worker() override = default;

    QSqlDatabase* connection() { return m_ready ? &m_db : nullptr; }
    Result<void, StoreError> open(const QString& path, bool create);
    void closeConnection();

private:
    Result<void, StoreError> configure();

    const QString m_name;
    QSqlDatabase m_db;
    bool m_ready = false;
};

Result<void, StoreError> Worker::open(const QString& path, bool create)
{
    if (QSqlDatabase::contains(m_name))
        return storeError(StoreError::Kind::Invalid, QStringLiteral("open: database already open"));
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return storeError(StoreError::Kind::Io, QStringLiteral("open: not a regular file"));
    if (!info.exists() && !create)
        return storeError(StoreError::Kind::Io, QStringLiteral("open: no database"));
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return storeError(StoreError::Kind::Io, QStringLiteral("open: Qt SQLite driver (QSQLITE) not available"));

    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open()) {
        const StoreError error = Database::errorFrom(m_db.lastError(), QStringLiteral("open"));
        closeConnection();
        return error;
    }
    if (auto configured = configure(); !configured) {
        closeConnection();
        return configured;
    }
    m_ready = true;
    return {};
}

Result<void, StoreError> Worker::configure()
{
    // 1. Read-only checks first: nothing may be written to a database this version must refuse.
    //    (Even switching an existing rollback-journal database to WAL rewrites its header.)
    const auto userVersion = queryValue(m_db, QStringLiteral("PRAGMA user_version"), QStringLiteral("schema version"));
    if (!userVersion)
        return userVersion.error();
    const int version = userVersion.value().toInt();
    if (version > Database::SchemaVersion)
        return storeError(
            StoreError::Kind::NewerSchema,
            QStringLiteral("schema version %1, this build knows up to %2").arg(version).arg(Database::SchemaVersion));
    if (version < 0)
        return storeError(StoreError::Kind::Corrupt, QStringLiteral("negative schema version %1").arg(version));
    if (version == 0) {
        const auto objects =
            queryValue(m_db, QStringLiteral("SELECT count(*) FROM sqlite_master"), QStringLiteral("schema objects"));
        if (!objects)
            return objects.error();
        if (objects.value().toLongLong() != 0)
            return storeError(StoreError::Kind::Corrupt,
                              QStringLiteral("tables without a schema version: not a Guichet CCAS database"));
    }

    // 2. Connection settings.
    const auto mode = queryValue(m_db, QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("journal_mode"));
    if (!mode)
        return mode.error();
    if (mode.value().toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return storeError(StoreError::Kind::Io,
                          QStringLiteral("journal_mode=WAL refused (answer: %1)").arg(mode.value().toString()));
    const QString settings[] = {QStringLiteral("PRAGMA synchronous=FULL"), QStringLiteral("PRAGMA secure_delete=ON"),
                                QStringLiteral("PRAGMA foreign_keys=ON"), QStringLiteral("PRAGMA temp_store=MEMORY")};
    for (const QString& sql : settings) {
        if (auto r = execSql(m_db, sql, sql); !r)
            return r;
    }
    struct Expected
    {
        const char* pragma;
        int value;
    };
    const Expected checks[] = {{"synchronous", 2}, {"secure_delete", 1}, {"foreign_keys", 1}, {"temp_store", 2}};
    for (const Expected& check : checks) {
        const QString sql = QStringLiteral("PRAGMA %1").arg(QLatin1String(check.pragma));
        const auto value = queryValue(m_db, sql, sql);
        if (!value)
            return value.error();
        if (value.value().toInt() != check.value)
            return storeError(
                StoreError::Kind::Internal,
                QStringLiteral("%1 is %2, expected %3").arg(sql, value.value().toString()).arg(check.value));
    }

    // 3. Schema.
    if (version < Database::SchemaVersion) {
        const auto reached = Migrations::apply(m_db, version);
        if (!reached)
            return reached.error();
        qCInfo(lcStore) << "database schema migrated from version" << version << "to" << reached.value();
    }
    return {};
}

void Worker::closeConnection()
{
    m_ready = false;
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    // Every copy of the connection is gone now (jobs must not keep one): it can be removed.
    if (QSqlDatabase::contains(m_name))
        QSqlDatabase::removeDatabase(m_name);
}

template <typename R, typename F>
QFuture<R> callOnWorker(Worker* worker, F fn)
{
    auto promise = std::make_shared<QPromise<R>>();
    QFuture<R> future = promise->future();
    promise->start();
    QMetaObject::invokeMethod(
        worker,
        [promise, fn = std::move(fn)] {
            promise->addResult(fn());
            promise->finish();
        },
        Qt::QueuedConnection);
    return future;
}

} // namespace

struct Database::Private
{
    QThread thread;
    Worker* worker = nullptr; // lives in `thread`; deleted here once the thread has stopped
};

Database::Database(QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    static std::atomic<quint64> instances{0};
    d->worker = new Worker(QStringLiteral("guichet-db-%1").arg(++instances));
    d->thread.setObjectName(QStringLiteral("guichet-db"));
    d->worker->moveToThread(&d->thread);
    d->thread.start();
}

Database::~Database()
{
    Q_ASSERT_X(QThread::currentThread() != &d->thread, "Database", "destroyed from one of its own jobs");
    Worker* worker = d->worker;
    // Queued after every job already posted: they all run, then the connection is closed and
    // removed in its thread, then the thread's event loop ends.
    QMetaObject::invokeMethod(
        worker,
        [worker] {
            worker->closeConnection();
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    d->thread.wait();
    delete worker;
}

QFuture<Result<void, StoreError>> Database::open(const QString& path, bool create)
{
    Worker* worker = d->worker;
    return callOnWorker<Result<void, StoreError>>(worker,
                                                  [worker, path, create] { return worker->open(path, create); });
}

QFuture<Result<void, StoreError>> Database::close()
{
    Worker* worker = d->worker;
    return callOnWorker<Result<void, StoreError>>(worker, [worker] {
        worker->closeConnection();
        return Result<void, StoreError>();
    });
}

void Database::waitForIdle()
{
    if (QThread::currentThread() == &d->thread || !d->thread.isRunning())
        return;
    QSemaphore done;
    post([&done](QSqlDatabase*) { done.release(); });
    done.acquire();
}

void Database::post(std::function<void(QSqlDatabase*)> task)
{
    Worker* worker = d->worker;
    QMetaObject::invokeMethod(
        worker, [worker, task = std::move(task)] { task(worker->connection()); }, Qt::QueuedConnection);
}

Result<void, StoreError> Database::transaction(QSqlDatabase& db, const std::function<Result<void, StoreError>()>& body)
{
    int& depth = transactionDepth(db);
    const bool outer = depth == 0;
    const QString savepoint = QStringLiteral("guichet_sp%1").arg(depth);
    if (auto begun = execSql(db, outer ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT ") + savepoint,
                             QStringLiteral("begin transaction"));
        !begun)
        return begun;

    ++depth;
    Result<void, StoreError> result = body();
    --depth;

    if (result) {
        auto committed = execSql(db, outer ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + savepoint,
                                 QStringLiteral("commit"));
        if (committed)
            return committed;
        result = committed;
    }
    // Roll back. After some errors (disk full, I/O) SQLite has already rolled the transaction back
    // and this fails with "no transaction is active": harmless.
    if (outer) {
        if (auto r = execSql(db, QStringLiteral("ROLLBACK"), QStringLiteral("rollback")); !r)
            qCDebug(lcStore) << r.error().detail;
    } else {
        if (auto r = execSql(db, QStringLiteral("ROLLBACK TO ") + savepoint, QStringLiteral("rollback to savepoint"));
            !r)
            qCDebug(lcStore) << r.error().detail;
        if (auto r = execSql(db, QStringLiteral("RELEASE ") + savepoint, QStringLiteral("release savepoint")); !r)
            qCDebug(lcStore) << r.error().detail;
    }
    return result;
}

StoreError Database::errorFrom(const QSqlError& error, const QString& what)
{
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric);
    const int primary = numeric ? (code & 0xff) : -1;
    const QString text = error.databaseText().toLower() + QLatin1Char(' ') + error.driverText().toLower();
    const auto mentions = [&text](const char* s) { return text.contains(QLatin1String(s)); };

    StoreError::Kind kind = StoreError::Kind::Io;
    if (primary == SqliteFull || mentions("database or disk is full"))
        kind = StoreError::Kind::DiskFull;
    else if (primary == SqliteBusy || primary == SqliteLocked || mentions("database is locked") ||
             mentions("database table is locked") || mentions("busy"))
        kind = StoreError::Kind::Locked;
    else if (primary == SqliteNotADb || primary == SqliteCorrupt || mentions("file is not a database") ||
             mentions("malformed"))
        kind = StoreError::Kind::Corrupt;
    else if (primary == SqliteConstraint || mentions("constraint failed"))
        kind = StoreError::Kind::Invalid; // a CHECK / UNIQUE / foreign key the schema refuses

    QString detail = what + QStringLiteral(": ") + error.text().trimmed();
    if (!error.nativeErrorCode().isEmpty())
        detail += QStringLiteral(" [sqlite %1]").arg(error.nativeErrorCode());
    return StoreError::make(kind, detail);
}

} // namespace ccas
