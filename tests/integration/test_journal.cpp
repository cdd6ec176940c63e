// The access journal: append-only, hash-chained, no applicant data. Tampering is done the way an
// intruder would: editing the SQLite file with another connection while the application is closed.
#include "store/Database.h"
#include "store/Journal.h"
#include "util/Clock.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>
#include <QVariant>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

#include <atomic>
#include <memory>

using namespace ccas;

namespace {

template <typename T>
T await(QFuture<T> future)
{
    future.waitForFinished();
    return future.result();
}

std::string text(const StoreError& e)
{
    return e.detail.toStdString();
}

// A raw connection in the test thread, for tampering (tests only).
class Tamperer
{
public:
    explicit Tamperer(const QString& path)
        : m_name(QStringLiteral("test-journal-raw-%1").arg(++s_count))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_open = db.open();
    }
    ~Tamperer()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Tamperer(const Tamperer&) = delete;
    Tamperer& operator=(const Tamperer&) = delete;

    bool exec(const QString& sql, const QVariantList& values = {})
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        q.prepare(sql);
        for (const QVariant& v : values)
            q.addBindValue(v);
        const bool ok = m_open && q.exec();
        if (!ok)
            UNSCOPED_INFO(q.lastError().text().toStdString());
        return ok;
    }

private:
    static inline std::atomic<int> s_count{0};
    QString m_name;
    bool m_open = false;
};

JournalEntry entry(const QString& action, const QString& dossierId = {}, const QString& detail = {})
{
    JournalEntry e;
    e.agent = QStringLiteral("agent-07");
    e.action = action;
    e.dossierId = dossierId;
    e.detail = detail;
    if (action == QLatin1String("fetch")) {
        e.endpoint = QStringLiteral("/v3/dss/quotient_familial/identite");
        e.httpStatus = 200;
        e.requestId = QStringLiteral("5f0c2a9e-0000-4000-8000-00000000000%1").arg(dossierId.size() % 10);
    }
    return e;
}

// A profile database with a journal and a clock that moves only when told.
struct Rig
{
    Rig()
        : path(dir.filePath(QStringLiteral("profile.db")))
    {
        reopen();
    }
    void reopen()
    {
        journal.reset();
        db = std::make_unique<Database>();
        const auto opened = await(db->open(path, true));
        INFO((opened ? std::string() : text(opened.error())));
        REQUIRE(opened.ok());
        journal = std::make_unique<Journal>(db.get(), clock);
    }
    void closeDb()
    {
        journal.reset();
        db.reset();
    }
    JournalEntry append(const JournalEntry& e)
    {
        const auto r = await(journal->append(e));
        INFO((r ? std::string() : text(r.error())));
        REQUIRE(r.ok());
        return r.value();
    }
    JournalVerification verify()
    {
        const auto r = await(journal->verify());
        INFO((r ? std::string() : text(r.error())));
        REQUIRE(r.ok());
        return r.value();
    }
    QList<JournalEntry> all()
    {
        const auto r = await(journal->list(QDateTime(), QDateTime(), 0));
        REQUIRE(r.ok());
        return r.value();
    }
    QByteArray meta(const QString& key)
    {
        const auto r = await(db->run<QByteArray>([key](QSqlDatabase& c) -> Result<QByteArray, StoreError> {
            QSqlQuery q(c);
            q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
            q.addBindValue(key);
            if (!q.exec())
                return Database::errorFrom(q.lastError(), QStringLiteral("meta"));
            return q.next() ? q.value(0).toByteArray() : QByteArray();
        }));
        REQUIRE(r.ok());
        return r.value();
    }
    // Five entries, one second apart.
    void appendFive()
    {
        const char* actions[] = {"key_unlock", "fetch", "view", "print", "decide"};
        for (const char* action : actions) {
            append(entry(QString::fromLatin1(action), QStringLiteral("D-2026-000042")));
            clock.advanceMs(1000);
        }
    }
    // Runs `edit` on the closed database file, then reopens it.
    template <typename F>
    void tamper(F edit)
    {
        closeDb();
        {
            Tamperer t(path);
            edit(t);
        }
        reopen();
    }

    QTemporaryDir dir;
    QString path;
    ManualClock clock;
    std::unique_ptr<Database> db;
    std::unique_ptr<Journal> journal;
};

} // namespace

