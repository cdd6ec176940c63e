// Dossiers in the encrypted store: round trip, blind-index search, tamper/swap/replay, wrong key,
// lifecycle, retention boundaries.
#include "ClientRig.h"
#include "Futures.h"
#include "StoreRig.h"

#include "crypto/SecureKey.h"
#include "store/Database.h"
#include "store/DossierRepository.h"
#include "store/Journal.h"
#include "store/Retention.h"

#include <catch2/catch.hpp>

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

using namespace ccas;
using namespace ccas::test;

TEST_CASE("a dossier round-trips through the encrypted store", "[store][dossiers]")
{
    StoreRig rig;
    Identity id = person(QStringLiteral("Lefèvre-D’Arcy"), QStringLiteral("Éloïse"), 1984, 3, 14);
    id.nomUsage = QStringLiteral("Martin");
    const QString dossierId = rig.create(id);
    CHECK(dossierId.startsWith(QLatin1Char('D')));
    CHECK(dossierId.size() == 17);

    StoredSource s{QStringLiteral("qf"), rig.clock.nowUtc(),
                   QJsonObject{{QStringLiteral("data"), QJsonObject{{QStringLiteral("valeur"), 649}}}}};
    REQUIRE(wait(rig.repo.saveSources(dossierId, {s}, QStringLiteral("agent1"))).ok());
    const auto got = wait(rig.repo.get(dossierId, QStringLiteral("agent1")));
    REQUIRE(got.ok());
    CHECK(got.value().identity.nomNaissance == id.nomNaissance);
    CHECK(got.value().identity.nomUsage == QStringLiteral("Martin"));
    CHECK(got.value().identity.prenoms == id.prenoms);
    CHECK(got.value().status == DossierStatus::EnInstruction);
    REQUIRE(got.value().sources.size() == 1);
    CHECK(got.value().sources.first().json == s.json);

    // Nothing personal in clear in the file.
    rig.raw([&](QSqlDatabase& c) {
        QSqlQuery q(c);
        REQUIRE(q.exec(QStringLiteral("SELECT identity FROM dossiers")));
        REQUIRE(q.next());
        CHECK_FALSE(q.value(0).toByteArray().contains("Lef"));
    });
}

TEST_CASE("search goes through the blind index: accents, case, hyphens, apostrophes, dates", "[store][dossiers]")
{
    StoreRig rig;
    const QString a = rig.create(person(QStringLiteral("Lefèvre-D’Arcy"), QStringLiteral("Éloïse"), 1984, 3, 14));
    const QString b = rig.create(person(QStringLiteral("Dupont"), QStringLiteral("Sophie"), 1982, 9, 3));
    auto ids = [&](const QString& search) {
        QStringList out;
        const auto r = wait(rig.repo.list(search));
        REQUIRE(r.ok());
        for (const auto& s : r.value())
            out << s.id;
        return out;
    };
    CHECK(ids(QStringLiteral("LEFEVRE")) == QStringList{a});
    CHECK(ids(QStringLiteral("d'arcy eloise")) == QStringList{a});
    CHECK(ids(QStringLiteral("dupont 03/09/1982")) == QStringList{b});
    CHECK(ids(QStringLiteral("1982-09")) == QStringList{b});
    CHECK(ids(QStringLiteral("dupont 1984")).isEmpty());
    CHECK(ids(QStringLiteral("durand")).isEmpty());
    CHECK(ids(QString()).size() == 2);
    const auto list = wait(rig.repo.list(QStringLiteral("dupont")));
    CHECK(list.value().first().displayName == QStringLiteral("DUPONT Sophie"));
}

