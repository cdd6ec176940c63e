// The administration queries over a real encrypted store: statistics per aid and outcome from the
// clear columns, the history of purges, the filtered journal and its CSV export (no identity in it).
#include "DatedDossier.h"
#include "Futures.h"
#include "StoreRig.h"
#include "store/Journal.h"
#include "store/JournalQuery.h"
#include "store/Retention.h"
#include "store/Statistics.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

using namespace ccas;
using namespace ccas::test;

namespace {

void import(StoreRig& rig, const QList<Dossier>& dossiers)
{
    const auto r = wait(rig.repo.importDossiers(dossiers, QStringLiteral("importer")));
    REQUIRE(r.ok());
    REQUIRE(r.value() == dossiers.size());
}

const StatisticsRow* rowOf(const StatisticsReport& report, const QString& aid, const QString& outcome)
{
    for (const StatisticsRow& r : report.rows)
        if (r.aidCode == aid && r.outcome == outcome)
            return &r;
    return nullptr;
}

QList<JournalEntry> list(JournalQuery& q, const JournalFilter& f)
{
    const auto r = wait(q.list(f));
    REQUIRE(r.ok());
    return r.value();
}

} // namespace

TEST_CASE("Statistics count dossiers and sum granted amounts per aid and outcome over a period", "[admin]")
{
    StoreRig rig;
    const auto D = DossierStatus::Decide;
    import(rig,
           {
               dossier(QStringLiteral("Alpha"), QStringLiteral("ALIM"), D, Outcome::Accorde, 15000, utc(2026, 3, 10)),
               dossier(QStringLiteral("Bravo"), QStringLiteral("ALIM"), D, Outcome::Accorde, 7550, utc(2026, 5, 2)),
               dossier(QStringLiteral("Charlie"), QStringLiteral("ALIM"), D, Outcome::Refuse, 0, utc(2026, 4, 1)),
               dossier(QStringLiteral("Delta"), QStringLiteral("ENERGIE"), DossierStatus::Clos, Outcome::Accorde, 20000,
                       utc(2026, 6, 1)),
               dossier(QStringLiteral("Echo"), QStringLiteral("ENERGIE"), D, Outcome::SansSuite, 0, utc(2026, 6, 15)),
               dossier(QStringLiteral("Foxtrot"), QStringLiteral("ENERGIE"), DossierStatus::EnInstruction, std::nullopt,
                       0, utc(2026, 7, 11)),
               dossier(QStringLiteral("Golf"), QStringLiteral("ALIM"), D, Outcome::Accorde, 99900, utc(2025, 1, 5)),
           });
    Statistics stats(&rig.db);

    SECTION("over 2026")
    {
        const auto r = wait(stats.byAidAndOutcome(utc(2026, 1, 1), utc(2027, 1, 1)));
        REQUIRE(r.ok());
        const StatisticsReport& s = r.value();
        REQUIRE(s.rows.size() == 5);
        // Ordered by aid, then granted, refused, no follow-up, not decided.
        CHECK(s.rows[0].aidCode == QStringLiteral("ALIM"));
        CHECK(s.rows[0].outcome == QStringLiteral("accorde"));
        CHECK(s.rows[1].outcome == QStringLiteral("refuse"));
        CHECK(s.rows[2].aidCode == QStringLiteral("ENERGIE"));
        CHECK(s.rows[2].outcome == QStringLiteral("accorde"));
        CHECK(s.rows[3].outcome == QStringLiteral("sans_suite"));
        CHECK(s.rows[4].outcome.isEmpty());
        CHECK(s.rows[0].count == 2);
        CHECK(s.rows[0].amountCents == 22550);
        CHECK(s.rows[1].count == 1);
        CHECK(s.rows[1].amountCents == 0);
        CHECK(s.rows[2].count == 1);
        CHECK(s.rows[2].amountCents == 20000);
        CHECK(s.rows[3].count == 1);
        CHECK(s.rows[4].count == 1); // not decided: dated by its creation (1 July)
        CHECK(s.totalCount == 6);
        CHECK(s.totalAmountCents == 42550);
    }
    SECTION("without bounds, and a narrow period")
    {
        const auto all = wait(stats.byAidAndOutcome(QDateTime(), QDateTime()));
        REQUIRE(all.ok());
        CHECK(all.value().totalCount == 7);
        CHECK(all.value().totalAmountCents == 142450);
        REQUIRE(rowOf(all.value(), QStringLiteral("ALIM"), QStringLiteral("accorde")) != nullptr);
        CHECK(rowOf(all.value(), QStringLiteral("ALIM"), QStringLiteral("accorde"))->count == 3);

        // [1 April, 1 June): Bravo (granted 2 May), Charlie (refused 1 April); 1 June is excluded.
        const auto spring = wait(stats.byAidAndOutcome(utc(2026, 4, 1).addSecs(-3600), utc(2026, 6, 1).addSecs(-60)));
        REQUIRE(spring.ok());
        CHECK(spring.value().totalCount == 2);
        CHECK(spring.value().totalAmountCents == 7550);
    }
}

