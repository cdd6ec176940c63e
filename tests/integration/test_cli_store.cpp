// The profile and dossier commands of the CLI, end to end: init, create, fetch, decide, close,
// retention, journal; a wrong passphrase changes nothing; no applicant name reaches the disk in clear.
#include "ClientRig.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

using namespace ccas;
using namespace ccas::test;

namespace {

using Run = CliResult;

struct Profile
{
    QTemporaryDir root;
    QString dir() const { return root.filePath(QStringLiteral("profil")); }
    QString tmp() const { return root.filePath(QStringLiteral("tmp")); }
    QString passFile;
    QString now; // GUICHET_TEST_NOW for the next runs (test builds only)

    Profile()
    {
        QDir().mkpath(tmp());
        passFile = root.filePath(QStringLiteral("pass.txt"));
        QFile f(passFile);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("une phrase de passe assez longue\n");
    }

    Run run(const QStringList& args, const QString& passFileOverride = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")); // no keychain: the passphrase path
        env.remove(QStringLiteral("DISPLAY"));
        env.insert(QStringLiteral("GUICHET_PASSPHRASE_FILE"), passFileOverride.isEmpty() ? passFile : passFileOverride);
        env.insert(QStringLiteral("GUICHET_API_PARTICULIER_TOKEN"), QString::fromLatin1(TestToken));
        env.insert(QStringLiteral("TMPDIR"), tmp());
        if (!now.isEmpty())
            env.insert(QStringLiteral("GUICHET_TEST_NOW"), now);
        return runCliProcess(QStringList{QStringLiteral("--profile"), dir()} + args, env);
    }
};

QStringList identity(const QString& nom, const QString& prenom)
{
    Identity id = dupontSophie();
    id.nomNaissance = nom;
    id.prenoms = {prenom};
    return cliIdentityArgs(id);
}

QString lastWord(const QString& text)
{
    return text.trimmed().split(QRegularExpression(QStringLiteral("\\s+"))).last();
}

QMap<QString, QByteArray> fileHashes(const QString& dir)
{
    QMap<QString, QByteArray> out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            out.insert(path, QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256));
    }
    return out;
}

} // namespace

