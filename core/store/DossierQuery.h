#pragma once

#include "domain/Dossier.h"

#include <QList>
#include <QString>

#include <optional>

namespace ccas {

// What the dossier list shows: every dossier whose key still exists, narrowed by a search over the
// blind index (every word of `search` must match a name or birth-date token), a status and an aid.
// Rows come newest activity first, in a stable order (last activity, then insertion order).
struct DossierQuery
{
    QString search;
    std::optional<DossierStatus> status;
    QString aidCode; // empty: any aid

    bool operator==(const DossierQuery& o) const
    {
        return search == o.search && status == o.status && aidCode == o.aidCode;
    }
    bool operator!=(const DossierQuery& o) const { return !(*this == o); }
};

// Where the next page starts (keyset paging): just after the row with this last activity and this
// SQLite rowid. Opaque to callers: take it from a DossierPage and hand it back.
struct DossierCursor
{
    QString lastActivity; // ISO text as stored
    qint64 rowid = 0;
};

// One page of the list: its rows (decrypted for display) and, when more rows follow, the cursor of
// the next page.
struct DossierPage
{
    QList<DossierSummary> rows;
    std::optional<DossierCursor> next;
};

} // namespace ccas
