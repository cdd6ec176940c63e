// Benchmark (not a test): one eligibility summary PDF (HTML generation + layout + PDF/A-1b write,
// fonts embedded, atomic rename), the household of domain.md §2.8 with three aids and a logo.
//  - median time per summary after a warm-up                 target <= 300 ms
// Usage: bench_report [--runs N] [--aids N] [--pseudonymise] [--keep FILE.pdf]
//                     [--reglement FILE.json --menage FILE.json]   (the engine's own evaluation instead)
#include "eligibility/Engine.h"
#include "report/EligibilitySummary.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
// ccas_core links Qt Gui privately (and bench/CMakeLists.txt does not add it): its headers are
// reached through the Qt include root that every Qt target has.
#include <QtGui/QGuiApplication>
#include <QtGui/QImage>
#include <QtGui/QPainter>

#include <algorithm>
#include <cstdio>

using namespace ccas;

namespace {

FigureSource apiSource(const char* api, const char* provider, int year, int month, const char* requestId)
{
    FigureSource s;
    s.kind = FigureSource::Kind::Api;
    s.api = QString::fromUtf8(api);
    s.provider = QString::fromUtf8(provider);
    s.year = year;
    s.month = month;
    s.requestId = QString::fromUtf8(requestId);
    s.fetchedAt = QDateTime(QDate(2026, 11, 27), QTime(8, 12), Qt::UTC);
    return s;
}

FigureSource typed(FigureSource::Kind kind)
{
    FigureSource s;
    s.kind = kind;
    return s;
}

MenageAmount amount(const char* type, qint64 cents, const FigureSource& source)
{
    MenageAmount a;
    a.type = QString::fromUtf8(type);
    a.cents = cents;
    a.source = source;
    return a;
}

ExplanationLine line(ExplanationLine::State state, const char* criterion, const char* text,
                     const QStringList& sources = {})
{
    ExplanationLine l;
    l.state = state;
    l.criterion = QString::fromUtf8(criterion);
    l.text = QString::fromUtf8(text);
    l.sources = sources;
    return l;
}

SummaryInput sampleInput(const QString& logoPath)
{
    SummaryInput in;
    in.ccas.name = QStringLiteral("CCAS de Charleville-Mézières");
    in.ccas.siret = QStringLiteral("26080105500017");
    in.ccas.address = QStringLiteral("Hôtel de ville, place Ducale\n08000 Charleville-Mézières");
    in.ccas.logoPath = logoPath;
    in.dossierRef = QStringLiteral("DK7M2Q9XR4TB8WZ3C");
    in.agent = QStringLiteral("agent.martin");
    in.printedAt = QDateTime(QDate(2026, 11, 27), QTime(14, 5));
    in.applicant.nomNaissance = QStringLiteral("DUPONT");
    in.applicant.prenoms = {QStringLiteral("Sophie"), QStringLiteral("Marie")};
    in.applicant.sexe = QStringLiteral("F");
    in.applicant.anneeNaissance = 1984;
    in.applicant.moisNaissance = 3;
    in.applicant.jourNaissance = 14;
    in.applicant.codePaysNaissance = QStringLiteral("99100");
    in.applicant.codeCommuneNaissance = QStringLiteral("13055");
    in.applicantAddress = QStringLiteral("12 RUE DES LILAS\n08000 CHARLEVILLE-MEZIERES");

    Menage& m = in.menage;
    m.dateReference = QDate(2026, 11, 27);
    m.communeResidence = QStringLiteral("08105");
    m.personnes = {{PersonRole::Demandeur, QDate(1984, 3, 14), false},
                   {PersonRole::Conjoint, QDate(1982, 6, 2), false},
                   {PersonRole::Enfant, QDate(2011, 5, 10), false},
                   {PersonRole::Enfant, QDate(2018, 9, 1), false}};
    const FigureSource caf = apiSource("API Particulier", "CNAF", 2026, 10, "6f1c2a9e-3b7d-4e21-9a0c-5d8e7f6a1b2c");
    m.ressources = QList<MenageAmount>{amount("salaire", 175200, typed(FigureSource::Kind::Agent)),
                                       amount("prestations_familiales", 14800, caf)};
    m.charges = QList<MenageAmount>{amount("loyer_residuel", 55000, typed(FigureSource::Kind::Justificatif)),
                                    amount("energie", 12000, typed(FigureSource::Kind::Justificatif)),
                                    amount("assurance", 4000, typed(FigureSource::Kind::Agent)),
                                    amount("mutuelle", 6000, typed(FigureSource::Kind::Agent)),
                                    amount("transport", 5000, typed(FigureSource::Kind::Agent))};
    CafQuotient qf;
    qf.valeur = 649;
    qf.fournisseur = QStringLiteral("CNAF");
    qf.annee = 2026;
    qf.mois = 10;
    qf.source = caf;
    m.quotientFamilialCaf = qf;
    FiscalData fiscal;
    fiscal.rfrEuros = 18000;
    fiscal.partsQuarters = 12;
    fiscal.impotEuros = 0;
    fiscal.anneeRevenus = 2025;
    fiscal.source = apiSource("API Impôt particulier", "DGFiP", 2025, 0, "c0ffee42-7a1b-4c3d-8e5f-0a9b8c7d6e5f");
    m.fiscal = fiscal;
    m.statuts[Benefit::RSA] = {false,
                               apiSource("API Particulier", "CNAV", 0, 0, "0b7e3a3c-5f0e-4a5b-9d6a-1c2b3d4e5f60")};
    m.statuts[Benefit::PrimeActivite] = {true, typed(FigureSource::Kind::Justificatif)};
    m.demande.nature = QStringLiteral("alimentaire");
    m.demande.montantCents = 30000;

    Evaluation& ev = in.evaluation;
    ev.ccas = in.ccas.name;
    ev.reglementTitle = QStringLiteral("Règlement des aides facultatives");
    ev.reglementVersion = 3;
    ev.dateReference = m.dateReference;
    const QStringList cafText = {
        QStringLiteral("API Particulier, CNAF, QF 10/2026, demande 6f1c2a9e-3b7d-4e21-9a0c-5d8e7f6a1b2c")};
    ev.figures = {{QStringLiteral("personnes"), QStringLiteral("Personnes"), QStringLiteral("4"), {}},
                  {QStringLiteral("uc_oecd"), QStringLiteral("UC (OCDE)"), QStringLiteral("2,3"), {}},
                  {QStringLiteral("rav_mois"),
                   QStringLiteral("Reste à vivre par personne et par mois"),
                   QStringLiteral("270,00 €"),
                   {}}};
    AidResult a1;
    a1.code = QStringLiteral("ML-PRIMAIRE");
    a1.label = QStringLiteral("Aide aux besoins primaires");
    a1.verdict = Verdict::Eligible;
    a1.amountCents = 12000;
    a1.lines = {line(ExplanationLine::State::Met, "Reste à vivre", "9,00 € par personne et par jour ≤ 10,00 €"),
                line(ExplanationLine::State::Info, "Tranche", "8–10 € : 40 % de 300,00 € = 120,00 €"),
                line(ExplanationLine::State::Info, "Plafond annuel", "750,00 € ; reste 750,00 €")};
    AidResult a2;
    a2.code = QStringLiteral("AUB-ALIM");
    a2.label = QStringLiteral("Aide alimentaire");
    a2.verdict = Verdict::NotEligible;
    a2.lines = {line(ExplanationLine::State::NotMet, "Plafond de ressources", "1 900,00 € > 950,00 € (4 personnes)")};
    AidResult a3;
    a3.code = QStringLiteral("PA-QF");
    a3.label = QStringLiteral("Secours d'urgence");
    a3.verdict = Verdict::Incomplete;
    a3.missing = {QStringLiteral("statut C2S")};
    a3.lines = {line(ExplanationLine::State::Met, "Quotient familial CAF", "649 € < 900 €", cafText),
                line(ExplanationLine::State::Missing, "Statut C2S", "inconnu")};
    ev.aids = {a1, a2, a3};
    return in;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    int runs = 30;
    int aids = 3;
    bool pseudonymise = false;
    QString keep;
    QString reglementPath;
    QString menagePath;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--runs") && i + 1 < args.size())
            runs = std::max(1, args[++i].toInt());
        else if (args[i] == QLatin1String("--aids") && i + 1 < args.size())
            aids = std::max(1, args[++i].toInt());
        else if (args[i] == QLatin1String("--pseudonymise"))
            pseudonymise = true;
        else if (args[i] == QLatin1String("--keep") && i + 1 < args.size())
            keep = args[++i];
        else if (args[i] == QLatin1String("--reglement") && i + 1 < args.size())
            reglementPath = args[++i];
        else if (args[i] == QLatin1String("--menage") && i + 1 < args.size())
            menagePath = args[++i];
    }

