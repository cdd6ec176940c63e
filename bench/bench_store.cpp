// Benchmark (not a test): the encrypted dossier store at 100 000 dossiers.
//  - cold open + retention check with nothing due            target <= 300 ms
//  - purge of 10 000 due dossiers                              target <= 3 s (and vs a raw sqlite3 DELETE)
//  - name search p95                                           target <= 20 ms
//  - saving one dossier (synchronous=FULL)                     target <= 10 ms
// Usage: bench_store [--dossiers N] [--due N] [--keep DIR]
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

namespace {

template <typename T>
T wait(QFuture<T> f)
{
    f.waitForFinished();
    return f.result();
}

double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const int i = std::clamp(int(p * (v.size() - 1) + 0.5), 0, int(v.size()) - 1);
    return v[i];
}

const char* Surnames[] = {
    "MARTIN",  "BERNARD", "THOMAS",   "PETIT",    "ROBERT",   "RICHARD",   "DURAND",   "DUBOIS",  "MOREAU",   "LAURENT",
    "SIMON",   "MICHEL",  "LEFEBVRE", "LEROY",    "ROUX",     "DAVID",     "BERTRAND", "MOREL",   "FOURNIER", "GIRARD",
    "BONNET",  "DUPONT",  "LAMBERT",  "FONTAINE", "ROUSSEAU", "VINCENT",   "MULLER",   "LEFEVRE", "FAURE",    "ANDRE",
    "MERCIER", "BLANC",   "GUERIN",   "BOYER",    "GARNIER",  "CHEVALIER", "FRANCOIS", "LEGRAND", "GAUTHIER", "GARCIA",
    "PERRIN",  "ROBIN",   "CLEMENT",  "MORIN",    "NICOLAS",  "HENRY",     "ROUSSEL",  "MATHIEU", "GAUTIER",  "MASSON"};
const char* Firstnames[] = {"Marie",    "Jean",    "Pierre", "Michel",  "André", "Philippe", "Nathalie",
                            "Isabelle", "Sophie",  "Éloïse", "Léa",     "Hugo",  "Lucas",    "Chloé",
                            "Inès",     "Nicolas", "Julien", "Camille", "Manon", "Thomas",   "Sarah",
                            "Emma",     "Louis",   "Jade",   "Gabriel", "Zoé",   "Arthur",   "Léon"};

Identity randomIdentity(QRandomGenerator& rng, int serial)
{
    Identity id;
    // A serial suffix makes about 2 000 distinct surnames, so that a search matches a few dozen.
    id.nomNaissance = QString::fromLatin1(Surnames[rng.bounded(int(std::size(Surnames)))]) +
                      QStringLiteral("-%1").arg(QChar(QLatin1Char(char('A' + serial % 26)))) +
                      QString::number(serial % 40);
    id.prenoms = {QString::fromUtf8(Firstnames[rng.bounded(int(std::size(Firstnames)))])};
    id.sexe = rng.bounded(2) ? QStringLiteral("F") : QStringLiteral("M");
    id.anneeNaissance = 1940 + int(rng.bounded(80));
    id.moisNaissance = 1 + int(rng.bounded(12));
    id.jourNaissance = 1 + int(rng.bounded(28));
    id.codePaysNaissance = QStringLiteral("99100");
    id.codeCommuneNaissance = QStringLiteral("13001");
    return id;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    int total = 100000;
    int due = 10000;
    QString keep;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--dossiers"))
            total = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--due"))
            due = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--keep"))
            keep = args[i + 1];
    }
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
        constexpr int Batch = 5000;
        for (int start = 0; start < total; start += Batch) {
            QList<Dossier> batch;
            for (int i = start; i < std::min(total, start + Batch); ++i) {
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
                        d.decision =
                            Decision{Outcome::Refuse, 0, QString(), QStringLiteral("bench"), recent, d.aidCode};
                    }
                }
                if (i % 97 == 0)
                    searchNames << d.identity.nomNaissance + QLatin1Char(' ') + d.identity.prenoms.first();
                batch << d;
            }
            if (!wait(repo.importDossiers(batch, QStringLiteral("bench"))).ok())
                return 1;
        }
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
    std::printf("%-48s %12s %10s %8s\n", "figure", "measured", "target", "verdict");
    auto row = [](const char* name, double v, const char* unit, double target, const char* targetText) {
        std::printf("%-48s %9.2f %-2s %10s %8s\n", name, v, unit, targetText, v <= target ? "ok" : "MISSED");
    };
    row("cold open + retention, nothing due (median)", percentile(coldOpen, 0.5), "ms", 300, "<= 300 ms");
    row("purge of the due dossiers", purgeS, "s", 3, "<= 3 s");
    std::printf("%-48s %9d\n", "  dossiers purged", int(purged.value().due.size()));
    if (rawS >= 0) {
        std::printf("%-48s %9.2f s\n", "  sqlite3 shell DELETE of the same rows", rawS);
        std::printf("%-48s %9.2f x\n", "  purge / sqlite3 DELETE", purgeS / rawS);
    } else {
        std::printf("%-48s %12s\n", "  sqlite3 shell DELETE", "(no sqlite3)");
    }
    row("name search p95", percentile(search, 0.95), "ms", 20, "<= 20 ms");
    std::printf("%-48s %9.2f ms\n", "  name search median", percentile(search, 0.5));
    row("save one dossier (median)", percentile(save, 0.5), "ms", 10, "<= 10 ms");
    std::printf("%-48s %9.2f ms\n", "  save one dossier p95", percentile(save, 0.95));
    return 0;
}
