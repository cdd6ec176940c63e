// The règlement format (docs/reglement.md): each validation error names the aid, its index and the field
// path; every problem of a document is reported; the four shipped examples and the documentation's
// complete example load.
#include <catch2/catch.hpp>

#include "eligibility/Engine.h"
#include "eligibility/Menage.h"
#include "eligibility/Reglement.h"

#include <QFile>
#include <QTemporaryDir>

#include <string>

using namespace ccas;

namespace {

const std::string kHead = R"({"format": "guichet-ccas/reglement", "version_format": 1, "ccas": "CCAS test",
    "titre": "Test", "version": 2, "adopte_le": "2026-01-01", "applicable_du": "2026-02-01", )";

QStringList errorsOf(const std::string& json)
{
    const auto r = Reglement::parse(QByteArray::fromStdString(json));
    INFO(json);
    REQUIRE_FALSE(r.ok());
    return r.error();
}

// Errors of a document with these aids (and computations).
QStringList aidErrors(const std::string& aids, const std::string& calculs = std::string())
{
    std::string json = kHead;
    if (!calculs.empty())
        json += R"("calculs": )" + calculs + ", ";
    return errorsOf(json + R"("aides": )" + aids + "}");
}

// The errors of one aid "X" whose conditions are `conditions`.
QStringList conditionErrors(const std::string& conditions)
{
    return aidErrors(R"([{"code": "X", "libelle": "X", "conditions": )" + conditions + "}]",
                     R"({"rav": {"type": "reste_a_vivre", "diviseur": "personnes", "periode": "jour"}})");
}

QStringList amountErrors(const std::string& amount, const std::string& extra = std::string())
{
    return aidErrors(R"([{"code": "X", "libelle": "X", "montant": )" + amount + extra + "}]");
}

// One message naming the aid (code and index) and the path.
bool names(const QStringList& errors, const char* code, int index, const char* path, const char* detail = nullptr)
{
    for (QString e : errors) {
        // "path: message" in English, "path : message" (no-break space) in French.
        e.replace(QStringLiteral("\u00a0:"), QStringLiteral(":")).replace(QStringLiteral(" :"), QStringLiteral(":"));
        const bool aid =
            !code || (e.contains(QString::fromUtf8(code)) && e.contains(QStringLiteral("(aides[%1])").arg(index)));
        if (aid && e.contains(QString::fromUtf8(path)) && (!detail || e.contains(QString::fromUtf8(detail))))
            return true;
    }
    return false;
}

std::string all(const QStringList& errors)
{
    return errors.join(QLatin1Char('\n')).toStdString();
}

Reglement load(const QString& path)
{
    const auto r = Reglement::load(path);
    INFO(path.toStdString());
    INFO((r.ok() ? QString() : r.error().join(QLatin1Char('\n'))).toStdString());
    REQUIRE(r.ok());
    return r.value();
}

} // namespace

TEST_CASE("Règlement: the four examples load", "[eligibility]")
{
    const Reglement ml = load(QStringLiteral(":/reglements/exemple-maisons-laffitte.json"));
    CHECK(ml.ccas().contains(QStringLiteral("Maisons-Laffitte")));
    CHECK(ml.version() == 1);
    CHECK(ml.adoptedOn() == QDate(2025, 1, 15));
    CHECK(ml.applicableFrom() == QDate(2025, 2, 1));
    REQUIRE(ml.aids().size() == 1);
    CHECK(ml.aids().first().code == QStringLiteral("SECOURS"));
    CHECK(ml.aids().first().natures.size() == 6);
    CHECK(ml.aids().first().justificatifs.size() == 5);

    const Reglement au = load(QStringLiteral(":/reglements/exemple-aubord.json"));
    REQUIRE(au.aids().size() == 1);
    CHECK(au.aids().first().code == QStringLiteral("ALIM"));
    CHECK(au.aids().first().natures == QStringList{QStringLiteral("alimentaire")});

    const Reglement pa = load(QStringLiteral(":/reglements/exemple-plaine-argenson.json"));
    CHECK(pa.aids().size() == 3);
    CHECK_FALSE(pa.title().isEmpty());

    const Reglement ce = load(QStringLiteral(":/reglements/exemple-cheque-energie.json"));
    REQUIRE(ce.aids().size() == 1);
    CHECK(ce.aids().first().label == QStringLiteral("Chèque énergie"));

    // The files of the source tree are the embedded ones.
    for (const char* name : {"exemple-maisons-laffitte.json", "exemple-aubord.json", "exemple-plaine-argenson.json",
                             "exemple-cheque-energie.json"}) {
        QFile embedded(QStringLiteral(":/reglements/") + QLatin1String(name));
        QFile source(QStringLiteral(GUICHET_FIXTURES_DIR "/../../resources/reglements/") + QLatin1String(name));
        REQUIRE(embedded.open(QIODevice::ReadOnly));
        REQUIRE(source.open(QIODevice::ReadOnly));
        CHECK(embedded.readAll() == source.readAll());
    }
}