TEST_CASE("a swapped, replayed or edited cell is refused, never shown as data", "[store][dossiers][tamper]")
{
    StoreRig rig;
    const QString a = rig.create(person(QStringLiteral("Alpha"), QStringLiteral("Anne"), 1980, 1, 1));
    const QString b = rig.create(person(QStringLiteral("Bravo"), QStringLiteral("Bea"), 1981, 2, 2));

    SECTION("identity of A copied into B")
    {
        rig.raw([&](QSqlDatabase& c) {
            QSqlQuery q(c);
            REQUIRE(
                q.exec(QStringLiteral("UPDATE dossiers SET identity = (SELECT identity FROM dossiers WHERE id = '%1') "
                                      "WHERE id = '%2'")
                           .arg(a, b)));
        });
        const auto r = wait(rig.repo.get(b, QStringLiteral("agent1")));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().kind == StoreError::Kind::Tampered);
        // The list shows B as unreadable, not as Alpha.
        const auto list = wait(rig.repo.list(QString()));
        REQUIRE(list.ok());
        for (const auto& s : list.value())
            if (s.id == b)
                CHECK(s.displayName.isEmpty());
    }
    SECTION("wrapped key of A copied into B")
    {
        rig.raw([&](QSqlDatabase& c) {
            QSqlQuery q(c);
            REQUIRE(
                q.exec(QStringLiteral("UPDATE dossiers SET wrapped_dek = (SELECT wrapped_dek FROM dossiers WHERE id "
                                      "= '%1') WHERE id = '%2'")
                           .arg(a, b)));
        });
        CHECK(wait(rig.repo.get(b, QStringLiteral("agent1"))).error().kind == StoreError::Kind::Tampered);
    }
    SECTION("one byte of a sealed value edited")
    {
        rig.raw([&](QSqlDatabase& c) {
            QSqlQuery q(c);
            REQUIRE(q.exec(QStringLiteral("SELECT identity FROM dossiers WHERE id = '%1'").arg(a)));
            REQUIRE(q.next());
            QByteArray blob = q.value(0).toByteArray();
            blob[blob.size() / 2] = char(blob[blob.size() / 2] ^ 0x01);
            QSqlQuery u(c);
            u.prepare(QStringLiteral("UPDATE dossiers SET identity = ? WHERE id = ?"));
            u.addBindValue(blob);
            u.addBindValue(a);
            REQUIRE(u.exec());
        });
        CHECK(wait(rig.repo.get(a, QStringLiteral("agent1"))).error().kind == StoreError::Kind::Tampered);
    }
    SECTION("an old source payload replayed into another source row")
    {
        StoredSource rsa{QStringLiteral("rsa"), rig.clock.nowUtc(), QJsonObject{{QStringLiteral("x"), 1}}};
        StoredSource aah{QStringLiteral("aah"), rig.clock.nowUtc(), QJsonObject{{QStringLiteral("x"), 2}}};
        REQUIRE(wait(rig.repo.saveSources(a, {rsa, aah}, QStringLiteral("agent1"))).ok());
        rig.raw([&](QSqlDatabase& c) {
            QSqlQuery q(c);
            REQUIRE(q.exec(QStringLiteral("UPDATE dossier_sources SET payload = (SELECT payload FROM dossier_sources "
                                          "WHERE source = 'rsa') WHERE source = 'aah'")));
        });
        CHECK(wait(rig.repo.get(a, QStringLiteral("agent1"))).error().kind == StoreError::Kind::Tampered);
    }
    SECTION("another master key opens nothing")
    {
        rig.repo.setMasterKey(std::make_shared<const SecureKey>(SecureKey::random()));
        CHECK(wait(rig.repo.get(a, QStringLiteral("agent1"))).error().kind == StoreError::Kind::Tampered);
        rig.repo.setMasterKey(nullptr);
        CHECK(wait(rig.repo.get(a, QStringLiteral("agent1"))).error().kind == StoreError::Kind::KeyUnavailable);
        CHECK(wait(rig.repo.list(QString())).error().kind == StoreError::Kind::KeyUnavailable);
    }
}

TEST_CASE("lifecycle: decide, close, nothing after closing", "[store][dossiers]")
{
    StoreRig rig;
    const QString a = rig.create(person(QStringLiteral("Alpha"), QStringLiteral("Anne"), 1980, 1, 1));
    CHECK(wait(rig.repo.close(a, QStringLiteral("agent1"))).error().kind == StoreError::Kind::Invalid);
    Decision d;
    d.outcome = Outcome::Refuse;
    d.amountCents = 1000;
    d.agent = QStringLiteral("agent1");
    CHECK(wait(rig.repo.decide(a, d)).error().kind == StoreError::Kind::Invalid); // amount only when granted
    d.outcome = Outcome::Accorde;
    d.motif = QStringLiteral("Facture EDF impayée");
    REQUIRE(wait(rig.repo.decide(a, d)).ok());
    REQUIRE(wait(rig.repo.close(a, QStringLiteral("agent1"))).ok());
    const auto got = wait(rig.repo.get(a, QStringLiteral("agent1")));
    REQUIRE(got.ok());
    CHECK(got.value().status == DossierStatus::Clos);
    CHECK(got.value().decision->motif == QStringLiteral("Facture EDF impayée"));
    CHECK(got.value().decision->amountCents == 1000);
    CHECK(wait(rig.repo.saveSources(a, {}, QStringLiteral("agent1"))).error().kind == StoreError::Kind::Invalid);
    CHECK(wait(rig.repo.get(QStringLiteral("DNOPE"), QStringLiteral("agent1"))).error().kind ==
          StoreError::Kind::NotFound);

    // Every change was journaled, without personal data, and the chain holds.
    Journal journal(&rig.db, rig.clock);
    const auto entries = wait(journal.list({}, {}, 0));
    REQUIRE(entries.ok());
    QStringList actions;
    for (const auto& e : entries.value()) {
        actions << e.action;
        CHECK_FALSE(e.detail.contains(QStringLiteral("EDF")));
    }
    CHECK(actions == QStringList{QStringLiteral("create"), QStringLiteral("decide"), QStringLiteral("close"),
                                 QStringLiteral("view")});
    CHECK(wait(journal.verify()).value().ok);
}

