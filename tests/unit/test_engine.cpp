// The eligibility engine: every criterion and amount rule, the ≤ / < boundaries exactly at the threshold,
// missing data, combinations, waiting period, ceilings, and the worked example of domain.md §2.8 to the cent.
#include <catch2/catch.hpp>

#include "domain/Dossier.h"
#include "eligibility/Engine.h"
#include "eligibility/HouseholdScales.h"
#include "eligibility/Menage.h"
#include "eligibility/Reglement.h"

#include <QFile>
#include <QJsonArray>
#include <QRandomGenerator>

#include <string>

using namespace ccas;

namespace {

std::string str(const QString& s)
{
    return s.toStdString();
}

Menage loadMenage(const char* name)
{
    QFile f(QStringLiteral(GUICHET_FIXTURES_DIR "/menages/") + QLatin1String(name));
    REQUIRE(f.open(QIODevice::ReadOnly));
    const auto m = MenageJson::parse(f.readAll());
    INFO(str(m.ok() ? QString() : m.error().join(QLatin1Char('\n'))));
    REQUIRE(m.ok());
    return m.value();
}

// The household of domain.md §2.8.
Menage example()
{
    return loadMenage("exemple-2-8.json");
}

Reglement loadExample(const char* file)
{
    const auto r = Reglement::load(QStringLiteral(":/reglements/") + QLatin1String(file));
    INFO(str(r.ok() ? QString() : r.error().join(QLatin1Char('\n'))));
    REQUIRE(r.ok());
    return r.value();
}

Reglement reglement(const std::string& aids, const std::string& calculs = std::string())
{
    std::string json = R"({"format": "guichet-ccas/reglement", "version_format": 1, "ccas": "CCAS test",
        "titre": "Test", "version": 1, "adopte_le": "2026-01-01", "applicable_du": "2026-01-01", )";
    if (!calculs.empty())
        json += R"("calculs": )" + calculs + ", ";
    json += R"("aides": )" + aids + "}";
    const auto r = Reglement::parse(QByteArray::fromStdString(json));
    INFO(json);
    INFO(str(r.ok() ? QString() : r.error().join(QLatin1Char('\n'))));
    REQUIRE(r.ok());
    return r.value();
}

const char* kCalculs = R"({
    "rav_jour": {"type": "reste_a_vivre", "diviseur": "personnes", "periode": "jour"},
    "rav_mois": {"type": "reste_a_vivre", "diviseur": "personnes", "periode": "mois"}})";

// One aid "A" with the given conditions; its result for the household.
AidResult withConditions(const std::string& conditions, const Menage& m, const std::string& calculs = kCalculs)
{
    const Reglement r = reglement(R"([{"code": "A", "libelle": "Aide A", "conditions": )" + conditions + "}]", calculs);
    const Evaluation e = Engine::evaluate(r, m);
    REQUIRE(e.aids.size() == 1);
    return e.aids.first();
}

Verdict verdict(const std::string& conditions, const Menage& m, const std::string& calculs = kCalculs)
{
    return withConditions(conditions, m, calculs).verdict;
}

// One aid "A" with the given amount rule (and extra fields); its result.
AidResult withAmount(const std::string& amount, const Menage& m, const std::string& extra = std::string(),
                     const std::string& calculs = kCalculs)
{
    const Reglement r =
        reglement(R"([{"code": "A", "libelle": "Aide A", "montant": )" + amount + extra + "}]", calculs);
    const Evaluation e = Engine::evaluate(r, m);
    REQUIRE(e.aids.size() == 1);
    return e.aids.first();
}

std::string crit(const std::string& body)
{
    return R"({"tous": [{"critere": )" + body + "}]}";
}

const AidResult& aidOf(const Evaluation& e, const char* code)
{
    for (const AidResult& a : e.aids) {
        if (a.code == QLatin1String(code))
            return a;
    }
    FAIL("no aid " << code);
    return e.aids.first();
}

QString figure(const Evaluation& e, const char* key)
{
    for (const HouseholdFigure& f : e.figures) {
        if (f.key == QLatin1String(key))
            return f.value;
    }
    return QStringLiteral("<absent>");
}

QString allText(const AidResult& a)
{
    QStringList t;
    for (const ExplanationLine& l : a.lines)
        t << l.criterion + QStringLiteral(": ") + l.text + QStringLiteral(" [") + l.sources.join(QStringLiteral("; ")) +
                 QStringLiteral("]");
    return t.join(QLatin1Char('\n'));
}

bool hasLine(const AidResult& a, ExplanationLine::State s, const char* textPart)
{
    for (const ExplanationLine& l : a.lines) {
        if (l.state == s && l.text.contains(QString::fromUtf8(textPart)))
            return true;
    }
    return false;
}

} // namespace

// ---------------------------------------------------------------------------------------------------------
// domain.md §2.8, to the cent
// ---------------------------------------------------------------------------------------------------------