TEST_CASE("Règlement: the complete example of docs/reglement.md loads", "[eligibility]")
{
    QFile doc(QStringLiteral(GUICHET_FIXTURES_DIR "/../../docs/reglement.md"));
    REQUIRE(doc.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(doc.readAll());
    // Every block marked <!-- exemple-complet --> (a règlement) or <!-- exemple-menage --> (a household).
    const auto blocks = [&text](const QString& marker) {
        QList<QByteArray> out;
        int at = text.indexOf(marker);
        while (at >= 0) {
            const int start = text.indexOf(QStringLiteral("```json"), at);
            const int end = start < 0 ? -1 : text.indexOf(QStringLiteral("```"), start + 7);
            if (end < 0)
                break;
            out << text.mid(start + 7, end - start - 7).toUtf8();
            at = text.indexOf(marker, end);
        }
        return out;
    };
    const QList<QByteArray> reglements = blocks(QStringLiteral("<!-- exemple-complet -->"));
    CHECK(reglements.size() >= 1);
    for (const QByteArray& json : reglements) {
        const auto r = Reglement::parse(json);
        INFO((r.ok() ? QString() : r.error().join(QLatin1Char('\n'))).toStdString());
        CHECK(r.ok());
    }
    const QList<QByteArray> menages = blocks(QStringLiteral("<!-- exemple-menage -->"));
    CHECK(menages.size() >= 1);
    for (const QByteArray& json : menages) {
        const auto m = MenageJson::parse(json);
        INFO((m.ok() ? QString() : m.error().join(QLatin1Char('\n'))).toStdString());
        CHECK(m.ok());
    }
    // The reading given in the documentation: SECOURS eligible, 120,00 €.
    REQUIRE_FALSE(reglements.isEmpty());
    REQUIRE_FALSE(menages.isEmpty());
    const auto r = Reglement::parse(reglements.first());
    const auto m = MenageJson::parse(menages.first());
    REQUIRE(r.ok());
    REQUIRE(m.ok());
    const Evaluation e = Engine::evaluate(r.value(), m.value());
    REQUIRE(e.aids.size() == 3);
    CHECK(e.aids[0].code == QStringLiteral("SECOURS"));
    CHECK(e.aids[0].verdict == Verdict::Eligible);
    CHECK(e.aids[0].amountCents == 12'000);
}

TEST_CASE("Règlement: a missing or unreadable file is one clear error", "[eligibility]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("absent.json"));
    const auto r = Reglement::load(path);
    REQUIRE_FALSE(r.ok());
    REQUIRE(r.error().size() == 1);
    CHECK(r.error().first().contains(path));
}

TEST_CASE("Règlement: document-level errors", "[eligibility]")
{
    CHECK(errorsOf("{\"format\": ").size() == 1);
    CHECK(errorsOf("[1, 2]").size() == 1);
    CHECK(names(errorsOf(R"({"format": "autre", "version_format": 1})"), nullptr, 0, "format"));
    // An unsupported format version stops there.
    const QStringList v = errorsOf(R"({"format": "guichet-ccas/reglement", "version_format": 2})");
    REQUIRE(v.size() == 1);
    CHECK(names(v, nullptr, 0, "version_format", "2"));
    CHECK(names(errorsOf(R"({"format": "guichet-ccas/reglement", "version_format": "1"})"), nullptr, 0,
                "version_format"));
    // Missing fields, all reported.
    const QStringList m = errorsOf(R"({"format": "guichet-ccas/reglement", "version_format": 1})");
    for (const char* f : {"ccas", "titre", "version", "adopte_le", "applicable_du", "aides"})
        CHECK(names(m, nullptr, 0, f));
    CHECK(m.size() == 6);
    // Wrong types and values.
    const QStringList t = errorsOf(R"({"format": "guichet-ccas/reglement", "version_format": 1, "ccas": 12,
        "titre": "", "version": "3", "adopte_le": "2026-02-30", "applicable_du": "01/02/2026", "aides": [],
        "calcul": {}})");
    INFO(all(t));
    CHECK(names(t, nullptr, 0, "ccas"));
    CHECK(names(t, nullptr, 0, "titre"));
    CHECK(names(t, nullptr, 0, "version"));
    CHECK(names(t, nullptr, 0, "adopte_le", "2026-02-30"));
    CHECK(names(t, nullptr, 0, "applicable_du", "01/02/2026"));
    CHECK(names(t, nullptr, 0, "aides"));
    CHECK(names(t, nullptr, 0, "calcul:")); // unknown key
    CHECK(t.size() == 7);
    // Applicable before adoption.
    CHECK(names(errorsOf(R"({"format": "guichet-ccas/reglement", "version_format": 1, "ccas": "C", "titre": "T",
        "version": 1, "adopte_le": "2026-02-01", "applicable_du": "2026-01-01", "aides": [{"code": "A",
        "libelle": "A"}]})"),
                nullptr, 0, "applicable_du"));
}

