// The household of a stored dossier (menageFromDossier): persons, API figures with their
// provenance, typed figures from proofs, budget, request, history. The stored answers are built
// with the same functions that store them (OutcomeText::toJson, TaxText::toJson / errorJson).
#include "api/OutcomeText.h"
#include "api/TaxText.h"
#include "eligibility/DossierMenage.h"

#include <catch2/catch.hpp>

#include <QJsonArray>

using namespace ccas;

namespace {

const QDateTime FetchedAt(QDate(2026, 11, 27), QTime(10, 14), Qt::UTC);

Provenance provenance(const QString& endpoint, const QString& provider, const QString& requestId)
{
    Provenance p;
    p.api = QStringLiteral("API Particulier");
    p.endpoint = endpoint;
    p.provider = provider;
    p.requestId = requestId;
    p.fetchedAt = FetchedAt;
    return p;
}

Person apiPerson(const QString& nom, const QString& prenoms, const QString& date, const QString& sexe)
{
    Person p;
    p.nomNaissance = nom;
    p.nomUsage = ApiValue<QString>::null();
    p.prenoms = prenoms;
    p.dateNaissance = *PartialDate::parse(date);
    p.sexe = sexe;
    return p;
}

StoredSource qfSource(int valeur, QList<Person> allocataires, QList<Person> enfants)
{
    SourceOutcome o;
    o.source = Source::QuotientFamilial;
    FamilyQuotientData f;
    QuotientFamilial q;
    q.fournisseur = QStringLiteral("CNAF");
    q.valeur = valeur;
    q.annee = 2026;
    q.mois = 10;
    q.anneeCalcul = 2026;
    q.moisCalcul = 10;
    f.quotientFamilial = ApiValue<QuotientFamilial>::of(q);
    f.allocataires = ApiValue<QList<Person>>::of(allocataires);
    f.enfants = ApiValue<QList<Person>>::of(enfants);
    PostalAddress a;
    a.destinataire = QStringLiteral("MADAME DUPONT SOPHIE");
    a.numeroLibelleVoie = ApiValue<QString>::of(QStringLiteral("1 RUE DE LA MAIRIE"));
    a.complementInformation = ApiValue<QString>::null();
    a.complementInformationGeographique = ApiValue<QString>::null();
    a.lieuDit = ApiValue<QString>::null();
    a.codePostalVille = QStringLiteral("78600 MAISONS-LAFFITTE");
    a.pays = QStringLiteral("FRANCE");
    f.adresse = ApiValue<PostalAddress>::of(a);
    f.provenance = provenance(QStringLiteral("/v3/dss/quotient_familial/identite"), QStringLiteral("CNAF"),
                              QStringLiteral("req-qf-1"));
    f.provenance.periodYear = 2026;
    f.provenance.periodMonth = 10;
    o.family = f;
    return StoredSource{QStringLiteral("qf"), FetchedAt, OutcomeText::toJson(o)};
}

StoredSource statusSource(Source source, std::optional<bool> beneficiary, const QString& requestId)
{
    SourceOutcome o;
    o.source = source;
    BenefitStatusData b;
    b.benefit = *Sources::benefit(source);
    b.estBeneficiaire = beneficiary ? ApiValue<bool>::of(*beneficiary) : ApiValue<bool>::null();
    b.dateDebutDroit = ApiValue<PartialDate>::null();
    b.provenance = provenance(Sources::path(source), QStringLiteral("CNAV"), requestId);
    o.benefit = b;
    return StoredSource{Sources::cliName(source), FetchedAt, OutcomeText::toJson(o)};
}

StoredSource errorSource(Source source, ApiError::Kind kind, int status, const QString& requestId)
{
    SourceOutcome o;
    o.source = source;
    ApiError e = ApiError::make(kind);
    e.httpStatus = status;
    e.requestId = requestId;
    o.error = e;
    return StoredSource{Sources::cliName(source), FetchedAt, OutcomeText::toJson(o)};
}

StoredSource taxSource(std::optional<qint64> rfr, double parts, std::optional<qint64> impot)
{
    TaxSituation t;
    t.rfr = rfr ? ApiValue<qint64>::of(*rfr) : ApiValue<qint64>::null();
    t.nombreParts = ApiValue<double>::of(parts);
    t.impotTotal = impot ? ApiValue<qint64>::of(*impot) : ApiValue<qint64>::null();
    t.anneeRevenus = 2025;
    t.anneeImposition = 2026;
    t.provenance.api = QStringLiteral("API Impôt particulier");
    t.provenance.provider = QStringLiteral("DGFiP");
    t.provenance.periodYear = 2025;
    t.provenance.requestId = QStringLiteral("corr-42");
    t.provenance.fetchedAt = FetchedAt;
    return StoredSource{QStringLiteral("impot"), FetchedAt, TaxText::toJson(t)};
}

Dossier dossier()
{
    Dossier d;
    d.id = QStringLiteral("DTESTTESTTESTTEST");
    d.aidCode = QStringLiteral("ALIM");
    d.identity.nomNaissance = QStringLiteral("Dupont");
    d.identity.prenoms = {QStringLiteral("Sophie")};
    d.identity.sexe = QStringLiteral("F");
    d.identity.anneeNaissance = 1982;
    d.identity.moisNaissance = 9;
    d.identity.jourNaissance = 3;
    return d;
}

const QDate Reference(2026, 11, 27);

QList<PersonRole> roles(const Menage& m)
{
    QList<PersonRole> out;
    for (const MenagePerson& p : m.personnes)
        out << p.role;
    return out;
}

} // namespace

