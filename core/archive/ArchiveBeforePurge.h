#pragma once

#include "archive/ArchiveExporter.h"
#include "store/Retention.h"
#include "store/StoreError.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <functional>
#include <optional>

class QObject;

namespace ccas {

// « Exporter avant purge » (Archives/ExporterAvantPurge), shared by the session and the CLI: a dry run
// lists the closed dossiers due, one package in `folder` takes them all, and the purge that follows is
// limited to those in it. When the package cannot be made (folder, settings, disk) the closed dossiers
// are kept until the next run; open inactive ones are purged as usual.
struct ArchivedPurgePlan
{
    RetentionPolicy policy;               // what the purge may run with now
    std::optional<ArchiveReport> archive; // the package, when one was written
    QString kept;                         // why closed dossiers due were kept (translated); empty otherwise
};

class ArchiveBeforePurge
{
    Q_DECLARE_TR_FUNCTIONS(ccas::ArchiveBeforePurge)
public:
    // `job` gives the identity and rules (dossiers and file are filled here; the file is named after
    // `localNow`); `done` runs once, on
    // `context`'s thread, with the plan or the dry run's store error.
    static void plan(QObject* context, Retention* retention, ArchiveExporter* exporter, const RetentionPolicy& policy,
                     ArchiveJob job, const QString& folder, const QDateTime& localNow,
                     std::function<void(const Result<ArchivedPurgePlan, StoreError>&)> done);
};

} // namespace ccas
