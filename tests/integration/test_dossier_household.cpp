// The household side of a dossier in the encrypted store (issue 5): the sealed household entry
// (schema version 2, and the upgrade of a version 1 file), the aids already granted to the same
// person, and the journal entry of a printed or exported summary.
#include "ClientRig.h"
#include "Futures.h"
#include "StoreRig.h"

#include "crypto/Aead.h"
#include "crypto/SecureKey.h"
#include "store/Database.h"
#include "store/DossierRepository.h"
#include "store/Journal.h"
#include "store/Migrations.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

using namespace ccas;
using namespace ccas::test;

namespace {

QJsonObject sampleEntry()
{
    return QJsonObject{{QStringLiteral("commune_residence"), QStringLiteral("78358")},
                       {QStringLiteral("personnes"),
                        QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("demandeur")},
                                               {QStringLiteral("date_naissance"), QStringLiteral("1984-03-14")}},
                                   QJsonObject{{QStringLiteral("role"), QStringLiteral("enfant")},
                                               {QStringLiteral("date_naissance"), QStringLiteral("2018-06-02")}}}},
                       {QStringLiteral("demande"), QJsonObject{{QStringLiteral("nature"), QStringLiteral("energie")},
                                                               {QStringLiteral("montant_demande"), 300.5}}}};
}

QStringList journalDetails(StoreRig& rig, const QString& action)
{
    Journal journal(&rig.db, rig.clock);
    const auto entries = wait(journal.list({}, {}, 0));
    REQUIRE(entries.ok());
    QStringList out;
    for (const JournalEntry& e : entries.value())
        if (e.action == action)
            out << e.detail;
    return out;
}

} // namespace

TEST_CASE("the household entry is sealed, round-trips and moves a draft to instruction", "[store][household]")
{
    StoreRig rig;
    const QString a = rig.create(person(QStringLiteral("Lefèvre"), QStringLiteral("Éloïse"), 1984, 3, 14));
    const QString b = rig.create(person(QStringLiteral("Bravo"), QStringLiteral("Bea"), 1981, 2, 2));

    // Nothing typed yet: an empty object.
    auto got = wait(rig.repo.get(a, QStringLiteral("agent1"), false));
    REQUIRE(got.ok());
    CHECK(got.value().householdEntry.isEmpty());
    CHECK(got.value().status == DossierStatus::Brouillon);

    REQUIRE(wait(rig.repo.saveHousehold(a, sampleEntry(), QStringLiteral("agent1"))).ok());
    got = wait(rig.repo.get(a, QStringLiteral("agent1"), false));
    REQUIRE(got.ok());
    CHECK(got.value().householdEntry == sampleEntry());
    CHECK(got.value().status == DossierStatus::EnInstruction);
    CHECK(got.value().lastActivityAt == rig.clock.nowUtc());
    CHECK(journalDetails(rig, QStringLiteral("edit")) == QStringList{QStringLiteral("household")});

    // Not in clear on disk: neither the keys nor the values of the entry.
    rig.raw([&](QSqlDatabase& c) {
        QSqlQuery q(c);
        REQUIRE(q.exec(QStringLiteral("SELECT household FROM dossiers WHERE id = '%1'").arg(a)));
        REQUIRE(q.next());
        const QByteArray blob = q.value(0).toByteArray();
        CHECK(blob.size() > 40); // nonce + tag + ciphertext
        CHECK_FALSE(blob.contains("78358"));
        CHECK_FALSE(blob.contains("personnes"));
        CHECK_FALSE(blob.contains("1984"));
    });

    SECTION("the entry of A copied into B does not open")
    {
        rig.raw([&](QSqlDatabase& c) {
            QSqlQuery q(c);
            REQUIRE(q.exec(
                QStringLiteral("UPDATE dossiers SET household = (SELECT household FROM dossiers WHERE id = '%1') "
                               "WHERE id = '%2'")
                    .arg(a, b)));
        });
        const auto r = wait(rig.repo.get(b, QStringLiteral("agent1")));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().kind == StoreError::Kind::Tampered);
    }
    SECTION("the entry sealed in another column does not open")
    {
        rig.raw([&](QSqlDatabase& c) {
            QSqlQuery q(c);
            REQUIRE(q.exec(QStringLiteral("UPDATE dossiers SET budget = household WHERE id = '%1'").arg(a)));
        });
        CHECK(wait(rig.repo.get(a, QStringLiteral("agent1"))).error().kind == StoreError::Kind::Tampered);
    }
    SECTION("an empty entry clears it")
    {
        REQUIRE(wait(rig.repo.saveHousehold(a, QJsonObject(), QStringLiteral("agent1"))).ok());
        CHECK(wait(rig.repo.get(a, QStringLiteral("agent1"), false)).value().householdEntry.isEmpty());
        rig.raw([&](QSqlDatabase& c) {
            QSqlQuery q(c);
            REQUIRE(q.exec(QStringLiteral("SELECT household IS NULL FROM dossiers WHERE id = '%1'").arg(a)));
            REQUIRE(q.next());
            CHECK(q.value(0).toInt() == 1);
        });
    }
    SECTION("without the master key nothing is written")
    {
        rig.repo.setMasterKey(nullptr);
        CHECK(wait(rig.repo.saveHousehold(b, sampleEntry(), QStringLiteral("agent1"))).error().kind ==
              StoreError::Kind::KeyUnavailable);
        rig.repo.setMasterKey(rig.kek);
        CHECK(wait(rig.repo.get(b, QStringLiteral("agent1"), false)).value().householdEntry.isEmpty());
    }
}

