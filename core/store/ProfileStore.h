#pragma once

#include "store/Database.h"
#include "util/Clock.h"

#include <QByteArray>
#include <QDateTime>
#include <QFuture>
#include <QString>

namespace ccas {

// The profile's own, non-personal metadata (table meta, in clear): who the CCAS is, and the
// material needed to check and recover the master key. The master key itself is never stored in
// clear: only a check value sealed with it and a copy wrapped by the recovery passphrase.
struct ProfileMeta
{
    QString profileId; // random UUID, names the keychain entry
    QString ccasNom;
    QString siret;
    QDateTime createdAt;
    QByteArray kekCheck;       // Aead seal of a constant with the KEK: proves a key is the right one
    QByteArray recoveryParams; // PwHashParams::serialise()
    QByteArray recoveryWrappedKek;
};

// Profile folder helpers (not SQL, but they decide where the SQL lives).
class Profile
{
public:
    // The per-user application data folder (~/.local/share/guichet-ccas/guichet-ccas on Linux).
    static QString defaultDir();
    // Creates the folder if needed and restricts it to its owner (0700).
    static Result<void, StoreError> ensureDir(const QString& dir);
    static QString databasePath(const QString& dir); // DIR/guichet-ccas.db
};

class ProfileStore
{
public:
    ProfileStore(Database* db, const Clock& clock);
    // NotFound when the profile was never initialised.
    QFuture<Result<ProfileMeta, StoreError>> read();
    // Writes the metadata once (Invalid if already there) and journals "key_init".
    QFuture<Result<void, StoreError>> initialise(const ProfileMeta& meta, const QString& agent);
    // Journals a key event (key_unlock, key_recovery, key_keychain_saved) without personal data.
    QFuture<Result<void, StoreError>> journalKeyEvent(const QString& action, const QString& agent,
                                                      const QString& detail);

private:
    Database* m_db;
    const Clock& m_clock;
};

} // namespace ccas