TEST_CASE("a dossier with nothing fetched or typed: the applicant alone, everything else unknown", "[dossier-menage]")
{
    const DossierMenage dm = menageFromDossier(dossier(), Reference, {});
    const Menage& m = dm.menage;
    CHECK(dm.warnings.isEmpty());
    CHECK(m.dateReference == Reference);
    REQUIRE(m.personnes.size() == 1);
    CHECK(m.personnes.first().role == PersonRole::Demandeur);
    CHECK(m.personnes.first().dateNaissance == QDate(1982, 9, 3));
    CHECK_FALSE(m.ressources.has_value());
    CHECK_FALSE(m.charges.has_value());
    CHECK_FALSE(m.quotientFamilialCaf.has_value());
    CHECK_FALSE(m.fiscal.has_value());
    CHECK(m.statuts.empty());
    CHECK(m.communeResidence.isEmpty());
    CHECK(m.demande.nature.isEmpty()); // "ALIM" is not a nature
    CHECK_FALSE(m.demande.montantCents.has_value());
    CHECK(m.aidesRecues.isEmpty());
    CHECK(dm.applicantAddress.isEmpty());
}

TEST_CASE("persons, QF and address come from the stored CAF answer", "[dossier-menage]")
{
    Dossier d = dossier();
    // The applicant is the second allocataire; one child's birth day is unknown.
    d.sources << qfSource(
        649,
        {apiPerson(QStringLiteral("MARTIN"), QStringLiteral("PAUL"), QStringLiteral("1980-01-02"), QStringLiteral("M")),
         apiPerson(QStringLiteral("DUPONT"), QStringLiteral("SOPHIE MARIE"), QStringLiteral("1982-09-03"),
                   QStringLiteral("F"))},
        {apiPerson(QStringLiteral("MARTIN"), QStringLiteral("LEA"), QStringLiteral("2011-05-20"), QStringLiteral("F")),
         apiPerson(QStringLiteral("MARTIN"), QStringLiteral("TOM"), QStringLiteral("2018-04-00"),
                   QStringLiteral("M"))});
    const DossierMenage dm = menageFromDossier(d, Reference, {});
    const Menage& m = dm.menage;
    CHECK(roles(m) ==
          QList<PersonRole>{PersonRole::Demandeur, PersonRole::Conjoint, PersonRole::Enfant, PersonRole::Enfant});
    CHECK(m.personnes.at(0).dateNaissance == QDate(1982, 9, 3));
    CHECK(m.personnes.at(1).dateNaissance == QDate(1980, 1, 2));
    CHECK(m.personnes.at(2).dateNaissance == QDate(2011, 5, 20));
    CHECK_FALSE(m.personnes.at(3).dateNaissance.isValid());

    REQUIRE(m.quotientFamilialCaf.has_value());
    const CafQuotient& q = *m.quotientFamilialCaf;
    CHECK(q.valeur == 649);
    CHECK(q.fournisseur == QStringLiteral("CNAF"));
    CHECK(q.annee == 2026);
    CHECK(q.mois == 10);
    CHECK(q.source.kind == FigureSource::Kind::Api);
    CHECK(q.source.api == QStringLiteral("API Particulier"));
    CHECK(q.source.provider == QStringLiteral("CNAF"));
    CHECK(q.source.year == 2026);
    CHECK(q.source.month == 10);
    CHECK(q.source.requestId == QStringLiteral("req-qf-1"));
    CHECK(q.source.fetchedAt == FetchedAt);

    CHECK(dm.applicantAddress == QStringLiteral("1 RUE DE LA MAIRIE, 78600 MAISONS-LAFFITTE"));
}

