// The profile database: its dedicated thread, pragmas, migrations, refusals that leave files
// untouched, transactions and the mapping of SQLite errors. Real SQLite files in temporary folders.
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/StoreError.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>
#include <QVariant>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

#include <atomic>
#include <vector>

using namespace ccas;

namespace {

template <typename T>
T await(QFuture<T> future)
{
    future.waitForFinished();
    return future.result();
}

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    return f.readAll();
}

// A second, raw connection to a database file, in the test thread (tests only).
class RawDb
{
public:
    explicit RawDb(const QString& path)
        : m_name(QStringLiteral("test-store-raw-%1").arg(++s_count))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_open = db.open();
    }
    ~RawDb()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    RawDb(const RawDb&) = delete;
    RawDb& operator=(const RawDb&) = delete;

    bool isOpen() const { return m_open; }
    bool exec(const QString& sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        const bool ok = q.exec(sql);
        if (!ok)
            UNSCOPED_INFO(q.lastError().text().toStdString());
        return ok;
    }

private:
    static inline std::atomic<int> s_count{0};
    QString m_name;
    bool m_open = false;
};

// Runs one query in a job and returns its first value.
QVariant valueOf(Database& db, const QString& sql)
{
    const auto r = await(db.run<QVariant>([sql](QSqlDatabase& c) -> Result<QVariant, StoreError> {
        QSqlQuery q(c);
        if (!q.exec(sql) || !q.next())
            return Database::errorFrom(q.lastError(), sql);
        return q.value(0);
    }));
    if (!r)
        return QVariant(QStringLiteral("error: ") + r.error().detail);
    return r.value();
}

Result<void, StoreError> execIn(QSqlDatabase& c, const QString& sql)
{
    QSqlQuery q(c);
    if (!q.exec(sql))
        return Database::errorFrom(q.lastError(), sql);
    return {};
}

// A file written by "a newer version": user_version 99, one table, one row.
void writeNewerDatabase(const QString& path, bool wal)
{
    RawDb raw(path);
    REQUIRE(raw.isOpen());
    if (wal)
        REQUIRE(raw.exec(QStringLiteral("PRAGMA journal_mode=WAL")));
    REQUIRE(raw.exec(QStringLiteral("CREATE TABLE future_things (x TEXT)")));
    REQUIRE(raw.exec(QStringLiteral("INSERT INTO future_things VALUES ('v99')")));
    REQUIRE(raw.exec(QStringLiteral("PRAGMA user_version = 99")));
}

} // namespace