TEST_CASE("retention boundaries", "[store][retention]")
{
    StoreRig rig;
    Decision granted;
    granted.outcome = Outcome::Accorde;
    granted.amountCents = 5000;
    granted.agent = QStringLiteral("agent1");
    // Closed on 2024-01-10 09:00 UTC, an open dossier last active the same day, one active later.
    rig.clock = ManualClock(QDateTime(QDate(2024, 1, 10), QTime(9, 0), Qt::UTC));
    const QString closed = rig.create(person(QStringLiteral("Closed"), QStringLiteral("Cl"), 1970, 1, 1));
    REQUIRE(wait(rig.repo.decide(closed, granted)).ok());
    REQUIRE(wait(rig.repo.close(closed, QStringLiteral("agent1"))).ok());
    const QString idle = rig.create(person(QStringLiteral("Idle"), QStringLiteral("Id"), 1971, 1, 1));
    rig.clock = ManualClock(QDateTime(QDate(2025, 3, 1), QTime(9, 0), Qt::UTC));
    const QString open = rig.create(person(QStringLiteral("Open"), QStringLiteral("Op"), 1972, 1, 1));

    Retention retention(&rig.db, rig.clock);
    auto runAt = [&](const QDateTime& now, bool dryRun) {
        rig.clock = ManualClock(now);
        auto r = wait(retention.run(RetentionPolicy{}, dryRun, QStringLiteral("system")));
        REQUIRE(r.ok());
        return r.value();
    };
    // A day before the 24 months: nothing is due; the idle dossier is warned about.
    auto report = runAt(QDateTime(QDate(2026, 1, 9), QTime(9, 0), Qt::UTC), false);
    CHECK(report.due.isEmpty());
    REQUIRE(report.warnings.size() == 1);
    CHECK(report.warnings.first().id == idle);
    // A clock moved back purges nothing either.
    CHECK(runAt(QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC), false).due.isEmpty());
    // A day after: the closed and the idle dossiers are due; the open, active one is kept.
    report = runAt(QDateTime(QDate(2026, 1, 11), QTime(9, 0), Qt::UTC), true);
    REQUIRE(report.due.size() == 2);
    CHECK(wait(rig.repo.list(QString())).value().size() == 3); // a dry run changes nothing
    report = runAt(QDateTime(QDate(2026, 1, 11), QTime(9, 0), Qt::UTC), false);
    CHECK(report.due.size() == 2);
    CHECK(report.counts.value(QStringLiteral("ALIM|accorde")) == 1);
    const auto left = wait(rig.repo.list(QString()));
    REQUIRE(left.value().size() == 1);
    CHECK(left.value().first().id == open);
    CHECK(wait(rig.repo.get(closed, QStringLiteral("agent1"))).error().kind == StoreError::Kind::NotFound);
    rig.raw([&](QSqlDatabase& c) {
        QSqlQuery q(c);
        REQUIRE(q.exec(
            QStringLiteral("SELECT COUNT(*) FROM blind_index WHERE dossier_id IN ('%1','%2')").arg(closed, idle)));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 0);
        REQUIRE(q.exec(QStringLiteral("SELECT counts FROM purges")));
        REQUIRE(q.next());
        CHECK(q.value(0).toString().contains(QStringLiteral("ALIM|accorde")));
    });
    Journal journal(&rig.db, rig.clock);
    CHECK(wait(journal.verify()).value().ok);
}