TEST_CASE("journal entries are numbered, dated by the clock and chained from a zero anchor", "[journal]")
{
    Rig rig;
    CHECK(rig.meta(QStringLiteral("journal_anchor")) == QByteArray(32, '\0'));
    CHECK(rig.verify().ok); // empty journal

    const QDateTime t0 = rig.clock.nowUtc();
    const JournalEntry first = rig.append(entry(QStringLiteral("fetch"), QStringLiteral("D-1")));
    rig.clock.advanceMs(1500);
    JournalEntry second = entry(QStringLiteral("view"), QStringLiteral("D-1"));
    second.seq = 99;                                                // ignored
    second.at = QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC); // ignored: the clock decides
    second.hash = QByteArray(32, 'x');                              // ignored
    second = rig.append(second);
    rig.clock.advanceMs(250);
    const JournalEntry third =
        rig.append(entry(QStringLiteral("print"), QStringLiteral("D-1"), QStringLiteral("full")));

    CHECK(first.seq == 1);
    CHECK(second.seq == 2);
    CHECK(third.seq == 3);
    CHECK(first.at == t0);
    CHECK(first.at.timeSpec() == Qt::UTC);
    CHECK(second.at == t0.addMSecs(1500));
    CHECK(third.at == t0.addMSecs(1750));
    CHECK(first.prevHash == QByteArray(32, '\0'));
    CHECK(second.prevHash == first.hash);
    CHECK(third.prevHash == second.hash);
    CHECK(first.hash.size() == 32);
    CHECK(Journal::entryHash(third) == third.hash);
    CHECK(rig.meta(QStringLiteral("journal_head")) == third.hash);

    const JournalVerification v = rig.verify();
    CHECK(v.ok);
    CHECK(v.checked == 3);
    CHECK(v.firstBadSeq == 0);
    CHECK(v.problem.isEmpty());

    const QList<JournalEntry> listed = rig.all();
    REQUIRE(listed.size() == 3);
    CHECK(listed[0].seq == 1);
    CHECK(listed[0].at == t0);
    CHECK(listed[0].agent == QLatin1String("agent-07"));
    CHECK(listed[0].action == QLatin1String("fetch"));
    CHECK(listed[0].dossierId == QLatin1String("D-1"));
    CHECK(listed[0].endpoint == QLatin1String("/v3/dss/quotient_familial/identite"));
    CHECK(listed[0].httpStatus == 200);
    CHECK(listed[0].requestId == first.requestId);
    CHECK(listed[0].hash == first.hash);
    CHECK(listed[2].detail == QLatin1String("full"));
    CHECK(listed[1].endpoint.isEmpty());
    CHECK(listed[1].httpStatus == 0);

    // The chain survives closing and reopening.
    rig.closeDb();
    rig.reopen();
    CHECK(rig.verify().ok);
    CHECK(rig.append(entry(QStringLiteral("close"), QStringLiteral("D-1"))).prevHash == third.hash);
}

TEST_CASE("journal list filters by time and keeps the most recent entries under a limit", "[journal]")
{
    Rig rig;
    const QDateTime t0 = rig.clock.nowUtc();
    for (int i = 0; i < 10; ++i) {
        rig.append(entry(QStringLiteral("view"), QStringLiteral("D-%1").arg(i)));
        rig.clock.advanceMs(60 * 1000);
    }
    const auto window = await(rig.journal->list(t0.addSecs(2 * 60), t0.addSecs(5 * 60), 0));
    REQUIRE(window.ok());
    REQUIRE(window.value().size() == 3); // minutes 2, 3, 4: from inclusive, to exclusive
    CHECK(window.value()[0].seq == 3);
    CHECK(window.value()[2].seq == 5);

    const auto limited = await(rig.journal->list(QDateTime(), QDateTime(), 4));
    REQUIRE(limited.ok());
    REQUIRE(limited.value().size() == 4);
    CHECK(limited.value()[0].seq == 7);
    CHECK(limited.value()[3].seq == 10);

    const auto from = await(rig.journal->list(t0.addSecs(8 * 60), QDateTime(), 0));
    REQUIRE(from.ok());
    CHECK(from.value().size() == 2);
}