TEST_CASE("Règlement: aid-level errors name the aid, its index and the field", "[eligibility]")
{
    const QStringList e = aidErrors(R"([{"code": "A", "libelle": "A"}, {"libelle": "no code"}, {"code": "C"},
        {"code": "A", "libelle": "again"}, {"code": "E", "libelle": "E", "montnat": 10},
        {"code": "F", "libelle": "F", "natures": ["energie", "vacances"], "delai_carence_mois": 1.5,
         "justificatifs": "RIB", "plafond": -1},
        {"code": "G", "libelle": "G", "plafond_annuel": {"montant": 100, "periode": "annee_civile", "aides": ["Z"]}},
        {"code": "H", "libelle": "H", "delai_carence_mois": -1}, 12])");
    INFO(all(e));
    CHECK(names(e, nullptr, 0, "aides[1] › code"));
    CHECK(names(e, "C", 2, "libelle"));
    CHECK(names(e, nullptr, 0, "aides[3].code", "aides[0]")); // duplicate code
    CHECK(names(e, "E", 4, "montnat"));
    CHECK(names(e, "F", 5, "natures[1]", "vacances"));
    CHECK(names(e, "F", 5, "delai_carence_mois"));
    CHECK(names(e, "F", 5, "justificatifs"));
    CHECK(names(e, "F", 5, "plafond"));
    CHECK(names(e, "G", 6, "plafond_annuel.aides", "Z"));
    CHECK(names(e, "H", 7, "delai_carence_mois"));
    CHECK(names(e, nullptr, 0, "aides[8]"));
    CHECK(e.size() == 11);
}

