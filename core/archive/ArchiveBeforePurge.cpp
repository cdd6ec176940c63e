#include "archive/ArchiveBeforePurge.h"

#include "settings/Settings.h"

#include <QDir>
#include <QFileInfo>
#include <QObject>

namespace ccas {

void ArchiveBeforePurge::plan(QObject* context, Retention* retention, ArchiveExporter* exporter,
                              const RetentionPolicy& policy, ArchiveJob job, const QString& folder,
                              const QDateTime& localNow,
                              std::function<void(const Result<ArchivedPurgePlan, StoreError>&)> done)
{
    retention->run(policy, true, job.agent)
        .then(context, [context, exporter, policy, job, folder, localNow,
                        done](const Result<RetentionReport, StoreError>& dry) mutable {
            if (!dry)
                return done(dry.error());
            QStringList closed;
            for (const RetentionItem& i : dry.value().due)
                if (i.reason == QLatin1String("closed"))
                    closed << i.id;
            ArchivedPurgePlan plan;
            plan.policy = policy;
            if (closed.isEmpty())
                return done(plan);
            plan.policy.closedAllowed = QSet<QString>(); // kept unless packaged
            const QString dir = folder.trimmed();
            if (dir.isEmpty() || !QFileInfo(dir).isDir()) {
                plan.kept = tr("The closed dossiers due for purge were kept: the archive folder (setting %1) %2.")
                                .arg(Settings::name(Settings::Key::ArchiveFolder),
                                     dir.isEmpty() ? tr("is not set") : tr("does not exist"));
                return done(plan);
            }
            job.dossierIds = closed;
            job.allClosed = false;
            job.outPath = QDir(dir).filePath(ArchiveExporter::defaultFileName(localNow));
            exporter->run(std::move(job))
                .then(context, [plan, closed, done](const Result<ArchiveReport, ArchiveError>& r) mutable {
                    if (!r) {
                        plan.kept = tr("The closed dossiers due for purge were kept: %1").arg(r.error().message);
                        return done(plan);
                    }
                    plan.archive = r.value();
                    plan.policy.closedAllowed = QSet<QString>(closed.cbegin(), closed.cend());
                    done(plan);
                });
        });
}

} // namespace ccas
