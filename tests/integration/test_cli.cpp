// The CLI contract (options, output, exit codes) against the embedded fake API, as scripts use it.
#include "ClientRig.h"

#include "domain/Nir.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace ccas;
using namespace ccas::test;

namespace {

using CliRun = CliResult;

// Runs guichet-ccas-cli while this process's event loop keeps serving the fake API.
CliRun runCli(const QStringList& args, const QString& token = QString::fromLatin1(TestToken))
{
    QTemporaryDir profile; // empty settings, away from the user's
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("GUICHET_API_PARTICULIER_TOKEN"));
    if (!token.isEmpty())
        env.insert(QStringLiteral("GUICHET_API_PARTICULIER_TOKEN"), token);
    // No keychain for these runs: with no session bus the keychain answers at once.
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    env.remove(QStringLiteral("DISPLAY"));
    return runCliProcess(QStringList{QStringLiteral("--profile"), profile.path()} + args, env, 30000);
}

QStringList common(const FakeApiServer& server)
{
    return {QStringLiteral("--base-url"), server.baseUrl().toString(), QStringLiteral("--recipient"),
            QString::fromLatin1(TestRecipient)};
}

// The error identities of the staging cases: M, born 2002-12-05 in 08480.
QStringList errorIdentity(const QString& name, const QString& prenom)
{
    return {QStringLiteral("--nom-naissance"),
            name,
            QStringLiteral("--prenom"),
            prenom,
            QStringLiteral("--sexe"),
            QStringLiteral("M"),
            QStringLiteral("--annee-naissance"),
            QStringLiteral("2002"),
            QStringLiteral("--mois-naissance"),
            QStringLiteral("12"),
            QStringLiteral("--jour-naissance"),
            QStringLiteral("5"),
            QStringLiteral("--pays-naissance"),
            QStringLiteral("99100"),
            QStringLiteral("--commune-naissance"),
            QStringLiteral("08480")};
}

} // namespace

TEST_CASE("cli: --version and usage", "[cli]")
{
    const CliRun v = runCli({QStringLiteral("--version")});
    CHECK(v.code == 0);
    CHECK(v.out.startsWith(QStringLiteral("guichet-ccas-cli ")));
    const CliRun none = runCli({});
    CHECK(none.code == 2);
    const CliRun unknown = runCli({QStringLiteral("frobnicate")});
    CHECK(unknown.code == 2);
    CHECK(unknown.err.contains(QStringLiteral("frobnicate")));
}

TEST_CASE("cli: qf prints the household in French, and JSON with provenance", "[cli]")
{
    ClientRig rig;
    CliRun r = runCli(common(rig.server) + QStringList{QStringLiteral("qf")} + cliIdentityArgs(dupontSophie()));
    CHECK(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("900")));
    CHECK(r.out.contains(QStringLiteral("CNAF")));
    CHECK(r.out.count(QStringLiteral("Enfant : ")) == 4);

    r = runCli(common(rig.server) + QStringList{QStringLiteral("--json"), QStringLiteral("qf")} +
               cliIdentityArgs(dupontSophie()));
    CHECK(r.code == 0);
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(json[QStringLiteral("source")].toString() == QStringLiteral("qf"));
    CHECK(json[QStringLiteral("data")][QStringLiteral("quotient_familial")][QStringLiteral("valeur")].toInt() == 900);
    CHECK(json[QStringLiteral("data")][QStringLiteral("enfants")].toArray().size() == 4);
    CHECK_FALSE(json[QStringLiteral("provenance")][QStringLiteral("request_id")].toString().isEmpty());
    CHECK(json[QStringLiteral("provenance")][QStringLiteral("fournisseur")].toString() == QStringLiteral("CNAF"));
    CHECK(rig.server.requests().last().header("authorization") == QByteArray("Bearer ") + TestToken);
}

TEST_CASE("cli: fetch-all answers 0 when every source answered, in parallel", "[cli]")
{
    ClientRig rig;
    const CliRun r = runCli(common(rig.server) + QStringList{QStringLiteral("--json"), QStringLiteral("fetch-all")} +
                            cliIdentityArgs(dupontSophie()));
    CHECK(r.code == 0);
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QJsonArray sources = json[QStringLiteral("sources")].toArray();
    REQUIRE(sources.size() == 6);
    CHECK(sources.at(0)[QStringLiteral("source")].toString() == QStringLiteral("qf"));
    for (int i = 1; i < 6; ++i)
        CHECK(sources.at(i)[QStringLiteral("error")][QStringLiteral("kind")].toString() == QStringLiteral("not_found"));
    CHECK(json[QStringLiteral("exit_code")].toInt() == 0);
    CHECK(rig.server.requestCount() == 6);
}