TEST_CASE("a closed dossier refuses a new household entry", "[store][household]")
{
    StoreRig rig;
    const QString a = rig.create(person(QStringLiteral("Alpha"), QStringLiteral("Anne"), 1980, 1, 1));
    REQUIRE(wait(rig.repo.saveHousehold(a, sampleEntry(), QStringLiteral("agent1"))).ok());
    rig.grant(a, 10000);
    REQUIRE(wait(rig.repo.close(a, QStringLiteral("agent1"))).ok());
    const auto r = wait(rig.repo.saveHousehold(
        a, QJsonObject{{QStringLiteral("commune_residence"), QStringLiteral("08105")}}, QStringLiteral("agent1")));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().kind == StoreError::Kind::Invalid);
    CHECK(wait(rig.repo.get(a, QStringLiteral("agent1"), false)).value().householdEntry == sampleEntry());
    CHECK(wait(rig.repo.saveHousehold(QStringLiteral("DNOPE"), sampleEntry(), QStringLiteral("agent1"))).error().kind ==
          StoreError::Kind::NotFound);
}

TEST_CASE("granted aids: the other granted dossiers of the same person only", "[store][household]")
{
    StoreRig rig;
    const Identity sophie = person(QStringLiteral("Dupont"), QStringLiteral("Sophie"), 1982, 9, 3);
    const QString current = rig.create(sophie, QStringLiteral("ENERGIE"));

    // Nothing yet.
    auto r = wait(rig.repo.grantedAids(current));
    REQUIRE(r.ok());
    CHECK(r.value().isEmpty());

    // The same person written differently (case, accents, usage name): the same person.
    Identity sameWritten = person(QStringLiteral("DUPONT"), QStringLiteral("sophie"), 1982, 9, 3);
    sameWritten.nomUsage = QStringLiteral("Martin");
    const QString earlier = rig.create(sameWritten, QStringLiteral("ALIM"));
    rig.grant(earlier, 12000);
    rig.clock.advanceMs(qint64(40) * 24 * 3600 * 1000);
    const QString later = rig.create(sophie, QStringLiteral("ENERGIE"));
    rig.grant(later, 7650);
    REQUIRE(wait(rig.repo.close(later, QStringLiteral("agent1"))).ok()); // closed still counts

    // Not granted, or somebody else: never counted.
    const QString refused = rig.create(sophie, QStringLiteral("ALIM"));
    Decision no;
    no.outcome = Outcome::Refuse;
    no.agent = QStringLiteral("agent1");
    REQUIRE(wait(rig.repo.decide(refused, no)).ok());
    rig.create(sophie, QStringLiteral("ALIM")); // still open, undecided
    rig.grant(rig.create(person(QStringLiteral("Dupont"), QStringLiteral("Sophie"), 1982, 9, 4)), 5000);
    rig.grant(rig.create(person(QStringLiteral("Dupont"), QStringLiteral("Marie"), 1982, 9, 3)), 5000);
    rig.grant(rig.create(person(QStringLiteral("Dupond"), QStringLiteral("Sophie"), 1982, 9, 3)), 5000);
    Identity twoNames = sophie;
    twoNames.prenoms = {QStringLiteral("Sophie"), QStringLiteral("Anne")};
    rig.grant(rig.create(twoNames), 5000);
    rig.grant(rig.create(person(QStringLiteral("Dupont"), QStringLiteral("Sophie"), 1982, 9, 0)), 5000);

    // The current dossier itself, once granted, is not its own history.
    rig.grant(current, 9900);

    r = wait(rig.repo.grantedAids(current));
    REQUIRE(r.ok());
    REQUIRE(r.value().size() == 2);
    CHECK(r.value().at(0).aide == QStringLiteral("ALIM"));
    CHECK(r.value().at(0).cents == 12000);
    CHECK(r.value().at(0).date == QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC).toLocalTime().date());
    CHECK(r.value().at(1).aide == QStringLiteral("ENERGIE"));
    CHECK(r.value().at(1).cents == 7650);
    CHECK(r.value().at(1).date == QDateTime(QDate(2027, 1, 6), QTime(9, 0), Qt::UTC).toLocalTime().date());

    // Seen from the later dossier: the earlier one and the current one.
    r = wait(rig.repo.grantedAids(later));
    REQUIRE(r.ok());
    QList<qint64> amounts;
    for (const AideRecue& a : r.value())
        amounts << a.cents;
    CHECK(amounts == QList<qint64>{12000, 9900});

    // A homonym's dossier must not be confused: the month-only birth date is another person.
    const QString partial = rig.create(person(QStringLiteral("Dupont"), QStringLiteral("Sophie"), 1982, 9, 0));
    r = wait(rig.repo.grantedAids(partial));
    REQUIRE(r.ok());
    REQUIRE(r.value().size() == 1); // the other month-only one, granted above
    CHECK(r.value().first().cents == 5000);

    CHECK(wait(rig.repo.grantedAids(QStringLiteral("DNOPE"))).error().kind == StoreError::Kind::NotFound);
    rig.repo.setMasterKey(nullptr);
    CHECK(wait(rig.repo.grantedAids(current)).error().kind == StoreError::Kind::KeyUnavailable);
}

