#include "secrets/SecretStore.h"

#include "util/Logging.h"

#include <qt6keychain/keychain.h>

#include <QPointer>
#include <QTimer>

#include <memory>

namespace ccas {

QString SecretError::userMessage() const
{
    return SecretStoreText::message(*this);
}

QString SecretStoreText::message(const SecretError& e)
{
    switch (e.kind) {
    case SecretError::Kind::NotFound:
        return tr("No secret is saved in the system keychain yet.");
    case SecretError::Kind::NoBackend:
        return tr("No system keychain is available (on Linux: install and unlock GNOME Keyring or KWallet).");
    case SecretError::Kind::AccessDenied:
        return tr("The system keychain refused access (locked, or access denied). Unlock it and try again.");
    case SecretError::Kind::Timeout:
        return tr("The system keychain did not answer in time. Unlock it and try again.");
    case SecretError::Kind::Other:
        return tr("The system keychain reported an error.");
    }
    return {};
}

namespace {

SecretError mapError(QKeychain::Error error, const QString& text)
{
    SecretError e;
    e.detail = text;
    switch (error) {
    case QKeychain::EntryNotFound:
        e.kind = SecretError::Kind::NotFound;
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        e.kind = SecretError::Kind::NoBackend;
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        e.kind = SecretError::Kind::AccessDenied;
        break;
    case QKeychain::OtherError:
        // Debian's libsecret backend reports "no D-Bus / no secret service" as OtherError.
        e.kind = SecretError::Kind::NoBackend;
        break;
    default:
        e.kind = SecretError::Kind::Other;
        break;
    }
    return e;
}

// Runs a job with a deadline; `done` is called exactly once, either from the job's finished signal
// or from the deadline. A job that misses its deadline is left to finish on its own and deletes
// itself then.
void runJob(QKeychain::Job* job, int timeoutMs, QObject* context,
            std::function<void(QKeychain::Job* finishedJob, bool timedOut)> done)
{
    struct State
    {
        bool fired = false;
    };
    auto state = std::make_shared<State>();
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    auto* timer = new QTimer(job);
    timer->setSingleShot(true);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    QObject::connect(job, &QKeychain::Job::finished, job, [state, guard, hasContext, done](QKeychain::Job* j) {
        if (state->fired)
            return;
        state->fired = true;
        if (hasContext && !guard)
            return;
        done(j, false);
    });
    // The deadline is not parented to the job alone: it must fire even if the job never finishes.
    QObject::connect(timer, &QTimer::timeout, job, [state, guard, hasContext, done]() {
        if (state->fired)
            return;
        state->fired = true;
        if (hasContext && !guard)
            return;
        done(nullptr, true);
    });
    timer->start(timeoutMs);
    job->start();
}

} // namespace

SecretStore::SecretStore(QString service, int timeoutMs, QObject* parent)
    : QObject(parent)
    , m_service(std::move(service))
    , m_timeoutMs(timeoutMs)
{}

SecretStore::~SecretStore() = default;

void SecretStore::read(const QString& key, QObject* context, ReadCallback callback)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    runJob(job, m_timeoutMs, context, [callback](QKeychain::Job* j, bool timedOut) {
        if (timedOut) {
            qCWarning(lcSecrets) << "keychain read timed out";
            callback(SecretError{SecretError::Kind::Timeout, QStringLiteral("timeout")});
            return;
        }
        if (j->error() != QKeychain::NoError) {
            if (j->error() != QKeychain::EntryNotFound)
                qCWarning(lcSecrets) << "keychain read failed:" << j->error() << j->errorString();
            callback(mapError(j->error(), j->errorString()));
            return;
        }
        callback(static_cast<QKeychain::ReadPasswordJob*>(j)->textData());
    });
}

void SecretStore::write(const QString& key, const QString& secret, QObject* context, WriteCallback callback)
{
    auto* job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setTextData(secret);
    runJob(job, m_timeoutMs, context, [callback](QKeychain::Job* j, bool timedOut) {
        if (timedOut) {
            callback(SecretError{SecretError::Kind::Timeout, QStringLiteral("timeout")});
            return;
        }
        if (j->error() != QKeychain::NoError) {
            qCWarning(lcSecrets) << "keychain write failed:" << j->error() << j->errorString();
            callback(mapError(j->error(), j->errorString()));
            return;
        }
        callback(Result<void, SecretError>());
    });
}

void SecretStore::remove(const QString& key, QObject* context, WriteCallback callback)
{
    auto* job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    runJob(job, m_timeoutMs, context, [callback](QKeychain::Job* j, bool timedOut) {
        if (timedOut) {
            callback(SecretError{SecretError::Kind::Timeout, QStringLiteral("timeout")});
            return;
        }
        if (j->error() != QKeychain::NoError && j->error() != QKeychain::EntryNotFound) {
            callback(mapError(j->error(), j->errorString()));
            return;
        }
        callback(Result<void, SecretError>());
    });
}

} // namespace ccas
