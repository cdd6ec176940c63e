#pragma once

#include "crypto/SecureKey.h"
#include "store/ProfileStore.h"
#include "store/Retention.h"
#include "util/Clock.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QTemporaryDir;
class QThread;
class QTimer;

namespace ccas {

class ArchiveExporter;
struct ArchiveJob;
struct ArchiveReport;
class Database;
class DossierRepository;
class Journal;
class JournalQuery;
class KeyManager;
class SecretStore;
class Settings;
class Statistics;

// One open profile, shared by the front ends: its database, its metadata, its dossiers and the
// verified master key. Everything is asynchronous: the database works on its own thread, the slow
// Argon2id steps (recovery, creation) on a short-lived worker thread, the keychain through its jobs;
// the caller's thread is never blocked and no nested event loop is run.
//
//   open()               -> needsInit() | passphraseNeeded(reason) | unlocked() | failed(message)
//   providePassphrase(p) -> unlocked() | passphraseNeeded(reason)            (wrong passphrase)
//   initialise(…)        -> unlocked() [+ keychainUnavailable(message)] | failed(message)
//   openEphemeral()      -> unlocked() | failed(message)                     (--demo, tests)
//
// Once unlocked, retention runs at once and then every 24 hours while the session lives
// (retentionStarted() then retentionFinished(report) or retentionFailed(message)). Retention never
// runs without a verified key.
class ProfileSession final : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Closed,    // nothing done yet
        Opening,   // database, metadata or keychain on their way
        NeedsInit, // no profile in the folder
        Locked,    // the profile is there, its key is not: waiting for the recovery passphrase
        Working,   // Argon2id or profile creation in progress
        Unlocked,
        Failed, // the database cannot be used (see failed())
    };
    static constexpr int RetentionIntervalMs = 24 * 60 * 60 * 1000;

    // `secrets` may be null: the keychain is then never used (the passphrase is always needed).
    // `clock` must outlive the session.
    ProfileSession(QString profileDir, SecretStore* secrets, const Clock& clock, QObject* parent = nullptr);
    ~ProfileSession() override; // waits for a running Argon2id step (< 1 s), closes the database
    Q_DISABLE_COPY_MOVE(ProfileSession)

    // Settings give the agent id, the retention policy and receive the CCAS name and SIRET at
    // creation. Optional (defaults then); must outlive the session.
    void setSettings(Settings* settings);

    void open();
    void providePassphrase(const QString& passphrase);
    void initialise(const QString& ccasNom, const QString& siret, const QString& passphrase);
    // A throw-away profile in a temporary folder owned by the session, with a random master key kept
    // in memory only: no keychain, and no recovery copy (nobody could ever type its passphrase, and
    // Argon2id would cost half a second and 256 MiB at every demo start). Removed with the session.
    // Empty values: "Demonstration CCAS", and no SIRET.
    void openEphemeral(const QString& ccasNom = QString(), const QString& siret = QString());
    // Runs retention now (it also runs after unlocking and every 24 hours). Ignored when locked or
    // when a run is already in progress.
    void runRetention();
    // Checks the recovery passphrase of the open profile without changing anything (the desk lock):
    // Argon2id on a worker thread (about half a second, 256 MiB), the session stays unlocked, the
    // key is not replaced and nothing is written (not even the journal: the window being locked or
    // unlocked is no access to data). Answers passphraseVerified() later, never synchronously; a call
    // while a check is running is ignored (only that check answers). Without a recovery copy to check
    // (see canVerifyPassphrase()), answers false.
    void verifyPassphrase(const QString& passphrase);
    // Unlocked, with a recovery copy (not the ephemeral profile), and no other Argon2id step running.
    bool canVerifyPassphrase() const;

    // Blocks until the database jobs queued so far have run (see Database::waitForIdle): for the
    // destructors of objects that continue this session's futures.
    void waitForIdle();

    State state() const { return m_state; }
    bool isUnlocked() const { return m_state == State::Unlocked; }
    bool isBusy() const { return m_state == State::Opening || m_state == State::Working; }
    bool isEphemeral() const { return m_tempDir != nullptr; }
    QString profileDir() const { return m_dir; }
    QString databasePath() const;
    QString ccasName() const;
    const Clock& clock() const { return m_clock; }
    // Always non-null; every call fails with KeyUnavailable until unlocked().
    DossierRepository* dossiers() const { return m_dossiers.get(); }
    // The Settings' AgentId, else the OS user name.
    QString agent() const;
    RetentionPolicy retentionPolicy() const;
    // Administration (journal viewer, retention report, statistics): clear metadata only, no key
    // needed; always non-null. The window calls them once unlocked (retention(): dry runs only, a
    // purge goes through runRetention()).
    Journal* journal() const { return m_journal.get(); }
    JournalQuery* journalQuery() const { return m_journalQuery.get(); }
    Retention* retention() const { return m_retention.get(); }
    Statistics* statistics() const { return m_statistics.get(); }
    int journalMonths() const; // the access journal's retention in months (setting, 36); <= 0: not purged
    // SEDA archive packages of closed dossiers; always non-null (fails without the key).
    ArchiveExporter* archives() const { return m_archives.get(); }
    // A job filled from the settings and the profile (policy, letterhead, règlement, agent); the caller
    // adds the dossiers and the file. `warnings`: why the summaries will lack eligibility results.
    ArchiveJob archiveJob(QStringList* warnings = nullptr) const;