TEST_CASE("a new database is opened with WAL, FULL sync, secure delete, foreign keys and the latest schema", "[store]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("profile.db"));
    Database db;
    const auto opened = await(db.open(path, true));
    INFO((opened ? std::string() : opened.error().detail.toStdString()));
    REQUIRE(opened.ok());

    CHECK(valueOf(db, QStringLiteral("PRAGMA journal_mode")).toString() == QLatin1String("wal"));
    CHECK(valueOf(db, QStringLiteral("PRAGMA synchronous")).toInt() == 2);
    CHECK(valueOf(db, QStringLiteral("PRAGMA secure_delete")).toInt() == 1);
    CHECK(valueOf(db, QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    CHECK(valueOf(db, QStringLiteral("PRAGMA temp_store")).toInt() == 2);
    CHECK(valueOf(db, QStringLiteral("PRAGMA user_version")).toInt() == 3);
    CHECK(Database::SchemaVersion == 3);
    CHECK(Migrations::latestVersion() == Database::SchemaVersion);
    CHECK(valueOf(db, QStringLiteral("SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_master "
                                     "WHERE type = 'table' ORDER BY name)"))
              .toString() ==
          QLatin1String("blind_index,dossier_documents,dossier_sources,dossiers,journal,meta,purges"));
    CHECK(valueOf(db, QStringLiteral("SELECT hex(value) FROM meta WHERE key = 'journal_anchor'")).toString() ==
          QString(64, QLatin1Char('0')));

    // The schema's constraints hold: foreign keys with cascades, CHECK on status.
    const auto constraints = await(db.run<bool>([](QSqlDatabase& c) -> Result<bool, StoreError> {
        if (auto r = execIn(c, QStringLiteral("INSERT INTO blind_index (dossier_id, token) VALUES ('nope', x'00')")); r)
            return StoreError::make(StoreError::Kind::Internal, QStringLiteral("orphan accepted"));
        else if (r.error().kind != StoreError::Kind::Invalid)
            return r.error();
        const auto bad = execIn(c, QStringLiteral("INSERT INTO dossiers (id, status, created_at, updated_at, "
                                                  "last_activity_at, identity) VALUES ('d1', 'perdu', 'a', 'a', 'a', "
                                                  "x'00')"));
        if (bad || bad.error().kind != StoreError::Kind::Invalid)
            return StoreError::make(StoreError::Kind::Internal, QStringLiteral("bad status accepted"));
        for (const char* sql :
             {"INSERT INTO dossiers (id, status, created_at, updated_at, last_activity_at, identity) "
              "VALUES ('d1', 'brouillon', 'a', 'a', 'a', x'00')",
              "INSERT INTO blind_index (dossier_id, token) VALUES ('d1', x'01')", "DELETE FROM dossiers"}) {
            if (auto r = execIn(c, QString::fromLatin1(sql)); !r)
                return r.error();
        }
        QSqlQuery q(c);
        if (!q.exec(QStringLiteral("SELECT count(*) FROM blind_index")) || !q.next())
            return Database::errorFrom(q.lastError(), QStringLiteral("count"));
        return q.value(0).toInt() == 0;
    }));
    INFO((constraints ? std::string() : constraints.error().detail.toStdString()));
    REQUIRE(constraints.ok());
    CHECK(constraints.value());

    REQUIRE(await(db.close()).ok());
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-shm")));
}

TEST_CASE("reopening a database applies no migration twice", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("profile.db"));
    {
        Database db;
        REQUIRE(await(db.open(path, true)).ok());
        const auto probe = await(db.run<bool>([](QSqlDatabase& c) -> Result<bool, StoreError> {
            if (auto r = execIn(c, QStringLiteral("INSERT INTO meta (key, value) VALUES ('probe', x'2a')")); !r)
                return r.error();
            return true;
        }));
        REQUIRE(probe.ok());
    }
    for (int i = 0; i < 2; ++i) {
        Database db;
        const auto reopened = await(db.open(path, false));
        INFO((reopened ? std::string() : reopened.error().detail.toStdString()));
        REQUIRE(reopened.ok());
        CHECK(valueOf(db, QStringLiteral("PRAGMA user_version")).toInt() == Database::SchemaVersion);
        CHECK(valueOf(db, QStringLiteral("SELECT hex(value) FROM meta WHERE key = 'probe'")).toString() ==
              QLatin1String("2A"));
        CHECK(valueOf(db, QStringLiteral("SELECT count(*) FROM meta WHERE key = 'journal_anchor'")).toInt() == 1);
        CHECK(valueOf(db, QStringLiteral("PRAGMA journal_mode")).toString() == QLatin1String("wal"));
    }

    // The same Database object can be closed and opened again; a second open while open is refused.
    Database db;
    REQUIRE(await(db.open(path, false)).ok());
    const auto twice = await(db.open(path, false));
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().kind == StoreError::Kind::Invalid);
    REQUIRE(await(db.close()).ok());
    REQUIRE(await(db.close()).ok()); // idempotent
    REQUIRE(await(db.open(path, false)).ok());
    CHECK(valueOf(db, QStringLiteral("PRAGMA user_version")).toInt() == Database::SchemaVersion);
}

TEST_CASE("opening a missing file without create is an Io error and creates nothing", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("absent.db"));
    Database db;
    const auto r = await(db.open(path, false));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().kind == StoreError::Kind::Io);
    CHECK(r.error().detail.contains(QLatin1String("no database")));
    CHECK(r.error().exitCode() == 8);
    CHECK_FALSE(QFile::exists(path));

    // Jobs on a closed database get an Io error and are not called.
    bool called = false;
    const auto job = await(db.run<int>([&called](QSqlDatabase&) -> Result<int, StoreError> {
        called = true;
        return 1;
    }));
    REQUIRE_FALSE(job.ok());
    CHECK(job.error().kind == StoreError::Kind::Io);
    CHECK_FALSE(called);

    // A folder where the file should be is refused too.
    const auto folder = await(db.open(dir.path(), true));
    REQUIRE_FALSE(folder.ok());
    CHECK(folder.error().kind == StoreError::Kind::Io);
}

TEST_CASE("a database of a newer version is refused and left byte-identical", "[store]")
{
    const bool wal = GENERATE(false, true);
    CAPTURE(wal);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.db"));
    writeNewerDatabase(path, wal);
    const QByteArray before = fileBytes(path);
    REQUIRE_FALSE(before.isEmpty());
    REQUIRE_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    REQUIRE_FALSE(QFile::exists(path + QStringLiteral("-shm")));

    {
        Database db;
        for (bool create : {false, true}) {
            const auto r = await(db.open(path, create));
            REQUIRE_FALSE(r.ok());
            CHECK(r.error().kind == StoreError::Kind::NewerSchema);
            CHECK(r.error().exitCode() == 8);
            CHECK_FALSE(r.error().userMessage().isEmpty());
        }
        // Refused means closed: jobs are not run.
        CHECK_FALSE(await(db.run<int>([](QSqlDatabase&) -> Result<int, StoreError> { return 1; })).ok());
    }
    CHECK(fileBytes(path) == before);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-shm")));
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-journal")));
}

