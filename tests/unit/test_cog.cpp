#include <catch2/catch.hpp>

#include "cog/CogText.h"
#include "cog/CommuneDirectory.h"
#include "cog/CountryDirectory.h"

#include <QElapsedTimer>

using ccas::CogPlace;
using ccas::CogText;
using ccas::CommuneDirectory;
using ccas::CountryDirectory;

namespace {

QStringList codes(const QList<CogPlace>& places)
{
    QStringList out;
    for (const CogPlace& p : places)
        out << p.code;
    return out;
}

} // namespace

TEST_CASE("COG names are compared without case, accents, hyphens or apostrophes", "[cog]")
{
    CHECK(CogText::fold(QStringLiteral("Saint-Étienne-du-Rouvray")) == QStringLiteral("saint etienne du rouvray"));
    CHECK(CogText::fold(QStringLiteral("L'Haÿ-les-Roses")) == QStringLiteral("l hay les roses"));
    CHECK(CogText::fold(QStringLiteral("  Œuilly ")) == QStringLiteral("oeuilly"));
    CHECK(CogText::queryWords(QStringLiteral("St Étienne")) ==
          QStringList{QStringLiteral("saint"), QStringLiteral("etienne")});
    CHECK(CogText::looksLikeCode(QStringLiteral("42")));
    CHECK(CogText::looksLikeCode(QStringLiteral("2a00")));
    CHECK_FALSE(CogText::looksLikeCode(QStringLiteral("2ab")));
    CHECK_FALSE(CogText::looksLikeCode(QStringLiteral("Paris")));
}

TEST_CASE("the embedded commune list is complete and loads fast", "[cog]")
{
    const CommuneDirectory& d = CommuneDirectory::shared();
    CHECK(d.size() > 39000);
    // Loaded on a background thread in the application; still, a bound that catches a regression.
    CHECK(d.loadMilliseconds() < 1000);
    WARN("communes loaded in " << d.loadMilliseconds() << " ms (" << d.size() << " entries)");
}

TEST_CASE("a known commune is found by name, accents and hyphens ignored, and by code", "[cog]")
{
    const CommuneDirectory& d = CommuneDirectory::shared();
    for (const char* query : {"saint etienne", "SAINT-ÉTIENNE", "st etienne", "saint eti"}) {
        INFO(query);
        const QList<CogPlace> hits = d.search(QString::fromUtf8(query), 10);
        REQUIRE_FALSE(hits.isEmpty());
        CHECK(hits.first().code == QStringLiteral("42218"));
    }
    const auto p = d.byCode(QStringLiteral("42218"));
    REQUIRE(p);
    CHECK(p->name == QStringLiteral("Saint-Étienne"));
    CHECK(p->kind == CogPlace::Kind::Commune);
    CHECK(p->displayText() == QStringLiteral("Saint-Étienne (42) — 42218"));
    CHECK(p->detail().isEmpty());
    // Exact names come first; then, among equals, the current commune with the most inhabitants.
    const QList<CogPlace> denis = d.search(QStringLiteral("saint denis"), 5);
    REQUIRE(denis.size() == 5);
    CHECK(denis.first().code == QStringLiteral("97411"));
    CHECK(denis.at(1).code == QStringLiteral("93066"));
    // Word prefixes: "etienne rouvray" finds Saint-Étienne-du-Rouvray.
    CHECK(codes(d.search(QStringLiteral("etienne rouvray"), 5)).contains(QStringLiteral("76575")));
    // Code prefixes, exact code first.
    const QList<CogPlace> byPrefix = d.search(QStringLiteral("4221"), 20);
    REQUIRE_FALSE(byPrefix.isEmpty());
    for (const CogPlace& c : byPrefix)
        CHECK(c.code.startsWith(QStringLiteral("4221")));
    CHECK(d.search(QStringLiteral("42218"), 5).first().code == QStringLiteral("42218"));
    CHECK(d.search(QStringLiteral("zzzzqqq"), 5).isEmpty());
    CHECK_FALSE(d.contains(QStringLiteral("00404")));
}