TEST_CASE("with no allocataire matching the dossier, the first one is the demandeur", "[dossier-menage]")
{
    Dossier d = dossier();
    d.sources << qfSource(
        900,
        {apiPerson(QStringLiteral("MARTIN"), QStringLiteral("PAUL"), QStringLiteral("1980-01-02"), QStringLiteral("M")),
         apiPerson(QStringLiteral("DURAND"), QStringLiteral("ANNE"), QStringLiteral("1981-01-02"), QStringLiteral("F")),
         apiPerson(QStringLiteral("X"), QStringLiteral("Y"), QStringLiteral("1950-00-00"), QStringLiteral("F"))},
        {});
    const Menage m = menageFromDossier(d, Reference, {}).menage;
    CHECK(roles(m) == QList<PersonRole>{PersonRole::Demandeur, PersonRole::Conjoint, PersonRole::Autre});
    CHECK(m.personnes.at(0).dateNaissance == QDate(1980, 1, 2));
}

TEST_CASE("persons typed by the agent replace the CAF composition", "[dossier-menage]")
{
    Dossier d = dossier();
    d.sources << qfSource(649,
                          {apiPerson(QStringLiteral("DUPONT"), QStringLiteral("SOPHIE"), QStringLiteral("1982-09-03"),
                                     QStringLiteral("F"))},
                          {});
    d.householdEntry =
        QJsonObject{{QStringLiteral("personnes"),
                     QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("demandeur")},
                                            {QStringLiteral("date_naissance"), QStringLiteral("1982-09-03")}},
                                QJsonObject{{QStringLiteral("role"), QStringLiteral("enfant")},
                                            {QStringLiteral("date_naissance"), QStringLiteral("2015-02-01")},
                                            {QStringLiteral("residence_alternee"), true}}}}};
    const DossierMenage dm = menageFromDossier(d, Reference, {});
    CHECK(dm.warnings.isEmpty());
    CHECK(roles(dm.menage) == QList<PersonRole>{PersonRole::Demandeur, PersonRole::Enfant});
    CHECK(dm.menage.personnes.at(1).residenceAlternee);
    CHECK(dm.menage.quotientFamilialCaf->valeur == 649); // the QF still comes from the API
}

