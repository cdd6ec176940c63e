// Benchmark (not a test): the encrypted dossier store at 100 000 dossiers.
//  - cold open + retention check with nothing due            target <= 300 ms
//  - purge of 10 000 due dossiers                              target <= 3 s (and vs a raw sqlite3 DELETE)
//  - name search p95                                           target <= 20 ms
//  - saving one dossier (synchronous=FULL)                     target <= 10 ms
// Usage: bench_store [--dossiers N] [--due N] [--keep DIR]
#include "BenchSupport.h"
#include "crypto/SecureKey.h"
#include "store/Database.h"
#include "store/DossierRepository.h"
#include "store/Retention.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace ccas;
using namespace ccas::bench;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const Options options(app.arguments());
    const int total = options.intValue("--dossiers", 100000);
    const int due = options.intValue("--due", 10000);
    const QString keep = options.value("--keep", QString());
    if (!sodiumReady())
        return 1;
    QTemporaryDir tmp;
    const QString dir = keep.isEmpty() ? tmp.path() : keep;
    const QString path = dir + QStringLiteral("/bench.db");
    QFile::remove(path);
    auto kek = std::make_shared<const SecureKey>(SecureKey::random());
    QRandomGenerator rng(20261127);
    const QDateTime dueClosedAt(QDate(2024, 1, 10), QTime(9, 0), Qt::UTC);
    const QDateTime recent(QDate(2026, 10, 1), QTime(9, 0), Qt::UTC);
    QStringList searchNames;

    // 1. Generate.
    QElapsedTimer t;
    t.start();
    {
        ManualClock clock(recent);
        Database db;
        DossierRepository repo(&db, clock);
        repo.setMasterKey(kek);
        if (!wait(db.open(path, true)).ok())
            return 1;
        const bool imported = importGenerated(repo, total, [&](int i) {
            Dossier d;
            d.identity = randomIdentity(rng, i);
            d.aidCode = i % 3 ? QStringLiteral("ALIM") : QStringLiteral("ENERGIE");
            if (i < due) {
                d.status = DossierStatus::Clos;
                d.createdAt = dueClosedAt.addMonths(-1);
                d.lastActivityAt = d.closedAt = dueClosedAt;
                d.decision =
                    Decision{Outcome::Accorde, 10000, QString(), QStringLiteral("bench"), dueClosedAt, d.aidCode};
            } else {
                d.status = i % 2 ? DossierStatus::EnInstruction : DossierStatus::Clos;
                d.createdAt = d.lastActivityAt = recent;
                if (d.status == DossierStatus::Clos) {
                    d.closedAt = recent;
                    d.decision = Decision{Outcome::Refuse, 0, QString(), QStringLiteral("bench"), recent, d.aidCode};
                }
            }
            if (i % 97 == 0)
                searchNames << d.identity.nomNaissance + QLatin1Char(' ') + d.identity.prenoms.first();
            return d;
        });
        if (!imported)
            return 1;
    }
    const double generateS = t.elapsed() / 1000.0;
    QFile::copy(path, path + QStringLiteral(".copy")); // after a clean close: no WAL left

    // 2. Cold open + retention check, nothing due yet (mid-2025: the due ones were closed in 01/2024).
    QList<double> coldOpen;
    for (int run = 0; run < 5; ++run) {
        ManualClock clock(QDateTime(QDate(2025, 6, 1), QTime(9, 0), Qt::UTC));
        t.restart();
        Database db;
        if (!wait(db.open(path, false)).ok())
            return 1;
        Retention retention(&db, clock);
        const auto r = wait(retention.run(RetentionPolicy{}, false, QStringLiteral("bench")));
        coldOpen << t.nsecsElapsed() / 1e6;
        if (!r.ok() || !r.value().due.isEmpty())
            return 1;
    }

    // 3. Search, save, purge at today's date.
    ManualClock clock(QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC));
    Database db;
    DossierRepository repo(&db, clock);
    repo.setMasterKey(kek);
    if (!wait(db.open(path, false)).ok())
        return 1;
    QList<double> search;
    int found = 0;
    for (int i = 0; i < 300; ++i) {
        const QString name = searchNames.at(int(rng.bounded(int(searchNames.size()))));
        t.restart();
        const auto r = wait(repo.list(name));
        search << t.nsecsElapsed() / 1e6;
        if (r.ok())
            found += int(r.value().size());
    }
    QList<double> save;
    for (int i = 0; i < 200; ++i) {
        const Identity id = randomIdentity(rng, total + i);
        t.restart();
        const auto r = wait(repo.create(id, QStringLiteral("ALIM"), QStringLiteral("bench")));
        save << t.nsecsElapsed() / 1e6;
        if (!r.ok())
            return 1;
    }
    Retention retention(&db, clock);
    t.restart();
    const auto purged = wait(retention.run(RetentionPolicy{}, false, QStringLiteral("bench")));
    const double purgeS = t.nsecsElapsed() / 1e9;
    if (!purged.ok())
        return 1;

    // 4. The same rows with the sqlite3 shell on the copy (same pragmas), when it is installed.
    double rawS = -1;
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (!sqlite3.isEmpty()) {
        QProcess p;
        t.restart();
        p.start(sqlite3, {path + QStringLiteral(".copy"),
                          QStringLiteral("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA secure_delete=ON; "
                                         "PRAGMA foreign_keys=ON; DELETE FROM dossiers WHERE status='clos' AND "
                                         "closed_at < '2024-11-27T09:00:00.000Z'; PRAGMA wal_checkpoint(TRUNCATE);")});
        p.waitForFinished(600000);
        rawS = t.nsecsElapsed() / 1e9;
    }

    std::printf("bench_store: %d dossiers (%d due), generated in %.1f s, %d search results\n", total, due, generateS,
                found);
    const FigureTable figures(48, 2);
    figures.header();
    figures.row("cold open + retention, nothing due (median)", percentile(coldOpen, 0.5), "ms", 300, "<= 300 ms");
    figures.row("purge of the due dossiers", purgeS, "s", 3, "<= 3 s");
    figures.count("  dossiers purged", int(purged.value().due.size()));
    if (rawS >= 0) {
        figures.value("  sqlite3 shell DELETE of the same rows", rawS, "s");
        figures.value("  purge / sqlite3 DELETE", purgeS / rawS, "x");
    } else {
        std::printf("%-48s %12s\n", "  sqlite3 shell DELETE", "(no sqlite3)");
    }
    figures.row("name search p95", percentile(search, 0.95), "ms", 20, "<= 20 ms");
    figures.value("  name search median", percentile(search, 0.5), "ms");
    figures.row("save one dossier (median)", percentile(save, 0.5), "ms", 10, "<= 10 ms");
    figures.value("  save one dossier p95", percentile(save, 0.95), "ms");
    return 0;
}