TEST_CASE("cli: exit codes follow the contract", "[cli]")
{
    ClientRig rig;
    struct Row
    {
        QStringList args;
        int code;
    };
    const QList<Row> rows = {
        {QStringList{QStringLiteral("status"), QStringLiteral("rsa")} +
             errorIdentity(QStringLiteral("DUBOCHE"), QStringLiteral("JEROME")),
         3},
        {QStringList{QStringLiteral("status"), QStringLiteral("aah")} +
             errorIdentity(QStringLiteral("DESFOUIN"), QStringLiteral("René")),
         5},
        {QStringList{QStringLiteral("status"), QStringLiteral("asf")} +
             errorIdentity(QStringLiteral("DELANOUE"), QStringLiteral("Jean-Marie")),
         6},
        {QStringList{QStringLiteral("fetch-all")} + errorIdentity(QStringLiteral("SITUDI"), QStringLiteral("Clément")),
         6},
        {QStringList{QStringLiteral("status"), QStringLiteral("c2s")} +
             errorIdentity(QStringLiteral("MARTINEZ"), QStringLiteral("GERARD")),
         4},
        {QStringList{QStringLiteral("status"), QStringLiteral("c2s")} +
             errorIdentity(QStringLiteral("DUBOCHE"), QStringLiteral("HELENE")),
         2},
    };
    for (const Row& row : rows) {
        DYNAMIC_SECTION(row.args.join(QLatin1Char(' ')).toStdString())
        {
            const CliRun r = runCli(common(rig.server) + row.args);
            CHECK(r.code == row.code);
            CHECK_FALSE(r.err.trimmed().isEmpty()); // the agent's message goes to stderr
        }
    }
    SECTION("not a beneficiary is an answer")
    {
        const CliRun r = runCli(
            common(rig.server) +
            QStringList{QStringLiteral("status"), QStringLiteral("rsa"), QStringLiteral("--nom-naissance"),
                        QStringLiteral("LAGAFFE"), QStringLiteral("--prenom"), QStringLiteral("GASTON"),
                        QStringLiteral("--sexe"), QStringLiteral("M"), QStringLiteral("--annee-naissance"),
                        QStringLiteral("1980"), QStringLiteral("--mois-naissance"), QStringLiteral("9"),
                        QStringLiteral("--jour-naissance"), QStringLiteral("20"), QStringLiteral("--pays-naissance"),
                        QStringLiteral("99100"), QStringLiteral("--commune-naissance"), QStringLiteral("08480")});
        CHECK(r.code == 0);
        CHECK(r.out.contains(QStringLiteral("Non bénéficiaire")));
    }
}

TEST_CASE("cli: invalid input exits 2 and sends nothing", "[cli]")
{
    ClientRig rig;
    CliRun r =
        runCli(common(rig.server) + QStringList{QStringLiteral("qf"), QStringLiteral("--nom-naissance"),
                                                QStringLiteral("DUPONT"), QStringLiteral("--sexe"), QStringLiteral("X"),
                                                QStringLiteral("--mois-naissance"), QStringLiteral("13")});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("--prenom")));
    CHECK(r.err.contains(QStringLiteral("--sexe")));
    CHECK(r.err.contains(QStringLiteral("--pays-naissance")));
    CHECK(rig.server.requestCount() == 0);

    SECTION("a bad recipient SIRET")
    {
        QStringList args = common(rig.server);
        args[3] = QStringLiteral("13002526500014");
        r = runCli(args + QStringList{QStringLiteral("qf")} + cliIdentityArgs(dupontSophie()));
        CHECK(r.code == 2);
        CHECK(r.err.contains(QStringLiteral("--recipient")));
    }
    SECTION("a plain http API address that is not the loopback demo")
    {
        r = runCli(QStringList{QStringLiteral("--base-url"), QStringLiteral("http://particulier.example.org"),
                               QStringLiteral("--recipient"), QString::fromLatin1(TestRecipient),
                               QStringLiteral("qf")} +
                   cliIdentityArgs(dupontSophie()));
        CHECK(r.code == 2);
        CHECK(r.err.contains(QStringLiteral("https")));
    }
    SECTION("a period in the future")
    {
        r = runCli(common(rig.server) + QStringList{QStringLiteral("qf")} + cliIdentityArgs(dupontSophie()) +
                   QStringList{QStringLiteral("--annee"), QStringLiteral("2999"), QStringLiteral("--mois"),
                               QStringLiteral("1")});
        CHECK(r.code == 2);
    }
    SECTION("a non-numeric year")
    {
        r = runCli(common(rig.server) +
                   QStringList{QStringLiteral("qf"), QStringLiteral("--annee-naissance"), QStringLiteral("mille")});
        CHECK(r.code == 2);
    }
    CHECK(rig.server.requestCount() == 0);
}

TEST_CASE("cli: no token exits 4 before sending anything", "[cli]")
{
    ClientRig rig;
    const CliRun r =
        runCli(common(rig.server) + QStringList{QStringLiteral("qf")} + cliIdentityArgs(dupontSophie()), QString());
    CHECK(r.code == 4);
    CHECK(r.err.contains(QStringLiteral("GUICHET_API_PARTICULIER_TOKEN")));
    CHECK(rig.server.requestCount() == 0);
}

