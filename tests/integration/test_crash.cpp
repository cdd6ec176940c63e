// kill -9 at random instants while dossiers are being saved, at least 50 times: no acknowledged
// dossier may be lost and the database must pass integrity_check.
#include "ClientRig.h"

#include "crypto/SecureKey.h"
#include "store/Database.h"
#include "store/DossierRepository.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <csignal>

using namespace ccas;
using namespace ccas::test;

TEST_CASE("kill -9 during saves loses no acknowledged dossier", "[store][crash]")
{
    REQUIRE(sodiumReady());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crash.db"));
    const SecureKey key = SecureKey::random();
    const QByteArray hex = key.exportBytes().toHex();
    QStringList acknowledged;
    auto* rng = QRandomGenerator::global();
    constexpr int Kills = 50;
    int killedWhileWriting = 0;
    for (int round = 0; round < Kills; ++round) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("GUICHET_TEST_KEK"), QString::fromLatin1(hex));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(GUICHET_CRASH_WRITER_PATH), {path});
        REQUIRE(p.waitForStarted(5000));
        // Let it write for a random time (it starts writing within a few ms), then SIGKILL.
        const int delay = int(rng->bounded(30, 250));
        REQUIRE_FALSE(waitUntil([&] { return p.state() == QProcess::NotRunning; }, delay));
        ::kill(pid_t(p.processId()), SIGKILL);
        REQUIRE(p.waitForFinished(5000));
        CHECK(p.exitStatus() == QProcess::CrashExit);
        const QList<QByteArray> lines = p.readAllStandardOutput().split('\n');
        int acks = 0;
        for (const QByteArray& l : lines)
            if (l.startsWith("ACK ")) {
                acknowledged << QString::fromLatin1(l.mid(4).trimmed());
                ++acks;
            }
        if (acks > 0)
            ++killedWhileWriting;
    }
    CHECK(killedWhileWriting >= Kills / 2); // the kills really hit a writer at work
    REQUIRE_FALSE(acknowledged.isEmpty());

    // Reopen: integrity_check, then every acknowledged dossier must open with the key.
    {
        const QString name = QStringLiteral("crash-check");
        {
            QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            c.setDatabaseName(path);
            REQUIRE(c.open());
            QSqlQuery q(c);
            REQUIRE(q.exec(QStringLiteral("PRAGMA integrity_check")));
            REQUIRE(q.next());
            CHECK(q.value(0).toString() == QStringLiteral("ok"));
            c.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    Database db;
    DossierRepository repo(&db, Clock::system());
    repo.setMasterKey(std::make_shared<const SecureKey>(key.clone()));
    auto opened = db.open(path, false);
    opened.waitForFinished();
    REQUIRE(opened.result().ok());
    int missing = 0;
    for (const QString& id : acknowledged) {
        auto got = repo.get(id, QStringLiteral("check"), false);
        got.waitForFinished();
        if (!got.result().ok())
            ++missing;
    }
    INFO(acknowledged.size() << " acknowledged dossiers");
    CHECK(missing == 0);
}
