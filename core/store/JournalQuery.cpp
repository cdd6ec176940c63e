#include "store/JournalQuery.h"

#include "store/Database.h"
#include "util/Clock.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <optional>

namespace ccas {

namespace {

QString atText(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

StoreError queryError(const QSqlQuery& query, const QString& what)
{
    return Database::errorFrom(query.lastError(), what);
}

Result<QList<JournalEntry>, StoreError> listInJob(QSqlDatabase& db, const JournalFilter& f)
{
    QString where;
    if (f.from.isValid())
        where += QStringLiteral(" AND at >= :from");
    if (f.to.isValid())
        where += QStringLiteral(" AND at < :to");
    if (!f.action.isEmpty())
        where += QStringLiteral(" AND action = :action");
    if (!f.agent.isEmpty())
        where += QStringLiteral(" AND agent = :agent");
    if (!f.dossierId.isEmpty())
        where += QStringLiteral(" AND dossier_id = :dossier");
    const QString columns = QStringLiteral(
        "seq, at, agent, action, dossier_id, endpoint, http_status, request_id, detail, prev_hash, hash");
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM (SELECT %1 FROM journal WHERE 1 = 1%2 ORDER BY seq DESC LIMIT :limit)"
                                 " ORDER BY seq")
                      .arg(columns, where));
    if (f.from.isValid())
        query.bindValue(QStringLiteral(":from"), atText(f.from));
    if (f.to.isValid())
        query.bindValue(QStringLiteral(":to"), atText(f.to));
    if (!f.action.isEmpty())
        query.bindValue(QStringLiteral(":action"), f.action);
    if (!f.agent.isEmpty())
        query.bindValue(QStringLiteral(":agent"), f.agent);
    if (!f.dossierId.isEmpty())
        query.bindValue(QStringLiteral(":dossier"), f.dossierId.trimmed());
    query.bindValue(QStringLiteral(":limit"), f.limit > 0 ? f.limit : -1);
    if (!query.exec())
        return queryError(query, QStringLiteral("journal query: list"));
    QList<JournalEntry> entries;
    while (query.next()) {
        JournalEntry e;
        e.seq = query.value(0).toLongLong();
        e.at = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
        e.agent = query.value(2).toString();
        e.action = query.value(3).toString();
        e.dossierId = query.value(4).toString();
        e.endpoint = query.value(5).toString();
        e.httpStatus = query.value(6).toInt();
        e.requestId = query.value(7).toString();
        e.detail = query.value(8).toString();
        e.prevHash = query.value(9).toByteArray();
        e.hash = query.value(10).toByteArray();
        entries.append(e);
    }
    if (query.lastError().isValid())
        return queryError(query, QStringLiteral("journal query: list"));
    return entries;
}

Result<QStringList, StoreError> distinct(QSqlDatabase& db, const QString& column)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT DISTINCT %1 FROM journal ORDER BY %1").arg(column)))
        return queryError(query, QStringLiteral("journal query: distinct"));
    QStringList values;
    while (query.next())
        values << query.value(0).toString();
    return values;
}

QString cell(const QString& raw)
{
    QString s = raw;
    if (!s.isEmpty() && (s.front() == QLatin1Char('=') || s.front() == QLatin1Char('+') ||
                         s.front() == QLatin1Char('-') || s.front() == QLatin1Char('@')))
        s.prepend(QLatin1Char('\''));
    static const QRegularExpression special(QStringLiteral("[;\"\\r\\n]|^\\s|\\s$"));
    if (s.contains(special)) {
        s.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        s = QLatin1Char('"') + s + QLatin1Char('"');
    }
    return s;
}

QString fileError(const QString& path, const QSaveFile& file)
{
    const QString shown = QDir::toNativeSeparators(path);
    switch (file.error()) {
    case QFileDevice::ResourceError:
        return JournalQuery::tr("Cannot write “%1”: the disk is full.").arg(shown);
    case QFileDevice::RenameError:
        return JournalQuery::tr("Cannot write “%1”: the file could not be replaced (is it open in another program?).")
            .arg(shown);
    case QFileDevice::OpenError:
    case QFileDevice::PermissionsError:
        return JournalQuery::tr("Cannot write “%1”: the folder is not writable.").arg(shown);
    default:
        return JournalQuery::tr("Cannot write “%1”: write error (is the disk full?).").arg(shown);
    }
}

