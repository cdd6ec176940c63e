#include "store/DossierRepository.h"

#include "crypto/Aead.h"
#include "crypto/BlindIndex.h"
#include "domain/PartialDate.h"
#include "store/Journal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sodium.h>

namespace ccas {

namespace {

constexpr const char* Table = "dossiers";
constexpr const char* DocumentsTable = "dossier_documents";

QString iso(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIso(const QVariant& v)
{
    const QString s = v.toString();
    if (s.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t;
}

QByteArray json(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject budgetJson(const QList<BudgetLine>& resources, const QList<BudgetLine>& charges)
{
    auto lines = [](const QList<BudgetLine>& list) {
        QJsonArray a;
        for (const BudgetLine& l : list)
            a.append(QJsonObject{{QStringLiteral("type"), l.type},
                                 {QStringLiteral("montant_centimes"), double(l.amountCents)},
                                 {QStringLiteral("origine"), l.origin}});
        return a;
    };
    return QJsonObject{{QStringLiteral("ressources"), lines(resources)}, {QStringLiteral("charges"), lines(charges)}};
}

QList<BudgetLine> budgetLines(const QJsonArray& a)
{
    QList<BudgetLine> out;
    for (const QJsonValue& v : a) {
        const QJsonObject o = v.toObject();
        out << BudgetLine{o.value(QStringLiteral("type")).toString(),
                          qint64(o.value(QStringLiteral("montant_centimes")).toDouble()),
                          o.value(QStringLiteral("origine")).toString()};
    }
    return out;
}

QByteArray dekAd(const QString& id)
{
    return Aead::fieldAd(id, Table, "wrapped_dek");
}

QByteArray sourceAd(const QString& id, const QString& source)
{
    const QByteArray column = QByteArrayLiteral("payload:") + source.toUtf8();
    return Aead::fieldAd(id, "dossier_sources", column.constData());
}

StoreError tampered(const QString& what)
{
    return StoreError::make(StoreError::Kind::Tampered, what + QStringLiteral(": a sealed value failed to open"));
}

StoreError noKey()
{
    return StoreError::make(StoreError::Kind::KeyUnavailable, QStringLiteral("no verified master key"));
}

StoreError queryError(const QSqlQuery& q, const QString& what)
{
    return Database::errorFrom(q.lastError(), what);
}

// The blind-index tokens of an identity: name tokens of every name, date tokens of the birth date.
QList<QByteArray> indexTokens(const SecureKey& kek, const Identity& id)
{
    const BlindIndex index(kek);
    QList<QByteArray> tokens;
    QStringList names{id.nomNaissance, id.nomUsage};
    names << id.prenoms;
    for (const QString& n : names)
        tokens << index.nameTokens(n);
    tokens << index.dateTokens(id.anneeNaissance, id.moisNaissance, id.jourNaissance);
    std::sort(tokens.begin(), tokens.end());
    tokens.erase(std::unique(tokens.begin(), tokens.end()), tokens.end());
    return tokens;
}

// Search tokens: a date written 03/09/1982, 1982-09-03, 09/1982 or 1982 gives date tokens, every
// other word gives a name token.
QList<QByteArray> searchTokens(const SecureKey& kek, const QString& text)
{
    const BlindIndex index(kek);
    QList<QByteArray> tokens;
    static const QRegularExpression dmy(QStringLiteral(R"(^(\d{1,2})/(\d{1,2})/(\d{4})$)"));
    static const QRegularExpression my(QStringLiteral(R"(^(\d{1,2})/(\d{4})$)"));
    static const QRegularExpression ymd(QStringLiteral(R"(^(\d{4})-(\d{2})(?:-(\d{2}))?$)"));
    static const QRegularExpression y(QStringLiteral(R"(^(1[89]\d\d|20\d\d)$)"));
    for (const QString& word : text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        QRegularExpressionMatch m;
        if ((m = dmy.match(word)).hasMatch()) {
            tokens << index.dateTokens(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt()).first();
        } else if ((m = my.match(word)).hasMatch()) {
            tokens << index.dateTokens(m.captured(2).toInt(), m.captured(1).toInt(), 0).first();
        } else if ((m = ymd.match(word)).hasMatch()) {
            tokens << index.dateTokens(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()).first();
        } else if ((m = y.match(word)).hasMatch()) {
            tokens << index.dateTokens(m.captured(1).toInt(), 0, 0).first();
        } else {
            tokens << index.nameTokens(word);
        }
    }
    std::sort(tokens.begin(), tokens.end());
    tokens.erase(std::unique(tokens.begin(), tokens.end()), tokens.end());
    return tokens;
}

// The WHERE clause of a list query (table alias d) and its values, in binding order.
struct ListFilter
{
    QString where;
    QVariantList binds;
    bool matchesNothing = false; // a search of only punctuation or one-letter words
};

ListFilter listFilter(const SecureKey& kek, const DossierQuery& query)
{
    ListFilter f;
    f.where = QStringLiteral("d.wrapped_dek IS NOT NULL");
    if (query.status) {
        f.where += QStringLiteral(" AND d.status = ?");
        f.binds << DossierText::statusKey(*query.status);
    }
    if (!query.aidCode.isEmpty()) {
        f.where += QStringLiteral(" AND d.aid_code = ?");
        f.binds << query.aidCode;
    }
    if (query.search.trimmed().isEmpty())
        return f;
    const QList<QByteArray> tokens = searchTokens(kek, query.search);
    if (tokens.isEmpty()) {
        f.matchesNothing = true;
        return f;
    }
    QStringList marks;
    for (const QByteArray& t : tokens) {
        marks << QStringLiteral("?");
        f.binds << t;
    }
    f.where += QStringLiteral(" AND d.id IN (SELECT dossier_id FROM blind_index WHERE token IN (%1) "
                              "GROUP BY dossier_id HAVING COUNT(DISTINCT token) = %2)")
                   .arg(marks.join(QLatin1Char(',')))
                   .arg(tokens.size());
    return f;
}

struct Row
{
    QString id;
    DossierStatus status = DossierStatus::Brouillon;
    QString aidCode;
    std::optional<Outcome> outcome;
    qint64 amountCents = 0;
    QDateTime createdAt, updatedAt, lastActivityAt, decidedAt, closedAt;
    QByteArray wrappedDek, identity, decision, notes, budget, household;
};

const char* RowColumns = "id, status, aid_code, outcome, amount_cents, created_at, updated_at, last_activity_at, "
                         "decided_at, closed_at, wrapped_dek, identity, decision, notes, budget, household";

Row readRow(const QSqlQuery& q)
{
    Row r;
    r.id = q.value(0).toString();
    r.status = DossierText::statusFromKey(q.value(1).toString()).value_or(DossierStatus::Brouillon);
    r.aidCode = q.value(2).toString();
    if (!q.value(3).isNull())
        r.outcome = DossierText::outcomeFromKey(q.value(3).toString());
    r.amountCents = q.value(4).toLongLong();
    r.createdAt = fromIso(q.value(5));
    r.updatedAt = fromIso(q.value(6));
    r.lastActivityAt = fromIso(q.value(7));
    r.decidedAt = fromIso(q.value(8));
    r.closedAt = fromIso(q.value(9));
    r.wrappedDek = q.value(10).toByteArray();
    r.identity = q.value(11).toByteArray();
    r.decision = q.value(12).toByteArray();
    r.notes = q.value(13).toByteArray();
    r.budget = q.value(14).toByteArray();
    r.household = q.value(15).toByteArray();
    return r;
}

Result<Row, StoreError> loadRow(QSqlDatabase& db, const QString& id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM dossiers WHERE id = ?").arg(QLatin1String(RowColumns)));
    q.addBindValue(id);
    if (!q.exec())
        return queryError(q, QStringLiteral("load dossier"));
    if (!q.next())
        return StoreError::make(StoreError::Kind::NotFound, QStringLiteral("no such dossier"));
    return readRow(q);
}

Result<SecureKey, StoreError> dekOf(const SecureKey& kek, const Row& row)
{
    if (row.wrappedDek.isEmpty())
        return StoreError::make(StoreError::Kind::NotFound, QStringLiteral("dossier key destroyed (purged)"));
    auto dek = Aead::unwrapKey(kek, row.wrappedDek, dekAd(row.id));
    if (!dek)
        return tampered(QStringLiteral("wrapped_dek"));
    return std::move(dek).value();
}

// The data key of a dossier that may still change (not closed), after checking the master key.
Result<SecureKey, StoreError> dekForChange(QSqlDatabase& db, const std::shared_ptr<const SecureKey>& kek,
                                           const QString& id)
{
    if (!kek)
        return noKey();
    auto row = loadRow(db, id);
    if (!row)
        return row.error();
    if (row.value().status == DossierStatus::Clos)
        return StoreError::make(StoreError::Kind::Invalid, QStringLiteral("dossier is closed"));
    return dekOf(*kek, row.value());
}

Result<QJsonObject, StoreError> openJson(const SecureKey& dek, const QByteArray& sealed, const QByteArray& ad,
                                         const QString& what)
{
    auto plain = Aead::open(dek, sealed, ad);
    if (!plain)
        return tampered(what);
    QByteArray bytes = plain.value();
    const QJsonObject o = QJsonDocument::fromJson(bytes).object();
    wipe(bytes);
    return o;
}

Result<Identity, StoreError> openIdentity(const SecureKey& dek, const Row& row)
{
    auto o = openJson(dek, row.identity, Aead::fieldAd(row.id, Table, "identity"), QStringLiteral("identity"));
    if (!o)
        return o.error();
    return identityFromJson(o.value());
}

Result<void, StoreError> journal(QSqlDatabase& db, const Clock& clock, const QString& agent, const QString& action,
                                 const QString& dossierId, const QString& endpoint = {}, int httpStatus = 0,
                                 const QString& requestId = {}, const QString& detail = {})
{
    JournalEntry e;
    e.agent = agent;
    e.action = action;
    e.dossierId = dossierId;
    e.endpoint = endpoint;
    e.httpStatus = httpStatus;
    e.requestId = requestId;
    e.detail = detail;
    auto r = Journal::appendInJob(db, e, clock);
    if (!r)
        return r.error();
    return {};
}

// Updates the clear lifecycle columns and the activity date of a dossier.
Result<void, StoreError> touch(QSqlDatabase& db, const QString& id, const QDateTime& now)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE dossiers SET updated_at = ?, last_activity_at = ? WHERE id = ?"));
    q.addBindValue(iso(now));
    q.addBindValue(iso(now));
    q.addBindValue(id);
    if (!q.exec())
        return queryError(q, QStringLiteral("touch dossier"));
    return {};
}

} // namespace

DossierRepository::DossierRepository(Database* db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{}

void DossierRepository::setMasterKey(std::shared_ptr<const SecureKey> kek)
{
    m_kek = std::move(kek);
}

QString DossierRepository::newId()
{
    static const char alphabet[] = "ABCDEFGHJKMNPQRSTVWXYZ0123456789"; // 32 symbols, no I L O U
    unsigned char bytes[16];
    randombytes_buf(bytes, sizeof bytes);
    QString id = QStringLiteral("D");
    for (unsigned char b : bytes)
        id += QLatin1Char(alphabet[b % 32]);
    return id;
}

QFuture<Result<QString, StoreError>> DossierRepository::create(const Identity& identity, const QString& aidCode,
                                                               const QString& agent, const QString& spi)
{
    const auto kek = m_kek;
    const Clock& clock = m_clock;
    return m_db->run<QString>(
        [kek, identity, aidCode, agent, spi, &clock](QSqlDatabase& db) -> Result<QString, StoreError> {
            if (!kek)
                return noKey();
            const QString id = newId();
            const QDateTime now = clock.nowUtc();
            const SecureKey dek = SecureKey::random();
            QJsonObject identityObject = identityToJson(identity);
            if (!spi.isEmpty())
                identityObject.insert(QStringLiteral("spi"), spi);
            QByteArray identityJson = json(identityObject);
            const QByteArray sealedIdentity = Aead::seal(dek, identityJson, Aead::fieldAd(id, Table, "identity"));
            wipe(identityJson);
            const QList<QByteArray> tokens = indexTokens(*kek, identity);
            auto tx = Database::transaction(db, [&]() -> Result<void, StoreError> {
                QSqlQuery q(db);
                q.prepare(QStringLiteral("INSERT INTO dossiers (id, status, aid_code, created_at, updated_at, "
                                         "last_activity_at, wrapped_dek, identity) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
                q.addBindValue(id);
                q.addBindValue(DossierText::statusKey(DossierStatus::Brouillon));
                q.addBindValue(aidCode.isEmpty() ? QVariant() : QVariant(aidCode));
                q.addBindValue(iso(now));
                q.addBindValue(iso(now));
                q.addBindValue(iso(now));
                q.addBindValue(Aead::wrapKey(*kek, dek, dekAd(id)));
                q.addBindValue(sealedIdentity);
                if (!q.exec())
                    return queryError(q, QStringLiteral("insert dossier"));
                QSqlQuery t(db);
                t.prepare(QStringLiteral("INSERT INTO blind_index (dossier_id, token) VALUES (?, ?)"));
                for (const QByteArray& token : tokens) {
                    t.addBindValue(id);
                    t.addBindValue(token);
                    if (!t.exec())
                        return queryError(t, QStringLiteral("insert blind index"));
                }
                return journal(db, clock, agent, QStringLiteral("create"), id, {}, 0, {}, aidCode);
            });
            if (!tx)
                return tx.error();
            return id;
        });
}

QFuture<Result<void, StoreError>> DossierRepository::saveSources(const QString& id, const QList<StoredSource>& sources,
                                                                 const QString& agent)
{
    const auto kek = m_kek;
    const Clock& clock = m_clock;
    return m_db->run<void>([kek, id, sources, agent, &clock](QSqlDatabase& db) -> Result<void, StoreError> {
        auto dek = dekForChange(db, kek, id);
        if (!dek)
            return dek.error();
        const QDateTime now = clock.nowUtc();
        return Database::transaction(db, [&]() -> Result<void, StoreError> {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("INSERT OR REPLACE INTO dossier_sources (dossier_id, source, fetched_at, payload) "
                                     "VALUES (?, ?, ?, ?)"));
            for (const StoredSource& s : sources) {
                QByteArray plain = json(s.json);
                q.addBindValue(id);
                q.addBindValue(s.source);
                q.addBindValue(iso(s.fetchedAt.isValid() ? s.fetchedAt : now));
                q.addBindValue(Aead::seal(dek.value(), plain, sourceAd(id, s.source)));
                wipe(plain);
                if (!q.exec())
                    return queryError(q, QStringLiteral("save source"));
                // The journal keeps where the data came from, never the data.
                const QJsonObject error = s.json.value(QStringLiteral("error")).toObject();
                const QJsonObject provenance = s.json.value(QStringLiteral("provenance")).toObject();
                const int status = error.isEmpty() ? 200 : error.value(QStringLiteral("http_status")).toInt();
                const QString requestId = error.isEmpty() ? provenance.value(QStringLiteral("request_id")).toString()
                                                          : error.value(QStringLiteral("request_id")).toString();
                auto j = journal(db, clock, agent, QStringLiteral("fetch"), id,
                                 s.json.value(QStringLiteral("endpoint")).toString(), status, requestId,
                                 error.value(QStringLiteral("kind")).toString());
                if (!j)
                    return j;
            }
            QSqlQuery u(db);
            u.prepare(QStringLiteral("UPDATE dossiers SET status = CASE WHEN status = 'brouillon' THEN "
                                     "'en_instruction' ELSE status END WHERE id = ?"));
            u.addBindValue(id);
            if (!u.exec())
                return queryError(u, QStringLiteral("update status"));
            return touch(db, id, now);
        });
    });
}

namespace {

// The figures the agent types; a member left empty is not written.
struct FiguresUpdate
{
    std::optional<QByteArray> budget;     // clear JSON, wiped after sealing
    std::optional<QByteArray> notes;      // clear UTF-8
    std::optional<QJsonObject> household; // an empty object clears the column ("nothing typed")
};

// Seals and writes the given figures of one dossier in one transaction with one journal entry, and
// moves a draft to "en instruction". Shared by saveBudget, saveHousehold and saveFigures.
Result<void, StoreError> writeFigures(QSqlDatabase& db, const std::shared_ptr<const SecureKey>& kek, const Clock& clock,
                                      const QString& id, const QString& agent, FiguresUpdate update,
                                      const QString& journalDetail)
{
    auto dek = dekForChange(db, kek, id);
    if (!dek)
        return dek.error();
    QStringList sets;
    QVariantList values;
    const auto sealInto = [&](const char* column, QByteArray& plain) {
        sets << QStringLiteral("%1 = ?").arg(QLatin1String(column));
        values << Aead::seal(dek.value(), plain, Aead::fieldAd(id, Table, column));
        wipe(plain);
    };
    if (update.budget)
        sealInto("budget", *update.budget);
    if (update.notes)
        sealInto("notes", *update.notes);
    if (update.household) {
        if (update.household->isEmpty()) {
            sets << QStringLiteral("household = ?");
            values << QVariant(QMetaType(QMetaType::QByteArray));
        } else {
            QByteArray plain = json(*update.household);
            sealInto("household", plain);
        }
    }
    return Database::transaction(db, [&]() -> Result<void, StoreError> {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE dossiers SET %1, status = CASE WHEN status = 'brouillon' THEN "
                                 "'en_instruction' ELSE status END WHERE id = ?")
                      .arg(sets.join(QStringLiteral(", "))));
        for (const QVariant& v : values)
            q.addBindValue(v);
        q.addBindValue(id);
        if (!q.exec())
            return queryError(q, QStringLiteral("save figures"));
        auto j = journal(db, clock, agent, QStringLiteral("edit"), id, {}, 0, {}, journalDetail);
        if (!j)
            return j;
        return touch(db, id, clock.nowUtc());
    });
}

} // namespace

QFuture<Result<void, StoreError>> DossierRepository::saveBudget(const QString& id, const QList<BudgetLine>& resources,
                                                                const QList<BudgetLine>& charges, const QString& notes,
                                                                const QString& agent)
{
    const auto kek = m_kek;
    const Clock& clock = m_clock;
    return m_db->run<void>(
        [kek, id, resources, charges, notes, agent, &clock](QSqlDatabase& db) -> Result<void, StoreError> {
            FiguresUpdate update;
            update.budget = json(budgetJson(resources, charges));
            update.notes = notes.toUtf8();
            return writeFigures(db, kek, clock, id, agent, std::move(update), QString());
        });
}

QFuture<Result<void, StoreError>> DossierRepository::saveHousehold(const QString& id, const QJsonObject& entry,
                                                                   const QString& agent)
{
    const auto kek = m_kek;
    const Clock& clock = m_clock;
    return m_db->run<void>([kek, id, entry, agent, &clock](QSqlDatabase& db) -> Result<void, StoreError> {
        FiguresUpdate update;
        update.household = entry;
        return writeFigures(db, kek, clock, id, agent, std::move(update), QStringLiteral("household"));
    });
}

QFuture<Result<void, StoreError>> DossierRepository::saveFigures(const QString& id, const QList<BudgetLine>& resources,
                                                                 const QList<BudgetLine>& charges, const QString& notes,
                                                                 const QJsonObject& entry, const QString& agent)
{
    const auto kek = m_kek;
    const Clock& clock = m_clock;
    return m_db->run<void>(
        [kek, id, resources, charges, notes, entry, agent, &clock](QSqlDatabase& db) -> Result<void, StoreError> {
            FiguresUpdate update;
            update.budget = json(budgetJson(resources, charges));
            update.notes = notes.toUtf8();
            update.household = entry;
            return writeFigures(db, kek, clock, id, agent, std::move(update), QStringLiteral("budget,household"));
        });
}

QFuture<Result<QList<AideRecue>, StoreError>> DossierRepository::grantedAids(const QString& id)
{
    const auto kek = m_kek;
    return m_db->run<QList<AideRecue>>([kek, id](QSqlDatabase& db) -> Result<QList<AideRecue>, StoreError> {
        if (!kek)
            return noKey();
        auto row = loadRow(db, id);
        if (!row)
            return row.error();
        auto dek = dekOf(*kek, row.value());
        if (!dek)
            return dek.error();
        auto identity = openIdentity(dek.value(), row.value());
        if (!identity)
            return identity.error();
        const Identity& self = identity.value();

        // The same person: the same birth name, first names and birth date. The blind index narrows
        // the candidates (every token of ours, usage names aside); the identities are then compared
        // exactly after normalisation (accents, case, hyphens), unknown date parts included.
        const BlindIndex index(*kek);
        QList<QByteArray> tokens = index.nameTokens(self.nomNaissance);
        for (const QString& p : self.prenoms)
            tokens << index.nameTokens(p);
        tokens << index.dateTokens(self.anneeNaissance, self.moisNaissance, self.jourNaissance);
        std::sort(tokens.begin(), tokens.end());
        tokens.erase(std::unique(tokens.begin(), tokens.end()), tokens.end());
        if (BlindIndex::normalisedTokens(self.nomNaissance).isEmpty())
            return QList<AideRecue>(); // no usable name: nobody can be recognised as the same person
        auto key = [](const Identity& i) {
            return QStringList{
                BlindIndex::normalisedTokens(i.nomNaissance).join(QLatin1Char(' ')),
                BlindIndex::normalisedTokens(i.prenoms.join(QLatin1Char(' '))).join(QLatin1Char(' ')),
                QStringLiteral("%1-%2-%3").arg(i.anneeNaissance).arg(i.moisNaissance).arg(i.jourNaissance)};
        };
        const QStringList selfKey = key(self);

        QStringList marks;
        for (int i = 0; i < tokens.size(); ++i)
            marks << QStringLiteral("?");
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT %1 FROM dossiers WHERE wrapped_dek IS NOT NULL AND outcome = 'accorde' "
                                 "AND id <> ? AND id IN (SELECT dossier_id FROM blind_index WHERE token IN (%2) "
                                 "GROUP BY dossier_id HAVING COUNT(DISTINCT token) = %3) ORDER BY decided_at, id")
                      .arg(QLatin1String(RowColumns), marks.join(QLatin1Char(',')))
                      .arg(tokens.size()));
        q.addBindValue(id);
        for (const QByteArray& t : tokens)
            q.addBindValue(t);
        if (!q.exec())
            return queryError(q, QStringLiteral("granted aids"));
        QList<AideRecue> out;
        while (q.next()) {
            const Row r = readRow(q);
            auto otherDek = dekOf(*kek, r);
            if (!otherDek)
                return otherDek.error();
            auto other = openIdentity(otherDek.value(), r);
            if (!other)
                return other.error();
            if (key(other.value()) != selfKey)
                continue;
            out << AideRecue{r.aidCode, r.decidedAt.isValid() ? r.decidedAt.toLocalTime().date() : QDate(),
                             r.amountCents};
        }
        return out;
    });
}

QFuture<Result<void, StoreError>> DossierRepository::journalSummary(const QString& id, const QString& agent, bool pdf,
                                                                    bool pseudonymised)
{
    const auto kek = m_kek;
    const Clock& clock = m_clock;
    return m_db->run<void>([kek, id, agent, pdf, pseudonymised, &clock](QSqlDatabase& db) -> Result<void, StoreError> {
        if (!kek)
            return noKey();
        auto row = loadRow(db, id);
        if (!row)
            return row.error();
        // Where it went and in which form; never what it showed.
        QString detail = pdf ? QStringLiteral("pdf") : QStringLiteral("printer");
        if (pseudonymised)
            detail += QStringLiteral(",pseudonymised");
        return journal(db, clock, agent, QString(JournalAction::Print), id, {}, 0, {}, detail);
    });
}

QFuture<Result<Dossier, StoreError>> DossierRepository::get(const QString& id, const QString& agent, bool journalView)
{
    const auto kek = m_kek;
    const Clock& clock = m_clock;
    return m_db->run<Dossier>([kek, id, agent, journalView, &clock](QSqlDatabase& db) -> Result<Dossier, StoreError> {
        if (!kek)
            return noKey();
        auto row = loadRow(db, id);
        if (!row)
            return row.error();
        const Row& r = row.value();
        auto dek = dekOf(*kek, r);
        if (!dek)
            return dek.error();
        Dossier d;
        d.id = r.id;
        d.status = r.status;
        d.aidCode = r.aidCode;
        d.createdAt = r.createdAt;
        d.updatedAt = r.updatedAt;
        d.lastActivityAt = r.lastActivityAt;
        d.closedAt = r.closedAt;
        auto identityObject =
            openJson(dek.value(), r.identity, Aead::fieldAd(r.id, Table, "identity"), QStringLiteral("identity"));
        if (!identityObject)
            return identityObject.error();
        d.identity = identityFromJson(identityObject.value());
        d.spi = identityObject.value().value(QStringLiteral("spi")).toString();
        if (!r.decision.isEmpty()) {
            auto o =
                openJson(dek.value(), r.decision, Aead::fieldAd(id, Table, "decision"), QStringLiteral("decision"));
            if (!o)
                return o.error();
            Decision dec;
            dec.outcome = r.outcome.value_or(Outcome::SansSuite);
            dec.amountCents = r.amountCents;
            dec.motif = o.value().value(QStringLiteral("motif")).toString();
            dec.agent = o.value().value(QStringLiteral("agent")).toString();
            dec.decidedAt = r.decidedAt;
            d.decision = dec;
        }
        if (!r.budget.isEmpty()) {
            auto o = openJson(dek.value(), r.budget, Aead::fieldAd(id, Table, "budget"), QStringLiteral("budget"));
            if (!o)
                return o.error();
            d.resources = budgetLines(o.value().value(QStringLiteral("ressources")).toArray());
            d.charges = budgetLines(o.value().value(QStringLiteral("charges")).toArray());
        }
        if (!r.household.isEmpty()) {
            auto o =
                openJson(dek.value(), r.household, Aead::fieldAd(id, Table, "household"), QStringLiteral("household"));
            if (!o)
                return o.error();
            d.householdEntry = o.value();
        }
        if (!r.notes.isEmpty()) {
            auto plain = Aead::open(dek.value(), r.notes, Aead::fieldAd(id, Table, "notes"));
            if (!plain)
                return tampered(QStringLiteral("notes"));
            d.notes = QString::fromUtf8(plain.value());
        }
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT source, fetched_at, payload FROM dossier_sources WHERE dossier_id = ? "
                                 "ORDER BY source"));
        q.addBindValue(id);
        if (!q.exec())
            return queryError(q, QStringLiteral("load sources"));
        while (q.next()) {
            const QString source = q.value(0).toString();
            auto o = openJson(dek.value(), q.value(2).toByteArray(), sourceAd(id, source), QStringLiteral("source"));
            if (!o)
                return o.error();
            d.sources << StoredSource{source, fromIso(q.value(1)), o.value()};
        }
        if (journalView) {
            auto j = journal(db, clock, agent, QStringLiteral("view"), id);
            if (!j)
                return j.error();
        }
        return d;
    });
}