TEST_CASE("cli store: init, create, fetch, decide, close, purge, journal", "[cli][store]")
{
    ClientRig rig;
    Profile profile;
    Run r = profile.run({QStringLiteral("init"), QStringLiteral("--ccas-nom"), QStringLiteral("CCAS de Test"),
                         QStringLiteral("--siret"), QString::fromLatin1(TestRecipient)});
    REQUIRE(r.code == 0);
    CHECK(QFileInfo(profile.dir()).permissions() ==
          (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadUser |
           QFileDevice::WriteUser | QFileDevice::ExeUser));
    // A second init refuses to overwrite.
    CHECK(profile
              .run({QStringLiteral("init"), QStringLiteral("--ccas-nom"), QStringLiteral("X"),
                    QStringLiteral("--siret"), QString::fromLatin1(TestRecipient)})
              .code == 2);

    r = profile.run(QStringList{QStringLiteral("dossier"), QStringLiteral("create")} +
                    identity(QStringLiteral("DUPONT"), QStringLiteral("SOPHIE")) +
                    QStringList{QStringLiteral("--aide"), QStringLiteral("ALIM")});
    REQUIRE(r.code == 0);
    const QString id = lastWord(r.out);
    CHECK(id.startsWith(QLatin1Char('D')));

    r = profile.run({QStringLiteral("--base-url"), rig.server.baseUrl().toString(), QStringLiteral("dossier"),
                     QStringLiteral("fetch"), id});
    CHECK(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("900")));
    CHECK(rig.server.requestCount() == 6);

    r = profile.run({QStringLiteral("--json"), QStringLiteral("dossier"), QStringLiteral("list"),
                     QStringLiteral("--search"), QStringLiteral("dupont")});
    REQUIRE(r.code == 0);
    CHECK(QJsonDocument::fromJson(r.out.toUtf8()).array().size() == 1);

    CHECK(profile
              .run({QStringLiteral("dossier"), QStringLiteral("decide"), id, QStringLiteral("--decision"),
                    QStringLiteral("accorde"), QStringLiteral("--montant"), QStringLiteral("150,50")})
              .code == 0);
    CHECK(profile.run({QStringLiteral("dossier"), QStringLiteral("close"), id}).code == 0);
    r = profile.run({QStringLiteral("--json"), QStringLiteral("dossier"), QStringLiteral("show"), id});
    REQUIRE(r.code == 0);
    const QJsonObject shown = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(shown[QStringLiteral("statut")].toString() == QStringLiteral("clos"));
    CHECK(shown[QStringLiteral("decision")][QStringLiteral("montant_centimes")].toInt() == 15050);
    CHECK(shown[QStringLiteral("sources")][QStringLiteral("qf")][QStringLiteral("data")]
               [QStringLiteral("quotient_familial")][QStringLiteral("valeur")]
                   .toInt() == 900);

    // Two years later the closed dossier is purged at the next start.
    profile.now = QStringLiteral("2029-01-01T00:00:00Z");
    r = profile.run({QStringLiteral("purge"), QStringLiteral("--dry-run")});
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(id));
    r = profile.run({QStringLiteral("purge")});
    REQUIRE(r.code == 0);
    CHECK(profile.run({QStringLiteral("dossier"), QStringLiteral("show"), id}).code == 3);

    r = profile.run({QStringLiteral("journal"), QStringLiteral("verify")});
    CHECK(r.code == 0);
    r = profile.run({QStringLiteral("--json"), QStringLiteral("journal"), QStringLiteral("list")});
    REQUIRE(r.code == 0);
    QStringList actions;
    for (const QJsonValue& v : QJsonDocument::fromJson(r.out.toUtf8()).array())
        actions << v[QStringLiteral("action")].toString();
    for (const char* a : {"key_init", "create", "fetch", "decide", "close", "view", "purge"})
        CHECK(actions.contains(QLatin1String(a)));
    CHECK_FALSE(r.out.contains(QStringLiteral("DUPONT"), Qt::CaseInsensitive));
}

TEST_CASE("cli store: a wrong passphrase opens nothing and changes nothing", "[cli][store][key]")
{
    Profile profile;
    REQUIRE(profile
                .run({QStringLiteral("init"), QStringLiteral("--ccas-nom"), QStringLiteral("CCAS"),
                      QStringLiteral("--siret"), QString::fromLatin1(TestRecipient)})
                .code == 0);
    REQUIRE(profile
                .run(QStringList{QStringLiteral("dossier"), QStringLiteral("create")} +
                     identity(QStringLiteral("MARTIN"), QStringLiteral("LEA")))
                .code == 0);
    const auto before = fileHashes(profile.dir());
    const QString wrong = profile.root.filePath(QStringLiteral("wrong.txt"));
    QFile f(wrong);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("ce n'est pas la bonne phrase\n");
    f.close();
    // Even two years later: retention must not run without a verified key.
    profile.now = QStringLiteral("2030-01-01T00:00:00Z");
    Run r = profile.run({QStringLiteral("dossier"), QStringLiteral("list")}, wrong);
    CHECK(r.code == 8);
    CHECK_FALSE(r.err.isEmpty());
    CHECK(fileHashes(profile.dir()) == before);
    // No profile at all: 8 as well.
    QTemporaryDir empty;
    QProcess p;
    p.start(QStringLiteral(GUICHET_CLI_PATH), {QStringLiteral("--profile"), empty.filePath(QStringLiteral("none")),
                                               QStringLiteral("dossier"), QStringLiteral("list")});
    REQUIRE(p.waitForFinished(20000));
    CHECK(p.exitCode() == 8);
}