TEST_CASE("Règlement: condition errors", "[eligibility]")
{
    // Unknown criterion.
    CHECK(names(conditionErrors(R"({"tous": [{"critere": "qf_cafe", "operateur": "<", "seuil": 900}]})"), "X", 0,
                "conditions.tous[0].critere", "qf_cafe"));
    // Bad operator, missing operator, missing threshold, threshold as text, too many decimals.
    CHECK(names(conditionErrors(R"({"tous": [{"critere": "qf_caf", "operateur": "=<", "seuil": 900}]})"), "X", 0,
                "conditions.tous[0].operateur", "=<"));
    CHECK(names(conditionErrors(R"({"tous": [{"critere": "qf_caf", "seuil": 900}]})"), "X", 0,
                "conditions.tous[0].operateur"));
    CHECK(names(conditionErrors(R"({"tous": [{"critere": "qf_caf", "operateur": "<"}]})"), "X", 0,
                "conditions.tous[0].seuil"));
    CHECK(names(conditionErrors(R"({"tous": [{"critere": "qf_caf", "operateur": "<", "seuil": "900"}]})"), "X", 0,
                "conditions.tous[0].seuil"));
    CHECK(names(conditionErrors(R"({"tous": [{"critere": "qf_caf", "operateur": "<", "seuil": 900.005}]})"), "X", 0,
                "conditions.tous[0].seuil"));
    // Parameters of the variables.
    CHECK(names(conditionErrors(R"({"critere": "qf_fiscal", "operateur": "<", "seuil": 9000})"), "X", 0,
                "conditions.periode"));
    CHECK(names(conditionErrors(R"({"critere": "qf_fiscal", "periode": "semaine", "operateur": "<", "seuil": 1})"), "X",
                0, "conditions.periode", "semaine"));
    CHECK(names(conditionErrors(R"({"critere": "rfr_uc", "echelle": "oxford", "operateur": "<", "seuil": 1})"), "X", 0,
                "conditions.echelle", "oxford"));
    CHECK(names(conditionErrors(R"({"critere": "reste_a_vivre", "calcul": "rav_mois", "operateur": "<", "seuil": 1})"),
                "X", 0, "conditions.calcul", "rav_mois"));
    CHECK(names(conditionErrors(R"({"critere": "qf_caf", "echelle": "oecd", "operateur": "<", "seuil": 1})"), "X", 0,
                "conditions.echelle"));
    CHECK(names(conditionErrors(R"({"critere": "ressources", "ressources": {"exclure": ["apl"]}, "operateur": "<",
        "seuil": 1})"),
                "X", 0, "conditions.ressources.exclure[0]", "apl"));
    // Other criteria.
    CHECK(names(conditionErrors(R"({"critere": "statut", "prestation": "apl", "valeur": true})"), "X", 0,
                "conditions.prestation", "apl"));
    CHECK(names(conditionErrors(R"({"critere": "statut", "prestation": "rsa", "valeur": "oui"})"), "X", 0,
                "conditions.valeur"));
    CHECK(names(conditionErrors(R"({"critere": "commune", "codes": ["7835", "78358"]})"), "X", 0, "conditions.codes[0]",
                "7835"));
    CHECK(names(conditionErrors(R"({"critere": "age", "personne": "enfant", "operateur": ">=", "seuil": 60})"), "X", 0,
                "conditions.personne", "enfant"));
    CHECK(names(conditionErrors(R"({"critere": "age", "personne": "demandeur", "operateur": ">=", "seuil": 60.5})"),
                "X", 0, "conditions.seuil"));
    CHECK(names(conditionErrors(R"({"critere": "nature", "natures": []})"), "X", 0, "conditions.natures"));
    CHECK(names(conditionErrors(R"({"critere": "plafond_ressources", "operateur": "<=", "plafonds": [550, "750"]})"),
                "X", 0, "conditions.plafonds[1]"));
    // Groups.
    CHECK(names(conditionErrors(R"({"tous": []})"), "X", 0, "conditions.tous"));
    CHECK(names(conditionErrors(R"({"tous": [], "critere": "qf_caf"})"), "X", 0, "conditions"));
    CHECK(names(conditionErrors(R"({"au_moins_un": [{"non": {"critere": "qf_caf", "operateur": "<"}}]})"), "X", 0,
                "conditions.au_moins_un[0].non.seuil"));
    CHECK(names(conditionErrors(R"({"tous": [{"critere": "qf_caf", "operateur": "<", "seuil": 9, "seul": 1}]})"), "X",
                0, "conditions.tous[0].seul"));
}