QFuture<Result<QList<DossierSummary>, StoreError>>
DossierRepository::list(const QString& search, std::optional<DossierStatus> status, int limit)
{
    DossierQuery query;
    query.search = search;
    query.status = status;
    return listPage(query, std::nullopt, limit).then([](const Result<DossierPage, StoreError>& page) {
        return page ? Result<QList<DossierSummary>, StoreError>(page.value().rows)
                    : Result<QList<DossierSummary>, StoreError>(page.error());
    });
}

QFuture<Result<DossierPage, StoreError>>
DossierRepository::listPage(const DossierQuery& query, const std::optional<DossierCursor>& after, int limit)
{
    const auto kek = m_kek;
    return m_db->run<DossierPage>([kek, query, after, limit](QSqlDatabase& db) -> Result<DossierPage, StoreError> {
        if (!kek)
            return noKey();
        const ListFilter filter = listFilter(*kek, query);
        if (filter.matchesNothing)
            return DossierPage();
        const int pageSize = std::max(1, limit);
        // Keyset paging on the activity index (its entries end with the rowid): no OFFSET to walk, and
        // a row that moves meanwhile is never shown twice in one walk.
        QString sql = QStringLiteral("SELECT d.rowid, d.id, d.status, d.aid_code, d.outcome, d.amount_cents, "
                                     "d.created_at, d.last_activity_at, d.closed_at, d.wrapped_dek, d.identity "
                                     "FROM dossiers d WHERE ") +
                      filter.where;
        if (after)
            sql += QStringLiteral(" AND (d.last_activity_at, d.rowid) < (?, ?)");
        // One row more than asked tells whether another page follows.
        sql += QStringLiteral(" ORDER BY d.last_activity_at DESC, d.rowid DESC LIMIT %1").arg(pageSize + 1);
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(sql);
        for (const QVariant& v : filter.binds)
            q.addBindValue(v);
        if (after) {
            q.addBindValue(after->lastActivity);
            q.addBindValue(after->rowid);
        }
        if (!q.exec())
            return queryError(q, QStringLiteral("list dossiers"));
        DossierPage page;
        QString lastActivity;
        qint64 lastRowid = 0;
        while (q.next()) {
            if (page.rows.size() == pageSize) {
                page.next = DossierCursor{lastActivity, lastRowid};
                break;
            }
            lastRowid = q.value(0).toLongLong();
            lastActivity = q.value(7).toString();
            Row r;
            r.id = q.value(1).toString();
            r.wrappedDek = q.value(9).toByteArray();
            r.identity = q.value(10).toByteArray();
            DossierSummary s;
            s.id = r.id;
            s.status = DossierText::statusFromKey(q.value(2).toString()).value_or(DossierStatus::Brouillon);
            s.aidCode = q.value(3).toString();
            if (!q.value(4).isNull())
                s.outcome = DossierText::outcomeFromKey(q.value(4).toString());
            s.amountCents = q.value(5).toLongLong();
            s.createdAt = fromIso(q.value(6));
            s.lastActivityAt = fromIso(q.value(7));
            s.closedAt = fromIso(q.value(8));
            auto dek = dekOf(*kek, r);
            auto identity = dek ? openIdentity(dek.value(), r) : Result<Identity, StoreError>(dek.error());
            if (identity) {
                const Identity& id = identity.value();
                s.displayName = id.nomNaissance.toUpper() + QLatin1Char(' ') + id.prenoms.value(0);
                s.birthDate = PartialDate{id.anneeNaissance, id.moisNaissance, id.jourNaissance}.toDisplayString();
            } // else unreadable: shown as such, never as data
            page.rows << s;
        }
        return page;
    });
}

