// The eligibility commands of the CLI, end to end against the demo API: a dossier's budget and
// household, `evaluate` under the example règlements (dossier and household file), the waiting
// period from the person's other granted dossiers, `summary --pdf` (read back with pdftotext) and
// its journal entry, and exit code 2 with every error for invalid files.
#include "ClientRig.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace ccas;
using namespace ccas::test;

namespace {

QString reglement(const char* name)
{
    return QStringLiteral(GUICHET_FIXTURES_DIR "/../../resources/reglements/") + QLatin1String(name);
}

QString menageFixture(const char* name)
{
    return QStringLiteral(GUICHET_FIXTURES_DIR "/menages/") + QLatin1String(name);
}

struct Profile
{
    QTemporaryDir root;
    QString passFile;

    Profile()
    {
        QDir().mkpath(tmp());
        passFile = root.filePath(QStringLiteral("pass.txt"));
        QFile f(passFile);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("une phrase de passe assez longue\n");
    }
    QString dir() const { return root.filePath(QStringLiteral("profil")); }
    QString tmp() const { return root.filePath(QStringLiteral("tmp")); }
    QString file(const QString& name) const { return root.filePath(name); }

    CliResult run(const QStringList& args)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")); // no keychain: the passphrase path
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the CLI chooses offscreen itself for summary
        env.insert(QStringLiteral("GUICHET_PASSPHRASE_FILE"), passFile);
        env.insert(QStringLiteral("GUICHET_API_PARTICULIER_TOKEN"), QString::fromLatin1(TestToken));
        env.insert(QStringLiteral("TMPDIR"), tmp());
        return runCliProcess(QStringList{QStringLiteral("--profile"), dir()} + args, env);
    }
    void init()
    {
        const CliResult r = run({QStringLiteral("init"), QStringLiteral("--ccas-nom"), QStringLiteral("CCAS de Test"),
                                 QStringLiteral("--siret"), QString::fromLatin1(TestRecipient)});
        INFO(r.err.toStdString());
        REQUIRE(r.code == 0);
    }
    QString create(const QStringList& identity, const QString& aid)
    {
        const CliResult r =
            run(QStringList{QStringLiteral("--json"), QStringLiteral("dossier"), QStringLiteral("create")} + identity +
                QStringList{QStringLiteral("--aide"), aid});
        INFO(r.err.toStdString());
        REQUIRE(r.code == 0);
        const QString id = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("id")).toString();
        REQUIRE(id.startsWith(QLatin1Char('D')));
        return id;
    }
};

// BERNARD ELODIE (staging): CNAF QF 650, one child; not found by the status endpoints.
QStringList bernardElodie()
{
    Identity id = dupontSophie();
    id.nomNaissance = QStringLiteral("BERNARD");
    id.prenoms = {QStringLiteral("ELODIE")};
    id.anneeNaissance = 1990;
    id.moisNaissance = 3;
    id.jourNaissance = 0;
    id.codeCommuneNaissance = QStringLiteral("08480");
    return cliIdentityArgs(id);
}

// The aid `code` of an `evaluate --json` output.
QJsonObject aid(const CliResult& r, const QString& code)
{
    const QJsonObject doc = QJsonDocument::fromJson(r.out.toUtf8()).object();
    for (const QJsonValue& v : doc.value(QStringLiteral("aides")).toArray())
        if (v.toObject().value(QStringLiteral("code")).toString() == code)
            return v.toObject();
    return {};
}

QString verdict(const CliResult& r, const QString& code)
{
    return aid(r, code).value(QStringLiteral("verdict")).toString();
}

qint64 cents(const CliResult& r, const QString& code)
{
    return qint64(aid(r, code).value(QStringLiteral("montant_centimes")).toDouble());
}