TEST_CASE("granted aids refuse a tampered candidate rather than skipping it", "[store][household][tamper]")
{
    StoreRig rig;
    const Identity sophie = person(QStringLiteral("Dupont"), QStringLiteral("Sophie"), 1982, 9, 3);
    const QString current = rig.create(sophie);
    const QString other = rig.create(sophie);
    rig.grant(other, 1000);
    rig.raw([&](QSqlDatabase& c) {
        QSqlQuery q(c);
        REQUIRE(q.exec(QStringLiteral("UPDATE dossiers SET identity = (SELECT identity FROM dossiers WHERE id = "
                                      "'%1') WHERE id = '%2'")
                           .arg(current, other)));
    });
    const auto r = wait(rig.repo.grantedAids(current));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().kind == StoreError::Kind::Tampered);
}

TEST_CASE("a printed or exported summary is journaled without personal data", "[store][household][journal]")
{
    StoreRig rig;
    const QString a = rig.create(person(QStringLiteral("Alpha"), QStringLiteral("Anne"), 1980, 1, 1));
    REQUIRE(wait(rig.repo.journalSummary(a, QStringLiteral("agent7"), true, false)).ok());
    REQUIRE(wait(rig.repo.journalSummary(a, QStringLiteral("agent7"), true, true)).ok());
    REQUIRE(wait(rig.repo.journalSummary(a, QStringLiteral("agent7"), false, false)).ok());
    REQUIRE(wait(rig.repo.journalSummary(a, QStringLiteral("agent7"), false, true)).ok());
    CHECK(journalDetails(rig, QString(JournalAction::Print)) ==
          QStringList{QStringLiteral("pdf"), QStringLiteral("pdf,pseudonymised"), QStringLiteral("printer"),
                      QStringLiteral("printer,pseudonymised")});

    Journal journal(&rig.db, rig.clock);
    const auto entries = wait(journal.list({}, {}, 0));
    REQUIRE(entries.ok());
    for (const JournalEntry& e : entries.value()) {
        if (e.action != JournalAction::Print)
            continue;
        CHECK(e.dossierId == a);
        CHECK(e.agent == QStringLiteral("agent7"));
        CHECK_FALSE(e.detail.contains(QStringLiteral("Alpha")));
    }
    CHECK(wait(journal.verify()).value().ok);

    // A closed dossier can still be printed (nothing changes); an unknown one cannot.
    rig.grant(a, 100);
    REQUIRE(wait(rig.repo.close(a, QStringLiteral("agent1"))).ok());
    CHECK(wait(rig.repo.journalSummary(a, QStringLiteral("agent7"), true, false)).ok());
    CHECK(wait(rig.repo.journalSummary(QStringLiteral("DNOPE"), QStringLiteral("agent7"), true, false)).error().kind ==
          StoreError::Kind::NotFound);
}

