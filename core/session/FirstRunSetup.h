#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

namespace ccas {

class ProfileSession;
class SecretStore;
class Settings;

// Applies what the first-run wizard collected: the settings, the profile (ProfileSession::initialise,
// Argon2id on a worker thread), then the API secrets into the keychain, one after the other. Never
// blocks and runs no nested event loop.
//
//   run(values) -> finished() [after keychainWarning(message) when a secret could not be saved]
//               |  failed(message)       (nothing is marked done; run() may be called again)
//
// Settings::Key::FirstRunDone becomes true only once the profile exists and the keychain has
// answered. A secret the keychain refused is not lost silently: keychainWarning() says which ones,
// and the caller keeps using the values of `Values` for the running session.
class FirstRunSetup final : public QObject
{
    Q_OBJECT
public:
    // Keychain entries of API Impôt particulier (the API Particulier token: SecretStore::ApiParticulierTokenKey).
    static constexpr const char* ImpotClientIdKey = "impot/client-id";
    static constexpr const char* ImpotClientSecretKey = "impot/client-secret";

    struct Values
    {
        // The CCAS
        QString ccasName;
        QString siret;        // 14 digits
        QString ccasAddress;  // lines separated by '\n'
        QString ccasLogoPath; // PNG or JPEG; empty: none
        // The agent's identifier in the journal
        QString agentId;
        // The recovery passphrase of the profile's master key
        QString passphrase;
        // API access; every field may be empty ("later", in Settings)
        QString environment = QStringLiteral("production"); // "production", "staging", "gateway"
        QString gatewayUrl;
        QString apiParticulierToken;
        QString impotBaseUrl;
        QString impotTokenUrl;
        QString impotClientId;
        QString impotClientSecret;
        // The règlement of the aids (JSON); empty: none yet
        QString reglementPath;
    };

    // `secrets` may be null (no keychain: every given secret is reported by keychainWarning()).
    // All three must outlive this object.
    FirstRunSetup(Settings* settings, SecretStore* secrets, ProfileSession* session, QObject* parent = nullptr);
    ~FirstRunSetup() override;
    Q_DISABLE_COPY_MOVE(FirstRunSetup)

    // False (and nothing done) when a run is already in progress.
    bool run(const Values& values);
    bool isRunning() const { return m_running; }

    // The OS user name, the default agent identifier.
    static QString defaultAgentId();

Q_SIGNALS:
    void finished();
    void failed(const QString& message);
    void keychainWarning(const QString& message);

private:
    struct PendingSecret
    {
        QString key;
        QString value;
        QString label; // what it is, for the warning
    };
    void writeSettings(const Values& values);
    void onUnlocked();
    void onFailed(const QString& message);
    void disconnectSession();
    void writeNextSecret();
    void finish();

    Settings* m_settings;
    SecretStore* m_secrets;
    ProfileSession* m_session;
    QList<PendingSecret> m_pending;
    QStringList m_notSaved;
    QString m_keychainProblem;
    QMetaObject::Connection m_unlockedConnection;
    QMetaObject::Connection m_failedConnection;
    bool m_running = false;
};

} // namespace ccas