TEST_CASE("cli: --nir fills sex, birth month and place", "[cli]")
{
    ClientRig rig;
    const QString first13 = QStringLiteral("2820913001123");
    const QString nir = first13 + QStringLiteral("%1").arg(Nir::controlKey(first13), 2, 10, QLatin1Char('0'));
    CliRun r = runCli(common(rig.server) + QStringList{QStringLiteral("qf"), QStringLiteral("--nom-naissance"),
                                                       QStringLiteral("DUPONT"), QStringLiteral("--prenom"),
                                                       QStringLiteral("SOPHIE"), QStringLiteral("--jour-naissance"),
                                                       QStringLiteral("3"), QStringLiteral("--nir"), nir});
    CHECK(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("900")));

    SECTION("a NIR that contradicts an option is refused")
    {
        r = runCli(common(rig.server) + QStringList{QStringLiteral("qf"), QStringLiteral("--nom-naissance"),
                                                    QStringLiteral("DUPONT"), QStringLiteral("--prenom"),
                                                    QStringLiteral("SOPHIE"), QStringLiteral("--sexe"),
                                                    QStringLiteral("M"), QStringLiteral("--nir"), nir});
        CHECK(r.code == 2);
        CHECK(r.err.contains(QStringLiteral("--sexe")));
    }
}

TEST_CASE("cli: --lang en", "[cli]")
{
    ClientRig rig;
    const CliRun r = runCli(
        common(rig.server) +
        QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("status"), QStringLiteral("rsa")} +
        errorIdentity(QStringLiteral("DUBOCHE"), QStringLiteral("JEROME")));
    CHECK(r.code == 3);
    CHECK(r.out.contains(QStringLiteral("Not found")));
}

TEST_CASE("cli: demo-server prints its URL and serves the staging cases", "[cli]")
{
    QProcess server;
    server.start(QStringLiteral(GUICHET_CLI_PATH),
                 {QStringLiteral("demo-server"), QStringLiteral("--port"), QStringLiteral("0")});
    REQUIRE(server.waitForStarted(5000));
    REQUIRE(waitUntil([&] { return server.canReadLine(); }, 10000));
    const QUrl base(QString::fromLatin1(server.readLine()).trimmed());
    REQUIRE(base.host() == QStringLiteral("127.0.0.1"));
    REQUIRE(base.port() > 0);

    QNetworkAccessManager nam;
    ApiParticulierConfig config;
    config.baseUrl = base;
    config.token = QStringLiteral("demo");
    config.recipient = QString::fromLatin1(TestRecipient);
    ApiParticulierClient client(&nam, config);
    const auto r = getAndWait(client, Source::RSA, ApiParticulierClient::identityQuery(martinSamuel()));
    server.terminate();
    (void)server.waitForFinished(3000);
    REQUIRE(r.ok());
    CHECK(r.value().data[QStringLiteral("est_beneficiaire")].toBool());
}

TEST_CASE("cli: the QF period is checked against today (test clock hook)", "[cli]")
{
    // The official case "couple, QF MSA 150 in May 2023" is out of the CAF's 24 months today; with
    // the test-only clock set to mid-2024 it is within them and the case answers.
    ClientRig rig;
    const QStringList roux = {QStringLiteral("qf"),        QStringLiteral("--nom-naissance"),
                              QStringLiteral("ROUX"),      QStringLiteral("--prenom"),
                              QStringLiteral("JEANNE"),    QStringLiteral("--prenom"),
                              QStringLiteral("STEPHANIE"), QStringLiteral("--sexe"),
                              QStringLiteral("F"),         QStringLiteral("--annee-naissance"),
                              QStringLiteral("1987"),      QStringLiteral("--mois-naissance"),
                              QStringLiteral("6"),         QStringLiteral("--pays-naissance"),
                              QStringLiteral("99100"),     QStringLiteral("--commune-naissance"),
                              QStringLiteral("08480"),     QStringLiteral("--annee"),
                              QStringLiteral("2023"),      QStringLiteral("--mois"),
                              QStringLiteral("5")};
    qunsetenv("GUICHET_TEST_NOW");
    CliRun r = runCli(common(rig.server) + roux);
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("--annee")));
    CHECK(rig.server.requestCount() == 0);

    qputenv("GUICHET_TEST_NOW", "2024-06-15T10:00:00Z");
    r = runCli(common(rig.server) + roux);
    qunsetenv("GUICHET_TEST_NOW");
#ifdef GUICHET_TEST_HOOKS
    CHECK(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("MSA")));
    CHECK(r.out.contains(QStringLiteral("150")));
#else
    CHECK(r.code == 2); // release builds ignore the variable
#endif
}

TEST_CASE("gui: --version works without a display", "[cli][gui]")
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(GUICHET_GUI_PATH), {QStringLiteral("--version")});
    REQUIRE(p.waitForFinished(10000));
    CHECK(p.exitStatus() == QProcess::NormalExit);
    CHECK(p.exitCode() == 0);
    CHECK(QString::fromUtf8(p.readAllStandardOutput()).startsWith(QStringLiteral("guichet-ccas ")));
}