TEST_CASE("statuses: API answers, not found is false, errors give nothing, proofs fill gaps", "[dossier-menage]")
{
    Dossier d = dossier();
    d.sources << statusSource(Source::RSA, true, QStringLiteral("req-rsa"))
              << statusSource(Source::C2S, false, QStringLiteral("req-c2s"))
              << errorSource(Source::AAH, ApiError::Kind::NotFound, 404, QStringLiteral("req-aah"))
              << errorSource(Source::ASF, ApiError::Kind::Unavailable, 503, QStringLiteral("req-asf"))
              << errorSource(Source::PrimeActivite, ApiError::Kind::NotFound, 404, QStringLiteral("req-pa"));

    SECTION("nothing typed")
    {
        const Menage m = menageFromDossier(d, Reference, {}).menage;
        REQUIRE(m.statuts.count(Benefit::RSA) == 1);
        CHECK(m.statuts.at(Benefit::RSA).value);
        CHECK(m.statuts.at(Benefit::RSA).source.kind == FigureSource::Kind::Api);
        CHECK(m.statuts.at(Benefit::RSA).source.provider == QStringLiteral("CNAV"));
        CHECK(m.statuts.at(Benefit::RSA).source.requestId == QStringLiteral("req-rsa"));
        CHECK(m.statuts.at(Benefit::RSA).source.fetchedAt == FetchedAt);
        REQUIRE(m.statuts.count(Benefit::C2S) == 1);
        CHECK_FALSE(m.statuts.at(Benefit::C2S).value);
        // 404: no file at the provider, hence not a beneficiary.
        REQUIRE(m.statuts.count(Benefit::AAH) == 1);
        CHECK_FALSE(m.statuts.at(Benefit::AAH).value);
        CHECK(m.statuts.at(Benefit::AAH).source.kind == FigureSource::Kind::Api);
        CHECK(m.statuts.at(Benefit::AAH).source.requestId == QStringLiteral("req-aah"));
        // 503: unknown.
        CHECK(m.statuts.count(Benefit::ASF) == 0);
        REQUIRE(m.statuts.count(Benefit::PrimeActivite) == 1);
        CHECK_FALSE(m.statuts.at(Benefit::PrimeActivite).value);
    }
    SECTION("proofs typed by the agent")
    {
        d.householdEntry =
            QJsonObject{{QStringLiteral("statuts"),
                         QJsonObject{{QStringLiteral("rsa"), false}, // the API's answer wins
                                     {QStringLiteral("aah"), true},  // wins over a 404
                                     {QStringLiteral("asf"), true},  // fills the failed call
                                     {QStringLiteral("prime_activite"),
                                      QJsonObject{{QStringLiteral("valeur"), true},
                                                  {QStringLiteral("source"), QStringLiteral("agent")}}}}}};
        const DossierMenage dm = menageFromDossier(d, Reference, {});
        CHECK(dm.warnings.isEmpty());
        const Menage& m = dm.menage;
        CHECK(m.statuts.at(Benefit::RSA).value);
        CHECK(m.statuts.at(Benefit::RSA).source.kind == FigureSource::Kind::Api);
        CHECK(m.statuts.at(Benefit::AAH).value);
        CHECK(m.statuts.at(Benefit::AAH).source.kind == FigureSource::Kind::Justificatif);
        CHECK(m.statuts.at(Benefit::ASF).value);
        CHECK(m.statuts.at(Benefit::ASF).source.kind == FigureSource::Kind::Justificatif);
        CHECK(m.statuts.at(Benefit::PrimeActivite).value);
        CHECK(m.statuts.at(Benefit::PrimeActivite).source.kind == FigureSource::Kind::Agent);
    }
}

