#include "session/FirstRunSetup.h"

#include "domain/Siret.h"
#include "secrets/SecretStore.h"
#include "session/ProfileSession.h"
#include "settings/Settings.h"
#include "util/Logging.h"

#include <QDir>

namespace ccas {

FirstRunSetup::FirstRunSetup(Settings* settings, SecretStore* secrets, ProfileSession* session, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_session(session)
{}

FirstRunSetup::~FirstRunSetup()
{
    disconnectSession();
}

QString FirstRunSetup::defaultAgentId()
{
    QString id =
        qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME", qEnvironmentVariable("LOGNAME"))).trimmed();
    if (id.isEmpty())
        id = QDir::home().dirName();
    return id;
}

void FirstRunSetup::writeSettings(const Values& v)
{
    m_settings->setValue(Settings::Key::CcasName, v.ccasName.trimmed());
    m_settings->setValue(Settings::Key::Recipient, Siret::normalised(v.siret));
    m_settings->setValue(Settings::Key::CcasAddress, v.ccasAddress);
    m_settings->setValue(Settings::Key::CcasLogoPath, v.ccasLogoPath);
    m_settings->setValue(Settings::Key::AgentId, v.agentId.trimmed());
    m_settings->setValue(Settings::Key::ApiEnvironment, v.environment);
    m_settings->setValue(Settings::Key::ApiGatewayUrl, v.gatewayUrl);
    m_settings->setValue(Settings::Key::ImpotBaseUrl, v.impotBaseUrl);
    m_settings->setValue(Settings::Key::ImpotTokenUrl, v.impotTokenUrl);
    m_settings->setValue(Settings::Key::ReglementPath, v.reglementPath);
    m_settings->setValue(Settings::Key::FirstRunDone, false);
}

bool FirstRunSetup::run(const Values& values)
{
    if (m_running || !m_settings || !m_session)
        return false;
    if (m_session->state() != ProfileSession::State::NeedsInit && m_session->state() != ProfileSession::State::Closed) {
        // initialise() would ignore the call: say so rather than wait for nothing.
        const QString message = tr("The profile cannot be created now: it already exists or is being opened.");
        QMetaObject::invokeMethod(
            this, [this, message]() { Q_EMIT failed(message); }, Qt::QueuedConnection);
        return true;
    }
    m_running = true;
    m_notSaved.clear();
    m_keychainProblem.clear();
    m_pending.clear();
    if (!values.apiParticulierToken.isEmpty())
        m_pending.append({QString::fromLatin1(SecretStore::ApiParticulierTokenKey), values.apiParticulierToken,
                          tr("the API Particulier token")});
    if (!values.impotClientId.isEmpty())
        m_pending.append({QString::fromLatin1(ImpotClientIdKey), values.impotClientId,
                          tr("the client ID of API Impôt particulier")});
    if (!values.impotClientSecret.isEmpty())
        m_pending.append({QString::fromLatin1(ImpotClientSecretKey), values.impotClientSecret,
                          tr("the client secret of API Impôt particulier")});

    // The settings first: the session reads the agent id from them when it creates the profile.
    writeSettings(values);
    if (!m_settings->sync()) {
        m_running = false;
        const QString message =
            tr("The settings could not be saved in %1: check that the folder is writable, then try again.")
                .arg(QDir::toNativeSeparators(m_settings->path()));
        QMetaObject::invokeMethod(
            this, [this, message]() { Q_EMIT failed(message); }, Qt::QueuedConnection);
        return true;
    }
    disconnectSession();
    m_unlockedConnection = connect(m_session, &ProfileSession::unlocked, this, &FirstRunSetup::onUnlocked);
    m_failedConnection = connect(m_session, &ProfileSession::failed, this, &FirstRunSetup::onFailed);
    m_session->initialise(values.ccasName, values.siret, values.passphrase);
    return true;
}

void FirstRunSetup::disconnectSession()
{
    disconnect(m_unlockedConnection);
    disconnect(m_failedConnection);
}

void FirstRunSetup::onFailed(const QString& message)
{
    disconnectSession();
    m_pending.clear();
    m_running = false;
    Q_EMIT failed(message);
}

void FirstRunSetup::onUnlocked()
{
    disconnectSession();
    writeNextSecret();
}

void FirstRunSetup::writeNextSecret()
{
    if (m_pending.isEmpty()) {
        finish();
        return;
    }
    const PendingSecret next = m_pending.takeFirst();
    if (!m_secrets) {
        m_notSaved << next.label;
        m_keychainProblem = SecretError{SecretError::Kind::NoBackend, QString()}.userMessage();
        writeNextSecret();
        return;
    }
    m_secrets->write(next.key, next.value, this, [this, label = next.label](const Result<void, SecretError>& r) {
        if (!r) {
            m_notSaved << label;
            m_keychainProblem = r.error().userMessage();
        }
        writeNextSecret();
    });
}

void FirstRunSetup::finish()
{
    m_settings->setValue(Settings::Key::FirstRunDone, true);
    if (!m_settings->sync())
        qCWarning(lcApp) << "the settings could not be saved at the end of the first run";
    m_running = false;
    if (!m_notSaved.isEmpty())
        Q_EMIT keychainWarning(tr("The system keychain could not keep %1: %2\nThey are used until Guichet CCAS is "
                                  "closed; enter them again in Settings once the keychain works.")
                                   .arg(m_notSaved.join(QStringLiteral(", ")), m_keychainProblem));
    Q_EMIT finished();
}

} // namespace ccas
