// Benchmark (not a test): the eligibility engine, 10 aids evaluated on 100 000 generated households.
//  - Engine::decide (verdicts, amounts, missing figures)                     target <= 1 s in total
//  - Engine::evaluate (the same with every explanation line and household figure)  target <= 1 s in total
// Usage: bench_eligibility [--households N] [--qm FILE] [--digest]
//  --qm FILE  installs a translation (e.g. build/translations/guichet-ccas_fr.qm) before measuring
//  --digest   also prints a SHA-256 of every evaluation (Engine::toJson) and decision, to check that an
//             optimisation of the engine leaves its output byte-identical
#include "eligibility/Engine.h"
#include "eligibility/Menage.h"
#include "eligibility/Reglement.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTranslator>

#include <cstdio>
#include <ctime>
#include <map>

using namespace ccas;

namespace {

// Ten aids covering every kind of criterion and amount rule.
const char* kReglement = R"({
  "format": "guichet-ccas/reglement", "version_format": 1, "ccas": "CCAS de Banc-d'Essai",
  "titre": "Règlement de mesure", "version": 1, "adopte_le": "2026-01-01", "applicable_du": "2026-01-01",
  "calculs": {
    "rav_jour": {"type": "reste_a_vivre", "diviseur": "personnes", "periode": "jour"},
    "rav_uc": {"type": "reste_a_vivre", "diviseur": "uc_oecd", "periode": "mois",
               "ressources": {"exclure": ["prestations_familiales"]}, "charges": {"plafonds": {"telephone": 40}},
               "arrondi": {"mode": "inferieur", "unite": "centime"}},
    "rav_caf": {"type": "reste_a_vivre", "diviseur": "parts_caf", "periode": "mois"}
  },
  "aides": [
    {"code": "SECOURS", "libelle": "Secours", "conditions": {"tous": [
       {"critere": "commune", "codes": ["78358", "78000"]},
       {"critere": "reste_a_vivre", "calcul": "rav_jour", "operateur": "<=", "seuil": 10}]},
     "montant": {"type": "bareme", "variable": "reste_a_vivre", "calcul": "rav_jour", "tranches": [
       {"jusqu_a": 5, "inclus": true, "montant": {"type": "selon_nature", "cas": [
         {"natures": ["alimentaire", "logement", "energie"], "montant": {"type": "pourcentage_demande", "pourcentage": 80}},
         {"natures": ["sante", "transport", "autre"], "montant": {"type": "pourcentage_demande", "pourcentage": 60}}]}},
       {"jusqu_a": 8, "inclus": true, "montant": {"type": "selon_nature", "cas": [
         {"natures": ["alimentaire", "logement", "energie"], "montant": {"type": "pourcentage_demande", "pourcentage": 60}},
         {"natures": ["sante", "transport", "autre"], "montant": {"type": "pourcentage_demande", "pourcentage": 40}}]}},
       {"jusqu_a": 10, "inclus": true, "montant": {"type": "selon_nature", "cas": [
         {"natures": ["alimentaire", "logement", "energie"], "montant": {"type": "pourcentage_demande", "pourcentage": 40}},
         {"natures": ["sante", "transport", "autre"], "montant": {"type": "pourcentage_demande", "pourcentage": 30}}]}}]},
     "plafond_annuel": {"periode": "annee_civile", "montant": {"type": "bareme", "variable": "reste_a_vivre",
       "calcul": "rav_jour", "tranches": [{"jusqu_a": 5, "inclus": true, "montant": 1200},
       {"jusqu_a": 8, "inclus": true, "montant": 1000}, {"jusqu_a": 10, "inclus": true, "montant": 750}]}}},
    {"code": "ALIM", "libelle": "Aide alimentaire", "natures": ["alimentaire"],
     "conditions": {"critere": "plafond_ressources", "operateur": "<=", "plafonds": [550, 750, 850, 950, 1050],
       "par_personne_supplementaire": 100}, "delai_carence_mois": 1},
    {"code": "URGENCE", "libelle": "Secours d'urgence", "conditions": {"critere": "qf_caf", "operateur": "<", "seuil": 900},
     "montant": 150, "plafond_annuel": {"montant": 450, "periode": "12_mois_glissants"}, "delai_carence_mois": 3},
    {"code": "CHEQUE", "libelle": "Chèque énergie", "natures": ["energie"],
     "montant": {"type": "bareme", "variable": "rfr_uc", "echelle": "cheque_energie", "tranches": [
       {"jusqu_a": 5600, "inclus": false, "montant": {"type": "bareme", "variable": "uc", "echelle": "cheque_energie",
         "tranches": [{"jusqu_a": 1, "inclus": true, "montant": 194}, {"jusqu_a": 2, "inclus": false, "montant": 240}, {"montant": 277}]}},
       {"jusqu_a": 6700, "inclus": false, "montant": {"type": "bareme", "variable": "uc", "echelle": "cheque_energie",
         "tranches": [{"jusqu_a": 1, "inclus": true, "montant": 146}, {"jusqu_a": 2, "inclus": false, "montant": 176}, {"montant": 202}]}},
       {"jusqu_a": 7700, "inclus": false, "montant": {"type": "bareme", "variable": "uc", "echelle": "cheque_energie",
         "tranches": [{"jusqu_a": 1, "inclus": true, "montant": 98}, {"jusqu_a": 2, "inclus": false, "montant": 113}, {"montant": 126}]}},
       {"jusqu_a": 10800, "inclus": false, "montant": {"type": "bareme", "variable": "uc", "echelle": "cheque_energie",
         "tranches": [{"jusqu_a": 1, "inclus": true, "montant": 48}, {"jusqu_a": 2, "inclus": false, "montant": 63}, {"montant": 76}]}},
       {"montant": 0}]}},
    {"code": "ENERGIE", "libelle": "Aide énergie", "natures": ["energie"], "conditions": {"tous": [
       {"critere": "qf_fiscal", "periode": "mois", "operateur": "<=", "seuil": 900},
       {"au_moins_un": [{"critere": "statut", "prestation": "rsa", "valeur": true},
                        {"critere": "reste_a_vivre", "calcul": "rav_uc", "operateur": "<", "seuil": 600}]}]},
     "montant": {"type": "pourcentage_demande", "pourcentage": 50}, "plafond": 200, "plafond_annuel": 400},
    {"code": "SENIOR", "libelle": "Aide aux aînés", "conditions": {"tous": [
       {"critere": "age", "personne": "demandeur", "operateur": ">=", "seuil": 65},
       {"critere": "rfr_uc", "echelle": "oecd", "operateur": "<", "seuil": 12000}]}, "montant": 100},
    {"code": "FAMILLE", "libelle": "Aide aux familles", "conditions": {"tous": [
       {"critere": "nombre_personnes", "role": "enfant", "operateur": ">=", "seuil": 1},
       {"critere": "reste_a_vivre", "calcul": "rav_caf", "operateur": "<=", "seuil": 400}]},
     "montant": {"type": "bareme", "variable": "nombre_personnes", "role": "enfant", "tranches": [
       {"jusqu_a": 1, "inclus": true, "montant": 80}, {"jusqu_a": 3, "inclus": true, "montant": 150}, {"montant": 220}]}},
    {"code": "SANTE", "libelle": "Aide santé", "natures": ["sante"], "conditions": {"tous": [
       {"non": {"critere": "statut", "prestation": "c2s", "valeur": true}},
       {"critere": "ressources", "ressources": {"exclure": ["prestations_familiales"]}, "operateur": "<", "seuil": 1500}]},
     "montant": {"type": "pourcentage_demande", "pourcentage": 70}, "plafond": 300},
    {"code": "TRANSPORT", "libelle": "Aide transport", "natures": ["transport"], "conditions": {"au_moins_un": [
       {"critere": "age", "personne": "une_personne", "operateur": "<", "seuil": 26},
       {"critere": "statut", "prestation": "aah", "valeur": true}]},
     "montant": {"type": "bareme", "variable": "qf_caf", "tranches": [{"jusqu_a": 500, "inclus": false, "montant": 60},
       {"jusqu_a": 900, "inclus": false, "montant": 30}, {"montant": 0}]}, "delai_carence_mois": 6},
    {"code": "LOGEMENT", "libelle": "Aide au logement", "natures": ["logement"], "conditions": {"tous": [
       {"critere": "qf_caf", "operateur": "<=", "seuil": 700},
       {"critere": "montant_demande", "operateur": "<=", "seuil": 1000}]},
     "montant": {"type": "pourcentage_demande", "pourcentage": 33.33}, "plafond_annuel": {"montant": 600,
       "periode": "12_mois_glissants", "aides": ["LOGEMENT", "SECOURS"]}}
  ]})";