TEST_CASE("a file that is not a Guichet CCAS database is reported as Corrupt and left unchanged", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.db"));
    SECTION("a text file renamed .db")
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        for (int i = 0; i < 50; ++i)
            f.write("Ceci est un fichier texte, pas une base de donnees.\n");
        f.close();
    }
    SECTION("another application's SQLite database (tables, no schema version)")
    {
        RawDb raw(path);
        REQUIRE(raw.isOpen());
        REQUIRE(raw.exec(QStringLiteral("CREATE TABLE contacts (name TEXT)")));
    }
    const QByteArray before = fileBytes(path);
    {
        Database db;
        const auto r = await(db.open(path, false));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().kind == StoreError::Kind::Corrupt);
        CHECK(r.error().exitCode() == 8);
    }
    CHECK(fileBytes(path) == before);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

TEST_CASE("jobs run in order on the database thread, and all queued jobs finish before destruction", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("profile.db"));
    QThread* const caller = QThread::currentThread();
    std::vector<int> order; // touched by jobs only (one thread), read once they are all done
    QList<QFuture<Result<QThread*, StoreError>>> futures;
    {
        Database db;
        REQUIRE(await(db.open(path, true)).ok());
        for (int i = 0; i < 200; ++i) {
            futures << db.run<QThread*>([i, &order](QSqlDatabase& c) -> Result<QThread*, StoreError> {
                order.push_back(i);
                if (i % 50 == 0) { // some real work in between
                    QSqlQuery q(c);
                    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
                        return Database::errorFrom(q.lastError(), QStringLiteral("count"));
                }
                return QThread::currentThread();
            });
        }
        // Destroyed here with jobs possibly still queued: they must all run.
    }
    REQUIRE(order.size() == 200);
    for (int i = 0; i < 200; ++i)
        REQUIRE(order[static_cast<std::size_t>(i)] == i);
    QThread* dbThread = nullptr;
    for (auto& f : futures) {
        REQUIRE(f.isFinished());
        REQUIRE(f.resultCount() == 1);
        const auto r = f.result();
        REQUIRE(r.ok());
        if (!dbThread)
            dbThread = r.value();
        CHECK(r.value() == dbThread);
    }
    CHECK(dbThread != caller);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal"))); // closed cleanly by the destructor
}

TEST_CASE("a failing transaction rolls back; nested transactions are savepoints", "[store]")
{
    QTemporaryDir dir;
    Database db;
    REQUIRE(await(db.open(dir.filePath(QStringLiteral("profile.db")), true)).ok());
    const auto metaCount = [&db] { return valueOf(db, QStringLiteral("SELECT count(*) FROM meta")).toInt(); };
    const int initial = metaCount();

    SECTION("the body reports an error")
    {
        const auto r = await(db.run<bool>([](QSqlDatabase& c) -> Result<bool, StoreError> {
            const auto t = Database::transaction(c, [&c]() -> Result<void, StoreError> {
                if (auto w = execIn(c, QStringLiteral("INSERT INTO meta (key, value) VALUES ('a', x'01')")); !w)
                    return w;
                return StoreError::make(StoreError::Kind::Invalid, QStringLiteral("refused by the body"));
            });
            if (t)
                return true;
            return t.error();
        }));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().kind == StoreError::Kind::Invalid);
        CHECK(metaCount() == initial);
    }
    SECTION("a statement fails half-way (CHECK constraint)")
    {
        const auto r = await(db.run<bool>([](QSqlDatabase& c) -> Result<bool, StoreError> {
            const auto t = Database::transaction(c, [&c]() -> Result<void, StoreError> {
                if (auto w = execIn(c, QStringLiteral("INSERT INTO meta (key, value) VALUES ('a', x'01')")); !w)
                    return w;
                return execIn(c, QStringLiteral("INSERT INTO dossiers (id, status, created_at, updated_at, "
                                                "last_activity_at, identity) VALUES ('d', 'nope', 'a', 'a', 'a', "
                                                "x'00')"));
            });
            if (t)
                return true;
            return t.error();
        }));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().kind == StoreError::Kind::Invalid);
        CHECK(metaCount() == initial);
        CHECK(valueOf(db, QStringLiteral("SELECT count(*) FROM dossiers")).toInt() == 0);
    }
    SECTION("an inner failure rolls back the inner part only")
    {
        const auto r = await(db.run<bool>([](QSqlDatabase& c) -> Result<bool, StoreError> {
            const auto t = Database::transaction(c, [&c]() -> Result<void, StoreError> {
                if (auto w = execIn(c, QStringLiteral("INSERT INTO meta (key, value) VALUES ('outer', x'01')")); !w)
                    return w;
                const auto inner = Database::transaction(c, [&c]() -> Result<void, StoreError> {
                    if (auto w = execIn(c, QStringLiteral("INSERT INTO meta (key, value) VALUES ('inner', x'02')")); !w)
                        return w;
                    return StoreError::make(StoreError::Kind::Invalid, QStringLiteral("inner refused"));
                });
                return inner ? StoreError::make(StoreError::Kind::Internal, QStringLiteral("inner succeeded"))
                             : Result<void, StoreError>();
            });
            if (t)
                return true;
            return t.error();
        }));
        REQUIRE(r.ok());
        CHECK(metaCount() == initial + 1);
        CHECK(valueOf(db, QStringLiteral("SELECT count(*) FROM meta WHERE key = 'outer'")).toInt() == 1);
        CHECK(valueOf(db, QStringLiteral("SELECT count(*) FROM meta WHERE key = 'inner'")).toInt() == 0);
    }
    SECTION("a successful transaction commits")
    {
        const auto r = await(db.run<bool>([](QSqlDatabase& c) -> Result<bool, StoreError> {
            const auto t = Database::transaction(c, [&c]() -> Result<void, StoreError> {
                return execIn(c, QStringLiteral("INSERT INTO meta (key, value) VALUES ('kept', x'01')"));
            });
            if (t)
                return true;
            return t.error();
        }));
        REQUIRE(r.ok());
        CHECK(metaCount() == initial + 1);
    }
}

