#pragma once

#include "crypto/SecureKey.h"
#include "secrets/SecretStore.h"
#include "store/ProfileStore.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace ccas {

struct UnlockedKey
{
    enum class Via
    {
        Keychain,
        RecoveryPassphrase
    };
    std::shared_ptr<const SecureKey> kek;
    Via via = Via::Keychain;
    QString keychainProblem; // why the keychain could not give the key (when via the passphrase)
};

// The master key (KEK) of a profile: created at init with its recovery copy, then obtained from
// the OS keychain or, failing that, from the administrator's recovery passphrase. A key is only
// handed out after it opened the profile's check value, so a wrong key never touches the data.
class KeyManager final : public QObject
{
    Q_OBJECT
public:
    explicit KeyManager(SecretStore* secrets, QObject* parent = nullptr);
    ~KeyManager() override;
    Q_DISABLE_COPY_MOVE(KeyManager)

    static QString keychainKey(const QString& profileId); // "profile/<id>/kek"

    // A new KEK and the metadata that goes with it (check value, Argon2id recovery copy). Slow
    // (Argon2id MODERATE, about half a second and 256 MiB): not on the GUI thread.
    struct InitMaterial
    {
        SecureKey kek;
        ProfileMeta meta;
    };
    static Result<InitMaterial> prepare(const QString& ccasNom, const QString& siret, const QString& passphrase,
                                        const QDateTime& now);
    static QByteArray makeCheck(const SecureKey& kek);
    static bool verify(const SecureKey& kek, const ProfileMeta& meta);
    // The KEK from the recovery copy; an error if the passphrase is wrong.
    static Result<SecureKey> recover(const ProfileMeta& meta, const QString& passphrase);

    using UnlockCallback = std::function<void(const Result<UnlockedKey>&)>;
    // Keychain first; then `passphrase` if given (a key recovered this way is saved back into the
    // keychain when possible). Never calls back synchronously.
    void unlock(const ProfileMeta& meta, std::optional<QString> passphrase, QObject* context, UnlockCallback callback);
    void saveToKeychain(const QString& profileId, const SecureKey& kek, QObject* context,
                        SecretStore::WriteCallback callback);

private:
    SecretStore* m_secrets;
};

class KeyManagerText
{
    Q_DECLARE_TR_FUNCTIONS(ccas::KeyManager)
public:
    static QString noKey(const QString& keychainProblem, bool passphraseTried);
};

} // namespace ccas