TEST_CASE("QF and tax data: the API first, a proof when the API gave none", "[dossier-menage]")
{
    const QJsonObject typedFigures{
        {QStringLiteral("quotient_familial_caf"), QJsonObject{{QStringLiteral("valeur"), 700},
                                                              {QStringLiteral("fournisseur"), QStringLiteral("MSA")},
                                                              {QStringLiteral("annee"), 2026},
                                                              {QStringLiteral("mois"), 9}}},
        {QStringLiteral("fiscal"), QJsonObject{{QStringLiteral("rfr"), 18000},
                                               {QStringLiteral("nombre_parts"), 3},
                                               {QStringLiteral("impot"), 0},
                                               {QStringLiteral("annee_revenus"), 2024}}}};

    SECTION("API answers")
    {
        Dossier d = dossier();
        d.householdEntry = typedFigures;
        d.sources << qfSource(649, {}, {}) << taxSource(21000, 2.5, 120);
        const Menage m = menageFromDossier(d, Reference, {}).menage;
        CHECK(m.quotientFamilialCaf->valeur == 649);
        REQUIRE(m.fiscal.has_value());
        CHECK(m.fiscal->rfrEuros == 21000);
        CHECK(m.fiscal->partsQuarters == 10);
        CHECK(m.fiscal->impotEuros == std::optional<qint64>(120));
        CHECK(m.fiscal->anneeRevenus == 2025);
        CHECK(m.fiscal->source.kind == FigureSource::Kind::Api);
        CHECK(m.fiscal->source.api == QStringLiteral("API Impôt particulier"));
        CHECK(m.fiscal->source.provider == QStringLiteral("DGFiP"));
        CHECK(m.fiscal->source.year == 2025);
        CHECK(m.fiscal->source.month == 0);
        CHECK(m.fiscal->source.requestId == QStringLiteral("corr-42"));
        // With no QF allocataire list, the applicant alone.
        CHECK(roles(m) == QList<PersonRole>{PersonRole::Demandeur});
    }
    SECTION("the API failed or had no figure: the proofs")
    {
        Dossier d = dossier();
        d.householdEntry = typedFigures;
        d.sources << errorSource(Source::QuotientFamilial, ApiError::Kind::NotFound, 404, QStringLiteral("r1"))
                  << taxSource(std::nullopt, 3, std::nullopt);
        const Menage m = menageFromDossier(d, Reference, {}).menage;
        REQUIRE(m.quotientFamilialCaf.has_value());
        CHECK(m.quotientFamilialCaf->valeur == 700);
        CHECK(m.quotientFamilialCaf->fournisseur == QStringLiteral("MSA"));
        CHECK(m.quotientFamilialCaf->source.kind == FigureSource::Kind::Justificatif);
        REQUIRE(m.fiscal.has_value());
        CHECK(m.fiscal->rfrEuros == 18000);
        CHECK(m.fiscal->partsQuarters == 12);
        CHECK(m.fiscal->impotEuros == std::optional<qint64>(0));
        CHECK(m.fiscal->source.kind == FigureSource::Kind::Justificatif);
    }
    SECTION("no API answer and nothing typed: unknown, the tax not-found included")
    {
        Dossier d = dossier();
        SourceOutcome o;
        d.sources << StoredSource{QStringLiteral("impot"), FetchedAt,
                                  TaxText::errorJson(ApiError::make(ApiError::Kind::NotFound))};
        const Menage m = menageFromDossier(d, Reference, {}).menage;
        CHECK_FALSE(m.fiscal.has_value());
        CHECK_FALSE(m.quotientFamilialCaf.has_value());
    }
}

TEST_CASE("resources and charges come from the budget lines", "[dossier-menage]")
{
    Dossier d = dossier();
    SECTION("no line at all: unknown")
    {
        const Menage m = menageFromDossier(d, Reference, {}).menage;
        CHECK_FALSE(m.ressources.has_value());
        CHECK_FALSE(m.charges.has_value());
    }
    SECTION("resources only: no charges")
    {
        d.resources = {BudgetLine{QStringLiteral("salaire"), 190000, QStringLiteral("justificatif")},
                       BudgetLine{QStringLiteral("prestations_familiales"), 14800, QStringLiteral("agent")}};
        const DossierMenage dm = menageFromDossier(d, Reference, {});
        REQUIRE(dm.menage.ressources.has_value());
        REQUIRE(dm.menage.charges.has_value());
        CHECK(dm.menage.charges->isEmpty());
        REQUIRE(dm.menage.ressources->size() == 2);
        CHECK(dm.menage.ressources->at(0).type == QStringLiteral("salaire"));
        CHECK(dm.menage.ressources->at(0).cents == 190000);
        CHECK(dm.menage.ressources->at(0).source.kind == FigureSource::Kind::Justificatif);
        CHECK(dm.menage.ressources->at(1).source.kind == FigureSource::Kind::Agent);
        CHECK(dm.warnings.isEmpty());
    }
    SECTION("an unknown type counts as autre, with a warning")
    {
        d.charges = {BudgetLine{QStringLiteral("loyer_residuel"), 55000, QStringLiteral("agent")},
                     BudgetLine{QStringLiteral("cantine"), 4000, QString()}};
        const DossierMenage dm = menageFromDossier(d, Reference, {});
        REQUIRE(dm.menage.charges->size() == 2);
        CHECK(dm.menage.charges->at(1).type == QStringLiteral("autre"));
        CHECK(dm.menage.charges->at(1).cents == 4000);
        CHECK(dm.menage.ressources->isEmpty());
        REQUIRE(dm.warnings.size() == 1);
        CHECK(dm.warnings.first().contains(QStringLiteral("cantine")));
    }
}

