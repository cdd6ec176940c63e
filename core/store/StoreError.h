#pragma once

#include <QCoreApplication>
#include <QString>

namespace ccas {

struct StoreError
{
    enum class Kind
    {
        Io,             // cannot read/write the profile or database file
        DiskFull,       // SQLITE_FULL or ENOSPC
        Corrupt,        // not a database, integrity check failed
        Locked,         // another process holds the database
        NewerSchema,    // written by a newer version: refuse, change nothing
        NotFound,       // no such dossier / entry
        Invalid,        // a state transition or value the store refuses
        KeyUnavailable, // no verified key: nothing personal can be read or written
        Tampered,       // a sealed value failed to open (moved, replayed, edited) or the journal chain broke
        Internal,
    };
    Kind kind = Kind::Internal;
    QString detail; // for the log: never personal data

    QString userMessage() const; // translated
    int exitCode() const;        // CLI: 8 for key/storage problems, 3 not found, 2 invalid, 1 otherwise
    static StoreError make(Kind kind, QString detail = {})
    {
        StoreError e;
        e.kind = kind;
        e.detail = std::move(detail);
        return e;
    }
};

class StoreErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ccas::StoreError)
public:
    static QString message(const StoreError& e);
};

} // namespace ccas
