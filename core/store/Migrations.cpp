#include "store/Migrations.h"

#include "store/Database.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace ccas {

namespace {

// Version 1: dossiers (personal fields sealed, metadata clear), their fetched sources, the blind
// index, the hash-chained access journal and the purge records. Dates are ISO 8601 UTC text
// ("2026-11-27T10:00:00.000Z"). The journal starts from an anchor of 32 zero bytes.
Migration version1()
{
    Migration m;
    m.version = 1;
    m.summary = QStringLiteral("initial schema");
    m.statements = QStringList{
        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value BLOB NOT NULL)"),
        QStringLiteral("CREATE TABLE dossiers ("
                       " id TEXT PRIMARY KEY,"
                       " status TEXT NOT NULL CHECK (status IN ('brouillon','en_instruction','decide','clos')),"
                       " aid_code TEXT,"
                       " outcome TEXT CHECK (outcome IS NULL OR outcome IN ('accorde','refuse','sans_suite')),"
                       " amount_cents INTEGER,"
                       " created_at TEXT NOT NULL, updated_at TEXT NOT NULL, last_activity_at TEXT NOT NULL,"
                       " decided_at TEXT, closed_at TEXT,"
                       " wrapped_dek BLOB,"
                       " identity BLOB NOT NULL,"
                       " decision BLOB,"
                       " notes BLOB,"
                       " budget BLOB)"),
        QStringLiteral("CREATE INDEX dossiers_status ON dossiers(status, closed_at)"),
        QStringLiteral("CREATE INDEX dossiers_activity ON dossiers(last_activity_at)"),
        QStringLiteral("CREATE TABLE dossier_sources ("
                       " dossier_id TEXT NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,"
                       " source TEXT NOT NULL, fetched_at TEXT NOT NULL, payload BLOB NOT NULL,"
                       " PRIMARY KEY (dossier_id, source))"),
        QStringLiteral("CREATE TABLE blind_index ("
                       " dossier_id TEXT NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,"
                       " token BLOB NOT NULL)"),
        QStringLiteral("CREATE INDEX blind_index_token ON blind_index(token, dossier_id)"),
        QStringLiteral("CREATE INDEX blind_index_dossier ON blind_index(dossier_id)"),
        QStringLiteral("CREATE TABLE journal ("
                       " seq INTEGER PRIMARY KEY, at TEXT NOT NULL, agent TEXT NOT NULL, action TEXT NOT NULL,"
                       " dossier_id TEXT, endpoint TEXT, http_status INTEGER, request_id TEXT, detail TEXT,"
                       " prev_hash BLOB NOT NULL, hash BLOB NOT NULL)"),
        QStringLiteral("CREATE INDEX journal_at ON journal(at)"),
        QStringLiteral("CREATE TABLE purges ("
                       " id INTEGER PRIMARY KEY, at TEXT NOT NULL, kind TEXT NOT NULL, counts TEXT NOT NULL,"
                       " elimination_ref TEXT)"),
        QStringLiteral("INSERT INTO meta (key, value) VALUES ('journal_anchor', zeroblob(32))"),
        QStringLiteral("INSERT INTO meta (key, value) VALUES ('journal_head', zeroblob(32))"),
    };
    return m;
}

// Version 2: what the agent typed about the household (Dossier::householdEntry: persons, commune,
// request, figures from paper proofs), sealed like the other personal columns (AD = dossier id +
// "dossiers" + "household"). NULL: nothing typed. Existing rows keep NULL.
Migration version2()
{
    Migration m;
    m.version = 2;
    m.summary = QStringLiteral("sealed household entry of a dossier");
    m.statements = QStringList{QStringLiteral("ALTER TABLE dossiers ADD COLUMN household BLOB")};
    return m;
}

// Version 3: documents frozen with a dossier, sealed with its data key (AD = dossier id +
// "dossier_documents" + kind). "summary": the eligibility summary (PDF/A-1b) made when the dossier was
// closed, the document of record that archive packages carry. Purged with the dossier (cascade).
Migration version3()
{
    Migration m;
    m.version = 3;
    m.summary = QStringLiteral("sealed documents frozen at closing");
    m.statements = QStringList{QStringLiteral("CREATE TABLE dossier_documents ("
                                              " dossier_id TEXT NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,"
                                              " kind TEXT NOT NULL, created_at TEXT NOT NULL, payload BLOB NOT NULL,"
                                              " PRIMARY KEY (dossier_id, kind))")};
    return m;
}

Result<void, StoreError> execStatement(QSqlDatabase& db, const QString& sql, const QString& what)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return Database::errorFrom(query.lastError(), what);
    return {};
}

} // namespace

const QList<Migration>& Migrations::all()
{
    // Append version 2, 3… here; never edit a step that has shipped.
    static const QList<Migration> steps{version1(), version2(), version3()};
    return steps;
}

int Migrations::latestVersion()
{
    return all().isEmpty() ? 0 : all().constLast().version;
}

Result<int, StoreError> Migrations::apply(QSqlDatabase& db, int current)
{
    if (latestVersion() != Database::SchemaVersion)
        return StoreError::make(StoreError::Kind::Internal,
                                QStringLiteral("migrations end at %1, Database::SchemaVersion is %2")
                                    .arg(latestVersion())
                                    .arg(Database::SchemaVersion));
    int expected = 1;
    for (const Migration& step : all()) {
        if (step.version != expected++)
            return StoreError::make(StoreError::Kind::Internal,
                                    QStringLiteral("migration list not numbered 1..n at %1").arg(step.version));
    }

    int version = current;
    for (const Migration& step : all()) {
        if (step.version <= version)
            continue;
        const QString what = QStringLiteral("migration %1 (%2)").arg(step.version).arg(step.summary);
        const auto done = Database::transaction(db, [&]() -> Result<void, StoreError> {
            for (const QString& sql : step.statements) {
                if (auto r = execStatement(db, sql, what); !r)
                    return r;
            }
            if (step.extra) {
                if (auto r = step.extra(db); !r)
                    return r;
            }
            // PRAGMA values cannot be bound; the version is an integer of ours.
            return execStatement(db, QStringLiteral("PRAGMA user_version = %1").arg(step.version), what);
        });
        if (!done)
            return done.error();
        version = step.version;
    }
    return version;
}

} // namespace ccas
