// The eligibility summary frozen at closing (schema v3, dossier_documents): DossierRepository::close(id, agent,
// summaryPdf) keeps it sealed with the dossier and closingSummary(id) gives the same bytes back; nothing of it in
// clear in the database file nor its WAL; a payload moved to another dossier does not open; closing twice is
// refused and leaves the frozen summary as it was; the retention purge takes its row (and its bytes) with the
// dossier.
#include "ClientRig.h"
#include "Futures.h"
#include "StoreRig.h"

#include "store/DossierRepository.h"
#include "store/Retention.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace ccas;
using namespace ccas::test;

namespace {

// A stand-in for the rendered summary: a PDF header, a marker the test looks for, and enough random bytes to
// spill over SQLite's overflow pages.
QByteArray fakeSummary(const QByteArray& marker)
{
    QByteArray pdf = QByteArrayLiteral("%PDF-1.4\n%") + marker + '\n';
    QByteArray noise(48 * 1024, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(noise.data()), noise.size() / 4);
    pdf += noise;
    pdf += QByteArrayLiteral("\n%%EOF\n");
    return pdf;
}

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    return f.readAll();
}

// The database file and its WAL, as an attacker with a copy of the profile would read them.
QByteArray onDisk(const StoreRig& rig)
{
    return fileBytes(rig.path()) + fileBytes(rig.path() + QStringLiteral("-wal"));
}

int documentRows(StoreRig& rig, const QString& id)
{
    int n = -1;
    rig.raw([&](QSqlDatabase& c) {
        QSqlQuery q(c);
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM dossier_documents WHERE dossier_id = ?"));
        q.addBindValue(id);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        n = q.value(0).toInt();
    });
    return n;
}

QByteArray payloadOf(StoreRig& rig, const QString& id)
{
    QByteArray payload;
    rig.raw([&](QSqlDatabase& c) {
        QSqlQuery q(c);
        q.prepare(QStringLiteral("SELECT payload FROM dossier_documents WHERE dossier_id = ? AND kind = 'summary'"));
        q.addBindValue(id);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        payload = q.value(0).toByteArray();
    });
    return payload;
}

void decide(StoreRig& rig, const QString& id, Outcome outcome)
{
    Decision d;
    d.outcome = outcome;
    d.amountCents = outcome == Outcome::Accorde ? 12000 : 0;
    d.agent = QStringLiteral("agent1");
    REQUIRE(wait(rig.repo.decide(id, d)).ok());
}

} // namespace