TEST_CASE("a version 1 database is upgraded to the current version in place, its dossiers intact",
          "[store][household][migration]")
{
    REQUIRE(sodiumReady());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.db"));
    const auto kek = std::make_shared<const SecureKey>(SecureKey::random());
    const QString id = QStringLiteral("DAAAAAAAAAAAAAAAA");

    // A file exactly as version 1 wrote it: its schema, one dossier with a sealed identity and budget.
    REQUIRE(Migrations::all().first().version == 1);
    rawSql(path, [&](QSqlDatabase& c) {
        QSqlQuery q(c);
        REQUIRE(q.exec(QStringLiteral("PRAGMA journal_mode=WAL")));
        for (const QString& sql : Migrations::all().first().statements) {
            INFO(sql.toStdString());
            REQUIRE(q.exec(sql));
        }
        const SecureKey dek = SecureKey::random();
        const QByteArray identity =
            QJsonDocument(identityToJson(person(QStringLiteral("Dupont"), QStringLiteral("Sophie"), 1982, 9, 3)))
                .toJson(QJsonDocument::Compact);
        const QByteArray budget =
            QJsonDocument(QJsonObject{{QStringLiteral("ressources"),
                                       QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("salaire")},
                                                              {QStringLiteral("montant_centimes"), 190000},
                                                              {QStringLiteral("origine"), QStringLiteral("agent")}}}},
                                      {QStringLiteral("charges"), QJsonArray()}})
                .toJson(QJsonDocument::Compact);
        QSqlQuery ins(c);
        ins.prepare(QStringLiteral("INSERT INTO dossiers (id, status, aid_code, created_at, updated_at, "
                                   "last_activity_at, wrapped_dek, identity, budget) VALUES (?, 'en_instruction', "
                                   "'ALIM', ?, ?, ?, ?, ?, ?)"));
        const QString at = QStringLiteral("2026-11-01T10:00:00.000Z");
        ins.addBindValue(id);
        ins.addBindValue(at);
        ins.addBindValue(at);
        ins.addBindValue(at);
        ins.addBindValue(Aead::wrapKey(*kek, dek, Aead::fieldAd(id, "dossiers", "wrapped_dek")));
        ins.addBindValue(Aead::seal(dek, identity, Aead::fieldAd(id, "dossiers", "identity")));
        ins.addBindValue(Aead::seal(dek, budget, Aead::fieldAd(id, "dossiers", "budget")));
        INFO(ins.lastError().text().toStdString());
        REQUIRE(ins.exec());
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = 1")));
    });

    {
        ManualClock clock;
        Database db;
        const auto opened = wait(db.open(path, false));
        INFO((opened ? std::string() : opened.error().detail.toStdString()));
        REQUIRE(opened.ok());
        DossierRepository repo(&db, clock);
        repo.setMasterKey(kek);
        auto got = wait(repo.get(id, QStringLiteral("agent1"), false));
        REQUIRE(got.ok());
        CHECK(got.value().identity.nomNaissance == QStringLiteral("Dupont"));
        REQUIRE(got.value().resources.size() == 1);
        CHECK(got.value().resources.first().amountCents == 190000);
        CHECK(got.value().householdEntry.isEmpty());
        REQUIRE(wait(repo.saveHousehold(id, sampleEntry(), QStringLiteral("agent1"))).ok());
        CHECK(wait(repo.get(id, QStringLiteral("agent1"), false)).value().householdEntry == sampleEntry());
    }
    rawSql(path, [&](QSqlDatabase& c) {
        QSqlQuery q(c);
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 3);
        CHECK(Database::SchemaVersion == 3);
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM pragma_table_info('dossiers') WHERE name = 'household'")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 1);
        // Version 3: the documents frozen at closing, empty after the upgrade.
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM dossier_documents")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 0);
    });
    // Opening again applies nothing twice.
    Database again;
    REQUIRE(wait(again.open(path, false)).ok());
}

