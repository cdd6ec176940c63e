// guichet-ccas-cli archive export: closed dossiers as a SEDA 2.3 transfer package.
#include "archive/ArchiveExporter.h"
#include "cli/CliApp.h"
#include "cli/CliOptions.h"
#include "settings/Settings.h"
#include "store/DossierRepository.h"

#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTime>

namespace ccas {

namespace {

int exitCodeOf(ArchiveError::Kind kind)
{
    switch (kind) {
    case ArchiveError::Kind::Invalid:
        return CliApp::InvalidInput;
    case ArchiveError::Kind::NotFound:
        return CliApp::NotFound;
    case ArchiveError::Kind::Storage:
        return CliApp::StorageUnavailable;
    case ArchiveError::Kind::Write:
    case ArchiveError::Kind::Canceled:
        break;
    }
    return CliApp::Other;
}

} // namespace

bool CliApp::checkArchiveOptions()
{
    Options& o = *m_opt;
    if (o.positional.value(0) != QLatin1String("export") || o.positional.size() > 1) {
        usageError(CliText::tr("archive takes one subcommand: export."));
        return false;
    }
    const bool all = o.flags.contains(QStringLiteral("all-closed"));
    const QStringList ids = o.values.value(QStringLiteral("dossier"));
    if (all == !ids.isEmpty()) {
        usageError(CliText::tr("archive export needs either --dossier ID (repeatable) or --all-closed."));
        return false;
    }
    if (o.has(QStringLiteral("closed-before")) && !all) {
        usageError(CliText::tr("--closed-before goes with --all-closed."));
        return false;
    }
    if (o.has(QStringLiteral("closed-before")) &&
        !QDate::fromString(o.value(QStringLiteral("closed-before")).trimmed(), Qt::ISODate).isValid()) {
        usageError(CliText::tr("--closed-before takes a date YYYY-MM-DD."));
        return false;
    }
    const QString out = o.value(QStringLiteral("out"));
    if (out.isEmpty() || !out.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive)) {
        usageError(CliText::tr("archive export needs --out FILE.zip."));
        return false;
    }
    if (QFileInfo::exists(out) && !o.flags.contains(QStringLiteral("replace"))) {
        fail(InvalidInput, CliText::tr("%1 already exists: choose another name or add --replace.").arg(out));
        return false;
    }
    // The règlement (optional): a broken file stops everything before the profile is opened.
    QString path = o.value(QStringLiteral("reglement"));
    if (path.isEmpty()) {
        Settings settings(Settings::pathForProfile(o.value(QStringLiteral("profile"))));
        path = settings.value(Settings::Key::ReglementPath).toString();
    }
    if (!path.isEmpty()) {
        const auto reglement = Reglement::load(path);
        if (!reglement) {
            m_err << CliText::tr("The règlement %1 is not valid:").arg(path) << '\n';
            for (const QString& e : reglement.error())
                m_err << "  " << e << '\n';
            done(InvalidInput);
            return false;
        }
        m_reglement = reglement.value();
    } else {
        m_err << CliText::tr("Warning: no règlement configured; the summaries will show no eligibility results.")
              << '\n';
    }
    return true;
}

void CliApp::runArchive()
{
    Options& o = *m_opt;
    Settings settings(Settings::pathForProfile(o.value(QStringLiteral("profile"))));
    // The règlement was checked and loaded by checkArchiveOptions(); the settings give the rest.
    ArchiveJob job = ArchiveExporter::jobFromSettings(settings, m_profileSiret, m_profileCcasName);
    job.reglement = m_reglement ? std::make_shared<const Reglement>(*m_reglement) : nullptr;
    job.dossierIds = o.values.value(QStringLiteral("dossier"));
    job.allClosed = o.flags.contains(QStringLiteral("all-closed"));
    if (o.has(QStringLiteral("closed-before")))
        job.closedBefore =
            QDateTime(QDate::fromString(o.value(QStringLiteral("closed-before")).trimmed(), Qt::ISODate), QTime(0, 0))
                .toUTC();
    job.outPath = QFileInfo(o.value(QStringLiteral("out"))).absoluteFilePath();
    job.agent = agent();

    m_archive = std::make_unique<ArchiveExporter>(m_dossiers.get(), Clock::system());
    auto* watcher = new QFutureWatcher<Result<ArchiveReport, ArchiveError>>(this);
    // Progress on stderr, one line per step (scripts and the tests read it); never personal data.
    connect(watcher, &QFutureWatcherBase::progressValueChanged, this, [this, watcher](int value) {
        if (value > 0 && value <= watcher->progressMaximum())
            m_err << CliText::tr("Exported: %1/%2").arg(value).arg(watcher->progressMaximum()) << Qt::endl;
    });
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher]() {
        watcher->deleteLater();
        const QFuture<Result<ArchiveReport, ArchiveError>> f = watcher->future();
        if (f.resultCount() == 0) {
            fail(Other, CliText::tr("The export stopped before its end."));
            return;
        }
        const Result<ArchiveReport, ArchiveError> r = f.result();
        if (!r) {
            fail(exitCodeOf(r.error().kind), r.error().message);
            return;
        }
        const ArchiveReport& report = r.value();
        if (m_opt->json) {
            m_out << QJsonDocument(
                         QJsonObject{{QStringLiteral("ok"), true},
                                     {QStringLiteral("fichier"), report.path},
                                     {QStringLiteral("identifiant"), report.messageIdentifier},
                                     {QStringLiteral("dossiers"), QJsonArray::fromStringList(report.dossierIds)},
                                     {QStringLiteral("octets"), report.bytes},
                                     {QStringLiteral("echantillon"), report.sampled}})
                         .toJson(QJsonDocument::Compact)
                  << '\n';
        } else {
            m_out << CliText::tr("SEDA package written: %1 (%n dossier(s), message %2).", nullptr,
                                 int(report.dossierIds.size()))
                         .arg(QDir::toNativeSeparators(report.path), report.messageIdentifier)
                  << '\n';
        }
        done(Ok);
    });
    watcher->setFuture(m_archive->run(std::move(job)));
}

} // namespace ccas
