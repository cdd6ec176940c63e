// Parsing of API Particulier v3 answers: envelope, absent vs null, types, partial dates.
#include "api/ApiParticulierClient.h"
#include "api/OutcomeText.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace ccas;

namespace {

QByteArray fixture(const char* name)
{
    QFile f(QStringLiteral(GUICHET_FIXTURES_DIR "/api-particulier/") + QLatin1String(name));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

Result<FamilyQuotientData, ApiError> family(const QByteArray& body)
{
    const auto env = ApiParticulierClient::parseEnvelope(Source::QuotientFamilial, body);
    if (!env)
        return env.error();
    return ApiParticulierClient::parseFamilyQuotient(env.value());
}

Result<BenefitStatusData, ApiError> benefit(Source s, const QByteArray& body)
{
    const auto env = ApiParticulierClient::parseEnvelope(s, body);
    if (!env)
        return env.error();
    return ApiParticulierClient::parseBenefit(env.value());
}

} // namespace

TEST_CASE("QF answers of the examples parse", "[parser]")
{
    const auto msa = family(fixture("v3_dss_quotient_familial_identite_200_msa_couple.json"));
    REQUIRE(msa.ok());
    CHECK(msa.value().quotientFamilial.value().fournisseur == QStringLiteral("MSA"));
    CHECK(msa.value().allocataires.value().size() == 2);
    CHECK(msa.value().provenance.provider == QStringLiteral("MSA"));

    const auto cnaf = family(fixture("v3_dss_quotient_familial_identite_200_cnaf_4_enfants.json"));
    REQUIRE(cnaf.ok());
    CHECK(cnaf.value().enfants.value().size() == 4);
    CHECK(cnaf.value().adresse.isPresent());

    const auto date00 = family(fixture("v3_dss_quotient_familial_france_connect_200_date_00.json"));
    REQUIRE(date00.ok());
    bool sawUnknownDay = false;
    for (const Person& p : date00.value().enfants.value())
        sawUnknownDay = sawUnknownDay || (p.dateNaissance.day == 0 && p.dateNaissance.year > 0);
    for (const Person& p : date00.value().allocataires.value())
        sawUnknownDay = sawUnknownDay || (p.dateNaissance.day == 0 && p.dateNaissance.year > 0);
    CHECK(sawUnknownDay);
}

TEST_CASE("status answers of the examples parse", "[parser]")
{
    const auto c2s = benefit(Source::C2S, fixture("v3_dss_complementaire_sante_solidaire_identite_200.json"));
    REQUIRE(c2s.ok());
    CHECK(c2s.value().estBeneficiaire.isPresent());
    CHECK_FALSE(c2s.value().avecParticipation.isAbsent());
    CHECK(c2s.value().avecMajoration.isAbsent()); // not a C2S field
    for (auto [s, file] : {std::pair{Source::RSA, "v3_dss_revenu_solidarite_active_identite_200.json"},
                           std::pair{Source::AAH, "v3_dss_allocation_adulte_handicape_identite_200.json"},
                           std::pair{Source::ASF, "v3_dss_allocation_soutien_familial_identite_200.json"},
                           std::pair{Source::PrimeActivite, "v3_dss_prime_activite_identite_200.json"}}) {
        const auto r = benefit(s, fixture(file));
        INFO(file);
        REQUIRE(r.ok());
        CHECK(r.value().provenance.provider == QStringLiteral("CNAV"));
    }
}

TEST_CASE("an absent key is outside the scopes, null is no value", "[parser]")
{
    const QByteArray onlyQf =
        R"({"data":{"quotient_familial":{"fournisseur":"CNAF","valeur":800,"annee":2026,"mois":10,"annee_calcul":2026,"mois_calcul":10}},"links":{},"meta":{}})";
    const auto r = family(onlyQf);
    REQUIRE(r.ok());
    CHECK(r.value().allocataires.isAbsent());
    CHECK(r.value().enfants.isAbsent());
    CHECK(r.value().adresse.isAbsent());
    const QJsonObject json = OutcomeText::toJson(SourceOutcome{Source::QuotientFamilial, r.value(), {}, {}, 0});
    CHECK(json[QStringLiteral("hors_habilitation")].toArray().size() == 3);

    const QByteArray nulls =
        R"({"data":{"est_beneficiaire":false,"avec_majoration":null,"date_debut_droit":null},"links":{},"meta":{}})";
    const auto b = benefit(Source::RSA, nulls);
    REQUIRE(b.ok());
    CHECK(b.value().avecMajoration.isNull());
    CHECK(b.value().dateDebutDroit.isNull());
    CHECK_FALSE(b.value().estBeneficiaire.value());

    const QByteArray noStatus = R"({"data":{},"links":{},"meta":{}})";
    const auto none = benefit(Source::AAH, noStatus);
    REQUIRE(none.ok());
    CHECK(none.value().estBeneficiaire.isAbsent());
}

TEST_CASE("unknown keys are ignored", "[parser]")
{
    const QByteArray body =
        R"({"data":{"est_beneficiaire":true,"date_debut_droit":"2024-01-01","nouveau_champ":{"x":1}},"links":{"attestation_pdf":"x"},"meta":{"pdf_verification_code":"y"},"extra":1})";
    const auto r = benefit(Source::AAH, body);
    REQUIRE(r.ok());
    CHECK(r.value().dateDebutDroit.value() == PartialDate{2024, 1, 1});
}

TEST_CASE("wrong types and shapes are malformed, naming the path but not the value", "[parser]")
{
    const struct
    {
        const char* body;
        const char* path;
    } rows[] = {
        {R"({"data":{"est_beneficiaire":"oui"},"links":{},"meta":{}})", "data.est_beneficiaire"},
        {R"({"data":{"est_beneficiaire":true,"date_debut_droit":"01/02/2024"},"links":{},"meta":{}})",
         "data.date_debut_droit"},
        {R"({"data":{"est_beneficiaire":true,"date_debut_droit":"2023-02-30"},"links":{},"meta":{}})",
         "data.date_debut_droit"},
        {R"({"data":{"est_beneficiaire":null},"links":{},"meta":{}})", "data.est_beneficiaire"},
    };
    for (const auto& row : rows) {
        DYNAMIC_SECTION(row.path)
        {
            const auto r = benefit(Source::RSA, row.body);
            REQUIRE_FALSE(r.ok());
            CHECK(r.error().kind == ApiError::Kind::Malformed);
            CHECK(r.error().detail.startsWith(QLatin1String(row.path)));
        }
    }
    const char* familyRows[] = {
        R"({"data":{"quotient_familial":{"fournisseur":"CNAF","valeur":"800","annee":2026,"mois":10}},"links":{},"meta":{}})",
        R"({"data":{"quotient_familial":{"fournisseur":"CNAF","valeur":80.5,"annee":2026,"mois":10}},"links":{},"meta":{}})",
        R"({"data":{"quotient_familial":{"fournisseur":"CNAF","valeur":800,"annee":2026,"mois":13}},"links":{},"meta":{}})",
        R"({"data":{"allocataires":[]},"links":{},"meta":{}})",
        R"({"data":{"allocataires":[{"nom_naissance":"X","nom_usage":null,"prenoms":"A","date_naissance":"1990-01-01","sexe":"X"}]},"links":{},"meta":{}})",
        R"({"data":{"enfants":{"a":1}},"links":{},"meta":{}})",
        R"({"data":{"adresse":"1 rue"},"links":{},"meta":{}})",
    };
    for (const char* body : familyRows) {
        const auto r = family(body);
        INFO(body);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().kind == ApiError::Kind::Malformed);
        CHECK_FALSE(r.error().detail.contains(QStringLiteral("1 rue")));
    }
}

