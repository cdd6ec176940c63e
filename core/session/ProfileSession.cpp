#include "session/ProfileSession.h"

#include "archive/ArchiveBeforePurge.h"
#include "archive/ArchiveExporter.h"
#include "domain/Siret.h"
#include "secrets/KeyManager.h"
#include "secrets/SecretStore.h"
#include "settings/Settings.h"
#include "store/Database.h"
#include "store/DossierRepository.h"
#include "store/Journal.h"
#include "store/JournalQuery.h"
#include "store/Statistics.h"
#include "util/Logging.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <utility>

namespace ccas {

ProfileSession::ProfileSession(QString profileDir, SecretStore* secrets, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_dir(profileDir.isEmpty() ? QString() : QDir(profileDir).absolutePath())
    , m_secrets(secrets)
    , m_clock(clock)
{
    qRegisterMetaType<ccas::RetentionReport>();
    if (m_secrets)
        m_keys = new KeyManager(m_secrets, this);
    m_db = new Database(this);
    m_profile = std::make_unique<ProfileStore>(m_db, m_clock);
    m_dossiers = std::make_unique<DossierRepository>(m_db, m_clock);
    m_retention = std::make_unique<Retention>(m_db, m_clock);
    m_journal = std::make_unique<Journal>(m_db, m_clock);
    m_journalQuery = std::make_unique<JournalQuery>(m_db, m_clock);
    m_statistics = std::make_unique<Statistics>(m_db);
    m_archives = std::make_unique<ArchiveExporter>(m_dossiers.get(), m_clock);
    m_retentionTimer = new QTimer(this);
    m_retentionTimer->setInterval(RetentionIntervalMs);
    connect(m_retentionTimer, &QTimer::timeout, this, &ProfileSession::runRetention);
}

ProfileSession::~ProfileSession()
{
    // An Argon2id step cannot be interrupted; it ends within a second. Its result is dropped.
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
        m_worker = nullptr;
    }
    // A running archive export reads the database: stopped (nothing left at its path) before it goes.
    m_archives.reset();
    // The database goes before the temporary folder that holds it (ephemeral profile).
    delete m_db;
    m_db = nullptr;
}

void ProfileSession::waitForIdle()
{
    if (m_db)
        m_db->waitForIdle();
}

void ProfileSession::setSettings(Settings* settings)
{
    m_settings = settings;
}

QString ProfileSession::databasePath() const
{
    return Profile::databasePath(m_dir);
}

QString ProfileSession::ccasName() const
{
    return m_meta ? m_meta->ccasNom : QString();
}

QString ProfileSession::agent() const
{
    QString id = m_settings ? m_settings->value(Settings::Key::AgentId).toString().trimmed() : QString();
    if (id.isEmpty())
        id = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME", qEnvironmentVariable("LOGNAME"))).trimmed();
    if (id.isEmpty())
        id = QDir::home().dirName();
    return id.isEmpty() ? QStringLiteral("agent") : id;
}

RetentionPolicy ProfileSession::retentionPolicy() const
{
    RetentionPolicy policy;
    if (!m_settings)
        return policy;
    // A missing or non-positive setting keeps the default: a 0 would purge every closed dossier at once.
    bool ok = false;
    const int closed = m_settings->value(Settings::Key::RetentionClosedMonths).toInt(&ok);
    if (ok && closed > 0)
        policy.closedMonths = closed;
    const int inactive = m_settings->value(Settings::Key::RetentionInactiveMonths).toInt(&ok);
    if (ok && inactive > 0)
        policy.inactiveMonths = inactive;
    // The warning starts halfway (12 of 24 months by default), also when the period is shortened.
    if (policy.warnMonths >= policy.inactiveMonths)
        policy.warnMonths = std::max(1, policy.inactiveMonths / 2);
    return policy;
}

int ProfileSession::journalMonths() const
{
    return m_settings ? m_settings->value(Settings::Key::JournalMonths).toInt() : 36;
}

template <typename T>
void ProfileSession::runOffThread(std::function<T()> work, std::function<void(T)> done)
{
    auto result = std::make_shared<std::optional<T>>();
    QThread* thread = QThread::create([result, work = std::move(work)]() { result->emplace(work()); });
    thread->setObjectName(QStringLiteral("ProfileSession worker"));
    m_worker = thread;
    // `finished` is emitted by the worker thread: queued to this object's thread.
    connect(thread, &QThread::finished, this, [this, thread, result, done = std::move(done)]() {
        if (m_worker == thread)
            m_worker = nullptr;
        thread->deleteLater();
        if (*result)
            done(std::move(**result));
    });
    thread->start();
}

void ProfileSession::fail(const QString& message, State state)
{
    m_state = state;
    Q_EMIT failed(message);
}

void ProfileSession::open()
{
    if (isBusy())
        return;
    if (m_state == State::Unlocked) {
        QTimer::singleShot(0, this, [this]() { Q_EMIT unlocked(); });
        return;
    }
    if (m_dir.isEmpty()) {
        QTimer::singleShot(0, this, [this]() {
            fail(StoreError::make(StoreError::Kind::Io, QStringLiteral("no profile folder")).userMessage());
        });
        return;
    }
    if (m_meta) { // the profile is open, only its key is missing: ask the keychain again
        m_state = State::Opening;
        tryKeychain();
        return;
    }
    if (m_dbOpen) {
        m_state = State::Opening;
        readMeta();
        return;
    }
    if (!QFileInfo::exists(databasePath())) {
        m_state = State::NeedsInit;
        QTimer::singleShot(0, this, [this]() { Q_EMIT needsInit(); });
        return;
    }
    m_state = State::Opening;
    openDatabase(false, State::Failed, [this]() { readMeta(); });
}

void ProfileSession::openDatabase(bool create, State stateOnFailure, std::function<void()> next)
{
    m_db->open(databasePath(), create)
        .then(this, [this, stateOnFailure, next = std::move(next)](const Result<void, StoreError>& opened) {
            if (!opened) {
                qCWarning(lcApp) << "profile database:" << opened.error().detail;
                fail(opened.error().userMessage(), stateOnFailure);
                return;
            }
            m_dbOpen = true;
            next();
        });
}

void ProfileSession::readMeta()
{
    m_profile->read().then(this, [this](const Result<ProfileMeta, StoreError>& meta) {
        if (!meta) {
            if (meta.error().kind == StoreError::Kind::NotFound) {
                // A database without metadata: a creation that did not finish. Nothing can be read
                // from it without a key, so the profile is created (again) in place.
                m_state = State::NeedsInit;
                Q_EMIT needsInit();
                return;
            }
            fail(meta.error().userMessage());
            return;
        }
        m_meta = meta.value();
        tryKeychain();
    });
}

void ProfileSession::tryKeychain()
{
    if (!m_secrets) {
        m_state = State::Locked;
        QTimer::singleShot(0, this,
                           [this]() { Q_EMIT passphraseNeeded(tr("This profile does not use the system keychain.")); });
        return;
    }
    const ProfileMeta meta = *m_meta;
    m_secrets->read(KeyManager::keychainKey(meta.profileId), this, [this, meta](const Result<QString, SecretError>& r) {
        QString problem;
        if (r) {
            QByteArray raw = QByteArray::fromBase64(r.value().toLatin1());
            SecureKey kek = SecureKey::fromByteArray(raw);
            wipe(raw);
            if (KeyManager::verify(kek, meta)) {
                journalKeyEvent(QString(JournalAction::KeyUnlock));
                becomeUnlocked(std::make_shared<const SecureKey>(std::move(kek)));
                return;
            }
            problem = KeyManagerText::tr("the keychain holds a key that does not open this profile.");
        } else {
            problem = r.error().userMessage();
        }
        m_state = State::Locked;
        Q_EMIT passphraseNeeded(problem);
    });
}

void ProfileSession::providePassphrase(const QString& passphrase)
{
    if (m_state != State::Locked || !m_meta)
        return;
    m_state = State::Working;
    const ProfileMeta meta = *m_meta;
    runOffThread<Result<SecureKey>>([meta, passphrase]() { return KeyManager::recover(meta, passphrase); },
                                    [this](Result<SecureKey> recovered) {
                                        if (!recovered) {
                                            // Nothing was written: the profile is as it was.
                                            m_state = State::Locked;
                                            Q_EMIT passphraseNeeded(recovered.error().userMessage);
                                            return;
                                        }
                                        journalKeyEvent(QString(JournalAction::KeyRecovery));
                                        becomeUnlocked(std::make_shared<const SecureKey>(std::move(recovered).value()));
                                        saveKeyToKeychain();
                                    });
}

bool ProfileSession::canVerifyPassphrase() const
{
    return m_state == State::Unlocked && m_meta && !isEphemeral() && !m_worker;
}

void ProfileSession::verifyPassphrase(const QString& passphrase)
{
    if (m_verifying)
        return;
    if (!canVerifyPassphrase()) {
        QTimer::singleShot(0, this, [this]() {
            Q_EMIT passphraseVerified(false, tr("This profile has no recovery passphrase that can be checked now."));
        });
        return;
    }
    m_verifying = true;
    const ProfileMeta meta = *m_meta;
    // recover() only succeeds with the key that opens the profile's check value: the open key.
    runOffThread<Result<SecureKey>>([meta, passphrase]() { return KeyManager::recover(meta, passphrase); },
                                    [this](Result<SecureKey> recovered) {
                                        m_verifying = false;
                                        if (!recovered) {
                                            Q_EMIT passphraseVerified(false, recovered.error().userMessage);
                                            return;
                                        }
                                        Q_EMIT passphraseVerified(true, QString());
                                    });
}

void ProfileSession::initialise(const QString& ccasNom, const QString& siret, const QString& passphrase)
{
    if (m_state != State::NeedsInit && m_state != State::Closed)
        return;
    if (m_dir.isEmpty()) {
        fail(StoreError::make(StoreError::Kind::Io, QStringLiteral("no profile folder")).userMessage(),
             State::NeedsInit);
        return;
    }
    if (!m_dbOpen && QFileInfo::exists(databasePath())) {
        fail(tr("A profile already exists in %1.").arg(QDir::toNativeSeparators(m_dir)), State::Failed);
        return;
    }
    const QString siretError = Siret::validationMessage(siret);
    if (!siretError.isEmpty()) {
        fail(siretError, State::NeedsInit);
        return;
    }
    m_state = State::Working;
    const QString nom = ccasNom.trimmed();
    const QString digits = Siret::normalised(siret);
    const QDateTime now = m_clock.nowUtc();
    using Material = Result<KeyManager::InitMaterial>;
    runOffThread<Material>(
        [nom, digits, passphrase, now]() { return KeyManager::prepare(nom, digits, passphrase, now); },
        [this, nom, digits](Material prepared) {
            if (!prepared) {
                fail(prepared.error().userMessage, State::NeedsInit);
                return;
            }
            auto material = std::make_shared<KeyManager::InitMaterial>(std::move(prepared).value());
            if (!m_dbOpen) {
                const auto ensured = Profile::ensureDir(m_dir);
                if (!ensured) {
                    fail(ensured.error().userMessage(), State::NeedsInit);
                    return;
                }
            }
            auto write = [this, material, nom, digits]() {
                m_profile->initialise(material->meta, agent())
                    .then(this, [this, material, nom, digits](const Result<void, StoreError>& r) {
                        if (!r) {
                            qCWarning(lcApp) << "profile creation:" << r.error().detail;
                            fail(r.error().userMessage(), State::NeedsInit);
                            return;
                        }
                        m_meta = material->meta;
                        if (m_settings) {
                            m_settings->setValue(Settings::Key::CcasName, nom);
                            m_settings->setValue(Settings::Key::Recipient, digits);
                            if (!m_settings->sync())
                                qCWarning(lcApp) << "the settings could not be saved after the profile creation";
                        }
                        becomeUnlocked(std::make_shared<const SecureKey>(std::move(material->kek)));
                        saveKeyToKeychain();
                    });
            };
            if (m_dbOpen)
                write();
            else
                openDatabase(true, State::NeedsInit, write);
        });
}

void ProfileSession::openEphemeral(const QString& ccasNom, const QString& siret)
{
    if (m_state != State::Closed)
        return;
    m_state = State::Opening;
    if (!sodiumReady()) {
        QTimer::singleShot(0, this, [this]() {
            fail(StoreError::make(StoreError::Kind::KeyUnavailable, QStringLiteral("libsodium")).userMessage());
        });
        return;
    }
    m_tempDir = std::make_unique<QTemporaryDir>();
    if (!m_tempDir->isValid()) {
        QTimer::singleShot(0, this, [this]() {
            fail(StoreError::make(StoreError::Kind::Io, QStringLiteral("no temporary folder")).userMessage());
        });
        return;
    }
    m_dir = m_tempDir->path();
    auto kek = std::make_shared<const SecureKey>(SecureKey::random());
    ProfileMeta meta;
    meta.profileId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    meta.ccasNom = ccasNom.isEmpty() ? tr("Demonstration CCAS") : ccasNom;
    meta.siret = siret.isEmpty() ? QStringLiteral("none") : Siret::normalised(siret); // the column cannot be empty
    meta.createdAt = m_clock.nowUtc();
    meta.kekCheck = KeyManager::makeCheck(*kek);
    // No recovery copy (see the header): the columns cannot be empty, so they say "none". Never read:
    // the profile dies with the session, and recovering from "none" would fail cleanly anyway.
    meta.recoveryParams = QByteArrayLiteral("none");
    meta.recoveryWrappedKek = QByteArrayLiteral("none");
    openDatabase(true, State::Failed, [this, kek, meta]() {
        m_profile->initialise(meta, agent()).then(this, [this, kek, meta](const Result<void, StoreError>& r) {
            if (!r) {
                qCWarning(lcApp) << "ephemeral profile:" << r.error().detail;
                fail(r.error().userMessage());
                return;
            }
            m_meta = meta;
            becomeUnlocked(kek);
        });
    });
}

void ProfileSession::becomeUnlocked(std::shared_ptr<const SecureKey> kek)
{
    m_kek = std::move(kek);
    m_dossiers->setMasterKey(m_kek);
    m_state = State::Unlocked;
    Q_EMIT unlocked();
    m_retentionTimer->start();
    runRetention();
}

void ProfileSession::saveKeyToKeychain()
{
    if (!m_keys || !m_kek || !m_meta)
        return;
    m_keys->saveToKeychain(m_meta->profileId, *m_kek, this, [this](const Result<void, SecretError>& saved) {
        if (saved) {
            journalKeyEvent(QStringLiteral("key_keychain_saved"));
            Q_EMIT keychainSaved();
            return;
        }
        qCInfo(lcApp) << "master key not saved in the keychain:" << saved.error().detail;
        Q_EMIT keychainUnavailable(saved.error().userMessage());
    });
}

void ProfileSession::journalKeyEvent(const QString& action)
{
    m_profile->journalKeyEvent(action, agent(), {}).then(this, [action](const Result<void, StoreError>& r) {
        if (!r)
            qCWarning(lcApp) << "journal:" << action << r.error().detail;
    });
}

void ProfileSession::runRetention()
{
    if (m_state != State::Unlocked || m_retentionRunning)
        return;
    m_retentionRunning = true;
    Q_EMIT retentionStarted();
    const RetentionPolicy policy = retentionPolicy();
    if (m_settings && m_settings->value(Settings::Key::ArchiveBeforePurge).toBool())
        exportThenPurge(policy);
    else
        purge(policy);
}

ArchiveJob ProfileSession::archiveJob(QStringList* warnings) const
{
    // The ephemeral profile stores "none" for a SIRET it was not given.
    const QString siret = m_meta && m_meta->siret != QLatin1String("none") ? m_meta->siret : QString();
    ArchiveJob job;
    if (m_settings) {
        job = ArchiveExporter::jobFromSettings(*m_settings, siret, ccasName(), warnings);
    } else {
        job.policy = ArchivePolicy::defaults();
        job.policy.originatingAgencyId = siret;
        job.policy.transferringAgencyId = siret;
        job.letterhead.name = ccasName();
        job.letterhead.siret = siret;
    }
    job.agent = agent();
    return job;
}

// « Exporter avant purge » (ArchiveBeforePurge): the closed dossiers due are packaged first and only
// those are purged; without a package they are kept and said so.
void ProfileSession::exportThenPurge(const RetentionPolicy& policy)
{
    ArchiveBeforePurge::plan(this, m_retention.get(), m_archives.get(), policy, archiveJob(),
                             m_settings->value(Settings::Key::ArchiveFolder).toString(), m_clock.nowUtc().toLocalTime(),
                             [this](const Result<ArchivedPurgePlan, StoreError>& plan) {
                                 if (!plan) {
                                     m_retentionRunning = false;
                                     qCWarning(lcApp) << "retention:" << plan.error().detail;
                                     Q_EMIT retentionFailed(plan.error().userMessage());
                                     return;
                                 }
                                 if (plan.value().archive)
                                     Q_EMIT archivedBeforePurge(plan.value().archive->path,
                                                                int(plan.value().archive->dossierIds.size()));
                                 else if (!plan.value().kept.isEmpty())
                                     Q_EMIT archiveBeforePurgeFailed(plan.value().kept);
                                 purge(plan.value().policy);
                             });
}

void ProfileSession::purge(const RetentionPolicy& policy)
{
    m_retention->run(policy, false, agent()).then(this, [this](const Result<RetentionReport, StoreError>& r) {
        m_retentionRunning = false;
        if (!r) {
            qCWarning(lcApp) << "retention:" << r.error().detail;
            Q_EMIT retentionFailed(r.error().userMessage());
            return;
        }
        Q_EMIT retentionFinished(r.value());
        // The access journal has its own retention (36 months by default).
        const int months = m_settings ? m_settings->value(Settings::Key::JournalMonths).toInt() : 36;
        if (months <= 0)
            return;
        auto journal = std::make_shared<Journal>(m_db, m_clock);
        journal->purgeOlderThan(m_clock.nowUtc().addMonths(-months), agent())
            .then(this, [journal](const Result<qint64, StoreError>& j) {
                if (!j)
                    qCWarning(lcApp) << "journal retention:" << j.error().detail;
            });
    });
}

} // namespace ccas