QFuture<Result<int, StoreError>> DossierRepository::count(const DossierQuery& query)
{
    const auto kek = m_kek;
    return m_db->run<int>([kek, query](QSqlDatabase& db) -> Result<int, StoreError> {
        if (!kek)
            return noKey();
        const ListFilter filter = listFilter(*kek, query);
        if (filter.matchesNothing)
            return 0;
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM dossiers d WHERE ") + filter.where);
        for (const QVariant& v : filter.binds)
            q.addBindValue(v);
        if (!q.exec() || !q.next())
            return queryError(q, QStringLiteral("count dossiers"));
        return q.value(0).toInt();
    });
}

QFuture<Result<QStringList, StoreError>> DossierRepository::aidCodes()
{
    return m_db->run<QStringList>([](QSqlDatabase& db) -> Result<QStringList, StoreError> {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT DISTINCT aid_code FROM dossiers WHERE wrapped_dek IS NOT NULL AND "
                                   "aid_code IS NOT NULL AND aid_code <> '' ORDER BY aid_code")))
            return queryError(q, QStringLiteral("list aid codes"));
        QStringList out;
        while (q.next())
            out << q.value(0).toString();
        return out;
    });
}

QFuture<Result<QStringList, StoreError>> DossierRepository::closedIds(const QDateTime& closedBefore)
{
    return m_db->run<QStringList>([closedBefore](QSqlDatabase& db) -> Result<QStringList, StoreError> {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        QString sql = QStringLiteral("SELECT id FROM dossiers WHERE wrapped_dek IS NOT NULL AND status = 'clos'");
        if (closedBefore.isValid())
            sql += QStringLiteral(" AND closed_at < ?");
        q.prepare(sql + QStringLiteral(" ORDER BY closed_at, id"));
        if (closedBefore.isValid())
            q.addBindValue(iso(closedBefore));
        if (!q.exec())
            return queryError(q, QStringLiteral("list closed dossiers"));
        QStringList out;
        while (q.next())
            out << q.value(0).toString();
        return out;
    });
}

