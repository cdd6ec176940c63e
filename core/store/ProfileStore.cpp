#include "store/ProfileStore.h"

#include "store/Journal.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

namespace ccas {

QString Profile::defaultDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

Result<void, StoreError> Profile::ensureDir(const QString& dir)
{
    if (dir.isEmpty())
        return StoreError::make(StoreError::Kind::Io, QStringLiteral("no profile folder"));
    if (!QDir().mkpath(dir))
        return StoreError::make(StoreError::Kind::Io, QStringLiteral("cannot create the profile folder"));
    if (!QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
        return StoreError::make(StoreError::Kind::Io,
                                QStringLiteral("cannot restrict the profile folder to its owner"));
    return {};
}

QString Profile::databasePath(const QString& dir)
{
    return QDir(dir).filePath(QStringLiteral("guichet-ccas.db"));
}

ProfileStore::ProfileStore(Database* db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{}

QFuture<Result<ProfileMeta, StoreError>> ProfileStore::read()
{
    return m_db->run<ProfileMeta>([](QSqlDatabase& db) -> Result<ProfileMeta, StoreError> {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT key, value FROM meta")))
            return Database::errorFrom(q.lastError(), QStringLiteral("read meta"));
        ProfileMeta m;
        while (q.next()) {
            const QString key = q.value(0).toString();
            const QByteArray value = q.value(1).toByteArray();
            if (key == QLatin1String("profile_id"))
                m.profileId = QString::fromUtf8(value);
            else if (key == QLatin1String("ccas_nom"))
                m.ccasNom = QString::fromUtf8(value);
            else if (key == QLatin1String("siret"))
                m.siret = QString::fromUtf8(value);
            else if (key == QLatin1String("created_at"))
                m.createdAt = QDateTime::fromString(QString::fromUtf8(value), Qt::ISODateWithMs);
            else if (key == QLatin1String("kek_check"))
                m.kekCheck = value;
            else if (key == QLatin1String("recovery_params"))
                m.recoveryParams = value;
            else if (key == QLatin1String("recovery_wrapped_kek"))
                m.recoveryWrappedKek = value;
        }
        if (m.profileId.isEmpty() || m.kekCheck.isEmpty())
            return StoreError::make(StoreError::Kind::NotFound, QStringLiteral("profile not initialised"));
        return m;
    });
}

QFuture<Result<void, StoreError>> ProfileStore::initialise(const ProfileMeta& meta, const QString& agent)
{
    const Clock& clock = m_clock;
    return m_db->run<void>([meta, agent, &clock](QSqlDatabase& db) -> Result<void, StoreError> {
        return Database::transaction(db, [&]() -> Result<void, StoreError> {
            QSqlQuery exists(db);
            if (!exists.exec(QStringLiteral("SELECT COUNT(*) FROM meta WHERE key = 'profile_id'")) || !exists.next())
                return Database::errorFrom(exists.lastError(), QStringLiteral("check meta"));
            if (exists.value(0).toInt() > 0)
                return StoreError::make(StoreError::Kind::Invalid, QStringLiteral("profile already initialised"));
            const QList<QPair<QString, QByteArray>> rows = {
                {QStringLiteral("profile_id"), meta.profileId.toUtf8()},
                {QStringLiteral("ccas_nom"), meta.ccasNom.toUtf8()},
                {QStringLiteral("siret"), meta.siret.toUtf8()},
                {QStringLiteral("created_at"), meta.createdAt.toUTC().toString(Qt::ISODateWithMs).toUtf8()},
                {QStringLiteral("kek_check"), meta.kekCheck},
                {QStringLiteral("recovery_params"), meta.recoveryParams},
                {QStringLiteral("recovery_wrapped_kek"), meta.recoveryWrappedKek},
            };
            QSqlQuery q(db);
            q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"));
            for (const auto& row : rows) {
                q.addBindValue(row.first);
                q.addBindValue(row.second);
                if (!q.exec())
                    return Database::errorFrom(q.lastError(), QStringLiteral("write meta"));
            }
            JournalEntry e;
            e.agent = agent;
            e.action = QStringLiteral("key_init");
            auto j = Journal::appendInJob(db, e, clock);
            if (!j)
                return j.error();
            return {};
        });
    });
}

QFuture<Result<void, StoreError>> ProfileStore::journalKeyEvent(const QString& action, const QString& agent,
                                                                const QString& detail)
{
    const Clock& clock = m_clock;
    return m_db->run<void>([action, agent, detail, &clock](QSqlDatabase& db) -> Result<void, StoreError> {
        JournalEntry e;
        e.agent = agent;
        e.action = action;
        e.detail = detail;
        auto j = Journal::appendInJob(db, e, clock);
        if (!j)
            return j.error();
        return {};
    });
}

} // namespace ccas