TEST_CASE("cli store: no applicant name reaches the disk in clear (canary scan)", "[cli][store][canary]")
{
    ClientRig rig;
    Profile profile;
    REQUIRE(profile
                .run({QStringLiteral("init"), QStringLiteral("--ccas-nom"), QStringLiteral("CCAS"),
                      QStringLiteral("--siret"), QString::fromLatin1(TestRecipient)})
                .code == 0);
    const QStringList canaries = {QStringLiteral("ZQXCANARYUN"), QStringLiteral("WQYCANARYDEUX")};
    QStringList ids;
    for (const QString& name : canaries) {
        Run r = profile.run(QStringList{QStringLiteral("dossier"), QStringLiteral("create")} +
                            identity(name, QStringLiteral("KWFIRSTNAME")));
        REQUIRE(r.code == 0);
        ids << lastWord(r.out);
    }
    QString allStderr;
    for (const QString& id : ids) {
        allStderr += profile
                         .run({QStringLiteral("--base-url"), rig.server.baseUrl().toString(), QStringLiteral("dossier"),
                               QStringLiteral("fetch"), id})
                         .err;
        const Run shown = profile.run({QStringLiteral("dossier"), QStringLiteral("show"), id});
        REQUIRE(shown.code == 0);
        CHECK(shown.out.contains(canaries.at(int(ids.indexOf(id))))); // shown to the agent, on stdout only
        allStderr += shown.err;
    }
    REQUIRE(profile
                .run({QStringLiteral("dossier"), QStringLiteral("decide"), ids.first(), QStringLiteral("--decision"),
                      QStringLiteral("refuse"), QStringLiteral("--motif"), QStringLiteral("ZQXCANARYMOTIF")})
                .code == 0);
    REQUIRE(profile.run({QStringLiteral("dossier"), QStringLiteral("close"), ids.first()}).code == 0);
    profile.now = QStringLiteral("2029-06-01T00:00:00Z");
    REQUIRE(profile.run({QStringLiteral("purge")}).code == 0);

    QStringList needles = canaries;
    needles << QStringLiteral("KWFIRSTNAME") << QStringLiteral("ZQXCANARYMOTIF");
    QList<QByteArray> forms;
    for (const QString& n : needles) {
        forms << n.toUtf8() << n.toLower().toUtf8() << n.toUtf8().toBase64();
        forms << QByteArray(reinterpret_cast<const char*>(n.utf16()), int(n.size() * 2)); // UTF-16LE
    }
    int scanned = 0;
    for (const QString& dir : {profile.dir(), profile.tmp()}) {
        QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            REQUIRE(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            ++scanned;
            for (const QByteArray& form : forms) {
                INFO(path.toStdString() << " contains " << form.toStdString());
                CHECK_FALSE(bytes.contains(form));
            }
        }
    }
    CHECK(scanned >= 2); // the database and the settings at least
    // The logs (stderr) carry no applicant data either.
    for (const QString& n : needles)
        CHECK_FALSE(allStderr.contains(n, Qt::CaseInsensitive));
}

TEST_CASE("cli store: with a keychain, the profile opens without the passphrase", "[cli][store][keychain]")
{
    if (qEnvironmentVariable("GUICHET_KEYCHAIN_EXPECT") != QLatin1String("ok"))
        return; // runs in scripts/check, inside its private D-Bus session with an unlocked keyring
    QTemporaryDir root;
    const QString dir = root.filePath(QStringLiteral("profil"));
    const QString pass = root.filePath(QStringLiteral("pass.txt"));
    QFile f(pass);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("une autre phrase de passe assez longue\n");
    f.close();
    auto run = [&](const QStringList& args, bool withPassphrase) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("GUICHET_PASSPHRASE_FILE"));
        if (withPassphrase)
            env.insert(QStringLiteral("GUICHET_PASSPHRASE_FILE"), pass);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(GUICHET_CLI_PATH), QStringList{QStringLiteral("--profile"), dir} + args);
        REQUIRE(p.waitForFinished(30000));
        return Run{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                   QString::fromUtf8(p.readAllStandardError())};
    };
    Run r = run({QStringLiteral("init"), QStringLiteral("--ccas-nom"), QStringLiteral("CCAS"),
                 QStringLiteral("--siret"), QString::fromLatin1(TestRecipient)},
                true);
    REQUIRE(r.code == 0);
    // The real proof: the next start needs no passphrase.
    r = run({QStringLiteral("dossier"), QStringLiteral("list")}, false);
    CHECK(r.code == 0);
}