QFuture<Result<QMap<QString, DossierStatus>, StoreError>> DossierRepository::statuses(const QStringList& ids)
{
    return m_db->run<QMap<QString, DossierStatus>>(
        [ids](QSqlDatabase& db) -> Result<QMap<QString, DossierStatus>, StoreError> {
            QMap<QString, DossierStatus> out;
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT status FROM dossiers WHERE id = ? AND wrapped_dek IS NOT NULL"));
            for (const QString& id : ids) {
                q.addBindValue(id);
                if (!q.exec())
                    return queryError(q, QStringLiteral("dossier status"));
                if (q.next()) {
                    if (const auto st = DossierText::statusFromKey(q.value(0).toString()))
                        out.insert(id, *st);
                }
                q.finish();
            }
            return out;
        });
}

QFuture<Result<void, StoreError>> DossierRepository::journalExport(const QStringList& ids, const QString& agent,
                                                                   const QString& detail)
{
    const Clock& clock = m_clock;
    return m_db->run<void>([ids, agent, detail, &clock](QSqlDatabase& db) -> Result<void, StoreError> {
        return Database::transaction(db, [&]() -> Result<void, StoreError> {
            for (const QString& id : ids) {
                auto j = journal(db, clock, agent, QString(JournalAction::Export), id, {}, 0, {}, detail);
                if (!j)
                    return j;
            }
            return {};
        });
    });
}