TEST_CASE("journal refuses incomplete entries and never keeps a query string", "[journal]")
{
    Rig rig;
    const auto noAction = await(rig.journal->append(entry(QString())));
    REQUIRE_FALSE(noAction.ok());
    CHECK(noAction.error().kind == StoreError::Kind::Invalid);

    JournalEntry noAgent = entry(QStringLiteral("view"));
    noAgent.agent.clear();
    REQUIRE_FALSE(await(rig.journal->append(noAgent)).ok());

    const auto tooLong = await(rig.journal->append(
        entry(QStringLiteral("view"), QString(), QString(Journal::MaxDetailLength + 1, QLatin1Char('x')))));
    REQUIRE_FALSE(tooLong.ok());
    CHECK(tooLong.error().kind == StoreError::Kind::Invalid);

    JournalEntry withQuery = entry(QStringLiteral("fetch"), QStringLiteral("D-9"));
    withQuery.endpoint = QStringLiteral("/v3/dss/quotient_familial/identite?nomNaissance=MARTIN&prenoms[]=SAMUEL#x");
    const JournalEntry stored = rig.append(withQuery);
    CHECK(stored.endpoint == QLatin1String("/v3/dss/quotient_familial/identite"));
    const QList<JournalEntry> listed = rig.all();
    REQUIRE(listed.size() == 1); // the refused entries left nothing
    CHECK(listed[0].endpoint == QLatin1String("/v3/dss/quotient_familial/identite"));
    CHECK(listed[0].seq == 1);
    CHECK(rig.verify().ok);
}

TEST_CASE("journal verify detects entries edited, deleted or reordered outside the application", "[journal]")
{
    Rig rig;
    rig.appendFive();
    REQUIRE(rig.verify().ok);
    REQUIRE(rig.verify().checked == 5);

    SECTION("a field edited")
    {
        rig.tamper([](Tamperer& t) {
            REQUIRE(t.exec(QStringLiteral("UPDATE journal SET agent = 'agent-99' WHERE seq = 3")));
        });
        const auto v = rig.verify();
        CHECK_FALSE(v.ok);
        CHECK(v.firstBadSeq == 3);
        CHECK(v.checked == 2);
        CHECK_FALSE(v.problem.isEmpty());
    }
    SECTION("a date edited by its text only")
    {
        rig.tamper([](Tamperer& t) {
            REQUIRE(t.exec(QStringLiteral("UPDATE journal SET at = replace(at, '.000Z', 'Z') WHERE seq = 2")));
        });
        const auto v = rig.verify();
        CHECK_FALSE(v.ok);
        CHECK(v.firstBadSeq == 2);
    }
    SECTION("a field edited and its own hash recomputed")
    {
        JournalEntry forged = rig.all()[2];
        forged.dossierId = QStringLiteral("D-2026-000666");
        const QByteArray forgedHash = Journal::entryHash(forged);
        rig.tamper([&](Tamperer& t) {
            REQUIRE(t.exec(QStringLiteral("UPDATE journal SET dossier_id = ?, hash = ? WHERE seq = 3"),
                           {forged.dossierId, forgedHash}));
        });
        const auto v = rig.verify();
        CHECK_FALSE(v.ok);
        CHECK(v.firstBadSeq == 4); // the next entry no longer follows
    }
    SECTION("an entry deleted in the middle")
    {
        rig.tamper([](Tamperer& t) { REQUIRE(t.exec(QStringLiteral("DELETE FROM journal WHERE seq = 3"))); });
        const auto v = rig.verify();
        CHECK_FALSE(v.ok);
        CHECK(v.firstBadSeq == 4);
        CHECK(v.checked == 2);
    }
    SECTION("the last entry deleted")
    {
        rig.tamper([](Tamperer& t) { REQUIRE(t.exec(QStringLiteral("DELETE FROM journal WHERE seq = 5"))); });
        auto v = rig.verify();
        CHECK_FALSE(v.ok);
        CHECK(v.firstBadSeq == 5);
        CHECK(v.checked == 4);
        // Appending afterwards does not hide it.
        rig.append(entry(QStringLiteral("view")));
        v = rig.verify();
        CHECK_FALSE(v.ok);
        CHECK(v.firstBadSeq == 5);
    }
    SECTION("the first entry deleted")
    {
        rig.tamper([](Tamperer& t) { REQUIRE(t.exec(QStringLiteral("DELETE FROM journal WHERE seq = 1"))); });
        const auto v = rig.verify();
        CHECK_FALSE(v.ok);
        CHECK(v.firstBadSeq == 2);
    }
    SECTION("every entry deleted")
    {
        rig.tamper([](Tamperer& t) { REQUIRE(t.exec(QStringLiteral("DELETE FROM journal"))); });
        CHECK_FALSE(rig.verify().ok);
    }
    SECTION("two entries' contents swapped")
    {
        rig.tamper([](Tamperer& t) {
            const QString columns = QStringLiteral("at, agent, action, dossier_id, endpoint, http_status, request_id, "
                                                   "detail, prev_hash, hash");
            REQUIRE(t.exec(QStringLiteral("CREATE TEMP TABLE saved AS SELECT * FROM journal WHERE seq IN (2, 3)")));
            REQUIRE(t.exec(QStringLiteral("UPDATE journal SET (%1) = (SELECT %1 FROM saved WHERE saved.seq = 5 - "
                                          "journal.seq) WHERE seq IN (2, 3)")
                               .arg(columns)));
        });
        const auto listed = rig.all();
        REQUIRE(listed[1].action == QLatin1String("view")); // really swapped
        const auto v = rig.verify();
        CHECK_FALSE(v.ok);
        CHECK(v.firstBadSeq == 2);
    }
    SECTION("two entries renumbered (reordered)")
    {
        rig.tamper([](Tamperer& t) {
            REQUIRE(t.exec(QStringLiteral("UPDATE journal SET seq = 100 WHERE seq = 2")));
            REQUIRE(t.exec(QStringLiteral("UPDATE journal SET seq = 2 WHERE seq = 3")));
            REQUIRE(t.exec(QStringLiteral("UPDATE journal SET seq = 3 WHERE seq = 100")));
        });
        const auto v = rig.verify();
        CHECK_FALSE(v.ok);
        CHECK(v.firstBadSeq == 2);
    }
    SECTION("the head record deleted")
    {
        rig.tamper([](Tamperer& t) { REQUIRE(t.exec(QStringLiteral("DELETE FROM meta WHERE key = 'journal_head'"))); });
        // With entries but no head the last entry cannot be vouched for.
        CHECK_FALSE(rig.verify().ok);
    }
}

