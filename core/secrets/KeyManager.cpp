#include "secrets/KeyManager.h"

#include "crypto/Aead.h"
#include "crypto/RecoveryKey.h"
#include "util/Logging.h"

#include <QPointer>
#include <QTimer>
#include <QUuid>

namespace ccas {

namespace {
const QByteArray CheckPlaintext = QByteArrayLiteral("guichet-ccas master key check v1");
const QByteArray CheckAd = QByteArrayLiteral("guichet-ccas/v1|meta|kek_check");
const QByteArray RecoveryAd = QByteArrayLiteral("guichet-ccas/v1|meta|recovery_wrapped_kek");
} // namespace

QString KeyManagerText::noKey(const QString& keychainProblem, bool passphraseTried)
{
    QString text = passphraseTried
                       ? tr("The recovery passphrase is wrong: the data were not opened and nothing was changed.")
                       : tr("The master key is not available: the data were not opened and nothing was changed. "
                            "Give the administrator's recovery passphrase (--passphrase-file or "
                            "GUICHET_PASSPHRASE_FILE) to open the profile.");
    if (!keychainProblem.isEmpty())
        text += QLatin1Char(' ') + tr("Keychain: %1").arg(keychainProblem);
    return text;
}

KeyManager::KeyManager(SecretStore* secrets, QObject* parent)
    : QObject(parent)
    , m_secrets(secrets)
{}

KeyManager::~KeyManager() = default;

QString KeyManager::keychainKey(const QString& profileId)
{
    return QStringLiteral("profile/%1/kek").arg(profileId);
}

QByteArray KeyManager::makeCheck(const SecureKey& kek)
{
    return Aead::seal(kek, CheckPlaintext, CheckAd);
}

bool KeyManager::verify(const SecureKey& kek, const ProfileMeta& meta)
{
    if (!kek.isValid())
        return false;
    const auto opened = Aead::open(kek, meta.kekCheck, CheckAd);
    return opened && opened.value() == CheckPlaintext;
}

Result<KeyManager::InitMaterial> KeyManager::prepare(const QString& ccasNom, const QString& siret,
                                                     const QString& passphrase, const QDateTime& now)
{
    if (!sodiumReady())
        return Error{QStringLiteral("libsodium"), QStringLiteral("sodium_init failed")};
    const QString weak = RecoveryKey::weaknessMessage(passphrase);
    if (!weak.isEmpty())
        return Error{weak, QStringLiteral("weak recovery passphrase")};
    InitMaterial m;
    m.kek = SecureKey::random();
    const PwHashParams params = PwHashParams::moderate();
    auto derived = RecoveryKey::derive(passphrase, params);
    if (!derived)
        return derived.error();
    m.meta.profileId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m.meta.ccasNom = ccasNom;
    m.meta.siret = siret;
    m.meta.createdAt = now.toUTC();
    m.meta.kekCheck = makeCheck(m.kek);
    m.meta.recoveryParams = params.serialise();
    m.meta.recoveryWrappedKek = RecoveryKey::wrapKek(m.kek, derived.value());
    return m;
}

Result<SecureKey> KeyManager::recover(const ProfileMeta& meta, const QString& passphrase)
{
    auto params = PwHashParams::parse(meta.recoveryParams);
    if (!params)
        return params.error();
    auto derived = RecoveryKey::derive(passphrase, params.value());
    if (!derived)
        return derived.error();
    auto kek = RecoveryKey::unwrapKek(meta.recoveryWrappedKek, derived.value());
    if (!kek || !verify(kek.value(), meta))
        return Error{KeyManagerText::noKey({}, true), QStringLiteral("recovery: wrong passphrase")};
    return std::move(kek).value();
}

void KeyManager::saveToKeychain(const QString& profileId, const SecureKey& kek, QObject* context,
                                SecretStore::WriteCallback callback)
{
    QByteArray raw = kek.exportBytes();
    QByteArray encoded = raw.toBase64();
    wipe(raw);
    m_secrets->write(keychainKey(profileId), QString::fromLatin1(encoded), context, std::move(callback));
    wipe(encoded);
}

void KeyManager::unlock(const ProfileMeta& meta, std::optional<QString> passphrase, QObject* context,
                        UnlockCallback callback)
{
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    m_secrets->read(keychainKey(meta.profileId), this,
                    [this, meta, passphrase, guard, hasContext, callback](const Result<QString, SecretError>& r) {
                        if (hasContext && !guard)
                            return;
                        QString problem;
                        if (r) {
                            QByteArray raw = QByteArray::fromBase64(r.value().toLatin1());
                            SecureKey kek = SecureKey::fromByteArray(raw);
                            wipe(raw);
                            if (verify(kek, meta)) {
                                UnlockedKey k;
                                k.kek = std::make_shared<const SecureKey>(std::move(kek));
                                k.via = UnlockedKey::Via::Keychain;
                                callback(k);
                                return;
                            }
                            problem = KeyManagerText::tr("it holds a key that does not open this profile.");
                        } else {
                            problem = r.error().userMessage();
                        }
                        if (!passphrase) {
                            callback(Error{KeyManagerText::noKey(problem, false), QStringLiteral("no key")});
                            return;
                        }
                        auto recovered = recover(meta, *passphrase);
                        if (!recovered) {
                            callback(Error{KeyManagerText::noKey(problem, true), recovered.error().detail});
                            return;
                        }
                        UnlockedKey k;
                        k.kek = std::make_shared<const SecureKey>(std::move(recovered).value());
                        k.via = UnlockedKey::Via::RecoveryPassphrase;
                        k.keychainProblem = problem;
                        callback(k);
                    });
}

} // namespace ccas