TEST_CASE("closing summary: sealed with the dossier, given back as it was, purged with it", "[archive][store]")
{
    StoreRig rig;
    const QByteArray marker = QByteArrayLiteral("ARCHTEST-SUMMARY-MARKER-7b");
    const QByteArray summary = fakeSummary(marker);

    const QString a = rig.create(person(QStringLiteral("Alpha"), QStringLiteral("Anne"), 1980, 1, 1));
    const QString b = rig.create(person(QStringLiteral("Beta"), QStringLiteral("Bruno"), 1981, 2, 2));
    const QString open = rig.create(person(QStringLiteral("Gamma"), QStringLiteral("Gilles"), 1982, 3, 3));
    decide(rig, a, Outcome::Accorde);
    decide(rig, b, Outcome::Refuse);

    // Not decided: closing (with a summary) is refused and freezes nothing.
    CHECK(wait(rig.repo.close(open, QStringLiteral("agent1"), summary)).error().kind == StoreError::Kind::Invalid);
    CHECK(documentRows(rig, open) == 0);
    CHECK(wait(rig.repo.closingSummary(open)).value().isEmpty());

    REQUIRE(wait(rig.repo.close(a, QStringLiteral("agent1"), summary)).ok());
    REQUIRE(wait(rig.repo.close(b, QStringLiteral("agent1"))).ok());

    // The same bytes come back; closed without one: empty, and no row.
    const auto frozen = wait(rig.repo.closingSummary(a));
    REQUIRE(frozen.ok());
    CHECK(frozen.value() == summary);
    const auto none = wait(rig.repo.closingSummary(b));
    REQUIRE(none.ok());
    CHECK(none.value().isEmpty());
    CHECK(documentRows(rig, a) == 1);
    CHECK(documentRows(rig, b) == 0);
    CHECK(wait(rig.repo.closingSummary(QStringLiteral("DNOPE"))).error().kind == StoreError::Kind::NotFound);

    // Sealed: neither the payload column nor the file and its WAL hold the PDF in clear.
    const QByteArray payload = payloadOf(rig, a);
    CHECK(payload.size() >= summary.size());
    CHECK_FALSE(payload.contains("%PDF"));
    CHECK_FALSE(payload.contains(marker));
    const QByteArray disk = onDisk(rig);
    REQUIRE(disk.size() > summary.size());
    CHECK_FALSE(disk.contains("%PDF"));
    CHECK_FALSE(disk.contains(marker));
    CHECK(disk.contains(payload.mid(64, 256))); // the sealed bytes are there: the search above can fail

    // Closing twice is refused, and the summary of record stays the first one.
    const QByteArray other = fakeSummary(QByteArrayLiteral("ARCHTEST-SECOND-CLOSE"));
    CHECK(wait(rig.repo.close(a, QStringLiteral("agent1"), other)).error().kind == StoreError::Kind::Invalid);
    CHECK(wait(rig.repo.close(b, QStringLiteral("agent1"), other)).error().kind == StoreError::Kind::Invalid);
    CHECK(wait(rig.repo.closingSummary(a)).value() == summary);
    CHECK(wait(rig.repo.closingSummary(b)).value().isEmpty());
    CHECK(documentRows(rig, b) == 0);

    // Moved to another closed dossier, the sealed summary does not open there (bound to its dossier).
    rig.raw([&](QSqlDatabase& c) {
        QSqlQuery q(c);
        q.prepare(QStringLiteral("INSERT INTO dossier_documents (dossier_id, kind, created_at, payload) "
                                 "SELECT ?, kind, created_at, payload FROM dossier_documents WHERE dossier_id = ?"));
        q.addBindValue(b);
        q.addBindValue(a);
        REQUIRE(q.exec());
    });
    CHECK(wait(rig.repo.closingSummary(b)).error().kind == StoreError::Kind::Tampered);
    CHECK(wait(rig.repo.closingSummary(a)).value() == summary);

    // 25 months later the retention purges both closed dossiers (not the open one: inactive ones wait 10 years
    // here): their documents go with them, bytes included.
    rig.clock = ManualClock(rig.clock.nowUtc().addMonths(25));
    Retention retention(&rig.db, rig.clock);
    RetentionPolicy policy;
    policy.inactiveMonths = 120;
    const auto report = wait(retention.run(policy, false, QStringLiteral("system")));
    REQUIRE(report.ok());
    QStringList purged;
    for (const RetentionItem& i : report.value().due)
        purged << i.id;
    purged.sort();
    QStringList expected{a, b};
    expected.sort();
    CHECK(purged == expected);
    CHECK(documentRows(rig, a) == 0);
    CHECK(documentRows(rig, b) == 0);
    rig.raw([&](QSqlDatabase& c) {
        QSqlQuery q(c);
        REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM dossier_documents")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 0);
    });
    CHECK(wait(rig.repo.closingSummary(a)).error().kind == StoreError::Kind::NotFound);
    CHECK_FALSE(onDisk(rig).contains(payload.mid(64, 256))); // secure_delete + WAL checkpoint
    CHECK(wait(rig.repo.get(open, QStringLiteral("agent1"))).ok());
}

TEST_CASE("closing summary: the documents table cascades from dossiers; a missing row reads as no summary",
          "[archive][store]")
{
    // The retention purges the documents through ON DELETE CASCADE: check the schema says so, so that a later
    // migration that rebuilds the table without it fails here rather than leaves sealed PDFs behind.
    StoreRig rig;
    QString sql;
    rig.raw([&](QSqlDatabase& c) {
        QSqlQuery q(c);
        REQUIRE(q.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'dossier_documents'")));
        REQUIRE(q.next());
        sql = q.value(0).toString();
    });
    CHECK(sql.contains(QStringLiteral("REFERENCES dossiers(id) ON DELETE CASCADE"), Qt::CaseInsensitive));

    const QString a = rig.create(person(QStringLiteral("Delta"), QStringLiteral("Denise"), 1983, 4, 4));
    decide(rig, a, Outcome::SansSuite);
    REQUIRE(wait(rig.repo.close(a, QStringLiteral("agent1"), fakeSummary(QByteArrayLiteral("X")))).ok());
    rig.raw([&](QSqlDatabase& c) {
        QSqlQuery q(c);
        REQUIRE(q.exec(QStringLiteral("DELETE FROM dossier_documents")));
    });
    const auto r = wait(rig.repo.closingSummary(a));
    REQUIRE(r.ok());
    CHECK(r.value().isEmpty());
}
