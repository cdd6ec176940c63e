#pragma once

#include "crypto/SecureKey.h"
#include "domain/Identity.h"
#include "store/Database.h"
#include "store/DossierRepository.h"
#include "util/Clock.h"

#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace ccas::test {

// Raw SQL on a database file through a second connection of this thread (tests only: what an
// attacker with access to the file could do).
void rawSql(const QString& path, const std::function<void(QSqlDatabase&)>& body);

// An encrypted dossier store in a temporary folder, with a random master key and a manual clock
// (27/11/2026 09:00 UTC).
struct StoreRig
{
    QTemporaryDir dir;
    ManualClock clock{QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC)};
    Database db;
    DossierRepository repo{&db, clock};
    std::shared_ptr<const SecureKey> kek = std::make_shared<const SecureKey>(SecureKey::random());

    StoreRig();
    QString path() const { return dir.filePath(QStringLiteral("t.db")); }
    // A new dossier for `id` (agent "agent1"); fails the test when it cannot be created.
    QString create(const Identity& id, const QString& aid = QStringLiteral("ALIM"));
    // Grants `cents` on dossier `id` (agent "agent1").
    void grant(const QString& id, qint64 cents);
    void raw(const std::function<void(QSqlDatabase&)>& body) { rawSql(path(), body); }
};

// A person born in France (13001), sex F.
Identity person(const QString& nom, const QString& prenom, int y, int m, int d);

} // namespace ccas::test
