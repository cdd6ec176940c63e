#include "StoreRig.h"

#include <catch2/catch.hpp>

#include <QUuid>

namespace ccas::test {

void rawSql(const QString& path, const std::function<void(QSqlDatabase&)>& body)
{
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        c.setDatabaseName(path);
        REQUIRE(c.open());
        body(c);
        c.close();
    }
    QSqlDatabase::removeDatabase(name);
}

StoreRig::StoreRig()
{
    REQUIRE(sodiumReady());
    auto opened = db.open(path(), true);
    opened.waitForFinished();
    REQUIRE(opened.result().ok());
    repo.setMasterKey(kek);
}

QString StoreRig::create(const Identity& id, const QString& aid)
{
    auto f = repo.create(id, aid, QStringLiteral("agent1"));
    f.waitForFinished();
    const auto r = f.result();
    REQUIRE(r.ok());
    return r.value();
}

void StoreRig::grant(const QString& id, qint64 cents)
{
    Decision d;
    d.outcome = Outcome::Accorde;
    d.amountCents = cents;
    d.agent = QStringLiteral("agent1");
    auto f = repo.decide(id, d);
    f.waitForFinished();
    REQUIRE(f.result().ok());
}

Identity person(const QString& nom, const QString& prenom, int y, int m, int d)
{
    Identity id;
    id.nomNaissance = nom;
    id.prenoms = {prenom};
    id.sexe = QStringLiteral("F");
    id.anneeNaissance = y;
    id.moisNaissance = m;
    id.jourNaissance = d;
    id.codePaysNaissance = QStringLiteral("99100");
    id.codeCommuneNaissance = QStringLiteral("13001");
    return id;
}

} // namespace ccas::test
