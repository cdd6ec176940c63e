// Benchmark (not a test): a SEDA 2.3 transfer package of closed dossiers, as `archive export` and the
// window make it: every dossier read and decrypted on the DB thread, its eligibility evaluated with the
// example règlement, its summary rendered as PDF/A-1b, the decision and the data snapshot as JSON, SHA-512
// of each file, the zip written through QSaveFile, the manifest, one journal entry per dossier.
//  - dossiers exported per second (1 000 closed dossiers)        target >= 100 dossiers/s
// The dossiers carry what a real one has: identity, a CAF quotient familial with its household, two
// benefit statuses, the DGFiP tax figures, resources and charges, a decision (granted, refused, sans suite).
// Dossiers are closed as the window closes them: with their summary frozen (rendered once, at closing).
// --no-frozen closes them without it, as older versions did: the export then renders every summary.
// Usage: bench_archive [--dossiers N] [--runs R] [--keep FILE.zip] [--no-frozen]
#include "BenchSupport.h"
#include "api/OutcomeText.h"
#include "api/Source.h"
#include "api/TaxText.h"
#include "archive/ArchiveExporter.h"
#include "crypto/SecureKey.h"
#include "report/DossierSummaryInput.h"
#include "store/Database.h"
#include "store/DossierRepository.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QThread>
// ccas_core links Qt Gui privately: its headers are reached through the Qt include root.
#include <QtGui/QGuiApplication>

#include <cstdio>

using namespace ccas;
using namespace ccas::bench;

namespace {

const QDateTime FetchedAt(QDate(2026, 3, 2), QTime(10, 14), Qt::UTC);

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

Person person(const QString& nom, const QString& prenoms, const QString& date, const QString& sexe)
{
    Person p;
    p.nomNaissance = nom;
    p.nomUsage = ApiValue<QString>::null();
    p.prenoms = prenoms;
    p.dateNaissance = *PartialDate::parse(date);
    p.sexe = sexe;
    return p;
}

QList<StoredSource> sourcesFor(const Identity& id, int i)
{
    SourceOutcome qf;
    qf.source = Source::QuotientFamilial;
    FamilyQuotientData f;
    QuotientFamilial q;
    q.fournisseur = QStringLiteral("CNAF");
    q.valeur = 350 + (i * 37) % 900;
    q.annee = 2026;
    q.mois = 2;
    q.anneeCalcul = 2026;
    q.moisCalcul = 2;
    f.quotientFamilial = ApiValue<QuotientFamilial>::of(q);
    const QString birth = QStringLiteral("%1-%2-%3")
                              .arg(id.anneeNaissance)
                              .arg(id.moisNaissance, 2, 10, QLatin1Char('0'))
                              .arg(id.jourNaissance, 2, 10, QLatin1Char('0'));
    f.allocataires =
        ApiValue<QList<Person>>::of({person(id.nomNaissance, id.prenoms.join(QLatin1Char(' ')), birth, id.sexe)});
    QList<Person> children;
    for (int c = 0; c < i % 4; ++c)
        children << person(id.nomNaissance, QStringLiteral("ENFANT%1").arg(c + 1),
                           QStringLiteral("20%1-0%2-1%3").arg(10 + c).arg(1 + c).arg(c),
                           c % 2 ? QStringLiteral("M") : QStringLiteral("F"));
    f.enfants = ApiValue<QList<Person>>::of(children);
    PostalAddress a;
    a.destinataire = QStringLiteral("%1 %2").arg(id.nomNaissance, id.prenoms.value(0).toUpper());
    a.numeroLibelleVoie = ApiValue<QString>::of(QStringLiteral("%1 RUE DE LA MAIRIE").arg(1 + i % 90));
    a.complementInformation = ApiValue<QString>::null();
    a.complementInformationGeographique = ApiValue<QString>::null();
    a.lieuDit = ApiValue<QString>::null();
    a.codePostalVille = QStringLiteral("78600 MAISONS-LAFFITTE");
    a.pays = QStringLiteral("FRANCE");
    f.adresse = ApiValue<PostalAddress>::of(a);
    f.provenance = provenance(QStringLiteral("/v3/dss/quotient_familial/identite"), QStringLiteral("CNAF"),
                              QStringLiteral("req-qf-%1").arg(i));
    f.provenance.periodYear = 2026;
    f.provenance.periodMonth = 2;
    qf.family = f;

    QList<StoredSource> out{{QStringLiteral("qf"), FetchedAt, OutcomeText::toJson(qf)}};
    for (const Source s : {Source::RSA, Source::C2S}) {
        SourceOutcome o;
        o.source = s;
        BenefitStatusData b;
        b.benefit = *Sources::benefit(s);
        b.estBeneficiaire = ApiValue<bool>::of(i % 3 == 0);
        b.dateDebutDroit = ApiValue<PartialDate>::null();
        b.provenance = provenance(Sources::path(s), QStringLiteral("CNAV"), QStringLiteral("req-%1").arg(i));
        o.benefit = b;
        out << StoredSource{Sources::cliName(s), FetchedAt, OutcomeText::toJson(o)};
    }
    TaxSituation t;
    t.rfr = ApiValue<qint64>::of(8000 + (i * 131) % 20000);
    t.nombreParts = ApiValue<double>::of(1 + (i % 4) * 0.5);
    t.impotTotal = ApiValue<qint64>::of(0);
    t.anneeRevenus = 2025;
    t.anneeImposition = 2026;
    t.provenance.api = QStringLiteral("API Impôt particulier");
    t.provenance.provider = QStringLiteral("DGFiP");
    t.provenance.periodYear = 2025;
    t.provenance.requestId = QStringLiteral("corr-%1").arg(i);
    t.provenance.fetchedAt = FetchedAt;
    out << StoredSource{QStringLiteral("impot"), FetchedAt, TaxText::toJson(t)};
    return out;
}

long peakRssKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const Options options(app.arguments(), {QStringLiteral("--no-frozen")});
    const bool frozen = !options.flag("--no-frozen");
    const int total = options.intValue("--dossiers", 1000);
    const int runs = std::max(1, options.intValue("--runs", 3));
    const QString keep = options.value("--keep", QString());
    if (!sodiumReady())
        return 1;