TEST_CASE("Worked example §2.8: the household scales and the CAF QF formula", "[eligibility]")
{
    const Menage m = example();
    CHECK(HouseholdScales::ageAt(m.personnes[2].dateNaissance, m.dateReference) == 15);
    CHECK(HouseholdScales::ageAt(m.personnes[3].dateNaissance, m.dateReference) == 8);
    CHECK(HouseholdScales::ucOecd(m.personnes, m.dateReference).value() == 230);          // 1 + 0,5 + 0,5 + 0,3
    CHECK(HouseholdScales::ucChequeEnergie(m.personnes, m.dateReference).value() == 210); // 1 + 0,5 + 0,3 + 0,3
    CHECK(HouseholdScales::cafParts(2, 2) == 300);
    CHECK(HouseholdScales::cafParts(m.personnes).value() == 300);
    // (21 600 ÷ 12 + 148) ÷ 3 = 1 948 ÷ 3 = 649,333… €
    const Ratio qf = HouseholdScales::cafQuotient(2'160'000, 14'800, 300);
    CHECK(qf == Ratio::of(194'800, 3));
    CHECK(qf.floor() == 64'933);
    CHECK(qf.nearest() == 64'933);
    CHECK(qf < Ratio::of(90'000));
    CHECK(HouseholdScales::formatHundredths(230) == QStringLiteral("2,3"));
    CHECK(HouseholdScales::formatHundredths(210) == QStringLiteral("2,1"));
    CHECK(HouseholdScales::formatHundredths(225) == QStringLiteral("2,25"));
    CHECK(HouseholdScales::formatHundredths(300) == QStringLiteral("3"));
}

TEST_CASE("CAF parts by number of children (single parent counts like a couple)", "[eligibility]")
{
    CHECK(HouseholdScales::cafParts(1, 0) == 100);
    CHECK(HouseholdScales::cafParts(2, 0) == 200);
    CHECK(HouseholdScales::cafParts(1, 1) == 250);
    CHECK(HouseholdScales::cafParts(2, 1) == 250);
    CHECK(HouseholdScales::cafParts(2, 2) == 300);
    CHECK(HouseholdScales::cafParts(1, 3) == 400);
    CHECK(HouseholdScales::cafParts(2, 4) == 450);
    CHECK(HouseholdScales::cafParts(2, 5) == 500);
    CHECK(HouseholdScales::cafParts(2, 6) == 550);
}

TEST_CASE("UC scales: OECD by age at the reference date, chèque énergie by rank and alternating residence",
          "[eligibility]")
{
    QList<MenagePerson> p;
    p << MenagePerson{PersonRole::Demandeur, QDate(1980, 1, 1), false};
    p << MenagePerson{PersonRole::Enfant, QDate(2012, 11, 27), false}; // 14 on 2026-11-27 exactly
    CHECK(HouseholdScales::ucOecd(p, QDate(2026, 11, 27)).value() == 150);
    CHECK(HouseholdScales::ucOecd(p, QDate(2026, 11, 26)).value() == 130); // still 13 the day before
    // Chèque énergie: the child is second: 0,5; halved when a minor in alternating residence.
    CHECK(HouseholdScales::ucChequeEnergie(p, QDate(2026, 11, 27)).value() == 150);
    p[1].residenceAlternee = true;
    CHECK(HouseholdScales::ucChequeEnergie(p, QDate(2026, 11, 27)).value() == 125);
    p << MenagePerson{PersonRole::Enfant, QDate(2020, 1, 1), true};
    CHECK(HouseholdScales::ucChequeEnergie(p, QDate(2026, 11, 27)).value() == 140); // 1 + 0,25 + 0,15
    // An adult in alternating residence is not halved.
    p[1].dateNaissance = QDate(2000, 1, 1);
    CHECK(HouseholdScales::ucChequeEnergie(p, QDate(2026, 11, 27)).value() == 165);
    // Unknown birth dates: named.
    p[2].dateNaissance = QDate();
    const auto ce = HouseholdScales::ucChequeEnergie(p, QDate(2026, 11, 27));
    REQUIRE_FALSE(ce.ok());
    CHECK(ce.error().join(QString()).contains(QStringLiteral("personnes[2]")));
    const auto oecd = HouseholdScales::ucOecd(p, QDate(2026, 11, 27));
    REQUIRE_FALSE(oecd.ok());
    CHECK(oecd.error().join(QString()).contains(QStringLiteral("personnes[2]")));
    // A conjoint needs no birth date; the demandeur counts 1 wherever listed.
    QList<MenagePerson> q;
    q << MenagePerson{PersonRole::Conjoint, QDate(), false} << MenagePerson{PersonRole::Demandeur, QDate(), false};
    CHECK(HouseholdScales::ucOecd(q, QDate(2026, 11, 27)).value() == 150);
    CHECK(HouseholdScales::ucChequeEnergie(q, QDate(2026, 11, 27)).value() == 150);
    CHECK_FALSE(HouseholdScales::ucOecd({}, QDate(2026, 11, 27)).ok());
}

TEST_CASE("Worked example §2.8: Maisons-Laffitte, RAV 9,00 € per person per day, 40 % of a primary need, ceiling 750 €",
          "[eligibility]")
{
    const Reglement r = loadExample("exemple-maisons-laffitte.json");
    const Evaluation e = Engine::evaluate(r, example());
    CHECK(figure(e, "reste_a_vivre.rav_jour").contains(QStringLiteral("= 9,00\u00a0€")));
    const AidResult& a = aidOf(e, "SECOURS");
    INFO(str(allText(a)));
    CHECK(a.verdict == Verdict::Eligible);
    CHECK(a.amountCents == 12'000); // 40 % of 300 €
    CHECK(a.missing.isEmpty());
    CHECK(hasLine(a, ExplanationLine::State::Met, "9,00\u00a0€"));
    CHECK(hasLine(a, ExplanationLine::State::Info, "≤ 10,00\u00a0€")); // the band 8–10
    CHECK(hasLine(a, ExplanationLine::State::Info, "> 8,00\u00a0€"));
    CHECK(hasLine(a, ExplanationLine::State::Info, "40\u00a0%"));
    CHECK(hasLine(a, ExplanationLine::State::Info, "120,00\u00a0€"));
    CHECK(hasLine(a, ExplanationLine::State::Info, "750,00\u00a0€")); // the annual ceiling of the band
    CHECK(a.justificatifs.size() == 5);
    // The sources of the resources are named: typed by the agent, and a paper proof.
    bool sourced = false;
    for (const ExplanationLine& l : a.lines)
        sourced = sourced || (l.sources.contains(Engine::sourceText(FigureSource{})) && l.sources.size() == 2);
    CHECK(sourced);

    // A comfort need in the same band: 30 %.
    Menage m = example();
    m.demande.nature = QStringLiteral("sante");
    CHECK(aidOf(Engine::evaluate(r, m), "SECOURS").amountCents == 9'000);
    // Already 700 € this calendar year: 50 € left under the 750 € ceiling.
    m.aidesRecues << AideRecue{QStringLiteral("SECOURS"), QDate(2026, 2, 1), 70'000};
    const AidResult capped = aidOf(Engine::evaluate(r, m), "SECOURS");
    CHECK(capped.verdict == Verdict::Eligible);
    CHECK(capped.amountCents == 5'000);
    // 750 € already: nothing left.
    m.aidesRecues << AideRecue{QStringLiteral("SECOURS"), QDate(2026, 3, 1), 5'000};
    CHECK(aidOf(Engine::evaluate(r, m), "SECOURS").verdict == Verdict::NotEligible);
    // Another commune: not eligible.
    m = example();
    m.communeResidence = QStringLiteral("08105");
    CHECK(aidOf(Engine::evaluate(r, m), "SECOURS").verdict == Verdict::NotEligible);
}

TEST_CASE("Worked example §2.8: RAV per person per month 270,00 €", "[eligibility]")
{
    const Reglement r = reglement(R"([{"code": "A", "libelle": "A", "conditions": {"critere": "reste_a_vivre",
        "calcul": "rav_mois", "operateur": "<=", "seuil": 270}}])",
                                  kCalculs);
    const Evaluation e = Engine::evaluate(r, example());
    CHECK(figure(e, "reste_a_vivre.rav_mois").contains(QStringLiteral("= 270,00\u00a0€")));
    CHECK(figure(e, "reste_a_vivre.rav_mois").contains(QStringLiteral("820,00\u00a0€")));
    CHECK(e.aids.first().verdict == Verdict::Eligible);
}

TEST_CASE("Worked example §2.8: chèque énergie 2,1 UC, RFR/UC 8 571,43 €, band 7 700–10 800, ≥ 2 UC: 76 €",
          "[eligibility]")
{
    const Reglement r = loadExample("exemple-cheque-energie.json");
    Menage energy = example();
    energy.demande.nature = QStringLiteral("energie");
    const Evaluation e = Engine::evaluate(r, energy);
    CHECK(figure(e, "uc_oecd") == QStringLiteral("2,3"));
    CHECK(figure(e, "uc_cheque_energie") == QStringLiteral("2,1"));
    CHECK(figure(e, "rfr_uc_cheque_energie").contains(QStringLiteral("8\u202f571,43")));
    CHECK(figure(e, "rfr_uc_cheque_energie").startsWith(QStringLiteral("≈")));
    const AidResult& a = aidOf(e, "CHEQUE-ENERGIE");
    INFO(str(allText(a)));
    CHECK(a.verdict == Verdict::Eligible);
    CHECK(a.amountCents == 7'600);
    // The figures used name the DGFiP answer.
    bool dgfip = false;
    for (const ExplanationLine& l : a.lines)
        dgfip = dgfip || l.sources.join(QString()).contains(QStringLiteral("req-dgfip-0001"));
    CHECK(dgfip);

    // 1 UC, RFR 5 599 → 194 €; 1,5 UC, RFR/UC exactly 5 600 → next band, 176 €; RFR/UC 10 800 → 0 € → not eligible.
    Menage m = energy;
    m.personnes = {MenagePerson{PersonRole::Demandeur, QDate(1970, 1, 1), false}};
    m.fiscal->rfrEuros = 5'599;
    CHECK(aidOf(Engine::evaluate(r, m), "CHEQUE-ENERGIE").amountCents == 19'400);
    m.personnes << MenagePerson{PersonRole::Conjoint, QDate(1970, 1, 1), false};
    m.fiscal->rfrEuros = 8'400; // 8 400 ÷ 1,5 = 5 600
    CHECK(aidOf(Engine::evaluate(r, m), "CHEQUE-ENERGIE").amountCents == 17'600);
    m.fiscal->rfrEuros = 8'399;
    CHECK(aidOf(Engine::evaluate(r, m), "CHEQUE-ENERGIE").amountCents == 24'000);
    m.fiscal->rfrEuros = 16'200; // 10 800 per UC
    CHECK(aidOf(Engine::evaluate(r, m), "CHEQUE-ENERGIE").verdict == Verdict::NotEligible);
}

TEST_CASE("Worked example §2.8: fiscal parts 3, RFR per part 6 000 € a year = 500 € a month", "[eligibility]")
{
    const Evaluation e = Engine::evaluate(loadExample("exemple-cheque-energie.json"), example());
    CHECK(figure(e, "parts_fiscales") == QStringLiteral("3"));
    CHECK(figure(e, "rfr_par_part") == QStringLiteral("6\u202f000,00\u00a0€"));
    CHECK(figure(e, "rfr_par_part_mois") == QStringLiteral("500,00\u00a0€"));
    CHECK(figure(e, "parts_caf") == QStringLiteral("3"));
    CHECK(figure(e, "personnes") == QStringLiteral("4"));
    CHECK(figure(e, "ressources_mensuelles") == QStringLiteral("1\u202f900,00\u00a0€"));
    CHECK(figure(e, "charges_mensuelles") == QStringLiteral("820,00\u00a0€"));
    CHECK(figure(e, "qf_caf") == QStringLiteral("649,00\u00a0€"));
}

TEST_CASE("Worked example §2.8: Plaine d'Argenson QF 649 < 900 eligible; Aubord 1 900 € > 950 € not eligible",
          "[eligibility]")
{
    const Evaluation pa = Engine::evaluate(loadExample("exemple-plaine-argenson.json"), example());
    const AidResult& urgence = aidOf(pa, "URGENCE");
    INFO(str(allText(urgence)));
    CHECK(urgence.verdict == Verdict::Eligible);
    CHECK(urgence.amountCents == 15'000);
    CHECK(hasLine(urgence, ExplanationLine::State::Met, "649,00\u00a0€"));
    CHECK(hasLine(urgence, ExplanationLine::State::Met, "< 900,00\u00a0€"));
    // The QF line names its API source: provider, month, request id, fetch date.
    bool sourced = false;
    for (const ExplanationLine& l : urgence.lines) {
        const QString s = l.sources.join(QString());
        sourced = sourced || (s.contains(QStringLiteral("API Particulier")) && s.contains(QStringLiteral("CNAF")) &&
                              s.contains(QStringLiteral("10/2026")) && s.contains(QStringLiteral("req-qf-0001")) &&
                              s.contains(QStringLiteral("27/11/2026")));
    }
    CHECK(sourced);
    // Energie needs an energy request; the request is food.
    CHECK(aidOf(pa, "ENERGIE").verdict == Verdict::NotEligible);

    const Evaluation au = Engine::evaluate(loadExample("exemple-aubord.json"), example());
    const AidResult& alim = aidOf(au, "ALIM");
    CHECK(alim.verdict == Verdict::NotEligible);
    CHECK(hasLine(alim, ExplanationLine::State::NotMet, "950,00\u00a0€"));
}

// ---------------------------------------------------------------------------------------------------------
// Criteria and boundaries
// ---------------------------------------------------------------------------------------------------------

TEST_CASE("CAF QF: < and <= exactly at the threshold, and the other operators", "[eligibility]")
{
    Menage m = example();
    m.quotientFamilialCaf->valeur = 900;
    CHECK(verdict(crit(R"("qf_caf", "operateur": "<", "seuil": 900)"), m) == Verdict::NotEligible);
    CHECK(verdict(crit(R"("qf_caf", "operateur": "<=", "seuil": 900)"), m) == Verdict::Eligible);
    CHECK(verdict(crit(R"("qf_caf", "operateur": "≤", "seuil": 900)"), m) == Verdict::Eligible);
    CHECK(verdict(crit(R"("qf_caf", "operateur": ">", "seuil": 900)"), m) == Verdict::NotEligible);
    CHECK(verdict(crit(R"("qf_caf", "operateur": ">=", "seuil": 900)"), m) == Verdict::Eligible);
    CHECK(verdict(crit(R"("qf_caf", "operateur": "=", "seuil": 900)"), m) == Verdict::Eligible);
    CHECK(verdict(crit(R"("qf_caf", "operateur": "<", "seuil": 900.01)"), m) == Verdict::Eligible);
    m.quotientFamilialCaf->valeur = 899;
    CHECK(verdict(crit(R"("qf_caf", "operateur": "<", "seuil": 900)"), m) == Verdict::Eligible);
}

TEST_CASE("Fiscal QF per year and per month, exact at the threshold, quarter parts", "[eligibility]")
{
    Menage m = example(); // 18 000 ÷ 3 = 6 000 a year, 500 a month
    CHECK(verdict(crit(R"("qf_fiscal", "periode": "annee", "operateur": "<", "seuil": 6000)"), m) ==
          Verdict::NotEligible);
    CHECK(verdict(crit(R"("qf_fiscal", "periode": "annee", "operateur": "<=", "seuil": 6000)"), m) ==
          Verdict::Eligible);
    CHECK(verdict(crit(R"("qf_fiscal", "periode": "mois", "operateur": "<", "seuil": 500)"), m) ==
          Verdict::NotEligible);
    CHECK(verdict(crit(R"("qf_fiscal", "periode": "mois", "operateur": "<=", "seuil": 500)"), m) == Verdict::Eligible);
    // 2,75 parts: 16 500 ÷ 2,75 = 6 000 exactly.
    m.fiscal->partsQuarters = 11;
    m.fiscal->rfrEuros = 16'500;
    CHECK(verdict(crit(R"("qf_fiscal", "periode": "annee", "operateur": "=", "seuil": 6000)"), m) == Verdict::Eligible);
    // 17 000 ÷ 3 = 5 666,666… a year = 472,22… a month: above 472,22, below 472,23.
    m = example();
    m.fiscal->rfrEuros = 17'000;
    CHECK(verdict(crit(R"("qf_fiscal", "periode": "mois", "operateur": "<=", "seuil": 472.22)"), m) ==
          Verdict::NotEligible);
    CHECK(verdict(crit(R"("qf_fiscal", "periode": "mois", "operateur": "<", "seuil": 472.23)"), m) ==
          Verdict::Eligible);
}

TEST_CASE("RFR per UC is compared exactly (no floating point)", "[eligibility]")
{
    const Menage m = example(); // 18 000 ÷ 2,3 = 7 826,0869…; 18 000 ÷ 2,1 = 8 571,4285…
    CHECK(verdict(crit(R"("rfr_uc", "echelle": "oecd", "operateur": "<", "seuil": 7826.09)"), m) == Verdict::Eligible);
    CHECK(verdict(crit(R"("rfr_uc", "echelle": "oecd", "operateur": "<=", "seuil": 7826.08)"), m) ==
          Verdict::NotEligible);
    CHECK(verdict(crit(R"("rfr_uc", "echelle": "cheque_energie", "operateur": "<", "seuil": 8571.43)"), m) ==
          Verdict::Eligible);
    CHECK(verdict(crit(R"("rfr_uc", "echelle": "cheque_energie", "operateur": "<=", "seuil": 8571.42)"), m) ==
          Verdict::NotEligible);
    CHECK(verdict(crit(R"("uc", "echelle": "cheque_energie", "operateur": ">=", "seuil": 2.1)"), m) ==
          Verdict::Eligible);
    CHECK(verdict(crit(R"("uc", "echelle": "cheque_energie", "operateur": ">", "seuil": 2.1)"), m) ==
          Verdict::NotEligible);
    CHECK(verdict(crit(R"("uc", "echelle": "oecd", "operateur": "=", "seuil": 2.3)"), m) == Verdict::Eligible);
}

TEST_CASE("Reste à vivre: ≤ and < at the threshold, per day and per month", "[eligibility]")
{
    const Menage m = example();
    CHECK(verdict(crit(R"("reste_a_vivre", "calcul": "rav_jour", "operateur": "<", "seuil": 9)"), m) ==
          Verdict::NotEligible);
    CHECK(verdict(crit(R"("reste_a_vivre", "calcul": "rav_jour", "operateur": "<=", "seuil": 9)"), m) ==
          Verdict::Eligible);
    CHECK(verdict(crit(R"("reste_a_vivre", "calcul": "rav_mois", "operateur": "=", "seuil": 270)"), m) ==
          Verdict::Eligible);
    // 1 901 € of resources: 270,25 € a month, 9,0083… € a day: above 9, below 9,01.
    Menage more = m;
    (*more.ressources)[0].cents += 100;
    CHECK(verdict(crit(R"("reste_a_vivre", "calcul": "rav_jour", "operateur": "<=", "seuil": 9)"), more) ==
          Verdict::NotEligible);
    CHECK(verdict(crit(R"("reste_a_vivre", "calcul": "rav_jour", "operateur": "<", "seuil": 9.01)"), more) ==
          Verdict::Eligible);
    // Negative reste à vivre.
    Menage poor = m;
    (*poor.ressources)[0].cents = 0;
    CHECK(verdict(crit(R"("reste_a_vivre", "calcul": "rav_mois", "operateur": "=", "seuil": -168)"), poor) ==
          Verdict::Eligible);
}

TEST_CASE("Reste à vivre: resource selection, exclusions, fractions, charge selection and caps", "[eligibility]")
{
    const Menage m = example(); // salaire 1 752, prestations 148; charges 550+120+40+60+50
    const auto rav = [&](const std::string& definition, const std::string& op, const std::string& threshold) {
        const std::string calculs = R"({"x": {"type": "reste_a_vivre", "periode": "mois", )" + definition + "}}";
        return verdict(crit(R"("reste_a_vivre", "calcul": "x", "operateur": ")" + op + R"(", "seuil": )" + threshold),
                       m, calculs);
    };
    // Family benefits excluded: (1 752 − 820) ÷ 4 = 233.
    CHECK(rav(R"("diviseur": "personnes", "ressources": {"exclure": ["prestations_familiales"]})", "=", "233") ==
          Verdict::Eligible);
    // Only wages listed: same.
    CHECK(rav(R"("diviseur": "personnes", "ressources": {"types": ["salaire"]})", "=", "233") == Verdict::Eligible);
    // Half the wage: (876 + 148 − 820) ÷ 4 = 51.
    CHECK(rav(R"("diviseur": "personnes", "ressources": {"fractions_pourcent": {"salaire": 50}})", "=", "51") ==
          Verdict::Eligible);
    // Energy capped at 100: (1 900 − 800) ÷ 4 = 275.
    CHECK(rav(R"("diviseur": "personnes", "charges": {"plafonds": {"energie": 100}})", "=", "275") ==
          Verdict::Eligible);
    // Only rent and energy: (1 900 − 670) ÷ 4 = 307,5.
    CHECK(rav(R"("diviseur": "personnes", "charges": {"types": ["loyer_residuel", "energie"]})", "=", "307.5") ==
          Verdict::Eligible);
    // Charges excluded: (1 900 − 760) ÷ 4 = 285.
    CHECK(rav(R"("diviseur": "personnes", "charges": {"exclure": ["mutuelle"]})", "=", "285") == Verdict::Eligible);
    // No charges deducted, no divisor: 1 900.
    CHECK(rav(R"("diviseur": "aucun", "charges": "aucune")", "=", "1900") == Verdict::Eligible);
}

TEST_CASE("Reste à vivre: every divisor", "[eligibility]")
{
    const Menage m = example(); // 1 080 € a month left
    const auto rav = [&](const std::string& divisor, const std::string& op, const std::string& threshold) {
        const std::string calculs =
            R"({"x": {"type": "reste_a_vivre", "periode": "mois", "diviseur": )" + divisor + "}}";
        return verdict(crit(R"("reste_a_vivre", "calcul": "x", "operateur": ")" + op + R"(", "seuil": )" + threshold),
                       m, calculs);
    };
    CHECK(rav(R"("personnes")", "=", "270") == Verdict::Eligible);
    CHECK(rav(R"("parts_caf")", "=", "360") == Verdict::Eligible);
    CHECK(rav(R"("parts_fiscales")", "=", "360") == Verdict::Eligible);
    CHECK(rav(R"("aucun")", "=", "1080") == Verdict::Eligible);
    // 1 080 ÷ 2,3 = 469,565…; 1 080 ÷ 2,1 = 514,285…
    CHECK(rav(R"("uc_oecd")", ">", "469.56") == Verdict::Eligible);
    CHECK(rav(R"("uc_oecd")", "<", "469.57") == Verdict::Eligible);
    CHECK(rav(R"("uc_cheque_energie")", ">", "514.28") == Verdict::Eligible);
    CHECK(rav(R"("uc_cheque_energie")", "<", "514.29") == Verdict::Eligible);
    // Custom scale: adults 1, children from 14 0,5, younger 0,3 → 2,8 → 385,714…
    const std::string custom = R"({"bareme": [{"role": ["demandeur", "conjoint"], "valeur": 1},
        {"role": "enfant", "age_au_moins": 14, "valeur": 0.5}, {"valeur": 0.3}]})";
    CHECK(rav(custom, ">", "385.71") == Verdict::Eligible);
    CHECK(rav(custom, "<", "385.72") == Verdict::Eligible);
    // Single parent bonus: no conjoint, two children → 1 + 0,5 + 0,3 + 0,5 = 2,3.
    Menage single = m;
    single.personnes.removeAt(1);
    const std::string bonus = R"({"x": {"type": "reste_a_vivre", "periode": "mois", "diviseur": {"bareme": [
        {"role": "demandeur", "valeur": 1}, {"role": "enfant", "age_au_moins": 14, "valeur": 0.5}, {"valeur": 0.3}],
        "majoration_parent_isole": 0.5}}})";
    CHECK(verdict(crit(R"("reste_a_vivre", "calcul": "x", "operateur": "=", "seuil": 400)"), single, bonus) ==
          Verdict::NotEligible);
    // 1 080 ÷ 2,3 ≠ 400; 920 ÷ 2,3 = 400 exactly
    (*single.ressources)[0].cents -= 16'000;
    CHECK(verdict(crit(R"("reste_a_vivre", "calcul": "x", "operateur": "=", "seuil": 400)"), single, bonus) ==
          Verdict::Eligible);
    // A child without birth date: the custom scale cannot tell its age.
    Menage unknown = m;
    unknown.personnes[3].dateNaissance = QDate();
    const AidResult a =
        withConditions(crit(R"("reste_a_vivre", "calcul": "x", "operateur": "<", "seuil": 1000)"), unknown,
                       R"({"x": {"type": "reste_a_vivre", "periode": "mois", "diviseur": )" + custom + "}}");
    CHECK(a.verdict == Verdict::Incomplete);
    CHECK(a.missing.join(QString()).contains(QStringLiteral("personnes[3]")));
}

TEST_CASE("Reste à vivre: rounding modes to the cent and to the euro", "[eligibility]")
{
    Menage m = example();
    m.ressources = QList<MenageAmount>{MenageAmount{QStringLiteral("salaire"), 100'000, {}}};
    m.charges = QList<MenageAmount>{};
    m.personnes.removeLast(); // 3 persons: 1 000 ÷ 3 = 333,333…
    const auto rounded = [&](const std::string& arrondi, const std::string& threshold) {
        std::string calculs = R"({"x": {"type": "reste_a_vivre", "periode": "mois", "diviseur": "personnes")";
        if (!arrondi.empty())
            calculs += R"(, "arrondi": )" + arrondi;
        calculs += "}}";
        return verdict(crit(R"("reste_a_vivre", "calcul": "x", "operateur": "=", "seuil": )" + threshold), m, calculs);
    };
    CHECK(rounded("", "333.33") == Verdict::NotEligible); // exact: 333,333…
    CHECK(rounded(R"({"mode": "inferieur", "unite": "centime"})", "333.33") == Verdict::Eligible);
    CHECK(rounded(R"({"mode": "superieur", "unite": "centime"})", "333.34") == Verdict::Eligible);
    CHECK(rounded(R"({"mode": "plus_proche", "unite": "centime"})", "333.33") == Verdict::Eligible);
    CHECK(rounded(R"({"mode": "inferieur", "unite": "euro"})", "333") == Verdict::Eligible);
    CHECK(rounded(R"({"mode": "superieur", "unite": "euro"})", "334") == Verdict::Eligible);
    CHECK(rounded(R"({"mode": "plus_proche", "unite": "euro"})", "333") == Verdict::Eligible);
    // Halves go away from zero: 1 001 ÷ 2 = 500,50 → 501 to the nearest euro.
    m.personnes.removeLast();
    (*m.ressources)[0].cents = 100'100;
    CHECK(rounded(R"({"mode": "plus_proche", "unite": "euro"})", "501") == Verdict::Eligible);
}

TEST_CASE("Resources, resource ceilings by household size, persons, amount requested", "[eligibility]")
{
    Menage m = example(); // 4 persons, 1 900 €
    CHECK(verdict(crit(R"("ressources", "operateur": "<=", "seuil": 1900)"), m) == Verdict::Eligible);
    CHECK(verdict(crit(R"("ressources", "operateur": "<", "seuil": 1900)"), m) == Verdict::NotEligible);
    CHECK(verdict(crit(R"("ressources", "ressources": {"exclure": ["prestations_familiales"]}, "operateur": "=",
        "seuil": 1752)"),
                  m) == Verdict::Eligible);
    CHECK(verdict(crit(R"("plafond_ressources", "operateur": "<=", "plafonds": [550, 750, 850, 1900])"), m) ==
          Verdict::Eligible);
    CHECK(verdict(crit(R"("plafond_ressources", "operateur": "<", "plafonds": [550, 750, 850, 1900])"), m) ==
          Verdict::NotEligible);
    // Beyond the table: the last ceiling plus the amount per extra person (850 + 2 × 525 = 1 900).
    CHECK(verdict(crit(R"("plafond_ressources", "operateur": "<=", "plafonds": [550, 750],
        "par_personne_supplementaire": 575)"),
                  m) == Verdict::Eligible);
    CHECK(verdict(crit(R"("plafond_ressources", "operateur": "<=", "plafonds": [550, 750],
        "par_personne_supplementaire": 574.99)"),
                  m) == Verdict::NotEligible);
    // Without an amount per extra person, the last ceiling applies.
    CHECK(verdict(crit(R"("plafond_ressources", "operateur": "<=", "plafonds": [550, 1900])"), m) == Verdict::Eligible);
    CHECK(verdict(crit(R"("nombre_personnes", "operateur": "=", "seuil": 4)"), m) == Verdict::Eligible);
    CHECK(verdict(crit(R"("nombre_personnes", "role": "enfant", "operateur": ">=", "seuil": 2)"), m) ==
          Verdict::Eligible);
    CHECK(verdict(crit(R"("nombre_personnes", "role": "enfant", "operateur": ">=", "seuil": 3)"), m) ==
          Verdict::NotEligible);
    CHECK(verdict(crit(R"("montant_demande", "operateur": "<=", "seuil": 300)"), m) == Verdict::Eligible);
    CHECK(verdict(crit(R"("montant_demande", "operateur": "<", "seuil": 300)"), m) == Verdict::NotEligible);
}

TEST_CASE("Benefit status, commune, nature of the request", "[eligibility]")
{
    Menage m = example();
    CHECK(verdict(crit(R"("statut", "prestation": "prime_activite", "valeur": true)"), m) == Verdict::Eligible);
    CHECK(verdict(crit(R"("statut", "prestation": "rsa", "valeur": true)"), m) == Verdict::NotEligible);
    CHECK(verdict(crit(R"("statut", "prestation": "rsa", "valeur": false)"), m) == Verdict::Eligible);
    CHECK(verdict(crit(R"("statut", "prestation": "c2s", "valeur": false)"), m) == Verdict::Eligible);
    CHECK(verdict(crit(R"("statut", "prestation": "aah", "valeur": true)"), m) == Verdict::NotEligible);
    m.statuts.erase(Benefit::ASF);
    const AidResult asf = withConditions(crit(R"("statut", "prestation": "asf", "valeur": true)"), m);
    CHECK(asf.verdict == Verdict::Incomplete);
    CHECK(asf.missing.contains(Engine::tr("%1 status").arg(QStringLiteral("ASF"))));

    CHECK(verdict(crit(R"("commune", "codes": ["78358", "78000"])"), m) == Verdict::Eligible);
    CHECK(verdict(crit(R"("commune", "codes": ["08105"])"), m) == Verdict::NotEligible);
    m.communeResidence.clear();
    const AidResult commune = withConditions(crit(R"("commune", "codes": ["08105"])"), m);
    CHECK(commune.verdict == Verdict::Incomplete);
    CHECK(commune.missing == QStringList{Engine::tr("residence commune")});

    CHECK(verdict(crit(R"("nature", "natures": ["alimentaire"])"), m) == Verdict::Eligible);
    CHECK(verdict(crit(R"("nature", "natures": ["energie", "logement"])"), m) == Verdict::NotEligible);
    m.demande.nature.clear();
    CHECK(verdict(crit(R"("nature", "natures": ["energie"])"), m) == Verdict::Incomplete);
}

TEST_CASE("Age of the demandeur, the conjoint, any person; birthday boundaries", "[eligibility]")
{
    Menage m = example(); // demandeur born 1984-03-14: 42 on 2026-11-27
    CHECK(verdict(crit(R"("age", "personne": "demandeur", "operateur": ">=", "seuil": 42)"), m) == Verdict::Eligible);
    CHECK(verdict(crit(R"("age", "personne": "demandeur", "operateur": ">", "seuil": 42)"), m) == Verdict::NotEligible);
    m.dateReference = QDate(2026, 3, 14);
    CHECK(verdict(crit(R"("age", "personne": "demandeur", "operateur": "=", "seuil": 42)"), m) == Verdict::Eligible);
    m.dateReference = QDate(2026, 3, 13);
    CHECK(verdict(crit(R"("age", "personne": "demandeur", "operateur": "=", "seuil": 41)"), m) == Verdict::Eligible);
    m = example();
    CHECK(verdict(crit(R"("age", "personne": "conjoint", "operateur": "<", "seuil": 41)"), m) == Verdict::Eligible);
    CHECK(verdict(crit(R"("age", "personne": "une_personne", "operateur": "<", "seuil": 10)"), m) == Verdict::Eligible);
    CHECK(verdict(crit(R"("age", "personne": "une_personne", "operateur": ">=", "seuil": 60)"), m) ==
          Verdict::NotEligible);
    // No conjoint: an age condition on the conjoint is certainly not met.
    Menage single = m;
    single.personnes.removeAt(1);
    CHECK(verdict(crit(R"("age", "personne": "conjoint", "operateur": "<", "seuil": 99)"), single) ==
          Verdict::NotEligible);
    // Unknown birth date: incomplete, named.
    m.personnes[0].dateNaissance = QDate();
    const AidResult a = withConditions(crit(R"("age", "personne": "demandeur", "operateur": ">=", "seuil": 60)"), m);
    CHECK(a.verdict == Verdict::Incomplete);
    CHECK(a.missing.size() == 1);
    // Any person: one known person meeting it is enough.
    m.personnes[3].dateNaissance = QDate();
    CHECK(verdict(crit(R"("age", "personne": "une_personne", "operateur": ">=", "seuil": 15)"), m) ==
          Verdict::Eligible);
    CHECK(verdict(crit(R"("age", "personne": "une_personne", "operateur": ">=", "seuil": 60)"), m) ==
          Verdict::Incomplete);
}

TEST_CASE("Missing data: incomplete, naming every missing figure", "[eligibility]")
{
    Menage m = example();
    m.quotientFamilialCaf.reset();
    m.fiscal.reset();
    m.ressources.reset();
    const AidResult a = withConditions(R"({"tous": [{"critere": "qf_caf", "operateur": "<", "seuil": 900},
        {"critere": "qf_fiscal", "periode": "annee", "operateur": "<", "seuil": 9000},
        {"critere": "reste_a_vivre", "calcul": "rav_jour", "operateur": "<=", "seuil": 10}]})",
                                       m);
    INFO(str(allText(a)));
    CHECK(a.verdict == Verdict::Incomplete);
    CHECK(a.amountCents == 0);
    CHECK(a.missing.contains(Engine::tr("CAF family quotient")));
    CHECK(a.missing.contains(Engine::tr("tax data (RFR and number of parts)")));
    CHECK(a.missing.contains(Engine::tr("monthly resources")));
    CHECK(a.missing.size() == 3);
    int missingLines = 0;
    for (const ExplanationLine& l : a.lines)
        missingLines += l.state == ExplanationLine::State::Missing ? 1 : 0;
    CHECK(missingLines == 3);
    // Charges missing too; composition missing.
    m = example();
    m.charges.reset();
    m.personnes.clear();
    const AidResult b =
        withConditions(crit(R"("reste_a_vivre", "calcul": "rav_jour", "operateur": "<=", "seuil": 10)"), m);
    CHECK(b.verdict == Verdict::Incomplete);
    CHECK(b.missing.contains(Engine::tr("monthly charges")));
    CHECK(b.missing.contains(Engine::tr("household composition")));
    // An empty resource list is known: zero.
    m = example();
    m.ressources = QList<MenageAmount>{};
    CHECK(verdict(crit(R"("ressources", "operateur": "=", "seuil": 0)"), m) == Verdict::Eligible);
}

TEST_CASE("Combinations: all, any, not, nested; a certain failure wins over a missing figure", "[eligibility]")
{
    Menage m = example();
    m.fiscal.reset(); // qf_fiscal: missing
    const std::string met = R"({"critere": "qf_caf", "operateur": "<", "seuil": 900})";
    const std::string notMet = R"({"critere": "qf_caf", "operateur": ">", "seuil": 900})";
    const std::string missing = R"({"critere": "qf_fiscal", "periode": "annee", "operateur": "<", "seuil": 9000})";
    CHECK(verdict(R"({"tous": [)" + met + "," + missing + "]}", m) == Verdict::Incomplete);
    CHECK(verdict(R"({"tous": [)" + notMet + "," + missing + "]}", m) == Verdict::NotEligible);
    CHECK(verdict(R"({"tous": [)" + met + "," + met + "]}", m) == Verdict::Eligible);
    CHECK(verdict(R"({"au_moins_un": [)" + met + "," + missing + "]}", m) == Verdict::Eligible);
    CHECK(verdict(R"({"au_moins_un": [)" + notMet + "," + missing + "]}", m) == Verdict::Incomplete);
    CHECK(verdict(R"({"au_moins_un": [)" + notMet + "," + notMet + "]}", m) == Verdict::NotEligible);
    CHECK(verdict(R"({"non": )" + met + "}", m) == Verdict::NotEligible);
    CHECK(verdict(R"({"non": )" + notMet + "}", m) == Verdict::Eligible);
    CHECK(verdict(R"({"non": )" + missing + "}", m) == Verdict::Incomplete);
    CHECK(verdict(met, m) == Verdict::Eligible); // a single criterion without a group
    // Nested: all(met, any(notMet, not(notMet))) → eligible; lines nested with depth.
    const AidResult nested = withConditions(
        R"({"tous": [)" + met + R"(, {"au_moins_un": [)" + notMet + R"(, {"non": )" + notMet + "}]}]}", m);
    CHECK(nested.verdict == Verdict::Eligible);
    int maxDepth = 0;
    for (const ExplanationLine& l : nested.lines)
        maxDepth = std::max(maxDepth, l.depth);
    CHECK(maxDepth == 2);
    // Missing in a group that is met anyway is not reported as missing.
    CHECK(withConditions(R"({"au_moins_un": [)" + met + "," + missing + "]}", m).missing.isEmpty());
}

// ---------------------------------------------------------------------------------------------------------
// Amounts, ceilings, waiting period
// ---------------------------------------------------------------------------------------------------------

TEST_CASE("Amounts: fixed, percentage rounded down to the cent, per-request ceiling", "[eligibility]")
{
    Menage m = example();
    CHECK(withAmount("150", m).amountCents == 15'000);
    CHECK(withAmount(R"({"type": "fixe", "montant": 75.5})", m).amountCents == 7'550);
    m.demande.montantCents = 33'333; // 333,33 € × 40 % = 133,332 → 133,33
    CHECK(withAmount(R"({"type": "pourcentage_demande", "pourcentage": 40})", m).amountCents == 13'333);
    m.demande.montantCents = 99; // 0,99 € × 33,33 % = 0,329967 → 0,32
    CHECK(withAmount(R"({"type": "pourcentage_demande", "pourcentage": 33.33})", m).amountCents == 32);
    m.demande.montantCents = 50'000;
    CHECK(withAmount(R"({"type": "pourcentage_demande", "pourcentage": 50})", m, R"(, "plafond": 200)").amountCents ==
          20'000);
    CHECK(withAmount(R"({"type": "pourcentage_demande", "pourcentage": 50})", m, R"(, "plafond": 300)").amountCents ==
          25'000);
    // Unknown amount requested: incomplete.
    m.demande.montantCents.reset();
    const AidResult a = withAmount(R"({"type": "pourcentage_demande", "pourcentage": 50})", m);
    CHECK(a.verdict == Verdict::Incomplete);
    CHECK(a.missing == QStringList{Engine::tr("amount requested")});
    // No amount rule: an aid in kind, eligible without amount.
    const Reglement r = reglement(R"([{"code": "A", "libelle": "A"}])");
    const AidResult inKind = Engine::evaluate(r, example()).aids.first();
    CHECK(inKind.verdict == Verdict::Eligible);
    CHECK(inKind.amountCents == 0);
}

TEST_CASE("Band tables: inclusive and exclusive bounds, beyond the last band, nested and by nature", "[eligibility]")
{
    Menage m = example(); // QF 649
    const auto band = [&](const std::string& bound, bool inclusive) {
        return withAmount(R"({"type": "bareme", "variable": "qf_caf", "tranches": [{"jusqu_a": )" + bound +
                              R"(, "inclus": )" + (inclusive ? "true" : "false") +
                              R"(, "montant": 100}, {"montant": 50}]})",
                          m)
            .amountCents;
    };
    CHECK(band("649", true) == 10'000);
    CHECK(band("649", false) == 5'000);
    CHECK(band("649.01", false) == 10'000);
    // Beyond the last bound: not eligible.
    const AidResult beyond =
        withAmount(R"({"type": "bareme", "variable": "qf_caf", "tranches": [{"jusqu_a": 600, "inclus": true,
        "montant": 100}]})",
                   m);
    CHECK(beyond.verdict == Verdict::NotEligible);
    // Zero: not eligible.
    CHECK(withAmount(R"({"type": "bareme", "variable": "qf_caf", "tranches": [{"jusqu_a": 600, "inclus": true,
        "montant": 100}, {"montant": 0}]})",
                     m)
              .verdict == Verdict::NotEligible);
    // By nature, with « autres ».
    const std::string byNature = R"({"type": "selon_nature", "cas": [{"natures": ["energie"], "montant": 80}],
        "autres": 20})";
    CHECK(withAmount(byNature, m).amountCents == 2'000);
    m.demande.nature = QStringLiteral("energie");
    CHECK(withAmount(byNature, m).amountCents == 8'000);
    m.demande.nature = QStringLiteral("sante");
    CHECK(withAmount(R"({"type": "selon_nature", "cas": [{"natures": ["energie"], "montant": 80}]})", m).verdict ==
          Verdict::NotEligible);
    m.demande.nature.clear();
    CHECK(withAmount(byNature, m).verdict == Verdict::Incomplete);
    // The band variable missing: incomplete.
    m = example();
    m.quotientFamilialCaf.reset();
    const AidResult missing =
        withAmount(R"({"type": "bareme", "variable": "qf_caf", "tranches": [{"montant": 1}]})", m);
    CHECK(missing.verdict == Verdict::Incomplete);
    CHECK(missing.missing == QStringList{Engine::tr("CAF family quotient")});
}

TEST_CASE("A certain failure of the conditions wins over a missing figure of the amount", "[eligibility]")
{
    Menage m = example();
    m.demande.montantCents.reset();
    const Reglement r = reglement(R"([{"code": "A", "libelle": "A",
        "conditions": {"critere": "qf_caf", "operateur": ">", "seuil": 900},
        "montant": {"type": "pourcentage_demande", "pourcentage": 50}}])");
    const AidResult a = Engine::evaluate(r, m).aids.first();
    CHECK(a.verdict == Verdict::NotEligible);
    CHECK(a.missing.isEmpty());
}

TEST_CASE("Natures of the aid: a request of another nature is not eligible", "[eligibility]")
{
    const Reglement r = reglement(R"([{"code": "E", "libelle": "E", "natures": ["energie"], "montant": 50},
        {"code": "F", "libelle": "F", "natures": ["alimentaire", "energie"], "montant": 60}])");
    Menage m = example();
    const Evaluation e = Engine::evaluate(r, m);
    CHECK(aidOf(e, "E").verdict == Verdict::NotEligible);
    CHECK(aidOf(e, "F").verdict == Verdict::Eligible);
    m.demande.nature.clear();
    CHECK(aidOf(Engine::evaluate(r, m), "E").verdict == Verdict::Incomplete);
    // Only the aids asked for.
    const Evaluation only = Engine::evaluate(r, example(), {QStringLiteral("F")});
    REQUIRE(only.aids.size() == 1);
    CHECK(only.aids.first().code == QStringLiteral("F"));
}

TEST_CASE("Waiting period: already helped within N months before the reference date", "[eligibility]")
{
    const Reglement r = reglement(R"([{"code": "A", "libelle": "A", "montant": 100, "delai_carence_mois": 6}])");
    Menage m = example(); // reference 2026-11-27
    CHECK(Engine::evaluate(r, m).aids.first().verdict == Verdict::Eligible);
    m.aidesRecues = {AideRecue{QStringLiteral("A"), QDate(2026, 5, 28), 10'000}};
    const AidResult within = Engine::evaluate(r, m).aids.first();
    CHECK(within.verdict == Verdict::NotEligible);
    CHECK(hasLine(within, ExplanationLine::State::NotMet, "28/05/2026"));
    CHECK(hasLine(within, ExplanationLine::State::NotMet, "28/11/2026"));         // possible again from
    m.aidesRecues = {AideRecue{QStringLiteral("A"), QDate(2026, 5, 27), 10'000}}; // exactly 6 months before
    CHECK(Engine::evaluate(r, m).aids.first().verdict == Verdict::Eligible);
    m.aidesRecues = {AideRecue{QStringLiteral("B"), QDate(2026, 11, 1), 10'000}}; // another aid
    CHECK(Engine::evaluate(r, m).aids.first().verdict == Verdict::Eligible);
    m.aidesRecues = {AideRecue{QStringLiteral("A"), QDate(2026, 11, 27), 10'000}}; // the same day
    CHECK(Engine::evaluate(r, m).aids.first().verdict == Verdict::NotEligible);
}

TEST_CASE("Annual ceiling: calendar year, 12 rolling months, several aids, by band", "[eligibility]")
{
    Menage m = example(); // reference 2026-11-27
    const Reglement calendar = reglement(
        R"([{"code": "A", "libelle": "A", "montant": 300, "plafond_annuel": 500}, {"code": "B", "libelle": "B"}])");
    m.aidesRecues = {AideRecue{QStringLiteral("A"), QDate(2025, 12, 31), 40'000}};
    CHECK(aidOf(Engine::evaluate(calendar, m), "A").amountCents == 30'000);
    m.aidesRecues << AideRecue{QStringLiteral("A"), QDate(2026, 1, 1), 40'000};
    CHECK(aidOf(Engine::evaluate(calendar, m), "A").amountCents == 10'000);
    m.aidesRecues << AideRecue{QStringLiteral("B"), QDate(2026, 2, 1), 10'000}; // another aid: not counted
    CHECK(aidOf(Engine::evaluate(calendar, m), "A").amountCents == 10'000);

    const Reglement rolling = reglement(R"([{"code": "A", "libelle": "A", "montant": 300,
        "plafond_annuel": {"montant": 500, "periode": "12_mois_glissants", "aides": ["A", "B"]}}, {"code": "B", "libelle": "B"}])");
    m.aidesRecues = {AideRecue{QStringLiteral("A"), QDate(2025, 11, 27), 40'000}}; // 12 months and a day ago: out
    CHECK(aidOf(Engine::evaluate(rolling, m), "A").amountCents == 30'000);
    m.aidesRecues = {AideRecue{QStringLiteral("A"), QDate(2025, 11, 28), 40'000}}; // inside
    CHECK(aidOf(Engine::evaluate(rolling, m), "A").amountCents == 10'000);
    m.aidesRecues << AideRecue{QStringLiteral("B"), QDate(2026, 2, 1), 10'000}; // B counted: nothing left
    const AidResult full = aidOf(Engine::evaluate(rolling, m), "A");
    CHECK(full.verdict == Verdict::NotEligible);
    CHECK(hasLine(full, ExplanationLine::State::NotMet, "500,00\u00a0€"));
}

// ---------------------------------------------------------------------------------------------------------
// Output
// ---------------------------------------------------------------------------------------------------------

TEST_CASE("Evaluation JSON: stable keys", "[eligibility]")
{
    const Evaluation e = Engine::evaluate(loadExample("exemple-maisons-laffitte.json"), example());
    const QJsonObject j = Engine::toJson(e);
    CHECK(j.value(QStringLiteral("date_reference")).toString() == QStringLiteral("2026-11-27"));
    CHECK(j.value(QStringLiteral("reglement")).toObject().value(QStringLiteral("version")).toInt() == 1);
    const QJsonObject a = j.value(QStringLiteral("aides")).toArray().first().toObject();
    CHECK(a.value(QStringLiteral("code")).toString() == QStringLiteral("SECOURS"));
    CHECK(a.value(QStringLiteral("verdict")).toString() == QStringLiteral("eligible"));
    CHECK(a.value(QStringLiteral("montant_centimes")).toInteger() == 12'000);
    CHECK(a.value(QStringLiteral("manquant")).toArray().isEmpty());
    const QJsonArray lines = a.value(QStringLiteral("explications")).toArray();
    REQUIRE_FALSE(lines.isEmpty());
    const QJsonObject l = lines.first().toObject();
    for (const char* key : {"critere", "etat", "texte", "sources", "niveau"})
        CHECK(l.contains(QLatin1String(key)));
    QStringList states;
    for (const auto& v : lines)
        states << v.toObject().value(QStringLiteral("etat")).toString();
    CHECK(states.contains(QStringLiteral("remplie")));
    CHECK(states.contains(QStringLiteral("info")));
    const QJsonArray figures = j.value(QStringLiteral("chiffres")).toArray();
    QStringList keys;
    for (const auto& v : figures)
        keys << v.toObject().value(QStringLiteral("cle")).toString();
    for (const char* key : {"personnes", "uc_oecd", "uc_cheque_energie", "parts_caf", "qf_caf", "rfr", "parts_fiscales",
                            "rfr_par_part", "rfr_par_part_mois", "rfr_uc_oecd", "rfr_uc_cheque_energie",
                            "ressources_mensuelles", "charges_mensuelles", "reste_a_vivre.rav_jour"})
        CHECK(keys.contains(QLatin1String(key)));
    CHECK(Engine::verdictKey(Verdict::NotEligible) == QStringLiteral("non_eligible"));
    CHECK(Engine::verdictKey(Verdict::Incomplete) == QStringLiteral("incomplet"));
}

TEST_CASE("Source texts: API with provider, period, request and date; agent; paper proof", "[eligibility]")
{
    FigureSource api;
    api.kind = FigureSource::Kind::Api;
    api.api = QStringLiteral("API Impôt particulier");
    api.provider = QStringLiteral("DGFiP");
    api.year = 2025;
    api.requestId = QStringLiteral("abc-123");
    api.fetchedAt = QDateTime(QDate(2026, 11, 27), QTime(10, 0), Qt::UTC);
    const QString text = Engine::sourceText(api);
    CHECK(text.contains(QStringLiteral("API Impôt particulier")));
    CHECK(text.contains(QStringLiteral("DGFiP")));
    CHECK(text.contains(QStringLiteral("2025")));
    CHECK(text.contains(QStringLiteral("abc-123")));
    CHECK(text.contains(QStringLiteral("27/11/2026")));
    FigureSource agent;
    FigureSource paper;
    paper.kind = FigureSource::Kind::Justificatif;
    CHECK_FALSE(Engine::sourceText(agent).isEmpty());
    CHECK(Engine::sourceText(agent) != Engine::sourceText(paper));
}

TEST_CASE("decide() gives the verdicts, amounts and missing figures of evaluate(), on generated households",
          "[eligibility]")
{
    QList<Reglement> reglements;
    for (const char* file : {"exemple-maisons-laffitte.json", "exemple-aubord.json", "exemple-plaine-argenson.json",
                             "exemple-cheque-energie.json"})
        reglements << loadExample(file);
    QRandomGenerator rng(5);
    const QStringList& natures = MenageJson::natures();
    int compared = 0;
    for (int i = 0; i < 500; ++i) {
        Menage m = example();
        m.personnes.resize(1 + rng.bounded(5));
        for (int p = 1; p < m.personnes.size(); ++p) {
            m.personnes[p].role = p == 1 ? PersonRole::Conjoint : PersonRole::Enfant;
            m.personnes[p].dateNaissance =
                rng.bounded(10) == 0 ? QDate() : m.dateReference.addDays(-rng.bounded(30 * 365));
        }
        (*m.ressources)[0].cents = rng.bounded(300'000);
        (*m.charges)[0].cents = rng.bounded(100'000);
        if (rng.bounded(8) == 0)
            m.ressources.reset();
        if (rng.bounded(8) == 0)
            m.quotientFamilialCaf.reset();
        else
            m.quotientFamilialCaf->valeur = int(rng.bounded(1500));
        if (rng.bounded(8) == 0)
            m.fiscal.reset();
        else
            m.fiscal->rfrEuros = rng.bounded(40'000);
        m.demande.nature = rng.bounded(10) == 0 ? QString() : natures[int(rng.bounded(natures.size()))];
        m.demande.montantCents = qint64(rng.bounded(100'000));
        if (rng.bounded(3) == 0)
            m.aidesRecues << AideRecue{QStringLiteral("SECOURS"), m.dateReference.addDays(-rng.bounded(400)),
                                       qint64(rng.bounded(100'000))};
        if (rng.bounded(3) == 0)
            m.aidesRecues << AideRecue{QStringLiteral("URGENCE"), m.dateReference.addDays(-rng.bounded(200)), 15'000};
        for (const Reglement& r : reglements) {
            const Evaluation full = Engine::evaluate(r, m);
            const QList<AidResult> quick = Engine::decide(r, m);
            REQUIRE(full.aids.size() == quick.size());
            for (int a = 0; a < quick.size(); ++a) {
                CHECK(quick[a].code == full.aids[a].code);
                CHECK(quick[a].verdict == full.aids[a].verdict);
                CHECK(quick[a].amountCents == full.aids[a].amountCents);
                CHECK(quick[a].missing == full.aids[a].missing);
                CHECK(quick[a].lines.isEmpty());
                CHECK_FALSE(full.aids[a].lines.isEmpty());
                ++compared;
            }
        }
    }
    CHECK(compared == 500 * 6);
}

TEST_CASE("Fast money formatting equals DossierText::formatCents", "[eligibility]")
{
    for (const qint64 cents :
         {qint64(0), qint64(5), qint64(99), qint64(100), qint64(27'000), qint64(190'000), qint64(857'143),
          qint64(123'456'789), qint64(100'000'000'000), qint64(-1), qint64(-16'800), qint64(-123'456)})
        CHECK(HouseholdScales::formatCents(cents).toStdString() == DossierText::formatCents(cents).toStdString());
    CHECK(HouseholdScales::formatDate(QDate(2026, 3, 1)) == QStringLiteral("01/03/2026"));
    CHECK(HouseholdScales::formatDate(QDate()).isEmpty());
    CHECK(HouseholdScales::formatHundredths(-150) == QStringLiteral("-1,5"));
    CHECK(HouseholdScales::formatHundredths(123'456) == QStringLiteral("1\u202f234,56"));
}