TEST_CASE("journal entries written inside a repository transaction share its fate", "[journal]")
{
    Rig rig;
    rig.append(entry(QStringLiteral("key_unlock")));
    const ManualClock& clock = rig.clock;

    const auto failed = await(rig.db->run<bool>([&clock](QSqlDatabase& c) -> Result<bool, StoreError> {
        const auto t = Database::transaction(c, [&]() -> Result<void, StoreError> {
            const auto j = Journal::appendInJob(c, entry(QStringLiteral("decide"), QStringLiteral("D-5")), clock);
            if (!j)
                return j.error();
            if (j.value().seq != 2)
                return StoreError::make(StoreError::Kind::Internal, QStringLiteral("unexpected seq"));
            return StoreError::make(StoreError::Kind::Invalid, QStringLiteral("the repository refuses"));
        });
        if (t)
            return true;
        return t.error();
    }));
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().kind == StoreError::Kind::Invalid);
    CHECK(rig.all().size() == 1);
    CHECK(rig.verify().ok); // the head was rolled back with the entry

    const auto committed = await(rig.db->run<qint64>([&clock](QSqlDatabase& c) -> Result<qint64, StoreError> {
        qint64 seq = 0;
        const auto t = Database::transaction(c, [&]() -> Result<void, StoreError> {
            const auto j = Journal::appendInJob(c, entry(QStringLiteral("decide"), QStringLiteral("D-5")), clock);
            if (!j)
                return j.error();
            seq = j.value().seq;
            return {};
        });
        if (!t)
            return t.error();
        return seq;
    }));
    REQUIRE(committed.ok());
    CHECK(committed.value() == 2);

    // Outside any transaction, appendInJob is atomic by itself.
    const auto alone = await(rig.db->run<JournalEntry>([&clock](QSqlDatabase& c) {
        return Journal::appendInJob(c, entry(QStringLiteral("close"), QStringLiteral("D-5")), clock);
    }));
    REQUIRE(alone.ok());
    CHECK(alone.value().seq == 3);
    const auto v = rig.verify();
    CHECK(v.ok);
    CHECK(v.checked == 3);
}

