// guichet-ccas-cli impot, and dossiers with a numéro fiscal, against the embedded fake DGFiP routes.
#include "ClientRig.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

using namespace ccas;
using namespace ccas::test;

namespace {

using Run = CliResult;

Run runCli(const QStringList& args, bool credentials = true, const QString& passFile = {})
{
    QTemporaryDir settingsDir;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    env.remove(QStringLiteral("DISPLAY"));
    env.insert(QStringLiteral("GUICHET_API_PARTICULIER_TOKEN"), QString::fromLatin1(TestToken));
    env.remove(QStringLiteral("GUICHET_IMPOT_CLIENT_ID"));
    env.remove(QStringLiteral("GUICHET_IMPOT_CLIENT_SECRET"));
    if (credentials) {
        env.insert(QStringLiteral("GUICHET_IMPOT_CLIENT_ID"), QStringLiteral("demo-client"));
        env.insert(QStringLiteral("GUICHET_IMPOT_CLIENT_SECRET"), QStringLiteral("demo-secret"));
    }
    if (!passFile.isEmpty())
        env.insert(QStringLiteral("GUICHET_PASSPHRASE_FILE"), passFile);
    QStringList all = args;
    if (!all.contains(QStringLiteral("--profile")))
        all = QStringList{QStringLiteral("--profile"), settingsDir.path()} + all;
    return runCliProcess(all, env);
}

QStringList impotUrls(const FakeApiServer& server)
{
    return {QStringLiteral("--impot-base-url"), server.baseUrl().toString() + QStringLiteral("/impotparticulier/1.0"),
            QStringLiteral("--impot-token-url"), server.baseUrl().toString() + QStringLiteral("/token")};
}

} // namespace

TEST_CASE("cli impot: a household's tax situation with its provenance", "[cli][impot]")
{
    ClientRig rig;
    Run r = runCli(impotUrls(rig.server) + QStringList{QStringLiteral("--json"), QStringLiteral("impot"),
                                                       QStringLiteral("--spi"), QStringLiteral("3099 003 003 068"),
                                                       QStringLiteral("--annee-revenus"), QStringLiteral("2025")});
    REQUIRE(r.code == 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QJsonObject data = o[QStringLiteral("data")].toObject();
    CHECK(data[QStringLiteral("revenu_fiscal_reference")].toInteger() == 54468);
    CHECK(data[QStringLiteral("nombre_parts")].toDouble() == 3.5);
    CHECK(data[QStringLiteral("imposable")].toBool());
    CHECK(data[QStringLiteral("annee_revenus")].toInt() == 2025);
    CHECK(o[QStringLiteral("provenance")][QStringLiteral("fournisseur")].toString() == QStringLiteral("DGFiP"));
    CHECK_FALSE(o[QStringLiteral("provenance")][QStringLiteral("request_id")].toString().isEmpty());
    // The secret went to the token endpoint only.
    for (const RecordedRequest& req : rig.server.requests())
        if (!req.path.endsWith(QLatin1String("/token")))
            CHECK_FALSE(req.header("authorization").startsWith("Basic"));

    r = runCli(impotUrls(rig.server) +
               QStringList{QStringLiteral("impot"), QStringLiteral("--spi"), QStringLiteral("3099001001110")});
    CHECK(r.code == 0);                           // the latest situation
    CHECK(r.out.contains(QStringLiteral("958"))); // 32 958 with a narrow no-break space
}

TEST_CASE("cli impot: exit codes", "[cli][impot]")
{
    ClientRig rig;
    const int before = rig.server.requestCount();
    CHECK(runCli(impotUrls(rig.server) +
                 QStringList{QStringLiteral("impot"), QStringLiteral("--spi"), QStringLiteral("12345")})
              .code == 2);
    CHECK(runCli(impotUrls(rig.server) + QStringList{QStringLiteral("impot"), QStringLiteral("--spi"),
                                                     QStringLiteral("3099001001110"), QStringLiteral("--annee-revenus"),
                                                     QStringLiteral("2031")})
              .code == 2);
    CHECK(rig.server.requestCount() == before); // nothing sent
    CHECK(runCli(impotUrls(rig.server) +
                     QStringList{QStringLiteral("impot"), QStringLiteral("--spi"), QStringLiteral("3099001001110")},
                 false)
              .code == 4); // no credentials
    CHECK(runCli({QStringLiteral("impot"), QStringLiteral("--spi"), QStringLiteral("3099001001110")}).code ==
          2); // not configured
    CHECK(runCli(impotUrls(rig.server) +
                 QStringList{QStringLiteral("impot"), QStringLiteral("--spi"), QStringLiteral("3099999999999")})
              .code == 3); // unknown SPI
}

TEST_CASE("cli impot: a dossier with a numéro fiscal gets its tax situation with the other sources",
          "[cli][impot][store]")
{
    ClientRig rig;
    QTemporaryDir root;
    const QString profile = root.filePath(QStringLiteral("profil"));
    const QString pass = root.filePath(QStringLiteral("pass.txt"));
    QFile f(pass);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("une phrase de passe assez longue\n");
    f.close();
    const QStringList prof{QStringLiteral("--profile"), profile};
    REQUIRE(runCli(prof + QStringList{QStringLiteral("init"), QStringLiteral("--ccas-nom"), QStringLiteral("CCAS"),
                                      QStringLiteral("--siret"), QString::fromLatin1(TestRecipient)},
                   true, pass)
                .code == 0);
    Run r = runCli(prof + QStringList{QStringLiteral("dossier"), QStringLiteral("create")} +
                       cliIdentityArgs(dupontSophie()) +
                       QStringList{QStringLiteral("--spi"), QStringLiteral("3099001001110")},
                   true, pass);
    REQUIRE(r.code == 0);
    const QString id = r.out.trimmed().split(QLatin1Char(' ')).last();
    r = runCli(prof + QStringList{QStringLiteral("--base-url"), rig.server.baseUrl().toString()} +
                   impotUrls(rig.server) + QStringList{QStringLiteral("dossier"), QStringLiteral("fetch"), id},
               true, pass);
    CHECK(r.code == 0);
    r = runCli(prof + QStringList{QStringLiteral("--json"), QStringLiteral("dossier"), QStringLiteral("show"), id},
               true, pass);
    REQUIRE(r.code == 0);
    const QJsonObject shown = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QJsonObject sources = shown[QStringLiteral("sources")].toObject();
    CHECK(sources.size() == 7);
    CHECK(sources[QStringLiteral("impot")][QStringLiteral("data")][QStringLiteral("revenu_fiscal_reference")]
              .toInteger() == 32958);
}