TEST_CASE("SQLite errors map to store error kinds", "[store]")
{
    const auto kindOf = [](const char* text, const char* code) {
        return Database::errorFrom(QSqlError(QStringLiteral("Unable to execute statement"), QString::fromLatin1(text),
                                             QSqlError::StatementError, QString::fromLatin1(code)),
                                   QStringLiteral("test"))
            .kind;
    };
    CHECK(kindOf("database or disk is full", "13") == StoreError::Kind::DiskFull);
    CHECK(kindOf("database or disk is full", "") == StoreError::Kind::DiskFull);
    CHECK(kindOf("database is locked", "5") == StoreError::Kind::Locked);
    CHECK(kindOf("database is locked", "517") == StoreError::Kind::Locked); // SQLITE_BUSY_SNAPSHOT
    CHECK(kindOf("database table is locked", "6") == StoreError::Kind::Locked);
    CHECK(kindOf("file is not a database", "26") == StoreError::Kind::Corrupt);
    CHECK(kindOf("database disk image is malformed", "11") == StoreError::Kind::Corrupt);
    CHECK(kindOf("UNIQUE constraint failed: meta.key", "2067") == StoreError::Kind::Invalid);
    CHECK(kindOf("disk I/O error", "10") == StoreError::Kind::Io);
    CHECK(kindOf("unable to open database file", "14") == StoreError::Kind::Io);
    const StoreError e = Database::errorFrom(QSqlError(QString(), QStringLiteral("database or disk is full"),
                                                       QSqlError::StatementError, QStringLiteral("13")),
                                             QStringLiteral("save dossier"));
    CHECK(e.detail.startsWith(QLatin1String("save dossier: ")));
    CHECK(e.detail.contains(QLatin1String("[sqlite 13]")));
}

TEST_CASE("store errors have a message for the agent and a CLI exit code", "[store]")
{
    using K = StoreError::Kind;
    const std::pair<K, int> expected[] = {
        {K::Io, 8},       {K::DiskFull, 8}, {K::Corrupt, 8},        {K::Locked, 8},   {K::NewerSchema, 8},
        {K::NotFound, 3}, {K::Invalid, 2},  {K::KeyUnavailable, 8}, {K::Tampered, 8}, {K::Internal, 1}};
    QSet<QString> messages;
    for (const auto& [kind, code] : expected) {
        const StoreError e = StoreError::make(kind, QStringLiteral("detail"));
        CAPTURE(static_cast<int>(kind));
        CHECK(e.exitCode() == code);
        CHECK(e.userMessage().size() > 30);
        CHECK_FALSE(e.userMessage().contains(QLatin1String("detail")));
        messages.insert(e.userMessage());
    }
    CHECK(messages.size() == 10);
}