TEST_CASE("journal purge removes old entries, moves the anchor and journals itself", "[journal]")
{
    Rig rig;
    const QDateTime t0 = rig.clock.nowUtc();
    for (int day = 0; day < 10; ++day) {
        rig.append(entry(QStringLiteral("view"), QStringLiteral("D-%1").arg(day)));
        rig.clock.advanceMs(24LL * 3600 * 1000);
    }
    const QList<JournalEntry> before = rig.all();
    REQUIRE(before.size() == 10);

    const QDateTime cutoff = t0.addDays(5); // entries of days 0..4 are older
    const auto purged = await(rig.journal->purgeOlderThan(cutoff, QStringLiteral("agent-07")));
    INFO((purged ? std::string() : text(purged.error())));
    REQUIRE(purged.ok());
    CHECK(purged.value() == 5);

    const QList<JournalEntry> after = rig.all();
    REQUIRE(after.size() == 6);
    CHECK(after.first().seq == 6);
    const JournalEntry& purgeEntry = after.last();
    CHECK(purgeEntry.seq == 11);
    CHECK(purgeEntry.action == QLatin1String("journal_purge"));
    CHECK(purgeEntry.agent == QLatin1String("agent-07"));
    CHECK(purgeEntry.detail == QStringLiteral("5 entries before %1").arg(cutoff.toString(Qt::ISODate)));
    CHECK(purgeEntry.at == rig.clock.nowUtc());
    CHECK(rig.meta(QStringLiteral("journal_anchor")) == before[4].hash);
    CHECK(rig.meta(QStringLiteral("journal_anchor_seq")) == "5");

    auto v = rig.verify();
    CHECK(v.ok);
    CHECK(v.checked == 6);

    // Nothing more to purge: nothing written.
    const auto again = await(rig.journal->purgeOlderThan(cutoff));
    REQUIRE(again.ok());
    CHECK(again.value() == 0);
    CHECK(rig.all().size() == 6);

    // Deleting the oldest remaining entry is still detected against the moved anchor.
    SECTION("tampering after a purge")
    {
        rig.tamper([](Tamperer& t) { REQUIRE(t.exec(QStringLiteral("DELETE FROM journal WHERE seq = 6"))); });
        v = rig.verify();
        CHECK_FALSE(v.ok);
        CHECK(v.firstBadSeq == 7);
    }
    SECTION("purging everything")
    {
        const auto everything = await(rig.journal->purgeOlderThan(rig.clock.nowUtc().addDays(1)));
        REQUIRE(everything.ok());
        CHECK(everything.value() == 6);
        const auto remaining = rig.all();
        REQUIRE(remaining.size() == 1);
        CHECK(remaining[0].action == QLatin1String("journal_purge"));
        CHECK(remaining[0].agent == QLatin1String("system"));
        CHECK(remaining[0].seq == 12);
        CHECK(rig.verify().ok);
    }
    SECTION("an invalid cutoff is refused")
    {
        const auto invalid = await(rig.journal->purgeOlderThan(QDateTime()));
        REQUIRE_FALSE(invalid.ok());
        CHECK(invalid.error().kind == StoreError::Kind::Invalid);
    }
}

TEST_CASE("journal purge keeps an old entry written after a newer one (clock moved back)", "[journal]")
{
    Rig rig;
    const QDateTime t0 = rig.clock.nowUtc();
    rig.append(entry(QStringLiteral("view"))); // day 0
    rig.clock.advanceMs(3LL * 24 * 3600 * 1000);
    rig.append(entry(QStringLiteral("view"))); // day 3
    rig.clock.advanceMs(-2LL * 24 * 3600 * 1000);
    rig.append(entry(QStringLiteral("view"))); // day 1, after day 3
    const auto purged = await(rig.journal->purgeOlderThan(t0.addDays(2)));
    REQUIRE(purged.ok());
    CHECK(purged.value() == 1); // only the leading run; the chain stays whole
    CHECK(rig.verify().ok);
    CHECK(rig.all().size() == 3); // seq 2, 3 and the purge entry
}