// The figure `key` of an `evaluate --json` output.
QString figure(const CliResult& r, const QString& key)
{
    const QJsonObject doc = QJsonDocument::fromJson(r.out.toUtf8()).object();
    for (const QJsonValue& v : doc.value(QStringLiteral("chiffres")).toArray())
        if (v.toObject().value(QStringLiteral("cle")).toString() == key)
            return v.toObject().value(QStringLiteral("valeur")).toString();
    return {};
}

// pdftotext, with the no-break spaces of French amounts as plain spaces.
QString pdfText(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(30000));
    REQUIRE(p.exitCode() == 0);
    QString text = QString::fromUtf8(p.readAllStandardOutput());
    text.replace(QChar(0x00A0), QLatin1Char(' '));
    text.replace(QChar(0x202F), QLatin1Char(' '));
    return text;
}

QJsonArray journal(Profile& profile)
{
    const CliResult r = profile.run({QStringLiteral("--json"), QStringLiteral("journal"), QStringLiteral("list")});
    REQUIRE(r.code == 0);
    return QJsonDocument::fromJson(r.out.toUtf8()).array();
}

} // namespace

TEST_CASE("cli eligibility: a dossier's budget and household, evaluate, waiting period, summary PDF, journal",
          "[cli-eligibility]")
{
    ClientRig rig;
    Profile profile;
    profile.init();
    const QString id = profile.create(bernardElodie(), QStringLiteral("ENERGIE"));
    CliResult r = profile.run({QStringLiteral("--base-url"), rig.server.baseUrl().toString(), QStringLiteral("dossier"),
                               QStringLiteral("fetch"), id});
    REQUIRE(r.code == 0);

    // Nothing typed yet: under Maisons-Laffitte the RAV cannot be computed, the commune is unknown.
    r = profile.run({QStringLiteral("--json"), QStringLiteral("evaluate"), QStringLiteral("--reglement"),
                     reglement("exemple-maisons-laffitte.json"), QStringLiteral("--dossier"), id});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(verdict(r, QStringLiteral("SECOURS")) == QStringLiteral("incomplet"));

    // Budget: RAV = (1 200 + 148 − 688 − 120) ÷ 2 persons ÷ 30 days = 9,00 € exactly.
    r = profile.run({QStringLiteral("dossier"), QStringLiteral("budget"), id, QStringLiteral("--ressource"),
                     QStringLiteral("salaire=1200"), QStringLiteral("--ressource"),
                     QStringLiteral("prestations_familiales=148,00"), QStringLiteral("--charge"),
                     QStringLiteral("loyer_residuel=688"), QStringLiteral("--charge"), QStringLiteral("energie=120"),
                     QStringLiteral("--justificatif")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    // Bad lines: every one named, nothing saved.
    r = profile.run({QStringLiteral("dossier"), QStringLiteral("budget"), id, QStringLiteral("--ressource"),
                     QStringLiteral("loto=12"), QStringLiteral("--charge"), QStringLiteral("energie=douze")});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("loto=12")));
    CHECK(r.err.contains(QStringLiteral("energie=douze")));

    // Household: persons, commune, request; the invalid file is refused with every error.
    r = profile.run({QStringLiteral("dossier"), QStringLiteral("menage"), id, QStringLiteral("--fichier"),
                     menageFixture("cli-foyer-dossier.json")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    r = profile.run({QStringLiteral("dossier"), QStringLiteral("menage"), id, QStringLiteral("--fichier"),
                     menageFixture("cli-invalide.json")});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("commune_residence")));
    CHECK(r.err.contains(QStringLiteral("personnes[0].date_naissance")));
    CHECK(r.err.contains(QStringLiteral("ressources_mensuelles[0].type")));

    r = profile.run({QStringLiteral("--json"), QStringLiteral("dossier"), QStringLiteral("show"), id});
    REQUIRE(r.code == 0);
    const QJsonObject shown = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(shown[QStringLiteral("menage")][QStringLiteral("commune_residence")].toString() == QStringLiteral("78358"));
    CHECK(shown[QStringLiteral("ressources")].toArray().size() == 2);
    CHECK(shown[QStringLiteral("charges")][0][QStringLiteral("origine")].toString() == QStringLiteral("justificatif"));

    // Plaine d'Argenson: QF 650 < 900; URGENCE 150 €, ENERGIE 50 % of 250 € = 125 €, APPRENTI not
    // a transport request.
    r = profile.run({QStringLiteral("--json"), QStringLiteral("evaluate"), QStringLiteral("--reglement"),
                     reglement("exemple-plaine-argenson.json"), QStringLiteral("--dossier"), id});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(verdict(r, QStringLiteral("URGENCE")) == QStringLiteral("eligible"));
    CHECK(cents(r, QStringLiteral("URGENCE")) == 15000);
    CHECK(verdict(r, QStringLiteral("ENERGIE")) == QStringLiteral("eligible"));
    CHECK(cents(r, QStringLiteral("ENERGIE")) == 12500);
    CHECK(verdict(r, QStringLiteral("APPRENTI")) == QStringLiteral("non_eligible"));
    // The QF line names its API source and request.
    bool qfSourced = false;
    for (const QJsonValue& l : aid(r, QStringLiteral("URGENCE"))[QStringLiteral("explications")].toArray())
        qfSourced = qfSourced || (l[QStringLiteral("texte")].toString().contains(QStringLiteral("650")) &&
                                  l[QStringLiteral("sources")][0].toString().contains(QStringLiteral("CNAF")));
    CHECK(qfSourced);

    // Only the aids asked for.
    r = profile.run({QStringLiteral("--json"), QStringLiteral("evaluate"), QStringLiteral("--reglement"),
                     reglement("exemple-plaine-argenson.json"), QStringLiteral("--dossier"), id,
                     QStringLiteral("--aide"), QStringLiteral("ENERGIE"), QStringLiteral("--aide"),
                     QStringLiteral("APPRENTI")});
    REQUIRE(r.code == 0);
    CHECK(QJsonDocument::fromJson(r.out.toUtf8())[QStringLiteral("aides")].toArray().size() == 2);
    CHECK(
        profile
            .run({QStringLiteral("evaluate"), QStringLiteral("--reglement"), reglement("exemple-plaine-argenson.json"),
                  QStringLiteral("--dossier"), id, QStringLiteral("--aide"), QStringLiteral("NOPE")})
            .code == 2);

    // Maisons-Laffitte: RAV 9,00 € → band 8–10, energy is a primary need: 40 % of 250 € = 100 €.
    r = profile.run({QStringLiteral("--json"), QStringLiteral("evaluate"), QStringLiteral("--reglement"),
                     reglement("exemple-maisons-laffitte.json"), QStringLiteral("--dossier"), id});
    REQUIRE(r.code == 0);
    CHECK(verdict(r, QStringLiteral("SECOURS")) == QStringLiteral("eligible"));
    CHECK(cents(r, QStringLiteral("SECOURS")) == 10000);
    // Human output: verdict line with the amount, explanation lines.
    r = profile.run({QStringLiteral("evaluate"), QStringLiteral("--reglement"),
                     reglement("exemple-maisons-laffitte.json"), QStringLiteral("--dossier"), id});
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("SECOURS")));
    CHECK(r.out.contains(QStringLiteral("100,00")));
    CHECK(r.out.contains(QStringLiteral("9,00")));
    CHECK(r.out.contains(QStringLiteral("[+]")));

    // The summary: PDF written, journaled; full and pseudonymised.
    const QString pdf = profile.file(QStringLiteral("synthese.pdf"));
    r = profile.run({QStringLiteral("summary"), QStringLiteral("--reglement"),
                     reglement("exemple-plaine-argenson.json"), QStringLiteral("--dossier"), id,
                     QStringLiteral("--pdf"), pdf});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(pdf));
    REQUIRE(QFile::exists(pdf));
    QString text = pdfText(pdf);
    CHECK(text.contains(id));
    CHECK(text.contains(QStringLiteral("650")));
    CHECK(text.contains(QStringLiteral("BERNARD")));
    CHECK(text.contains(QStringLiteral("CCAS de Test")));
    CHECK(text.contains(QStringLiteral("125,00"))); // ENERGIE, the dossier's aid

    const QString anonymous = profile.file(QStringLiteral("commission.pdf"));
    r = profile.run({QStringLiteral("--json"), QStringLiteral("summary"), QStringLiteral("--reglement"),
                     reglement("exemple-plaine-argenson.json"), QStringLiteral("--dossier"), id,
                     QStringLiteral("--pdf"), anonymous, QStringLiteral("--pseudonymise")});
    REQUIRE(r.code == 0);
    CHECK(QJsonDocument::fromJson(r.out.toUtf8())[QStringLiteral("pdf")].toString() == anonymous);
    text = pdfText(anonymous);
    CHECK(text.contains(id));
    CHECK(text.contains(QStringLiteral("650")));
    CHECK_FALSE(text.contains(QStringLiteral("BERNARD"), Qt::CaseInsensitive));
    CHECK_FALSE(text.contains(QStringLiteral("MONTORGUEIL"), Qt::CaseInsensitive));

    // No règlement given and none in the settings: 2, nothing written.
    const QString none = profile.file(QStringLiteral("none.pdf"));
    r = profile.run({QStringLiteral("summary"), QStringLiteral("--dossier"), id, QStringLiteral("--pdf"), none});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("Reglement/Fichier")));
    CHECK_FALSE(QFile::exists(none));

    QStringList printDetails;
    int views = 0;
    for (const QJsonValue& e : journal(profile)) {
        if (e[QStringLiteral("action")].toString() == QLatin1String("print")) {
            CHECK(e[QStringLiteral("dossier")].toString() == id);
            printDetails << e[QStringLiteral("detail")].toString();
        }
        views += e[QStringLiteral("action")].toString() == QLatin1String("view") ? 1 : 0;
    }
    CHECK(printDetails == QStringList{QStringLiteral("pdf"), QStringLiteral("pdf,pseudonymised")});
    CHECK(views >= 5); // every evaluate --dossier opened the dossier

    // Another dossier of the same person, granted today: the 3-month waiting period of URGENCE
    // now applies to the first one, and the yearly ceiling counts it.
    const QString earlier = profile.create(bernardElodie(), QStringLiteral("URGENCE"));
    REQUIRE(profile
                .run({QStringLiteral("dossier"), QStringLiteral("decide"), earlier, QStringLiteral("--decision"),
                      QStringLiteral("accorde"), QStringLiteral("--montant"), QStringLiteral("150")})
                .code == 0);
    r = profile.run({QStringLiteral("--json"), QStringLiteral("evaluate"), QStringLiteral("--reglement"),
                     reglement("exemple-plaine-argenson.json"), QStringLiteral("--dossier"), id});
    REQUIRE(r.code == 0);
    CHECK(verdict(r, QStringLiteral("URGENCE")) == QStringLiteral("non_eligible"));
    CHECK(verdict(r, QStringLiteral("ENERGIE")) == QStringLiteral("eligible"));

    // Once closed, the dossier's figures no longer change; it can still be evaluated and printed.
    REQUIRE(profile
                .run({QStringLiteral("dossier"), QStringLiteral("decide"), id, QStringLiteral("--decision"),
                      QStringLiteral("accorde"), QStringLiteral("--montant"), QStringLiteral("125")})
                .code == 0);
    REQUIRE(profile.run({QStringLiteral("dossier"), QStringLiteral("close"), id}).code == 0);
    CHECK(profile
              .run({QStringLiteral("dossier"), QStringLiteral("budget"), id, QStringLiteral("--ressource"),
                    QStringLiteral("salaire=1")})
              .code == 2);
    CHECK(profile
              .run({QStringLiteral("dossier"), QStringLiteral("menage"), id, QStringLiteral("--fichier"),
                    menageFixture("cli-foyer-dossier.json")})
              .code == 2);
    r = profile.run({QStringLiteral("summary"), QStringLiteral("--reglement"),
                     reglement("exemple-plaine-argenson.json"), QStringLiteral("--dossier"), id,
                     QStringLiteral("--pdf"), pdf});
    REQUIRE(r.code == 0);
    CHECK(pdfText(pdf).contains(QStringLiteral("125,00"))); // the decision block
}

