#pragma once

#include "store/Journal.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFuture>
#include <QList>
#include <QString>
#include <QStringList>

namespace ccas {

class Clock;
class Database;

// What the journal viewer asks for. Empty strings and invalid dates mean "any".
struct JournalFilter
{
    QDateTime from;    // from <= at
    QDateTime to;      // at < to
    QString action;    // exact
    QString agent;     // exact
    QString dossierId; // exact (opaque id)
    int limit = 0;     // > 0: the most recent `limit` matching entries
};

// The distinct agents and actions found in the journal (for the viewer's filters).
struct JournalFacets
{
    QStringList agents;
    QStringList actions;
    qint64 entries = 0;
};

// The outcome of a CSV export. `fileError` (translated, names the file) is set when the file could
// not be written: nothing was written or journaled then.
struct JournalExport
{
    qint64 entries = 0;
    QString fileError;
};

// Reading the access journal for the administration window: filtered listing, filter values and
// the CSV export. The journal holds no applicant data by design (Journal.h); the export still blanks
// any long run of digits in the endpoint and detail columns (a tax number or a NIR could only get
// there through a programming error), so that the file never carries one. Runs on the DB thread.
class JournalQuery final
{
    Q_DECLARE_TR_FUNCTIONS(ccas::JournalQuery)
public:
    JournalQuery(Database* db, const Clock& clock);

    // Matching entries in chronological (seq) order.
    QFuture<Result<QList<JournalEntry>, StoreError>> list(const JournalFilter& filter);
    QFuture<Result<JournalFacets, StoreError>> facets();

    // Writes the matching entries (filter.limit applies) to `path` as CSV (see csv()), atomically
    // (QSaveFile: the file appears complete or not at all), and journals the export by `agent`
    // (action "export", detail "journal csv N entries") in the same step: if the entry cannot be
    // written the file is not committed.
    QFuture<Result<JournalExport, StoreError>> exportCsv(const JournalFilter& filter, const QString& path,
                                                         const QString& agent);

    // The CSV text: UTF-8 with a byte order mark, ';' separated (what French spreadsheets expect),
    // CRLF line ends, a header line, RFC 4180 quoting; a cell that a spreadsheet would take as a
    // formula (= + - @) is prefixed with an apostrophe.
    // Columns: seq, at (UTC), agent, action, dossier_id, endpoint, http_status, request_id, detail, hash.
    static QByteArray csv(const QList<JournalEntry>& entries);
    // A digit run of 9 or more in a free-text column replaced by "[…]".
    static QString scrubbed(const QString& text);

private:
    Database* m_db;
    const Clock& m_clock;
};

} // namespace ccas
