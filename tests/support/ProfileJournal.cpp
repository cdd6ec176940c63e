#include "ProfileJournal.h"

#include "Futures.h"
#include "store/ProfileStore.h"

#include <catch2/catch.hpp>

namespace ccas::test {

ProfileJournal::ProfileJournal(const QString& dir, const Clock& clock)
    : journal(&db, clock)
{
    REQUIRE(await(db.open(Profile::databasePath(dir), false)).ok());
}

QStringList ProfileJournal::actions()
{
    const auto entries = await(journal.list({}, {}, 0));
    REQUIRE(entries.ok());
    QStringList actions;
    for (const JournalEntry& e : entries.value())
        actions << e.action;
    return actions;
}

} // namespace ccas::test
