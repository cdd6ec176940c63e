#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <functional>

namespace ccas {

struct SecretError
{
    enum class Kind
    {
        NotFound,
        NoBackend,
        AccessDenied,
        Timeout,
        Other
    };
    Kind kind = Kind::Other;
    QString detail; // the backend's message, never the secret
    QString userMessage() const;
};

// Asynchronous access to the OS keychain (QtKeychain: Secret Service, Windows Credential Manager,
// macOS Keychain). Never the insecure plaintext fallback. Every job ends within `timeoutMs`: a
// keychain that does not answer is reported as Timeout, the caller is never blocked and no
// nested event loop is run.
class SecretStore final : public QObject
{
    Q_OBJECT
public:
    static constexpr const char* Service = "guichet-ccas";
    static constexpr const char* ApiParticulierTokenKey = "api-particulier/token";

    explicit SecretStore(QString service = QString::fromLatin1(Service), int timeoutMs = 5000,
                         QObject* parent = nullptr);
    ~SecretStore() override;
    Q_DISABLE_COPY_MOVE(SecretStore)

    using ReadCallback = std::function<void(const Result<QString, SecretError>&)>;
    using WriteCallback = std::function<void(const Result<void, SecretError>&)>;

    void read(const QString& key, QObject* context, ReadCallback callback);
    void write(const QString& key, const QString& secret, QObject* context, WriteCallback callback);
    void remove(const QString& key, QObject* context, WriteCallback callback);

private:
    QString m_service;
    int m_timeoutMs;
};

class SecretStoreText
{
    Q_DECLARE_TR_FUNCTIONS(ccas::SecretStore)
public:
    static QString message(const SecretError& e);
};

} // namespace ccas