    QTemporaryDir dir;
    if (!dir.isValid()) {
        std::fprintf(stderr, "no temporary folder\n");
        return 1;
    }
    QImage logo(400, 200, QImage::Format_ARGB32);
    logo.fill(Qt::transparent);
    {
        QPainter p(&logo);
        p.setBrush(QColor(0x1f, 0x3a, 0x5f));
        p.drawEllipse(20, 20, 160, 160);
    }
    const QString logoPath = dir.filePath(QStringLiteral("logo.png"));
    logo.save(logoPath);
    SummaryInput input = sampleInput(logoPath);
    input.pseudonymise = pseudonymise;
    const QList<AidResult> three = input.evaluation.aids;
    input.evaluation.aids.clear();
    for (int i = 0; i < aids; ++i)
        input.evaluation.aids.append(three[i % three.size()]);
    if (!reglementPath.isEmpty() && !menagePath.isEmpty()) {
        const auto reglement = Reglement::load(reglementPath);
        QFile menageFile(menagePath);
        if (!reglement || !menageFile.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read the règlement or the household file\n");
            return 1;
        }
        const auto menage = MenageJson::parse(menageFile.readAll());
        if (!menage) {
            std::fprintf(stderr, "%s\n", qPrintable(menage.error().join(QLatin1Char('\n'))));
            return 1;
        }
        input.menage = menage.value();
        input.evaluation = Engine::evaluate(reglement.value(), input.menage);
    }
    const QString pdf = keep.isEmpty() ? dir.filePath(QStringLiteral("summary.pdf")) : keep;

    QList<double> ms;
    for (int i = 0; i <= runs; ++i) { // run 0 is the warm-up (font loading)
        QElapsedTimer timer;
        timer.start();
        const auto r = EligibilitySummary::writePdf(input, pdf);
        const double elapsed = double(timer.nsecsElapsed()) / 1e6;
        if (!r) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error()));
            return 1;
        }
        if (i == 0)
            std::printf("warm-up (first summary, fonts loaded): %.1f ms\n", elapsed);
        else
            ms.append(elapsed);
    }
    std::sort(ms.begin(), ms.end());
    const double median = ms[ms.size() / 2];
    const double worst = ms.last();
    QFile file(pdf);
    std::printf(
        "summary PDF: median %.1f ms, min %.1f ms, max %.1f ms over %d runs (target <= 300 ms: %s); %lld bytes\n",
        median, ms.first(), worst, int(ms.size()), median <= 300 ? "met" : "MISSED",
        static_cast<long long>(file.size()));
    return median <= 300 ? 0 : 2;
}
