#include "store/StoreError.h"

namespace ccas {

QString StoreError::userMessage() const
{
    return StoreErrorText::message(*this);
}

int StoreError::exitCode() const
{
    switch (kind) {
    case Kind::Io:
    case Kind::DiskFull:
    case Kind::Corrupt:
    case Kind::Locked:
    case Kind::NewerSchema:
    case Kind::KeyUnavailable:
    case Kind::Tampered:
        return 8;
    case Kind::NotFound:
        return 3;
    case Kind::Invalid:
        return 2;
    case Kind::Internal:
        return 1;
    }
    return 1;
}

QString StoreErrorText::message(const StoreError& e)
{
    switch (e.kind) {
    case StoreError::Kind::Io:
        return tr("The database of this profile could not be read or written. Check that the disk is reachable "
                  "and that you may write in the profile folder, then try again.");
    case StoreError::Kind::DiskFull:
        return tr("The disk is full: nothing was saved. Free some space, then try again. "
                  "The existing data are intact.");
    case StoreError::Kind::Corrupt:
        return tr("The database of this profile is damaged or is not a Guichet CCAS database. Nothing was changed. "
                  "Do not delete it: ask your administrator to restore it from a backup.");
    case StoreError::Kind::Locked:
        return tr("Another Guichet CCAS is using this profile (on this computer or in another session). "
                  "Close it, then try again.");
    case StoreError::Kind::NewerSchema:
        return tr("This database was written by a newer version of Guichet CCAS. Nothing was changed. "
                  "Update the application to open it.");
    case StoreError::Kind::NotFound:
        return tr("This dossier or entry does not exist (it may have been purged at the end of its retention "
                  "period).");
    case StoreError::Kind::Invalid:
        return tr("This change is not allowed (a value or a change of status the application refuses). "
                  "Nothing was saved.");
    case StoreError::Kind::KeyUnavailable:
        return tr("The encryption key could not be obtained, neither from the system keychain nor with the "
                  "recovery passphrase, so nothing was opened. Unlock the keychain or enter the recovery "
                  "passphrase; if the problem persists, contact your administrator.");
    case StoreError::Kind::Tampered:
        return tr("A protected value or the access journal was modified outside the application. The altered "
                  "data will not be used. Report this to your administrator or data protection officer.");
    case StoreError::Kind::Internal:
        break;
    }
    return tr("An unexpected error stopped the operation. Try again; if it happens again, contact support "
              "with the application log.");
}

} // namespace ccas
