#pragma once

#include "archive/ArchivePolicy.h"
#include "eligibility/Reglement.h"
#include "report/EligibilitySummary.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFuture>
#include <QString>
#include <QStringList>

#include <memory>

class QThreadPool;

namespace ccas {

class DossierRepository;
class Settings;

// What to export and with which identity and rules.
struct ArchiveJob
{
    QStringList dossierIds; // explicit closed dossiers, or
    bool allClosed = false; // every closed dossier,
    QDateTime closedBefore; // ... closed before this instant when valid
    QString outPath;        // the .zip to write (atomically)
    QString agent;          // journaled
    ArchivePolicy policy;
    CcasLetterhead letterhead;                  // the summaries' letterhead
    std::shared_ptr<const Reglement> reglement; // null: summaries without eligibility results
    int retentionMonths = 24;                   // printed in the summaries' legal mentions
};

struct ArchiveError
{
    enum class Kind
    {
        Invalid,  // bad request or settings (CLI exit 2)
        NotFound, // unknown dossier, nothing to export (3)
        Storage,  // the database or the key (8)
        Write,    // the package could not be written (1)
        Canceled, // stopped by the agent; nothing was written
    };
    Kind kind = Kind::Write;
    QString message; // translated; never personal data
};

struct ArchiveReport
{
    QString path;
    QString messageIdentifier;
    QStringList dossierIds; // in package order
    qint64 bytes = 0;
    int sampled = 0; // granted files drawn into the sample (FinalAction Keep)
};

// Exports closed dossiers as one SEDA 2.3 ArchiveTransfer zip (manifest.xml + content/<dossier>/...):
// per dossier the eligibility summary (PDF/A-1b), the decision (JSON) and a snapshot of the data
// obtained from the administrations with their provenance (JSON). The work runs off the calling thread:
// dossiers are read on the DB thread, documents rendered on a pool of worker threads, the zip written
// through QSaveFile (nothing appears at the final path unless everything succeeded) and every dossier
// journaled ("export", the package's message identifier) before the file is committed.
// The future reports progress (0..number of dossiers) and can be canceled.
class ArchiveExporter
{
    Q_DECLARE_TR_FUNCTIONS(ccas::ArchiveExporter)
public:
    ArchiveExporter(DossierRepository* dossiers, const Clock& clock);
    ~ArchiveExporter();
    ArchiveExporter(const ArchiveExporter&) = delete;
    ArchiveExporter& operator=(const ArchiveExporter&) = delete;

    QFuture<Result<ArchiveReport, ArchiveError>> run(ArchiveJob job);
    // Cancels the exports still running and waits for them (nothing is left at their final paths).
    void cancelAll();

    // The settings' side of a job: policy, letterhead, règlement (loaded from the settings' path;
    // a missing or invalid file leaves it null and says why in `warnings`), retention months.
    // `siret` and `ccasName` stand in for settings left empty (the profile's own).
    static ArchiveJob jobFromSettings(const Settings& settings, const QString& siret, const QString& ccasName,
                                      QStringList* warnings = nullptr);

    // "versement-seda-20261127-184500.zip": the default package name (no personal data).
    static QString defaultFileName(const QDateTime& localNow);

private:
    DossierRepository* m_dossiers;
    const Clock& m_clock;
    std::unique_ptr<QThreadPool> m_pool;
    QList<QFuture<Result<ArchiveReport, ArchiveError>>> m_running;
};

} // namespace ccas