TEST_CASE("delegated communes say which commune nouvelle they belong to", "[cog]")
{
    const CommuneDirectory& d = CommuneDirectory::shared();
    const QList<CogPlace> hits = d.search(QStringLiteral("seynod"), 5);
    REQUIRE_FALSE(hits.isEmpty());
    const CogPlace& seynod = hits.first();
    CHECK(seynod.code == QStringLiteral("74268"));
    CHECK(seynod.kind == CogPlace::Kind::Delegated);
    CHECK(seynod.parentCode == QStringLiteral("74010"));
    CHECK(seynod.parentName == QStringLiteral("Annecy"));
    CHECK(seynod.detail().contains(QStringLiteral("Annecy")));
    CHECK_FALSE(seynod.isCurrent());
    // A code shared by the commune nouvelle and its delegated chef-lieu: the current commune wins.
    const auto arboys = d.byCode(QStringLiteral("01015"));
    REQUIRE(arboys);
    CHECK(arboys->kind == CogPlace::Kind::Commune);
    CHECK(arboys->name == QStringLiteral("Arboys en Bugey"));
    // The delegated one is still found by its name.
    const QList<CogPlace> arbignieu = d.search(QStringLiteral("arbignieu"), 3);
    REQUIRE_FALSE(arbignieu.isEmpty());
    CHECK(arbignieu.first().code == QStringLiteral("01015"));
    CHECK(arbignieu.first().kind == CogPlace::Kind::Delegated);
}

TEST_CASE("former communes keep their code and say where and when they merged", "[cog]")
{
    const CommuneDirectory& d = CommuneDirectory::shared();
    const auto berzy = d.byCode(QStringLiteral("02077"));
    REQUIRE(berzy);
    CHECK(berzy->name == QStringLiteral("Berzy-le-Sec"));
    CHECK(berzy->kind == CogPlace::Kind::Former);
    CHECK(berzy->merged == QStringLiteral("2023"));
    CHECK(berzy->parentCode == QStringLiteral("02564"));
    CHECK(berzy->parentName == QStringLiteral("Bernoy-le-Château"));
    CHECK(berzy->detail().contains(QStringLiteral("2023")));
    CHECK(berzy->detail().contains(QStringLiteral("Bernoy-le-Château")));
    // Its former name is found too, pointing to the commune that kept the code.
    const QList<CogPlace> noyant = d.search(QStringLiteral("noyant et aconin"), 3);
    REQUIRE_FALSE(noyant.isEmpty());
    CHECK(noyant.first().kind == CogPlace::Kind::FormerName);
    CHECK(noyant.first().code == QStringLiteral("02564"));
    // A current commune of the same name ranks before a former one.
    const QList<CogPlace> denis = d.search(QStringLiteral("saint denis"), 40);
    qsizetype firstFormer = -1;
    qsizetype lastCurrent = -1;
    for (qsizetype i = 0; i < denis.size(); ++i) {
        if (denis.at(i).name != QStringLiteral("Saint-Denis"))
            continue;
        if (denis.at(i).kind == CogPlace::Kind::Former && firstFormer < 0)
            firstFormer = i;
        if (denis.at(i).kind == CogPlace::Kind::Commune)
            lastCurrent = i;
    }
    CHECK(firstFormer > lastCurrent);
}