TEST_CASE("The purge history lists each purge with its counts per aid and outcome, no identity", "[admin]")
{
    StoreRig rig;
    Statistics stats(&rig.db);
    {
        const auto none = wait(stats.purgeHistory());
        REQUIRE(none.ok());
        CHECK(none.value().isEmpty());
    }
    // Closed 30 months ago: due under the 24-month rule.
    import(rig, {
                    dossier(QStringLiteral("Hotel"), QStringLiteral("ALIM"), DossierStatus::Clos, Outcome::Refuse, 0,
                            utc(2024, 5, 1)),
                    dossier(QStringLiteral("India"), QStringLiteral("ALIM"), DossierStatus::Clos, Outcome::Refuse, 0,
                            utc(2024, 6, 1)),
                    dossier(QStringLiteral("Juliet"), QStringLiteral("ENERGIE"), DossierStatus::Clos, Outcome::Accorde,
                            5000, utc(2024, 7, 1)),
                    dossier(QStringLiteral("Kilo"), QStringLiteral("ENERGIE"), DossierStatus::Clos, Outcome::Accorde,
                            5000, utc(2026, 7, 1)),
                });
    Retention retention(&rig.db, rig.clock);
    RetentionPolicy policy;
    policy.eliminationRef = QStringLiteral("VISA-2026-12");
    const auto dry = wait(retention.run(policy, true, QStringLiteral("agent1")));
    REQUIRE(dry.ok());
    CHECK(dry.value().due.size() == 3);
    CHECK(wait(stats.purgeHistory()).value().isEmpty()); // a dry run leaves no record

    rig.clock.advanceMs(3600 * 1000);
    const auto run = wait(retention.run(policy, false, QStringLiteral("agent1")));
    REQUIRE(run.ok());
    REQUIRE(run.value().due.size() == 3);

    const auto history = wait(stats.purgeHistory());
    REQUIRE(history.ok());
    REQUIRE(history.value().size() == 1);
    const PurgeRecord& p = history.value().first();
    CHECK(p.at == rig.clock.nowUtc());
    CHECK(p.kind == QStringLiteral("dossiers"));
    CHECK(p.total() == 3);
    CHECK(p.counts.value(QStringLiteral("ALIM|refuse")) == 2);
    CHECK(p.counts.value(QStringLiteral("ENERGIE|accorde")) == 1);
    CHECK(p.eliminationRef == QStringLiteral("VISA-2026-12"));

    // The statistics no longer see the purged dossiers; the limit keeps the newest records.
    CHECK(wait(stats.byAidAndOutcome(QDateTime(), QDateTime())).value().totalCount == 1);
    CHECK(wait(stats.purgeHistory(1)).value().size() == 1);
}

TEST_CASE("The journal is filtered by period, action, agent and dossier", "[admin]")
{
    StoreRig rig;
    JournalQuery query(&rig.db, rig.clock);
    const QString a = rig.create(person(QStringLiteral("Dupont"), QStringLiteral("Sophie"), 1982, 9, 3));
    rig.clock.advanceMs(24 * 3600 * 1000);
    const QString b = rig.create(person(QStringLiteral("Martin"), QStringLiteral("Léa"), 1990, 1, 2));
    REQUIRE(wait(rig.repo.get(a, QStringLiteral("agent2"))).ok());
    REQUIRE(wait(rig.repo.get(b, QStringLiteral("agent2"))).ok());
    rig.clock.advanceMs(24 * 3600 * 1000);
    REQUIRE(wait(rig.repo.get(a, QStringLiteral("agent1"))).ok());

    CHECK(list(query, {}).size() == 5);
    JournalFilter f;
    f.action = QStringLiteral("view");
    CHECK(list(query, f).size() == 3);
    f.agent = QStringLiteral("agent2");
    CHECK(list(query, f).size() == 2);
    f.dossierId = a;
    const auto one = list(query, f);
    REQUIRE(one.size() == 1);
    CHECK(one.first().dossierId == a);
    CHECK(one.first().agent == QStringLiteral("agent2"));

    JournalFilter day2;
    day2.from = QDateTime(QDate(2026, 11, 28), QTime(0, 0), Qt::UTC);
    day2.to = QDateTime(QDate(2026, 11, 29), QTime(0, 0), Qt::UTC);
    const auto second = list(query, day2);
    REQUIRE(second.size() == 3); // b created, a and b viewed by agent2
    CHECK(second.first().action == QStringLiteral("create"));
    CHECK(second.first().dossierId == b);
    day2.limit = 2; // the most recent ones, in chronological order
    const auto last2 = list(query, day2);
    REQUIRE(last2.size() == 2);
    CHECK(last2[0].seq < last2[1].seq);
    CHECK(last2[1].seq == second[2].seq);

    JournalFilter nobody;
    nobody.agent = QStringLiteral("nobody");
    CHECK(list(query, nobody).isEmpty());

    const auto facets = wait(query.facets());
    REQUIRE(facets.ok());
    CHECK(facets.value().agents == QStringList{QStringLiteral("agent1"), QStringLiteral("agent2")});
    CHECK(facets.value().actions == QStringList{QStringLiteral("create"), QStringLiteral("view")});
    CHECK(facets.value().entries == 5);
}

