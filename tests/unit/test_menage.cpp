// The household JSON format (`--menage`, docs/reglement.md): parsing, every error with its JSON path,
// the round trip, and partial entries.
#include <catch2/catch.hpp>

#include "eligibility/Menage.h"

#include <QFile>
#include <QJsonDocument>

#include <string>

using namespace ccas;

namespace {

QByteArray fixture(const char* name)
{
    QFile f(QStringLiteral(GUICHET_FIXTURES_DIR "/menages/") + QLatin1String(name));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

QStringList errorsOf(const std::string& json)
{
    const auto r = MenageJson::parse(QByteArray::fromStdString(json));
    REQUIRE_FALSE(r.ok());
    return r.error();
}

// True when one message names `path` (and `detail`, when given).
bool names(const QStringList& errors, const char* path, const char* detail = nullptr)
{
    for (QString e : errors) {
        // "path: message" in English, "path : message" (no-break space) in French.
        e.replace(QStringLiteral("\u00a0:"), QStringLiteral(":")).replace(QStringLiteral(" :"), QStringLiteral(":"));
        if (e.contains(QString::fromUtf8(path)) && (!detail || e.contains(QString::fromUtf8(detail))))
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("Household file: the worked example §2.8 is read field by field", "[eligibility]")
{
    const auto r = MenageJson::parse(fixture("exemple-2-8.json"));
    INFO((r.ok() ? QString() : r.error().join(QLatin1Char('\n'))).toStdString());
    REQUIRE(r.ok());
    const Menage& m = r.value();
    CHECK(m.dateReference == QDate(2026, 11, 27));
    CHECK(m.communeResidence == QStringLiteral("78358"));
    REQUIRE(m.personnes.size() == 4);
    CHECK(m.personnes[0].role == PersonRole::Demandeur);
    CHECK(m.personnes[1].role == PersonRole::Conjoint);
    CHECK(m.personnes[3].role == PersonRole::Enfant);
    CHECK(m.personnes[3].dateNaissance == QDate(2018, 2, 3));
    CHECK_FALSE(m.personnes[3].residenceAlternee);
    REQUIRE(m.ressources);
    REQUIRE(m.ressources->size() == 2);
    CHECK((*m.ressources)[0].type == QStringLiteral("salaire"));
    CHECK((*m.ressources)[0].cents == 175'200);
    CHECK((*m.ressources)[0].source.kind == FigureSource::Kind::Agent);
    CHECK((*m.ressources)[1].source.kind == FigureSource::Kind::Justificatif);
    REQUIRE(m.charges);
    qint64 charges = 0;
    for (const MenageAmount& c : *m.charges)
        charges += c.cents;
    CHECK(charges == 82'000);
    REQUIRE(m.quotientFamilialCaf);
    CHECK(m.quotientFamilialCaf->valeur == 649);
    CHECK(m.quotientFamilialCaf->fournisseur == QStringLiteral("CNAF"));
    CHECK(m.quotientFamilialCaf->annee == 2026);
    CHECK(m.quotientFamilialCaf->mois == 10);
    CHECK(m.quotientFamilialCaf->source.kind == FigureSource::Kind::Api);
    CHECK(m.quotientFamilialCaf->source.provider == QStringLiteral("CNAF")); // from the QF itself
    CHECK(m.quotientFamilialCaf->source.month == 10);
    CHECK(m.quotientFamilialCaf->source.requestId == QStringLiteral("req-qf-0001"));
    CHECK(m.quotientFamilialCaf->source.fetchedAt == QDateTime(QDate(2026, 11, 27), QTime(9, 15), Qt::UTC));
    REQUIRE(m.fiscal);
    CHECK(m.fiscal->rfrEuros == 18'000);
    CHECK(m.fiscal->partsQuarters == 12);
    CHECK(m.fiscal->impotEuros == 0);
    CHECK(m.fiscal->anneeRevenus == 2025);
    CHECK(m.fiscal->source.provider == QStringLiteral("DGFiP"));
    CHECK(m.statuts.size() == 5);
    CHECK(m.statuts.at(Benefit::PrimeActivite).value);
    CHECK_FALSE(m.statuts.at(Benefit::RSA).value);
    CHECK(m.demande.nature == QStringLiteral("alimentaire"));
    CHECK(m.demande.montantCents == 30'000);
    CHECK(m.aidesRecues.isEmpty());
}

TEST_CASE("Household file: the round trip keeps every field", "[eligibility]")
{
    const auto first = MenageJson::parse(fixture("exemple-2-8.json"));
    REQUIRE(first.ok());
    Menage m = first.value();
    m.personnes[3].residenceAlternee = true;
    m.personnes[1].dateNaissance = QDate();
    m.aidesRecues << AideRecue{QStringLiteral("SECOURS"), QDate(2026, 3, 1), 12'345};
    m.statuts[Benefit::C2S].source.kind = FigureSource::Kind::Justificatif;
    m.fiscal->impotEuros.reset();
    m.fiscal->partsQuarters = 11; // 2,75 parts
    m.demande.montantCents = 1;
    const QJsonObject json = MenageJson::toJson(m);
    const auto again = MenageJson::fromJson(json);
    INFO((again.ok() ? QString() : again.error().join(QLatin1Char('\n'))).toStdString());
    REQUIRE(again.ok());
    const Menage& b = again.value();
    CHECK(MenageJson::toJson(b) == json);
    CHECK(b.personnes[3].residenceAlternee);
    CHECK_FALSE(b.personnes[1].dateNaissance.isValid());
    REQUIRE(b.aidesRecues.size() == 1);
    CHECK(b.aidesRecues[0].cents == 12'345);
    CHECK(b.aidesRecues[0].date == QDate(2026, 3, 1));
    CHECK(b.statuts.at(Benefit::C2S).source.kind == FigureSource::Kind::Justificatif);
    CHECK_FALSE(b.fiscal->impotEuros.has_value());
    CHECK(b.fiscal->partsQuarters == 11);
    CHECK(b.quotientFamilialCaf->source == m.quotientFamilialCaf->source);
    CHECK(b.fiscal->source == m.fiscal->source);
    CHECK(b.demande.montantCents == 1);
    REQUIRE(b.ressources->size() == 2);
    CHECK((*b.ressources)[1].source.kind == FigureSource::Kind::Justificatif);
}

TEST_CASE("Household file: every error is reported with its JSON path", "[eligibility]")
{
    const QStringList e = errorsOf(R"({
        "date_reference": "2026-11-31",
        "commune_residence": "8105",
        "personne": [],
        "personnes": [{"role": "demandeur", "date_naissance": "1984-13-01"}, {"role": "cousin"},
                      {"role": "enfant", "residence_alternee": "oui"}],
        "ressources_mensuelles": [{"type": "salaire", "montant": 1752.005}, {"type": "loto", "montant": 10},
                                  {"montant": -5, "type": "autre"}],
        "charges_mensuelles": [{"type": "loyer", "montant": 550}, {"type": "energie"}],
        "quotient_familial_caf": {"valeur": 649.5, "fournisseur": "CAF", "annee": 2026, "mois": 13},
        "fiscal": {"rfr": 18000, "nombre_parts": 2.3, "annee_revenus": "2025"},
        "statuts": {"rsa": "non", "apl": true},
        "demande": {"nature": "vacances", "montant_demande": "trois cents"},
        "aides_recues": [{"aide": "A", "montant": 10}]
    })");
    const std::string all = e.join(QLatin1Char('\n')).toStdString();
    INFO(all);
    CHECK(names(e, "date_reference", "2026-11-31"));
    CHECK(names(e, "commune_residence", "8105"));
    CHECK(names(e, "personne:"));
    CHECK(names(e, "personnes[0].date_naissance", "1984-13-01"));
    CHECK(names(e, "personnes[1].role", "cousin"));
    CHECK(names(e, "personnes[2].residence_alternee"));
    CHECK(names(e, "ressources_mensuelles[0].montant"));
    CHECK(names(e, "ressources_mensuelles[1].type", "loto"));
    CHECK(names(e, "ressources_mensuelles[2].montant"));
    CHECK(names(e, "charges_mensuelles[0].type", "loyer"));
    CHECK(names(e, "charges_mensuelles[1].montant"));
    CHECK(names(e, "quotient_familial_caf.valeur"));
    CHECK(names(e, "quotient_familial_caf.fournisseur", "CAF"));
    CHECK(names(e, "quotient_familial_caf.mois"));
    CHECK(names(e, "fiscal.nombre_parts"));
    CHECK(names(e, "fiscal.annee_revenus"));
    CHECK(names(e, "statuts.rsa"));
    CHECK(names(e, "statuts.apl"));
    CHECK(names(e, "demande.nature", "vacances"));
    CHECK(names(e, "demande.montant_demande", "trois cents"));
    CHECK(names(e, "aides_recues[0].date"));
    CHECK(e.size() == 21);
}

TEST_CASE("Household file: structure errors", "[eligibility]")
{
    CHECK(errorsOf("{\"date_reference\": ").size() == 1);
    CHECK(errorsOf("[]").size() == 1);
    CHECK(names(errorsOf("{}"), "date_reference"));
    CHECK(names(errorsOf(R"({"date_reference": "2026-11-27", "personnes": [{"role": "enfant"}]})"), "personnes",
                "demandeur"));
    CHECK(names(errorsOf(R"({"date_reference": "2026-11-27", "personnes": [{"role": "demandeur"},
        {"role": "demandeur"}]})"),
                "personnes"));
    CHECK(names(errorsOf(R"({"date_reference": "2026-11-27", "personnes": [{"role": "demandeur"},
        {"role": "conjoint"}, {"role": "conjoint"}]})"),
                "personnes"));
    CHECK(names(errorsOf(R"({"date_reference": "2026-11-27", "personnes": {}})"), "personnes"));
    CHECK(names(errorsOf(R"({"date_reference": "2026-11-27", "fiscal": {"rfr": 1}})"), "fiscal.nombre_parts"));
    CHECK(names(errorsOf(R"({"date_reference": "2026-11-27", "quotient_familial_caf": {"valeur": 1,
        "fournisseur": "MSA", "annee": 2026, "mois": 1, "source": {"type": "courrier"}}})"),
                "quotient_familial_caf.source.type", "courrier"));
}

TEST_CASE("Household file: amounts as text, null for unknown, minimal file", "[eligibility]")
{
    const auto r = MenageJson::parse(R"({"date_reference": "2026-11-27",
        "ressources_mensuelles": [{"type": "salaire", "montant": "1 752,50"}], "charges_mensuelles": null,
        "quotient_familial_caf": null, "statuts": {"rsa": null, "aah": {"valeur": true, "source": "justificatif"}},
        "fiscal": {"rfr": 0, "nombre_parts": 1.25, "impot": null, "annee_revenus": 2025}})");
    INFO((r.ok() ? QString() : r.error().join(QLatin1Char('\n'))).toStdString());
    REQUIRE(r.ok());
    const Menage& m = r.value();
    CHECK((*m.ressources)[0].cents == 175'250);
    CHECK_FALSE(m.charges.has_value());
    CHECK_FALSE(m.quotientFamilialCaf.has_value());
    CHECK(m.statuts.count(Benefit::RSA) == 0);
    CHECK(m.statuts.at(Benefit::AAH).value);
    CHECK(m.statuts.at(Benefit::AAH).source.kind == FigureSource::Kind::Justificatif);
    CHECK(m.fiscal->partsQuarters == 5);
    CHECK(m.personnes.isEmpty());

    const auto minimal = MenageJson::parse(R"({"date_reference": "2026-11-27"})");
    REQUIRE(minimal.ok());
    CHECK_FALSE(minimal.value().ressources.has_value());
    CHECK(minimal.value().demande.nature.isEmpty());
    CHECK_FALSE(minimal.value().demande.montantCents.has_value());
}

TEST_CASE("Household entry: readInto reads only the keys present, without a reference date", "[eligibility]")
{
    Menage m;
    m.dateReference = QDate(2026, 11, 27);
    m.communeResidence = QStringLiteral("78358");
    m.ressources = QList<MenageAmount>{MenageAmount{QStringLiteral("salaire"), 100, {}}};
    const QJsonObject entry = QJsonDocument::fromJson(R"({"personnes": [{"role": "demandeur"}],
        "demande": {"nature": "energie", "montant_demande": 120}})")
                                  .object();
    CHECK(MenageJson::readInto(entry, m).isEmpty());
    CHECK(m.personnes.size() == 1);
    CHECK(m.demande.nature == QStringLiteral("energie"));
    CHECK(m.demande.montantCents == 12'000);
    CHECK(m.communeResidence == QStringLiteral("78358"));
    CHECK(m.dateReference == QDate(2026, 11, 27));
    CHECK(m.ressources->size() == 1);
    // A bad field is reported and left as it was.
    const QJsonObject bad =
        QJsonDocument::fromJson(R"({"commune_residence": "x", "demande": {"nature": "?"}})").object();
    const QStringList errors = MenageJson::readInto(bad, m);
    CHECK(errors.size() == 2);
    CHECK(m.communeResidence == QStringLiteral("78358"));
    CHECK(m.demande.nature == QStringLiteral("energie"));
}

TEST_CASE("Household keys: roles, benefits, types, natures", "[eligibility]")
{
    for (const PersonRole r : {PersonRole::Demandeur, PersonRole::Conjoint, PersonRole::Enfant, PersonRole::Autre})
        CHECK(MenageJson::roleFromKey(MenageJson::roleKey(r)) == r);
    for (const Benefit b : {Benefit::RSA, Benefit::C2S, Benefit::AAH, Benefit::ASF, Benefit::PrimeActivite})
        CHECK(MenageJson::benefitFromKey(MenageJson::benefitKey(b)) == b);
    CHECK(MenageJson::benefitKey(Benefit::PrimeActivite) == QStringLiteral("prime_activite"));
    CHECK_FALSE(MenageJson::roleFromKey(QStringLiteral("parent")).has_value());
    CHECK(MenageJson::resourceTypes().size() == 7);
    CHECK(MenageJson::chargeTypes().size() == 8);
    CHECK(MenageJson::natures() == QStringList{QStringLiteral("alimentaire"), QStringLiteral("energie"),
                                               QStringLiteral("logement"), QStringLiteral("transport"),
                                               QStringLiteral("sante"), QStringLiteral("autre")});
}