TEST_CASE("Paris, Lyon and Marseille arrondissements and Corsican codes", "[cog]")
{
    const CommuneDirectory& d = CommuneDirectory::shared();
    const auto paris15 = d.byCode(QStringLiteral("75115"));
    REQUIRE(paris15);
    CHECK(paris15->kind == CogPlace::Kind::Arrondissement);
    CHECK(paris15->parentCode == QStringLiteral("75056"));
    CHECK(paris15->parentName == QStringLiteral("Paris"));
    int arrondissements = 0;
    for (const CogPlace& p : d.search(QStringLiteral("751"), 50))
        arrondissements += p.kind == CogPlace::Kind::Arrondissement ? 1 : 0;
    CHECK(arrondissements == 20);
    CHECK(d.search(QStringLiteral("paris 15"), 3).first().code == QStringLiteral("75115"));
    CHECK(d.byCode(QStringLiteral("13201"))->parentName == QStringLiteral("Marseille"));
    CHECK(d.byCode(QStringLiteral("69381"))->parentName == QStringLiteral("Lyon"));

    const auto ajaccio = d.byCode(QStringLiteral("2a004")); // lower case accepted
    REQUIRE(ajaccio);
    CHECK(ajaccio->name == QStringLiteral("Ajaccio"));
    CHECK(ajaccio->departement == QStringLiteral("2A"));
    CHECK(ajaccio->displayText() == QStringLiteral("Ajaccio (2A) — 2A004"));
    CHECK(d.byCode(QStringLiteral("2B033"))->name == QStringLiteral("Bastia"));
    CHECK(codes(d.search(QStringLiteral("2B03"), 20)).contains(QStringLiteral("2B033")));
    // The pre-1976 code of Ajaccio points to 2A004.
    const auto old = d.byCode(QStringLiteral("20004"));
    REQUIRE(old);
    CHECK(old->kind == CogPlace::Kind::FormerCode);
    CHECK(old->parentCode == QStringLiteral("2A004"));
    CHECK(old->name == QStringLiteral("Ajaccio"));
    // Overseas.
    CHECK(d.byCode(QStringLiteral("97411"))->departement == QStringLiteral("974"));
}

TEST_CASE("countries are found by name or code", "[cog]")
{
    const CountryDirectory& d = CountryDirectory::shared();
    CHECK(d.size() >= 100);
    CHECK(d.byCode(QStringLiteral("99100"))->name == QStringLiteral("France"));
    CHECK(d.byCode(QStringLiteral("99350"))->name == QStringLiteral("Maroc"));
    CHECK(d.byCode(QStringLiteral("99352"))->displayText() == QStringLiteral("Algérie — 99352"));
    CHECK(d.search(QStringLiteral("algerie"), 3).first().code == QStringLiteral("99352"));
    CHECK(d.search(QStringLiteral("etats unis"), 3).first().code == QStringLiteral("99404"));
    CHECK(d.search(QStringLiteral("Vietnam"), 3).first().code == QStringLiteral("99243")); // other name
    CHECK(d.search(QStringLiteral("99352"), 3).first().code == QStringLiteral("99352"));
    for (const CogPlace& p : d.search(QStringLiteral("993"), 50))
        CHECK(p.code.startsWith(QStringLiteral("993")));
    const auto tch = d.byCode(QStringLiteral("99115"));
    REQUIRE(tch);
    CHECK(tch->kind == CogPlace::Kind::FormerCountry);
    CHECK_FALSE(d.contains(QStringLiteral("99999")));
}

TEST_CASE("searching the communes stays well under a frame", "[cog]")
{
    const CommuneDirectory& d = CommuneDirectory::shared();
    QElapsedTimer timer;
    timer.start();
    int found = 0;
    const QStringList queries = {QStringLiteral("s"),         QStringLiteral("sa"),
                                 QStringLiteral("saint"),     QStringLiteral("saint e"),
                                 QStringLiteral("saint eti"), QStringLiteral("mar"),
                                 QStringLiteral("l"),         QStringLiteral("75"),
                                 QStringLiteral("bourg"),     QStringLiteral("villeneuve sur")};
    for (const QString& q : queries)
        found += static_cast<int>(d.search(q, 12).size());
    const double perQuery = static_cast<double>(timer.nsecsElapsed()) / 1e6 / static_cast<double>(queries.size());
    WARN("commune search: " << perQuery << " ms per query");
    CHECK(found > 0);
    CHECK(perQuery < 200); // Debug and sanitizer builds included
}