TEST_CASE("cli eligibility: the QF boundary of a fetched dossier (900 is not < 900)", "[cli-eligibility]")
{
    ClientRig rig;
    Profile profile;
    profile.init();
    const QString id = profile.create(cliIdentityArgs(dupontSophie()), QStringLiteral("URGENCE"));
    REQUIRE(profile
                .run({QStringLiteral("--base-url"), rig.server.baseUrl().toString(), QStringLiteral("dossier"),
                      QStringLiteral("fetch"), id})
                .code == 0);
    const CliResult r =
        profile.run({QStringLiteral("--json"), QStringLiteral("evaluate"), QStringLiteral("--reglement"),
                     reglement("exemple-plaine-argenson.json"), QStringLiteral("--dossier"), id});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(verdict(r, QStringLiteral("URGENCE")) == QStringLiteral("non_eligible"));
    CHECK(cents(r, QStringLiteral("URGENCE")) == 0);
    CHECK(figure(r, QStringLiteral("personnes")).startsWith(QStringLiteral("5"))); // the CAF composition
}

TEST_CASE("cli eligibility: evaluate a household file, and exit 2 with every error for invalid files",
          "[cli-eligibility]")
{
    QTemporaryDir dir;
    auto run = [&](const QStringList& args) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TMPDIR"), dir.path());
        // No profile is needed: point at an empty one to prove it.
        return runCliProcess(QStringList{QStringLiteral("--profile"), dir.filePath(QStringLiteral("aucun"))} + args,
                             env);
    };
    const QString worked = menageFixture("exemple-2-8.json");

    // The worked example of domain.md §2.8.
    CliResult r = run({QStringLiteral("--json"), QStringLiteral("evaluate"), QStringLiteral("--reglement"),
                       reglement("exemple-maisons-laffitte.json"), QStringLiteral("--menage"), worked});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(verdict(r, QStringLiteral("SECOURS")) == QStringLiteral("eligible"));
    CHECK(cents(r, QStringLiteral("SECOURS")) == 12000); // RAV 9,00 €/day → 40 % of 300 €
    r = run({QStringLiteral("--json"), QStringLiteral("evaluate"), QStringLiteral("--reglement"),
             reglement("exemple-plaine-argenson.json"), QStringLiteral("--menage"), worked});
    REQUIRE(r.code == 0);
    CHECK(verdict(r, QStringLiteral("URGENCE")) == QStringLiteral("eligible")); // QF 649 < 900
    CHECK(cents(r, QStringLiteral("URGENCE")) == 15000);
    // The same household asking for help with its energy bills: chèque énergie band of 2,1 UC.
    r = run({QStringLiteral("--json"), QStringLiteral("evaluate"), QStringLiteral("--reglement"),
             reglement("exemple-cheque-energie.json"), QStringLiteral("--menage"), worked});
    REQUIRE(r.code == 0);
    CHECK(verdict(r, QStringLiteral("CHEQUE-ENERGIE")) == QStringLiteral("non_eligible")); // a food request
    const QString energy = dir.filePath(QStringLiteral("energie.json"));
    {
        QFile in(worked);
        REQUIRE(in.open(QIODevice::ReadOnly));
        QJsonObject o = QJsonDocument::fromJson(in.readAll()).object();
        o.insert(QStringLiteral("demande"), QJsonObject{{QStringLiteral("nature"), QStringLiteral("energie")}});
        QFile out(energy);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(o).toJson());
    }
    r = run({QStringLiteral("--json"), QStringLiteral("evaluate"), QStringLiteral("--reglement"),
             reglement("exemple-cheque-energie.json"), QStringLiteral("--menage"), energy});
    REQUIRE(r.code == 0);
    CHECK(verdict(r, QStringLiteral("CHEQUE-ENERGIE")) == QStringLiteral("eligible"));
    CHECK(cents(r, QStringLiteral("CHEQUE-ENERGIE")) == 7600); // RFR/UC 8 571 at 2,1 UC: 76 €
    r = run({QStringLiteral("evaluate"), QStringLiteral("--reglement"), reglement("exemple-maisons-laffitte.json"),
             QStringLiteral("--menage"), worked});
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("120,00")));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("aucun")))); // no profile created

    // An invalid household file: every problem on stderr.
    r = run({QStringLiteral("evaluate"), QStringLiteral("--reglement"), reglement("exemple-aubord.json"),
             QStringLiteral("--menage"), menageFixture("cli-invalide.json")});
    CHECK(r.code == 2);
    CHECK(r.out.isEmpty());
    CHECK(r.err.contains(QStringLiteral("commune_residence")));
    CHECK(r.err.contains(QStringLiteral("1984-13-01")));
    CHECK(r.err.contains(QStringLiteral("loto")));

    // An invalid règlement: every problem, naming the aid and the field.
    const QString bad = dir.filePath(QStringLiteral("mauvais.json"));
    {
        QFile f(bad);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(R"({"format": "guichet-ccas/reglement", "version_format": 1, "ccas": "CCAS", "titre": "T",
                    "version": 1, "adopte_le": "2026-01-01", "applicable_du": "2026-01-01",
                    "aides": [{"code": "A", "libelle": "Aide A",
                               "conditions": {"tous": [{"critere": "qf_caf", "operateur": "<<", "seuil": 900}]},
                               "montant": 100},
                              {"code": "B", "libelle": "Aide B",
                               "conditions": {"tous": [{"critere": "qf_caf", "operateur": "<", "seuil": "neuf cents"}]},
                               "montant": 100}]})");
    }
    r = run({QStringLiteral("evaluate"), QStringLiteral("--reglement"), bad, QStringLiteral("--menage"), worked});
    CHECK(r.code == 2);
    CHECK(r.out.isEmpty());
    CHECK(r.err.contains(QStringLiteral("aides[0]")));
    CHECK(r.err.contains(QStringLiteral("aides[1]")));
    CHECK(r.err.count(QLatin1Char('\n')) >= 3); // the heading and one line per error

    // Missing files, and contradictory or missing options: 2.
    CHECK(run({QStringLiteral("evaluate"), QStringLiteral("--reglement"), dir.filePath(QStringLiteral("absent.json")),
               QStringLiteral("--menage"), worked})
              .code == 2);
    CHECK(run({QStringLiteral("evaluate"), QStringLiteral("--reglement"), reglement("exemple-aubord.json"),
               QStringLiteral("--menage"), dir.filePath(QStringLiteral("absent.json"))})
              .code == 2);
    CHECK(run({QStringLiteral("evaluate"), QStringLiteral("--reglement"), reglement("exemple-aubord.json")}).code == 2);
    CHECK(run({QStringLiteral("evaluate"), QStringLiteral("--reglement"), reglement("exemple-aubord.json"),
               QStringLiteral("--menage"), worked, QStringLiteral("--dossier"), QStringLiteral("DX")})
              .code == 2);
    CHECK(run({QStringLiteral("evaluate"), QStringLiteral("--menage"), worked}).code == 2);
    CHECK(run({QStringLiteral("evaluate"), QStringLiteral("--reglement"), reglement("exemple-aubord.json"),
               QStringLiteral("--menage"), worked, QStringLiteral("--aide"), QStringLiteral("NOPE")})
              .code == 2);
    CHECK(run({QStringLiteral("summary"), QStringLiteral("--dossier"), QStringLiteral("DX")}).code == 2); // no --pdf
}