TEST_CASE("The journal CSV export has the entries, no identity, and is itself journaled", "[admin]")
{
    StoreRig rig;
    JournalQuery query(&rig.db, rig.clock);
    Journal journal(&rig.db, rig.clock);
    const QString a = rig.create(person(QStringLiteral("Dupont"), QStringLiteral("Sophie"), 1982, 9, 3));
    rig.grant(a, 12345);
    REQUIRE(wait(rig.repo.get(a, QStringLiteral("agent2"))).ok());
    // An entry whose endpoint and detail would carry a tax number or a NIR (a programming error): the
    // export blanks them. And an agent id a spreadsheet would take for a formula.
    JournalEntry odd;
    odd.agent = QStringLiteral("=HYPERLINK(\"x\")");
    odd.action = QStringLiteral("fetch");
    odd.dossierId = a;
    odd.endpoint = QStringLiteral("/spi/1234567890123/situations/ir/assiettes/annrev/2025");
    odd.httpStatus = 200;
    odd.requestId = QStringLiteral("6f1c2a9e-3b7d-4e21-9a0c-5d8e7f6a1b2c");
    odd.detail = QStringLiteral("nir 282099912345678; x");
    REQUIRE(wait(journal.append(odd)).ok());

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.csv"));
    const auto exported = wait(query.exportCsv({}, path, QStringLiteral("admin1")));
    REQUIRE(exported.ok());
    CHECK(exported.value().fileError.isEmpty());
    CHECK(exported.value().entries == 4); // create, decide, view, fetch

    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray raw = file.readAll();
    REQUIRE(raw.startsWith("\xEF\xBB\xBF"));
    const QString csv = QString::fromUtf8(raw.mid(3));
    const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 5);
    CHECK(lines[0] == QStringLiteral("seq;at;agent;action;dossier_id;endpoint;http_status;request_id;detail;hash"));
    CHECK(lines[1].startsWith(QStringLiteral("1;2026-11-27T09:00:00.000Z;agent1;create;") + a + QLatin1Char(';')));
    CHECK(lines[2].contains(QStringLiteral(";decide;")));
    CHECK(lines[2].contains(QStringLiteral(";accorde;")));
    CHECK(lines[4].contains(QStringLiteral(";/spi/[\u2026]/situations/ir/assiettes/annrev/2025;200;")));
    CHECK(lines[4].contains(QStringLiteral("6f1c2a9e-3b7d-4e21-9a0c-5d8e7f6a1b2c")));
    CHECK(lines[4].contains(QStringLiteral(";\"nir [\u2026]; x\";")));
    CHECK(lines[4].contains(QStringLiteral(";\"'=HYPERLINK(\"\"x\"\")\";")));
    // No identity, no tax number, no NIR, no amount in the file.
    for (const char* forbidden : {"Dupont", "DUPONT", "Sophie", "1982", "03/09", "13001", "1234567890123",
                                  "282099912345678", "12345", "123,45"})
        CHECK_FALSE(csv.contains(QLatin1String(forbidden), Qt::CaseInsensitive));
    for (const QString& line : lines.mid(1))
        CHECK(line.split(QLatin1Char(';')).last().size() == 64); // the entry's hash, hex

    // The export is journaled, after the exported entries.
    const auto all = wait(query.list({}));
    REQUIRE(all.ok());
    REQUIRE(all.value().size() == 5);
    const JournalEntry& e = all.value().last();
    CHECK(e.action == QString(JournalAction::Export));
    CHECK(e.agent == QStringLiteral("admin1"));
    CHECK(e.detail == QStringLiteral("journal csv 4 entries"));
    CHECK(e.dossierId.isEmpty());
    CHECK(wait(journal.verify()).value().ok);

    // A filtered export; and one into a folder that does not exist writes and journals nothing.
    JournalFilter views;
    views.action = QStringLiteral("view");
    const QString viewsPath = dir.filePath(QStringLiteral("views.csv"));
    const auto v = wait(query.exportCsv(views, viewsPath, QStringLiteral("admin1")));
    REQUIRE(v.ok());
    CHECK(v.value().entries == 1);
    const QString missing = dir.filePath(QStringLiteral("no/such/dir/j.csv"));
    const auto failed = wait(query.exportCsv({}, missing, QStringLiteral("admin1")));
    REQUIRE(failed.ok());
    CHECK_FALSE(failed.value().fileError.isEmpty());
    CHECK(failed.value().entries == 0);
    CHECK_FALSE(QFile::exists(missing));
    CHECK(wait(query.list({})).value().size() == 6); // the two good exports only
}