Menage randomHousehold(QRandomGenerator& rng, const QDate& reference)
{
    const QStringList& natures = MenageJson::natures();
    Menage m;
    m.dateReference = reference;
    m.communeResidence = rng.bounded(4) == 0 ? QStringLiteral("08105") : QStringLiteral("78358");
    const int adults = 1 + rng.bounded(2);
    const int children = rng.bounded(5);
    m.personnes << MenagePerson{PersonRole::Demandeur, reference.addDays(-(18 * 365 + rng.bounded(60 * 365))), false};
    if (adults == 2)
        m.personnes << MenagePerson{PersonRole::Conjoint, reference.addDays(-(18 * 365 + rng.bounded(60 * 365))),
                                    false};
    for (int c = 0; c < children; ++c)
        m.personnes << MenagePerson{PersonRole::Enfant, reference.addDays(-rng.bounded(20 * 365)),
                                    rng.bounded(10) == 0};
    QList<MenageAmount> resources;
    resources << MenageAmount{QStringLiteral("salaire"), qint64(rng.bounded(250'000)), {}};
    if (children > 0)
        resources << MenageAmount{QStringLiteral("prestations_familiales"), qint64(rng.bounded(60'000)),
                                  FigureSource{FigureSource::Kind::Justificatif, {}, {}, 0, 0, {}, {}}};
    if (rng.bounded(3) == 0)
        resources << MenageAmount{QStringLiteral("rsa"), qint64(rng.bounded(80'000)), {}};
    if (rng.bounded(50) != 0) // a few households without resources entered
        m.ressources = resources;
    QList<MenageAmount> charges;
    charges << MenageAmount{QStringLiteral("loyer_residuel"), qint64(rng.bounded(90'000)), {}};
    charges << MenageAmount{QStringLiteral("energie"), qint64(rng.bounded(25'000)), {}};
    charges << MenageAmount{QStringLiteral("telephone"), qint64(rng.bounded(8'000)), {}};
    charges << MenageAmount{QStringLiteral("assurance"), qint64(rng.bounded(8'000)), {}};
    m.charges = charges;
    if (rng.bounded(10) != 0) {
        CafQuotient qf;
        qf.valeur = int(rng.bounded(2000));
        qf.fournisseur = QStringLiteral("CNAF");
        qf.annee = reference.year();
        qf.mois = reference.month();
        qf.source.kind = FigureSource::Kind::Api;
        qf.source.api = QStringLiteral("API Particulier");
        qf.source.provider = qf.fournisseur;
        qf.source.year = qf.annee;
        qf.source.month = qf.mois;
        qf.source.requestId = QStringLiteral("req-%1").arg(rng.generate());
        qf.source.fetchedAt = QDateTime(reference, QTime(9, 0), Qt::UTC);
        m.quotientFamilialCaf = qf;
    }
    if (rng.bounded(5) != 0) {
        FiscalData f;
        f.rfrEuros = rng.bounded(60'000);
        f.partsQuarters = 4 * adults + 2 * children;
        f.anneeRevenus = reference.year() - 1;
        f.source.kind = FigureSource::Kind::Api;
        f.source.api = QStringLiteral("API Impôt particulier");
        f.source.provider = QStringLiteral("DGFiP");
        f.source.year = f.anneeRevenus;
        m.fiscal = f;
    }
    for (const Benefit b : {Benefit::RSA, Benefit::C2S, Benefit::AAH, Benefit::ASF, Benefit::PrimeActivite}) {
        if (rng.bounded(8) != 0)
            m.statuts[b] = StatusFlag{rng.bounded(4) == 0, {}};
    }
    m.demande.nature = natures[int(rng.bounded(natures.size()))];
    m.demande.montantCents = qint64(rng.bounded(150'000));
    const int received = rng.bounded(3);
    static const QStringList codes = {QStringLiteral("SECOURS"), QStringLiteral("URGENCE"), QStringLiteral("ALIM"),
                                      QStringLiteral("LOGEMENT"), QStringLiteral("TRANSPORT")};
    for (int i = 0; i < received; ++i)
        m.aidesRecues << AideRecue{codes[int(rng.bounded(codes.size()))], reference.addDays(-rng.bounded(500)),
                                   qint64(rng.bounded(60'000))};
    return m;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    int households = 100'000;
    QString qm;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--households"))
            households = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--qm"))
            qm = args[i + 1];
    }
    const bool digest = args.contains(QLatin1String("--digest"));
    QTranslator translator;
    if (!qm.isEmpty()) {
        if (!translator.load(qm)) {
            std::fprintf(stderr, "cannot load the translation %s\n", qPrintable(qm));
            return 1;
        }
        QCoreApplication::installTranslator(&translator);
    }
    const auto parsed = Reglement::parse(QByteArray(kReglement));
    if (!parsed.ok()) {
        std::fprintf(stderr, "règlement: %s\n", qPrintable(parsed.error().join(QLatin1Char('\n'))));
        return 1;
    }
    const Reglement reglement = parsed.value();

    QRandomGenerator rng(20261127);
    const QDate reference(2026, 11, 27);
    QList<Menage> menages;
    menages.reserve(households);
    for (int i = 0; i < households; ++i)
        menages << randomHousehold(rng, reference);

    const int aids = int(reglement.aids().size());
    std::printf("bench_eligibility: %d aids x %d households = %lld aid evaluations\n", aids, households,
                static_cast<long long>(qint64(aids) * households));

    // 1. Engine::decide: verdicts, amounts, missing figures (what a batch or statistics need).
    std::map<Verdict, qint64> verdicts;
    qint64 totalCents = 0;
    QElapsedTimer timer;
    timer.start();
    std::clock_t cpuStart = std::clock();
    for (const Menage& m : menages) {
        for (const AidResult& a : Engine::decide(reglement, m)) {
            ++verdicts[a.verdict];
            totalCents += a.amountCents;
        }
    }
    qint64 ns = timer.nsecsElapsed();
    double cpuMs = double(std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC;
    std::printf("decide (verdicts and amounts)      total %8.1f ms, process CPU %8.1f ms, %6.2f us per household"
                "   (target <= 1000 ms)\n",
                double(ns) / 1e6, cpuMs, double(ns) / 1e3 / households);
    std::printf("  verdicts: eligible %lld, not eligible %lld, incomplete %lld; %lld cents proposed\n",
                static_cast<long long>(verdicts[Verdict::Eligible]),
                static_cast<long long>(verdicts[Verdict::NotEligible]),
                static_cast<long long>(verdicts[Verdict::Incomplete]), static_cast<long long>(totalCents));

    // 2. Engine::evaluate: the same, with every explanation line and household figure (in the source
    //    language, English, unless a translation is given with --qm).
    std::map<Verdict, qint64> verdicts2;
    qint64 totalCents2 = 0;
    qint64 lines = 0;
    timer.restart();
    cpuStart = std::clock();
    for (const Menage& m : menages) {
        const Evaluation e = Engine::evaluate(reglement, m);
        for (const AidResult& a : e.aids) {
            ++verdicts2[a.verdict];
            lines += a.lines.size();
            totalCents2 += a.amountCents;
        }
    }
    ns = timer.nsecsElapsed();
    cpuMs = double(std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC;
    std::printf("evaluate (with explanations)       total %8.1f ms, process CPU %8.1f ms, %6.2f us per household"
                "   (target <= 1000 ms)\n",
                double(ns) / 1e6, cpuMs, double(ns) / 1e3 / households);
    std::printf("  %lld explanation lines; same verdicts and amounts as decide: %s\n", static_cast<long long>(lines),
                verdicts2 == verdicts && totalCents2 == totalCents ? "yes" : "NO");
    std::printf("(the machine may be shared: process CPU time excludes the time spent waiting for a core)\n");

    // 3. Optional: a digest of the whole output, to compare two builds of the engine.
    if (digest) {
        QCryptographicHash evaluations(QCryptographicHash::Sha256);
        QCryptographicHash decisions(QCryptographicHash::Sha256);
        for (const Menage& m : menages) {
            evaluations.addData(QJsonDocument(Engine::toJson(Engine::evaluate(reglement, m))).toJson());
            for (const AidResult& a : Engine::decide(reglement, m)) {
                decisions.addData(a.code.toUtf8());
                decisions.addData(Engine::verdictKey(a.verdict).toUtf8());
                decisions.addData(QByteArray::number(a.amountCents));
                decisions.addData(a.missing.join(QLatin1Char('|')).toUtf8());
                decisions.addData(QByteArrayView("\n"));
            }
        }
        std::printf("digest of the evaluations: %s\ndigest of the decisions:   %s\n",
                    evaluations.result().toHex().constData(), decisions.result().toHex().constData());
    }
    return verdicts2 == verdicts && totalCents2 == totalCents ? 0 : 1;
}