QFuture<Result<void, StoreError>> DossierRepository::decide(const QString& id, const Decision& decision)
{
    const auto kek = m_kek;
    const Clock& clock = m_clock;
    return m_db->run<void>([kek, id, decision, &clock](QSqlDatabase& db) -> Result<void, StoreError> {
        if (decision.amountCents < 0 || (decision.outcome != Outcome::Accorde && decision.amountCents != 0))
            return StoreError::make(StoreError::Kind::Invalid, QStringLiteral("amount only for a granted aid"));
        auto dek = dekForChange(db, kek, id);
        if (!dek)
            return dek.error();
        const QDateTime now = clock.nowUtc();
        QByteArray plain =
            json(QJsonObject{{QStringLiteral("motif"), decision.motif}, {QStringLiteral("agent"), decision.agent}});
        const QByteArray sealed = Aead::seal(dek.value(), plain, Aead::fieldAd(id, Table, "decision"));
        wipe(plain);
        return Database::transaction(db, [&]() -> Result<void, StoreError> {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("UPDATE dossiers SET status = 'decide', outcome = ?, amount_cents = ?, "
                                     "decided_at = ?, decision = ?, aid_code = COALESCE(?, aid_code) WHERE id = ?"));
            q.addBindValue(DossierText::outcomeKey(decision.outcome));
            q.addBindValue(decision.amountCents);
            q.addBindValue(iso(now));
            q.addBindValue(sealed);
            q.addBindValue(decision.aidCode.isEmpty() ? QVariant() : QVariant(decision.aidCode));
            q.addBindValue(id);
            if (!q.exec())
                return queryError(q, QStringLiteral("decide"));
            auto j = journal(db, clock, decision.agent, QStringLiteral("decide"), id, {}, 0, {},
                             DossierText::outcomeKey(decision.outcome));
            if (!j)
                return j;
            return touch(db, id, now);
        });
    });
}