TEST_CASE("Règlement: computation errors", "[eligibility]")
{
    const std::string aid = R"([{"code": "X", "libelle": "X"}])";
    const QStringList e = aidErrors(aid, R"({
        "a": {"type": "reste_a_vivre", "diviseur": "foyers", "periode": "mois"},
        "b": {"type": "reste_a_vivre", "diviseur": "personnes", "periode": "semaine"},
        "c": {"type": "reste_a_vivre", "diviseur": "personnes", "periode": "mois",
              "ressources": {"types": ["salaire", "loto"], "fractions_pourcent": {"salaire": 150}},
              "charges": {"plafonds": {"loyer": 100}}},
        "d": {"type": "reste_a_vivre", "diviseur": {"bareme": [{"valeur": 1}, {"role": "enfant", "valeur": 0.5}]},
              "periode": "mois", "arrondi": {"mode": "bancaire", "unite": "centime"}},
        "e": {"type": "quotient", "periode": "mois"},
        "F": {"type": "reste_a_vivre", "diviseur": "personnes", "periode": "mois", "charges": "toutes"}})");
    INFO(all(e));
    CHECK(names(e, nullptr, 0, "calculs.a.diviseur", "foyers"));
    CHECK(names(e, nullptr, 0, "calculs.b.periode", "semaine"));
    CHECK(names(e, nullptr, 0, "calculs.c.ressources.types[1]", "loto"));
    CHECK(names(e, nullptr, 0, "calculs.c.ressources.fractions_pourcent.salaire"));
    CHECK(names(e, nullptr, 0, "calculs.c.charges.plafonds.loyer"));
    CHECK(names(e, nullptr, 0, "calculs.d.diviseur.bareme[1]"));
    CHECK(names(e, nullptr, 0, "calculs.d.arrondi.mode", "bancaire"));
    CHECK(names(e, nullptr, 0, "calculs.e.type", "quotient"));
    CHECK(names(e, nullptr, 0, "calculs.e.diviseur"));
    CHECK(names(e, nullptr, 0, "calculs.F"));
    CHECK(names(e, nullptr, 0, "calculs.F.charges"));
    CHECK(e.size() == 11);
}