Result<JournalExport, StoreError> exportInJob(QSqlDatabase& db, JournalFilter filter, const QString& path,
                                              const QString& agent, const Clock& clock)
{
    JournalExport out;
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (path.isEmpty()) {
        out.fileError = JournalQuery::tr("No file name was given for the export.");
        return out;
    }
    if (info.isDir() || !info.absoluteDir().exists()) {
        out.fileError = JournalQuery::tr("Cannot write “%1”: the folder does not exist.").arg(shown);
        return out;
    }
    auto entries = listInJob(db, filter);
    if (!entries)
        return entries.error();

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        out.fileError = fileError(path, file);
        return out;
    }
    const QByteArray text = JournalQuery::csv(entries.value());
    if (file.write(text) != text.size()) {
        out.fileError = fileError(path, file);
        file.cancelWriting();
        return out;
    }
    out.entries = entries.value().size();

    bool committed = false;
    const auto done = Database::transaction(db, [&]() -> Result<void, StoreError> {
        JournalEntry e;
        e.agent = agent;
        e.action = JournalAction::Export;
        e.detail = QStringLiteral("journal csv %1 entries").arg(out.entries);
        if (auto appended = Journal::appendInJob(db, e, clock); !appended)
            return appended.error();
        if (!file.commit()) {
            out.fileError = fileError(path, file);
            return StoreError::make(StoreError::Kind::Io, QStringLiteral("journal export: file not committed"));
        }
        committed = true;
        return {};
    });
    if (!out.fileError.isEmpty()) {
        out.entries = 0;
        return out; // the journal entry was rolled back
    }
    if (!done) {
        if (!committed)
            file.cancelWriting();
        return done.error();
    }
    return out;
}

} // namespace

JournalQuery::JournalQuery(Database* db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{}

QFuture<Result<QList<JournalEntry>, StoreError>> JournalQuery::list(const JournalFilter& filter)
{
    return m_db->run<QList<JournalEntry>>([filter](QSqlDatabase& db) { return listInJob(db, filter); });
}

QFuture<Result<JournalFacets, StoreError>> JournalQuery::facets()
{
    return m_db->run<JournalFacets>([](QSqlDatabase& db) -> Result<JournalFacets, StoreError> {
        JournalFacets f;
        auto agents = distinct(db, QStringLiteral("agent"));
        if (!agents)
            return agents.error();
        auto actions = distinct(db, QStringLiteral("action"));
        if (!actions)
            return actions.error();
        f.agents = agents.value();
        f.actions = actions.value();
        QSqlQuery count(db);
        if (!count.exec(QStringLiteral("SELECT COUNT(*) FROM journal")) || !count.next())
            return queryError(count, QStringLiteral("journal query: count"));
        f.entries = count.value(0).toLongLong();
        return f;
    });
}

QFuture<Result<JournalExport, StoreError>> JournalQuery::exportCsv(const JournalFilter& filter, const QString& path,
                                                                   const QString& agent)
{
    const Clock& clock = m_clock;
    return m_db->run<JournalExport>(
        [filter, path, agent, &clock](QSqlDatabase& db) { return exportInJob(db, filter, path, agent, clock); });
}

QString JournalQuery::scrubbed(const QString& text)
{
    static const QRegularExpression longDigits(QStringLiteral("\\d{9,}"));
    QString s = text;
    s.replace(longDigits, QStringLiteral("[\u2026]"));
    return s;
}

QByteArray JournalQuery::csv(const QList<JournalEntry>& entries)
{
    const QString sep = QStringLiteral(";");
    const QString eol = QStringLiteral("\r\n");
    QString text;
    text.reserve(64 + entries.size() * 160);
    text += QStringLiteral("seq;at;agent;action;dossier_id;endpoint;http_status;request_id;detail;hash") + eol;
    for (const JournalEntry& e : entries) {
        text += QString::number(e.seq) + sep + cell(atText(e.at)) + sep + cell(e.agent) + sep + cell(e.action) + sep +
                cell(e.dossierId) + sep + cell(scrubbed(e.endpoint)) + sep +
                (e.httpStatus > 0 ? QString::number(e.httpStatus) : QString()) + sep + cell(e.requestId) + sep +
                cell(scrubbed(e.detail)) + sep + QString::fromLatin1(e.hash.toHex()) + eol;
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace ccas