QFuture<Result<void, StoreError>> DossierRepository::close(const QString& id, const QString& agent,
                                                           const QByteArray& summaryPdf)
{
    const auto kek = m_kek;
    const Clock& clock = m_clock;
    return m_db->run<void>([kek, id, agent, summaryPdf, &clock](QSqlDatabase& db) -> Result<void, StoreError> {
        if (!kek)
            return noKey();
        auto row = loadRow(db, id);
        if (!row)
            return row.error();
        if (row.value().status != DossierStatus::Decide)
            return StoreError::make(StoreError::Kind::Invalid, QStringLiteral("only a decided dossier can be closed"));
        QByteArray sealedSummary;
        if (!summaryPdf.isEmpty()) {
            auto dek = dekOf(*kek, row.value());
            if (!dek)
                return dek.error();
            sealedSummary = Aead::seal(dek.value(), summaryPdf, Aead::fieldAd(id, DocumentsTable, "summary"));
        }
        const QDateTime now = clock.nowUtc();
        return Database::transaction(db, [&]() -> Result<void, StoreError> {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("UPDATE dossiers SET status = 'clos', closed_at = ? WHERE id = ?"));
            q.addBindValue(iso(now));
            q.addBindValue(id);
            if (!q.exec())
                return queryError(q, QStringLiteral("close"));
            if (!sealedSummary.isEmpty()) {
                QSqlQuery d(db);
                d.prepare(QStringLiteral("INSERT OR REPLACE INTO dossier_documents (dossier_id, kind, created_at, "
                                         "payload) VALUES (?, 'summary', ?, ?)"));
                d.addBindValue(id);
                d.addBindValue(iso(now));
                d.addBindValue(sealedSummary);
                if (!d.exec())
                    return queryError(d, QStringLiteral("closing summary"));
            }
            auto j = journal(db, clock, agent, QStringLiteral("close"), id, {}, 0, {},
                             sealedSummary.isEmpty() ? QString() : QStringLiteral("summary frozen"));
            if (!j)
                return j;
            return touch(db, id, now);
        });
    });
}