TEST_CASE("Règlement: amount errors, increasing bands", "[eligibility]")
{
    CHECK(names(amountErrors(R"({"type": "forfait", "montant": 10})"), "X", 0, "montant.type", "forfait"));
    CHECK(names(amountErrors(R"({"type": "fixe"})"), "X", 0, "montant.montant"));
    CHECK(names(amountErrors(R"({"type": "pourcentage_demande", "pourcentage": 120})"), "X", 0, "montant.pourcentage"));
    CHECK(names(amountErrors(R"("cent")"), "X", 0, "montant"));
    const auto bands = [](const std::string& tranches) {
        return amountErrors(R"({"type": "bareme", "variable": "qf_caf", "tranches": )" + tranches + "}");
    };
    // Unsorted, equal, same bound included twice.
    CHECK(names(bands(R"([{"jusqu_a": 800, "inclus": true, "montant": 1}, {"jusqu_a": 500, "inclus": true,
        "montant": 2}])"),
                "X", 0, "montant.tranches[1].jusqu_a"));
    CHECK(names(bands(R"([{"jusqu_a": 500, "inclus": false, "montant": 1}, {"jusqu_a": 500, "inclus": false,
        "montant": 2}])"),
                "X", 0, "montant.tranches[1].jusqu_a"));
    CHECK(names(bands(R"([{"jusqu_a": 500, "inclus": true, "montant": 1}, {"jusqu_a": 500, "inclus": false,
        "montant": 2}])"),
                "X", 0, "montant.tranches[1].jusqu_a"));
    // "< 500" then "<= 500" is increasing.
    CHECK(Reglement::parse(
              QByteArray::fromStdString(kHead + R"("aides": [{"code": "X", "libelle": "X", "montant": {"type": "bareme",
        "variable": "qf_caf", "tranches": [{"jusqu_a": 500, "inclus": false, "montant": 1}, {"jusqu_a": 500,
        "inclus": true, "montant": 2}, {"montant": 3}]}}]})"))
              .ok());
    // Only the last band may be open; a bound says whether it is included.
    CHECK(names(bands(R"([{"montant": 1}, {"jusqu_a": 500, "inclus": true, "montant": 2}])"), "X", 0,
                "montant.tranches[0].jusqu_a"));
    CHECK(names(bands(R"([{"jusqu_a": 500, "montant": 1}])"), "X", 0, "montant.tranches[0].inclus"));
    CHECK(names(bands(R"([{"jusqu_a": 500, "inclus": true}])"), "X", 0, "montant.tranches[0].montant"));
    CHECK(names(bands(R"([])"), "X", 0, "montant.tranches"));
    CHECK(names(amountErrors(R"({"type": "bareme", "variable": "quotient", "tranches": [{"montant": 1}]})"), "X", 0,
                "montant.variable", "quotient"));
    CHECK(names(amountErrors(R"({"type": "bareme", "variable": "uc", "tranches": [{"montant": 1}]})"), "X", 0,
                "montant.echelle"));
    // Nested barème: the path goes down.
    CHECK(names(bands(R"([{"jusqu_a": 500, "inclus": true, "montant": {"type": "bareme", "variable": "uc",
        "echelle": "oecd", "tranches": [{"jusqu_a": 2, "inclus": true, "montant": 1}, {"jusqu_a": 1.5, "inclus": true,
        "montant": 1}]}}])"),
                "X", 0, "montant.tranches[0].montant.tranches[1].jusqu_a"));
    // By nature: unknown nature, a nature in two cases.
    CHECK(names(amountErrors(R"({"type": "selon_nature", "cas": [{"natures": ["loisirs"], "montant": 1}]})"), "X", 0,
                "montant.cas[0].natures[0]", "loisirs"));
    CHECK(names(amountErrors(R"({"type": "selon_nature", "cas": [{"natures": ["energie"], "montant": 1},
        {"natures": ["sante", "energie"], "montant": 2}]})"),
                "X", 0, "montant.cas[1].natures", "cas[0]"));
    // A ceiling cannot be a percentage of the request; its period is one of two.
    CHECK(names(amountErrors("10", R"(, "plafond_annuel": {"montant": {"type": "pourcentage_demande",
        "pourcentage": 10}, "periode": "annee_civile"})"),
                "X", 0, "plafond_annuel.montant.type"));
    CHECK(names(amountErrors("10", R"(, "plafond_annuel": {"montant": 100, "periode": "annee"})"), "X", 0,
                "plafond_annuel.periode"));
    CHECK(names(amountErrors("10", R"(, "plafond_annuel": {"montant": 100})"), "X", 0, "plafond_annuel.periode"));
}

TEST_CASE("Règlement: every problem of a document is reported, not only the first", "[eligibility]")
{
    const QStringList e = aidErrors(R"([{"code": "A", "libelle": "A", "conditions": {"tous": [
        {"critere": "qf_caf", "operateur": "<<", "seuil": 900},
        {"critere": "ages", "personne": "demandeur"},
        {"critere": "commune", "codes": "78358"}]},
        "montant": {"type": "bareme", "variable": "qf_caf", "tranches": [{"jusqu_a": 9, "inclus": true, "montant": 1},
        {"jusqu_a": 8, "inclus": true, "montant": 1}]}}, {"code": "B", "libelle": "B", "plafond": "10"}])");
    INFO(all(e));
    CHECK(names(e, "A", 0, "conditions.tous[0].operateur"));
    CHECK(names(e, "A", 0, "conditions.tous[1].critere", "ages"));
    CHECK(names(e, "A", 0, "conditions.tous[2].codes"));
    CHECK(names(e, "A", 0, "montant.tranches[1].jusqu_a"));
    CHECK(names(e, "B", 1, "plafond"));
    CHECK(e.size() == 5);
}