    QTemporaryDir tmp;
    const QDateTime start(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    ManualClock clock(start);
    Database db;
    DossierRepository repo(&db, clock);
    repo.setMasterKey(std::make_shared<const SecureKey>(SecureKey::random()));
    if (!wait(db.open(tmp.filePath(QStringLiteral("bench.db")), true)).ok())
        return 1;

    auto reglement = Reglement::load(QStringLiteral(":/reglements/exemple-maisons-laffitte.json"));
    if (!reglement) {
        std::fprintf(stderr, "example règlement not found\n");
        return 1;
    }
    const CcasLetterhead letterhead{QStringLiteral("CCAS de Maisons-Laffitte"), QStringLiteral("13002526500013"),
                                    QStringLiteral("Hôtel de ville\n78600 Maisons-Laffitte"), QString()};

    // 1. Closed dossiers made as the window makes them (not measured).
    QElapsedTimer t;
    t.start();
    QRandomGenerator rng(20261127);
    const QString agent = QStringLiteral("bench");
    const QStringList aids = {QStringLiteral("ALIM-URG"), QStringLiteral("ENERGIE")};
    for (int i = 0; i < total; ++i) {
        const Identity id = randomIdentity(rng, i);
        const auto created = wait(repo.create(id, aids.at(i % 2), agent));
        if (!created) {
            std::fprintf(stderr, "create failed\n");
            return 1;
        }
        const QString dossier = created.value();
        const QList<BudgetLine> resources{
            {QStringLiteral("salaire"), 90000 + (i % 50) * 1000, QStringLiteral("agent")}};
        const QList<BudgetLine> charges{{QStringLiteral("loyer_residuel"), 45000, QStringLiteral("justificatif")}};
        Decision d;
        d.outcome = i % 10 < 6 ? Outcome::Accorde : i % 10 < 9 ? Outcome::Refuse : Outcome::SansSuite;
        d.amountCents = d.outcome == Outcome::Accorde ? 5000 + (i % 10) * 1000 : 0;
        d.motif = QStringLiteral("Commission du 2 mars");
        d.agent = agent;
        d.decidedAt = clock.nowUtc();
        d.aidCode = aids.at(i % 2);
        if (!wait(repo.saveSources(dossier, sourcesFor(id, i), agent)).ok() ||
            !wait(repo.saveBudget(dossier, resources, charges, QString(), agent)).ok() ||
            !wait(repo.decide(dossier, d)).ok()) {
            std::fprintf(stderr, "dossier %d could not be prepared\n", i);
            return 1;
        }
        QByteArray summary;
        if (frozen) {
            const auto stored = wait(repo.get(dossier, agent, false));
            if (!stored)
                return 1;
            DossierSummarySetup setup;
            setup.letterhead = letterhead;
            setup.agent = agent;
            setup.printedAt = clock.nowUtc();
            setup.reglement = &reglement.value();
            const auto pdf =
                EligibilitySummary::pdf(summaryOfDossier(stored.value(), {}, clock.nowUtc().date(), setup).input);
            if (!pdf)
                return 1;
            summary = pdf.value();
        }
        if (!wait(repo.close(dossier, agent, summary)).ok()) {
            std::fprintf(stderr, "dossier %d could not be prepared\n", i);
            return 1;
        }
    }
    const double prepareS = double(t.elapsed()) / 1000.0;

    // 2. Export every closed dossier, `runs` times.
    ArchiveExporter exporter(&repo, clock);
    QList<double> seconds;
    qint64 bytes = 0;
    int exported = 0;
    for (int r = 0; r < runs; ++r) {
        ArchiveJob job;
        job.allClosed = true;
        job.outPath = keep.isEmpty() ? tmp.filePath(QStringLiteral("run%1.zip").arg(r)) : keep;
        job.agent = agent;
        job.policy.archivalAgencyId = QStringLiteral("FRAD078");
        job.policy.archivalAgreement = QStringLiteral("CV-CCAS-2026-01");
        job.policy.originatingAgencyId = job.policy.transferringAgencyId = QStringLiteral("13002526500013");
        job.policy.granted = {QStringLiteral("DUA-AIDE-FACULTATIVE-10A"), QStringLiteral("Destroy")};
        job.policy.refused =
            job.policy.abandoned = {QStringLiteral("DUA-DEMANDE-REJETEE-2A"), QStringLiteral("Destroy")};
        job.policy.accessRule = QStringLiteral("COM-VIE-PRIVEE-50A");
        job.letterhead = letterhead;
        job.reglement = std::make_shared<const Reglement>(reglement.value());
        t.restart();
        const auto result = wait(exporter.run(job));
        seconds << double(t.nsecsElapsed()) / 1e9;
        if (!result) {
            std::fprintf(stderr, "export failed: %s\n", qPrintable(result.error().message));
            return 1;
        }
        bytes = result.value().bytes;
        exported = int(result.value().dossierIds.size());
        if (keep.isEmpty())
            QFile::remove(job.outPath);
    }
    if (exported != total) {
        std::fprintf(stderr, "exported %d of %d dossiers\n", exported, total);
        return 1;
    }
    const double med = median(seconds);
    std::printf("%d closed dossiers prepared in %.1f s (%s); renderers: %d threads\n", total, prepareS,
                frozen ? "summaries frozen at closing" : "no frozen summary: rendered at export",
                QThread::idealThreadCount());
    FigureTable table(44, 1);
    table.header();
    table.value("export, median wall time", med, "s");
    // Higher is better: shown against the inverse target, seconds per 100 dossiers.
    std::printf("%-44s %9.1f %-2s %10s %8s\n", "dossiers exported per second", exported / med, "/s", ">= 100",
                exported / med >= 100 ? "ok" : "MISSED");
    table.value("package size", double(bytes) / (1024.0 * 1024.0), "MiB");
    table.value("per dossier", double(bytes) / exported / 1024.0, "KiB");
    table.value("peak resident memory (VmHWM)", double(peakRssKb()) / 1024.0, "MB");
    std::printf("runs:");
    for (double s : seconds)
        std::printf(" %.2f s", s);
    std::printf("\n");
    return 0;
}
