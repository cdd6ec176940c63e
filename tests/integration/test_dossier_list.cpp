// The paged dossier list of the store (DossierRepository::listPage, count, aidCodes): keyset pages
// that return every row exactly once in a stable order, the aid and status filters, the count.
#include "Futures.h"
#include "StoreRig.h"

#include "store/DossierQuery.h"
#include "store/DossierRepository.h"

#include <catch2/catch.hpp>

#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace ccas;
using namespace ccas::test;

namespace {

const char* Names[] = {"MARTIN", "BERNARD", "THOMAS", "PETIT", "ROBERT", "RICHARD", "DURAND", "DUBOIS", "MOREAU"};
const char* Aids[] = {"ALIM", "ENERGIE", "TRANSPORT"};
constexpr int Total = 523;

// Total dossiers: surname Names[i % 9], first name "P<i>", aid Aids[i % 3], status by i % 4, and only
// 7 distinct activity times, so that most rows share their time with others (the order must still
// be stable).
void importMany(StoreRig& rig)
{
    const QDateTime base(QDate(2026, 10, 1), QTime(9, 0), Qt::UTC);
    QList<Dossier> all;
    for (int i = 0; i < Total; ++i) {
        Dossier d;
        d.identity = person(QString::fromLatin1(Names[i % 9]), QStringLiteral("P%1").arg(i), 1950 + i % 50, 1 + i % 12,
                            1 + i % 28);
        d.aidCode = QString::fromLatin1(Aids[i % 3]);
        d.status = i % 4 == 0 ? DossierStatus::Brouillon : DossierStatus::EnInstruction;
        d.createdAt = d.lastActivityAt = base.addSecs(3600 * (i % 7));
        all << d;
    }
    REQUIRE(wait(rig.repo.importDossiers(all, QStringLiteral("agent1"))).ok());
}

// Every page of `query`, `pageSize` rows at a time.
QList<DossierSummary> walk(StoreRig& rig, const DossierQuery& query, int pageSize, int* pages = nullptr)
{
    QList<DossierSummary> out;
    std::optional<DossierCursor> cursor;
    int n = 0;
    do {
        const auto page = wait(rig.repo.listPage(query, cursor, pageSize));
        REQUIRE(page.ok());
        CHECK(page.value().rows.size() <= pageSize);
        if (page.value().next)
            CHECK(page.value().rows.size() == pageSize); // only the last page is short
        out += page.value().rows;
        cursor = page.value().next;
        ++n;
        REQUIRE(n <= Total + 1);
    } while (cursor);
    if (pages)
        *pages = n;
    return out;
}

QStringList ids(const QList<DossierSummary>& rows)
{
    QStringList out;
    for (const DossierSummary& s : rows)
        out << s.id;
    return out;
}

} // namespace

TEST_CASE("the dossier list pages return every row exactly once, newest activity first", "[store][dossier-list]")
{
    StoreRig rig;
    importMany(rig);

    int pages = 0;
    const QList<DossierSummary> rows = walk(rig, DossierQuery(), 50, &pages);
    CHECK(pages == 11); // 10 full pages of 50 and one of 23
    REQUIRE(rows.size() == Total);
    const QStringList order = ids(rows);
    CHECK(QSet<QString>(order.begin(), order.end()).size() == Total);
    for (int i = 1; i < rows.size(); ++i)
        CHECK(rows.at(i - 1).lastActivityAt >= rows.at(i).lastActivityAt);
    for (const DossierSummary& s : rows)
        CHECK_FALSE(s.displayName.isEmpty()); // decrypted for display

    // The same order again, whatever the page size; the first rows are those of list().
    CHECK(ids(walk(rig, DossierQuery(), 7)) == order);
    CHECK(ids(walk(rig, DossierQuery(), Total)) == order);
    const auto first = wait(rig.repo.list(QString(), std::nullopt, 30));
    REQUIRE(first.ok());
    CHECK(ids(first.value()) == order.mid(0, 30));

    const auto all = wait(rig.repo.count(DossierQuery()));
    REQUIRE(all.ok());
    CHECK(all.value() == Total);
}