TEST_CASE("commune, request and history; a bad field of the entry is left out and named", "[dossier-menage]")
{
    Dossier d = dossier();
    d.aidCode = QStringLiteral("energie");
    const QList<AideRecue> history{AideRecue{QStringLiteral("ALIM"), QDate(2026, 3, 1), 10000}};

    SECTION("defaults: the aid code as nature, the history")
    {
        const Menage m = menageFromDossier(d, Reference, history).menage;
        CHECK(m.demande.nature == QStringLiteral("energie"));
        REQUIRE(m.aidesRecues.size() == 1);
        CHECK(m.aidesRecues.first().aide == QStringLiteral("ALIM"));
        CHECK(m.aidesRecues.first().date == QDate(2026, 3, 1));
        CHECK(m.aidesRecues.first().cents == 10000);
    }
    SECTION("typed")
    {
        d.householdEntry = QJsonObject{
            {QStringLiteral("commune_residence"), QStringLiteral("78358")},
            {QStringLiteral("demande"), QJsonObject{{QStringLiteral("nature"), QStringLiteral("alimentaire")},
                                                    {QStringLiteral("montant_demande"), 300.5}}},
            {QStringLiteral("aides_recues"), QJsonArray()}};
        const DossierMenage dm = menageFromDossier(d, Reference, history);
        CHECK(dm.menage.communeResidence == QStringLiteral("78358"));
        CHECK(dm.menage.demande.nature == QStringLiteral("alimentaire"));
        CHECK(dm.menage.demande.montantCents == std::optional<qint64>(30050));
        CHECK(dm.menage.aidesRecues.size() == 1); // the dossier history, not the entry
        REQUIRE(dm.warnings.size() == 1);
        CHECK(dm.warnings.first().contains(QStringLiteral("aides_recues")));
    }
    SECTION("invalid fields")
    {
        d.householdEntry =
            QJsonObject{{QStringLiteral("commune_residence"), QStringLiteral("7835")},
                        {QStringLiteral("personnes"),
                         QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("enfant")},
                                                {QStringLiteral("date_naissance"), QStringLiteral("2015-13-01")}}}},
                        {QStringLiteral("demande"), QJsonObject{{QStringLiteral("montant_demande"), 120}}}};
        const DossierMenage dm = menageFromDossier(d, Reference, history);
        CHECK(dm.menage.communeResidence.isEmpty());
        CHECK(roles(dm.menage) == QList<PersonRole>{PersonRole::Demandeur}); // the applicant, not the bad list
        CHECK(dm.menage.demande.montantCents == std::optional<qint64>(12000));
        CHECK(dm.menage.demande.nature == QStringLiteral("energie"));
        const QString all = dm.warnings.join(QLatin1Char('\n'));
        CHECK(all.contains(QStringLiteral("commune_residence")));
        CHECK(all.contains(QStringLiteral("personnes[0].date_naissance")));
    }
}

TEST_CASE("the request nature: typed, else the only nature the règlement gives the aid, else the aid code",
          "[dossier-menage]")
{
    const auto reglement = Reglement::load(
        QStringLiteral(GUICHET_FIXTURES_DIR "/../../resources/reglements/exemple-plaine-argenson.json"));
    REQUIRE(reglement.ok());
    Dossier d = dossier();
    auto nature = [&](const QString& aid) {
        d.aidCode = aid;
        return menageFromDossier(d, Reference, {}, reglement.value()).menage.demande.nature;
    };
    CHECK(nature(QStringLiteral("ENERGIE")) == QStringLiteral("energie"));    // one nature
    CHECK(nature(QStringLiteral("APPRENTI")) == QStringLiteral("transport")); // one nature
    CHECK(nature(QStringLiteral("URGENCE")).isEmpty());                       // six natures: not guessed
    CHECK(nature(QStringLiteral("INCONNUE")).isEmpty());                      // not in the règlement
    CHECK(nature(QStringLiteral("logement")) == QStringLiteral("logement"));  // the code is a nature
    CHECK(nature(QString()).isEmpty());
    d.householdEntry =
        QJsonObject{{QStringLiteral("demande"), QJsonObject{{QStringLiteral("nature"), QStringLiteral("sante")}}}};
    CHECK(nature(QStringLiteral("ENERGIE")) == QStringLiteral("sante")); // typed
}
