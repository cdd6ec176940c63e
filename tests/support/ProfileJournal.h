#pragma once

#include "store/Database.h"
#include "store/Journal.h"
#include "util/Clock.h"

#include <QString>
#include <QStringList>

namespace ccas::test {

// The journal of the profile in folder `dir`, opened through a database connection of its own (once
// the session that wrote it is closed); fails the test when the database cannot be opened.
struct ProfileJournal
{
    Database db;
    Journal journal;

    ProfileJournal(const QString& dir, const Clock& clock);
    // The action of every entry, in order; fails the test when the journal cannot be read.
    QStringList actions();
};

} // namespace ccas::test