QFuture<Result<QByteArray, StoreError>> DossierRepository::closingSummary(const QString& id)
{
    const auto kek = m_kek;
    return m_db->run<QByteArray>([kek, id](QSqlDatabase& db) -> Result<QByteArray, StoreError> {
        if (!kek)
            return noKey();
        auto row = loadRow(db, id);
        if (!row)
            return row.error();
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT payload FROM dossier_documents WHERE dossier_id = ? AND kind = 'summary'"));
        q.addBindValue(id);
        if (!q.exec())
            return queryError(q, QStringLiteral("closing summary"));
        if (!q.next())
            return QByteArray();
        auto dek = dekOf(*kek, row.value());
        if (!dek)
            return dek.error();
        auto plain = Aead::open(dek.value(), q.value(0).toByteArray(), Aead::fieldAd(id, DocumentsTable, "summary"));
        if (!plain)
            return tampered(QStringLiteral("closing summary"));
        return plain.value();
    });
}

QFuture<Result<int, StoreError>> DossierRepository::importDossiers(const QList<Dossier>& dossiers, const QString& agent)
{
    const auto kek = m_kek;
    const Clock& clock = m_clock;
    return m_db->run<int>([kek, dossiers, agent, &clock](QSqlDatabase& db) -> Result<int, StoreError> {
        if (!kek)
            return noKey();
        const QDateTime now = clock.nowUtc();
        auto tx = Database::transaction(db, [&]() -> Result<void, StoreError> {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("INSERT INTO dossiers (id, status, aid_code, outcome, amount_cents, created_at, "
                                     "updated_at, last_activity_at, decided_at, closed_at, wrapped_dek, identity, "
                                     "decision) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            QSqlQuery t(db);
            t.prepare(QStringLiteral("INSERT INTO blind_index (dossier_id, token) VALUES (?, ?)"));
            for (const Dossier& d : dossiers) {
                const QString id = d.id.isEmpty() ? newId() : d.id;
                const SecureKey dek = SecureKey::random();
                QByteArray identityJson = json(identityToJson(d.identity));
                q.addBindValue(id);
                q.addBindValue(DossierText::statusKey(d.status));
                q.addBindValue(d.aidCode.isEmpty() ? QVariant() : QVariant(d.aidCode));
                q.addBindValue(d.decision ? QVariant(DossierText::outcomeKey(d.decision->outcome)) : QVariant());
                q.addBindValue(d.decision ? QVariant(d.decision->amountCents) : QVariant());
                q.addBindValue(iso(d.createdAt.isValid() ? d.createdAt : now));
                q.addBindValue(iso(d.updatedAt.isValid() ? d.updatedAt : now));
                q.addBindValue(iso(d.lastActivityAt.isValid() ? d.lastActivityAt : now));
                q.addBindValue(d.decision && d.decision->decidedAt.isValid() ? QVariant(iso(d.decision->decidedAt))
                                                                             : QVariant());
                q.addBindValue(d.closedAt.isValid() ? QVariant(iso(d.closedAt)) : QVariant());
                q.addBindValue(Aead::wrapKey(*kek, dek, dekAd(id)));
                q.addBindValue(Aead::seal(dek, identityJson, Aead::fieldAd(id, Table, "identity")));
                wipe(identityJson);
                if (d.decision) {
                    QByteArray plain = json(QJsonObject{{QStringLiteral("motif"), d.decision->motif},
                                                        {QStringLiteral("agent"), d.decision->agent}});
                    q.addBindValue(Aead::seal(dek, plain, Aead::fieldAd(id, Table, "decision")));
                    wipe(plain);
                } else {
                    q.addBindValue(QVariant(QMetaType(QMetaType::QByteArray)));
                }
                if (!q.exec())
                    return queryError(q, QStringLiteral("import dossier"));
                for (const QByteArray& token : indexTokens(*kek, d.identity)) {
                    t.addBindValue(id);
                    t.addBindValue(token);
                    if (!t.exec())
                        return queryError(t, QStringLiteral("import blind index"));
                }
            }
            return journal(db, clock, agent, QStringLiteral("import"), {}, {}, 0, {},
                           QStringLiteral("%1 dossier(s)").arg(dossiers.size()));
        });
        if (!tx)
            return tx.error();
        return int(dossiers.size());
    });
}

} // namespace ccas