TEST_CASE("a dossier that moves while the list is walked is never listed twice", "[store][dossier-list]")
{
    StoreRig rig;
    importMany(rig);
    const auto firstPage = wait(rig.repo.listPage(DossierQuery(), std::nullopt, 100));
    REQUIRE(firstPage.ok());
    REQUIRE(firstPage.value().next);
    // A dossier of the first page is worked on: its activity moves to now, ahead of every row.
    const QString moved = firstPage.value().rows.at(10).id;
    rig.clock.advanceMs(60000);
    REQUIRE(wait(rig.repo.saveBudget(moved, {}, {}, QStringLiteral("note"), QStringLiteral("agent1"))).ok());

    QStringList seen = ids(firstPage.value().rows);
    std::optional<DossierCursor> cursor = firstPage.value().next;
    while (cursor) {
        const auto page = wait(rig.repo.listPage(DossierQuery(), cursor, 100));
        REQUIRE(page.ok());
        seen += ids(page.value().rows);
        cursor = page.value().next;
    }
    CHECK(seen.size() == Total);
    CHECK(seen.count(moved) == 1);
    CHECK(QSet<QString>(seen.begin(), seen.end()).size() == Total);
    // A new walk starts with it.
    CHECK(wait(rig.repo.listPage(DossierQuery(), std::nullopt, 1)).value().rows.at(0).id == moved);
}

TEST_CASE("the dossier list filters by aid, status and search, and counts what it lists", "[store][dossier-list]")
{
    StoreRig rig;
    importMany(rig);

    const auto aids = wait(rig.repo.aidCodes());
    REQUIRE(aids.ok());
    CHECK(aids.value() == QStringList{QStringLiteral("ALIM"), QStringLiteral("ENERGIE"), QStringLiteral("TRANSPORT")});

    DossierQuery energie;
    energie.aidCode = QStringLiteral("ENERGIE");
    const QList<DossierSummary> rows = walk(rig, energie, 40);
    CHECK(rows.size() == 174); // i % 3 == 1 for i < 523
    for (const DossierSummary& s : rows)
        CHECK(s.aidCode == QStringLiteral("ENERGIE"));
    CHECK(wait(rig.repo.count(energie)).value() == 174);

    DossierQuery drafts = energie;
    drafts.status = DossierStatus::Brouillon;
    const QList<DossierSummary> draftRows = walk(rig, drafts, 10);
    CHECK(draftRows.size() == 44); // i % 12 == 4
    for (const DossierSummary& s : draftRows)
        CHECK((s.status == DossierStatus::Brouillon && s.aidCode == QStringLiteral("ENERGIE")));
    CHECK(wait(rig.repo.count(drafts)).value() == 44);

    // The search narrows through the blind index, with the filters.
    DossierQuery bernard;
    bernard.search = QStringLiteral("bernard");
    CHECK(walk(rig, bernard, 9).size() == 58); // i % 9 == 1
    CHECK(wait(rig.repo.count(bernard)).value() == 58);
    bernard.status = DossierStatus::Brouillon;
    const QList<DossierSummary> bernardDrafts = walk(rig, bernard, 9);
    CHECK(bernardDrafts.size() == 14); // i % 36 == 28
    for (const DossierSummary& s : bernardDrafts)
        CHECK((s.displayName.startsWith(QStringLiteral("BERNARD ")) && s.status == DossierStatus::Brouillon));
    CHECK(wait(rig.repo.count(bernard)).value() == 14);
    bernard.aidCode = QStringLiteral("ALIM"); // i % 9 == 1 gives i % 3 == 1: ENERGIE only
    CHECK(walk(rig, bernard, 9).isEmpty());
    DossierQuery one;
    one.search = QStringLiteral("P107 moreau");
    const QList<DossierSummary> found = walk(rig, one, 5);
    REQUIRE(found.size() == 1);
    CHECK(found.at(0).displayName == QStringLiteral("MOREAU P107"));
    one.search = QStringLiteral("- .");
    CHECK(walk(rig, one, 5).isEmpty());
    CHECK(wait(rig.repo.count(one)).value() == 0);

    // A purged dossier (its key destroyed) is neither listed nor counted.
    rig.raw([](QSqlDatabase& c) {
        QSqlQuery q(c);
        REQUIRE(q.exec(QStringLiteral("UPDATE dossiers SET wrapped_dek = NULL WHERE rowid = 1")));
    });
    CHECK(wait(rig.repo.count(DossierQuery())).value() == Total - 1);
    CHECK(walk(rig, DossierQuery(), 100).size() == Total - 1);
}