TEST_CASE("the envelope is required", "[parser]")
{
    for (const char* body : {"", "null", "[]", "{}", R"({"data":{}})", R"({"data":[],"links":{},"meta":{}})",
                             "<html>oops</html>", R"({"data":{},"links":{},"meta":{})"}) {
        INFO(body);
        const auto r = ApiParticulierClient::parseEnvelope(Source::RSA, body);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().kind == ApiError::Kind::Malformed);
    }
}

TEST_CASE("partial dates", "[parser]")
{
    CHECK(PartialDate::parse(QStringLiteral("2020-00-00")) == PartialDate{2020, 0, 0});
    CHECK(PartialDate::parse(QStringLiteral("2020-05-00")) == PartialDate{2020, 5, 0});
    CHECK_FALSE(PartialDate::parse(QStringLiteral("2020-00-05")));
    CHECK_FALSE(PartialDate::parse(QStringLiteral("2021-02-29")));
    CHECK(PartialDate::parse(QStringLiteral("2020-02-29")));
    CHECK_FALSE(PartialDate::parse(QStringLiteral("0000-01-01")));
    CHECK(PartialDate{1987, 6, 0}.toDisplayString() == QStringLiteral("06/1987"));
    CHECK(PartialDate{1987, 6, 27}.toIsoString() == QStringLiteral("1987-06-27"));
}