Q_SIGNALS:
    void needsInit();
    void passphraseNeeded(const QString& reason);
    void unlocked();
    void failed(const QString& message);
    // The key could not be saved in the keychain (after creation or recovery): the recovery
    // passphrase will be needed at the next start.
    void keychainUnavailable(const QString& message);
    void keychainSaved(); // the key is in the keychain: the next start needs no passphrase
    void passphraseVerified(bool correct, const QString& message); // message: why not, empty when correct
    void retentionStarted();
    void retentionFinished(const ccas::RetentionReport& report);
    void retentionFailed(const QString& message);
    // « Exporter avant purge » (setting Archives/ExporterAvantPurge): the closed dossiers due were
    // written to a package before being purged; or the package failed and they were kept.
    void archivedBeforePurge(const QString& path, int dossiers);
    void archiveBeforePurgeFailed(const QString& message);

private:
    // On failure: failed(message) with the session left in `stateOnFailure`.
    void openDatabase(bool create, State stateOnFailure, std::function<void()> next);
    void readMeta();
    void tryKeychain();
    void becomeUnlocked(std::shared_ptr<const SecureKey> kek);
    void saveKeyToKeychain();
    void fail(const QString& message, State state = State::Failed);
    void journalKeyEvent(const QString& action);
    void purge(const RetentionPolicy& policy);
    void exportThenPurge(const RetentionPolicy& policy);
    template <typename T>
    void runOffThread(std::function<T()> work, std::function<void(T)> done);

    QString m_dir;
    SecretStore* m_secrets;
    const Clock& m_clock;
    Settings* m_settings = nullptr;
    KeyManager* m_keys = nullptr;
    Database* m_db = nullptr;
    std::unique_ptr<ProfileStore> m_profile;
    std::unique_ptr<DossierRepository> m_dossiers;
    std::unique_ptr<Retention> m_retention;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<JournalQuery> m_journalQuery;
    std::unique_ptr<Statistics> m_statistics;
    std::unique_ptr<ArchiveExporter> m_archives;
    std::unique_ptr<QTemporaryDir> m_tempDir;
    std::optional<ProfileMeta> m_meta;
    std::shared_ptr<const SecureKey> m_kek;
    QTimer* m_retentionTimer = nullptr;
    QThread* m_worker = nullptr;
    State m_state = State::Closed;
    bool m_dbOpen = false;
    bool m_retentionRunning = false;
    bool m_verifying = false; // verifyPassphrase() is waiting for its Argon2id step
};

} // namespace ccas

Q_DECLARE_METATYPE(ccas::RetentionReport)