TEST_CASE("a decision names the aid it grants: a dossier opened without one is counted under it", "[store][household]")
{
    StoreRig rig;
    const Identity sophie = person(QStringLiteral("Dupont"), QStringLiteral("Sophie"), 1982, 9, 3);
    const QString fromWindow = rig.create(sophie, QString()); // the window opens dossiers with no aid yet
    Decision d;
    d.outcome = Outcome::Accorde;
    d.amountCents = 12000;
    d.agent = QStringLiteral("agent1");
    d.aidCode = QStringLiteral("SECOURS");
    REQUIRE(wait(rig.repo.decide(fromWindow, d)).ok());

    // A decision without an aid code keeps the dossier's own.
    const QString withAid = rig.create(sophie, QStringLiteral("ALIM"));
    rig.grant(withAid, 5000);

    const QString current = rig.create(sophie, QString());
    const auto r = wait(rig.repo.grantedAids(current));
    REQUIRE(r.ok());
    REQUIRE(r.value().size() == 2);
    QStringList codes;
    for (const AideRecue& a : r.value())
        codes << a.aide;
    codes.sort();
    CHECK(codes == QStringList{QStringLiteral("ALIM"), QStringLiteral("SECOURS")});

    const auto opened = wait(rig.repo.get(fromWindow, QStringLiteral("agent1")));
    REQUIRE(opened.ok());
    CHECK(opened.value().aidCode == QStringLiteral("SECOURS"));
}

TEST_CASE("the window's save stores budget, notes and household together, or nothing", "[store][household]")
{
    StoreRig rig;
    const QString id = rig.create(person(QStringLiteral("Lefèvre"), QStringLiteral("Éloïse"), 1984, 3, 14));
    const QList<BudgetLine> resources{{QStringLiteral("salaire"), 190000, QStringLiteral("agent")}};
    const QList<BudgetLine> charges{{QStringLiteral("loyer_residuel"), 55000, QStringLiteral("justificatif")}};

    REQUIRE(wait(rig.repo.saveFigures(id, resources, charges, QStringLiteral("note"), sampleEntry(),
                                      QStringLiteral("agent1")))
                .ok());
    auto got = wait(rig.repo.get(id, QStringLiteral("agent1"), false));
    REQUIRE(got.ok());
    CHECK(got.value().resources.size() == 1);
    CHECK(got.value().resources.first().amountCents == 190000);
    CHECK(got.value().charges.first().origin == QStringLiteral("justificatif"));
    CHECK(got.value().notes == QStringLiteral("note"));
    CHECK(got.value().householdEntry == sampleEntry());
    CHECK(got.value().status == DossierStatus::EnInstruction);
    // One journal entry for the whole save.
    CHECK(journalDetails(rig, QStringLiteral("edit")) == QStringList{QStringLiteral("budget,household")});

    // An empty entry clears the household in the same save.
    REQUIRE(wait(rig.repo.saveFigures(id, {}, {}, QString(), QJsonObject(), QStringLiteral("agent1"))).ok());
    got = wait(rig.repo.get(id, QStringLiteral("agent1"), false));
    REQUIRE(got.ok());
    CHECK(got.value().resources.isEmpty());
    CHECK(got.value().householdEntry.isEmpty());

    // Closed: refused, and neither part is written.
    REQUIRE(
        wait(rig.repo.saveFigures(id, resources, charges, QString(), sampleEntry(), QStringLiteral("agent1"))).ok());
    rig.grant(id, 10000);
    REQUIRE(wait(rig.repo.close(id, QStringLiteral("agent1"))).ok());
    const auto refused = wait(rig.repo.saveFigures(id, {}, {}, QString(), QJsonObject(), QStringLiteral("agent1")));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == StoreError::Kind::Invalid);
    got = wait(rig.repo.get(id, QStringLiteral("agent1"), false));
    REQUIRE(got.ok());
    CHECK(got.value().resources.size() == 1);
    CHECK(got.value().householdEntry == sampleEntry());
}
