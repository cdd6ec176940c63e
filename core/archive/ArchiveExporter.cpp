#include "archive/ArchiveExporter.h"

#include "archive/SedaManifest.h"
#include "archive/ZipWriter.h"
#include "eligibility/DossierMenage.h"
#include "eligibility/Engine.h"
#include "report/DossierSummaryInput.h"
#include "settings/Settings.h"
#include "store/DossierRepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPromise>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSet>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace ccas {

namespace {

using ExportResult = Result<ArchiveReport, ArchiveError>;

ArchiveError error(ArchiveError::Kind kind, const QString& message)
{
    return ArchiveError{kind, message};
}

ArchiveError storeError(const StoreError& e)
{
    const auto kind = e.kind == StoreError::Kind::NotFound  ? ArchiveError::Kind::NotFound
                      : e.kind == StoreError::Kind::Invalid ? ArchiveError::Kind::Invalid
                                                            : ArchiveError::Kind::Storage;
    return error(kind, e.userMessage());
}

// A read dossier and what the renderer makes of it.
struct Loaded
{
    Dossier dossier;
    QList<AideRecue> history;
    QByteArray frozenSummary; // the summary kept at closing; empty: rendered now
};

struct Entry
{
    QString path;
    QByteArray bytes;
    ZipWriter::Compression compression = ZipWriter::Compression::Deflate;
};

struct Prepared
{
    SedaFile file;
    QList<Entry> entries;
    bool sampled = false;
    QString error; // rendering failed (translated)
};

constexpr const char* PronomPdfA1b = "fmt/354";
constexpr const char* PronomJson = "fmt/817";

QJsonObject budgetJson(const QList<BudgetLine>& lines)
{
    QJsonArray out;
    for (const BudgetLine& l : lines)
        out.append(QJsonObject{{QStringLiteral("type"), l.type},
                               {QStringLiteral("montant_mensuel_centimes"), l.amountCents},
                               {QStringLiteral("origine"), l.origin}});
    return QJsonObject{{QStringLiteral("lignes"), out}};
}

QString isoUtc(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QByteArray decisionJson(const Dossier& d, const QString& aidLabel)
{
    QJsonObject o{{QStringLiteral("format"), QStringLiteral("guichet-ccas/decision/v1")},
                  {QStringLiteral("dossier"), d.id},
                  {QStringLiteral("aide_demandee"), d.aidCode},
                  {QStringLiteral("demande_le"), isoUtc(d.createdAt)},
                  {QStringLiteral("clos_le"), isoUtc(d.closedAt)}};
    if (d.decision) {
        const Decision& dec = *d.decision;
        const QString aid = dec.aidCode.isEmpty() ? d.aidCode : dec.aidCode;
        o.insert(QStringLiteral("aide"), aid);
        if (!aidLabel.isEmpty())
            o.insert(QStringLiteral("aide_libelle"), aidLabel);
        o.insert(QStringLiteral("decision"), DossierText::outcomeKey(dec.outcome));
        o.insert(QStringLiteral("montant_centimes"), dec.amountCents);
        o.insert(QStringLiteral("motif"), dec.motif);
        o.insert(QStringLiteral("agent"), dec.agent);
        o.insert(QStringLiteral("decide_le"), isoUtc(dec.decidedAt));
    }
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

QByteArray snapshotJson(const Dossier& d, const DossierMenage& dm, const Evaluation* evaluation,
                        const QDateTime& exportedAt)
{
    QJsonArray sources;
    for (const StoredSource& s : d.sources) {
        // The answer as stored, with its provenance (API, endpoint, provider, period, request id).
        sources.append(QJsonObject{{QStringLiteral("source"), s.source},
                                   {QStringLiteral("obtenu_le"), isoUtc(s.fetchedAt)},
                                   {QStringLiteral("reponse"), s.json}});
    }
    QJsonObject o{{QStringLiteral("format"), QStringLiteral("guichet-ccas/donnees/v1")},
                  {QStringLiteral("dossier"), d.id},
                  {QStringLiteral("exporte_le"), isoUtc(exportedAt)},
                  {QStringLiteral("demandeur"), identityToJson(d.identity)},
                  {QStringLiteral("sources"), sources},
                  {QStringLiteral("ressources"), budgetJson(d.resources)},
                  {QStringLiteral("charges"), budgetJson(d.charges)},
                  {QStringLiteral("menage_saisi"), d.householdEntry},
                  {QStringLiteral("menage"), MenageJson::toJson(dm.menage)}};
    if (!d.spi.isEmpty())
        o.insert(QStringLiteral("numero_fiscal"), d.spi);
    if (!d.notes.isEmpty())
        o.insert(QStringLiteral("notes"), d.notes);
    if (evaluation)
        o.insert(QStringLiteral("evaluation"), Engine::toJson(*evaluation));
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

SedaObject object(const QString& uri, const QString& title, const QByteArray& bytes, const char* mime,
                  const char* pronom, const QString& label, const QDateTime& modified)
{
    SedaObject o;
    o.uri = uri;
    o.title = title;
    o.sha512 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha512);
    o.size = bytes.size();
    o.mimeType = QLatin1String(mime);
    o.formatId = QLatin1String(pronom);
    o.formatLabel = label;
    o.lastModified = modified;
    return o;
}

QDate localDate(const QDateTime& t)
{
    return t.isValid() ? t.toLocalTime().date() : QDate();
}

class Export
{
public:
    Export(QPromise<ExportResult>& promise, DossierRepository* repo, const Clock& clock, QThreadPool* pool,
           ArchiveJob job)
        : m_promise(promise)
        , m_repo(repo)
        , m_clock(clock)
        , m_pool(pool)
        , m_job(std::move(job))
    {}

    ExportResult run();

private:
    Result<QStringList, ArchiveError> resolveIds();
    Prepared prepare(const Loaded& loaded) const;
    bool canceled() const { return m_promise.isCanceled(); }

    QPromise<ExportResult>& m_promise;
    DossierRepository* m_repo;
    const Clock& m_clock;
    QThreadPool* m_pool;
    ArchiveJob m_job;
    QDateTime m_now;
};

Result<QStringList, ArchiveError> Export::resolveIds()
{
    if (m_job.allClosed) {
        auto ids = m_repo->closedIds(m_job.closedBefore).result();
        if (!ids)
            return storeError(ids.error());
        if (ids.value().isEmpty())
            return error(ArchiveError::Kind::NotFound,
                         m_job.closedBefore.isValid()
                             ? ArchiveExporter::tr("No dossier closed before %1.")
                                   .arg(QLocale().toString(localDate(m_job.closedBefore), QLocale::ShortFormat))
                             : ArchiveExporter::tr("No closed dossier to export."));
        return ids.value();
    }
    QStringList ids;
    QSet<QString> seen;
    for (const QString& raw : m_job.dossierIds) {
        const QString id = raw.trimmed();
        if (!id.isEmpty() && !seen.contains(id)) {
            seen.insert(id);
            ids << id;
        }
    }
    if (ids.isEmpty())
        return error(ArchiveError::Kind::Invalid, ArchiveExporter::tr("No dossier was chosen."));
    auto statuses = m_repo->statuses(ids).result();
    if (!statuses)
        return storeError(statuses.error());
    QStringList unknown, open;
    for (const QString& id : ids) {
        const auto it = statuses.value().constFind(id);
        if (it == statuses.value().constEnd())
            unknown << id;
        else if (it.value() != DossierStatus::Clos)
            open << id;
    }
    if (!unknown.isEmpty())
        return error(ArchiveError::Kind::NotFound,
                     ArchiveExporter::tr("Unknown dossier: %1.", nullptr, int(unknown.size()))
                         .arg(unknown.join(QStringLiteral(", "))));
    if (!open.isEmpty())
        return error(
            ArchiveError::Kind::Invalid,
            ArchiveExporter::tr("Only closed dossiers can be archived; not closed: %1.", nullptr, int(open.size()))
                .arg(open.join(QStringLiteral(", "))));
    return ids;
}

Prepared Export::prepare(const Loaded& loaded) const
{
    const Dossier& d = loaded.dossier;
    Prepared p;
    // The file as it stood when it was decided: ages and periods at the decision date.
    const QDateTime decidedAt = d.decision ? d.decision->decidedAt : QDateTime();
    DossierSummarySetup setup;
    setup.letterhead = m_job.letterhead;
    setup.agent = m_job.agent;
    setup.printedAt = m_now.toLocalTime();
    setup.retentionMonths = m_job.retentionMonths;
    setup.reglement = m_job.reglement.get();
    const SummaryOfDossier summary =
        summaryOfDossier(d, loaded.history, localDate(decidedAt.isValid() ? decidedAt : d.closedAt), setup);

    // The summary of record is the one frozen at closing; dossiers closed without one (older versions,
    // scripts) get theirs now, with the règlement of today.
    const bool frozen = !loaded.frozenSummary.isEmpty();
    QByteArray pdf = loaded.frozenSummary;
    if (!frozen) {
        auto drawn = EligibilitySummary::pdf(summary.input);
        if (!drawn) {
            p.error = drawn.error();
            return p;
        }
        pdf = drawn.value();
    }

    // The three files: each a zip entry and a described object of the manifest.
    const QString jsonLabel = QStringLiteral("JSON Data Interchange Format");
    const struct
    {
        const char* name;
        QString title;
        QByteArray bytes;
        ZipWriter::Compression compression;
        const char* mime;
        const char* pronom;
        QString label;
    } files[] = {
        {"synthese-eligibilite.pdf",
         frozen ? ArchiveExporter::tr("Eligibility summary at closing")
                : ArchiveExporter::tr("Eligibility summary (made at export)"),
         pdf, ZipWriter::Compression::Store, "application/pdf", PronomPdfA1b,
         QStringLiteral("Acrobat PDF/A - Portable Document Format")},
        {"decision.json", ArchiveExporter::tr("Decision"), decisionJson(d, summary.aidLabel),
         ZipWriter::Compression::Deflate, "application/json", PronomJson, jsonLabel},
        {"donnees-administrations.json",
         ArchiveExporter::tr("Data obtained from the administrations, with their origin"),
         snapshotJson(d, summary.menage, summary.evaluation ? &*summary.evaluation : nullptr, m_now),
         ZipWriter::Compression::Deflate, "application/json", PronomJson, jsonLabel},
    };
    for (const auto& file : files) {
        const QString path = QStringLiteral("content/%1/%2").arg(d.id, QLatin1String(file.name));
        p.entries.append({path, file.bytes, file.compression});
        p.file.objects.append(object(path, file.title, file.bytes, file.mime, file.pronom, file.label, m_now));
    }

    SedaFile& f = p.file;
    f.dossierId = d.id;
    const Outcome outcome = d.decision ? d.decision->outcome : Outcome::SansSuite;
    const QString aidName = !summary.aidLabel.isEmpty() ? summary.aidLabel
                            : summary.aidCode.isEmpty() ? ArchiveExporter::tr("to be determined")
                                                        : summary.aidCode;
    f.title = ArchiveExporter::tr("Facultative aid “%1”: dossier %2").arg(aidName, d.id);
    QString description =
        ArchiveExporter::tr("Request of %1, %2, closed on %3.")
            .arg(localDate(d.createdAt).toString(Qt::ISODate),
                 d.decision && d.decision->outcome == Outcome::Accorde && d.decision->amountCents > 0
                     ? ArchiveExporter::tr("%1 (%2)").arg(DossierText::outcomeLabel(outcome),
                                                          DossierText::formatCents(d.decision->amountCents))
                     : DossierText::outcomeLabel(outcome),
                 localDate(d.closedAt).toString(Qt::ISODate));
    bool sampled = false;
    const ArchivePolicy::Appraisal appraisal = m_job.policy.appraisalFor(outcome, d.id, &sampled);
    if (sampled)
        description += QLatin1Char(' ') + ArchiveExporter::tr("Drawn into the sample of granted files (1 in %1): "
                                                              "kept at the end of the retention period.")
                                              .arg(m_job.policy.grantedSampling);
    p.sampled = sampled;
    f.description = description;
    f.startDate = localDate(d.createdAt);
    f.endDate = localDate(d.closedAt);
    if (f.endDate.isValid() && f.startDate.isValid() && f.endDate < f.startDate)
        f.startDate = f.endDate;
    f.appraisalRule = appraisal.rule;
    f.finalAction = appraisal.finalAction;
    f.appraisalStart = f.endDate; // the retention period runs from the closing
    f.accessRule = m_job.policy.accessRule;
    f.accessStart = f.endDate; // 50 years from the most recent document
    return p;
}

ExportResult Export::run()
{
    m_now = m_clock.nowUtc();
    const QStringList problems = m_job.policy.problems();
    if (!problems.isEmpty())
        return error(ArchiveError::Kind::Invalid, problems.join(QLatin1Char('\n')));
    const QString shown = QDir::toNativeSeparators(m_job.outPath);
    const QFileInfo info(m_job.outPath);
    if (m_job.outPath.isEmpty())
        return error(ArchiveError::Kind::Invalid, ArchiveExporter::tr("No file name was given for the package."));
    if (info.isDir())
        return error(ArchiveError::Kind::Invalid,
                     ArchiveExporter::tr("Cannot write the package “%1”: it is a folder.").arg(shown));
    if (!info.absoluteDir().exists())
        return error(ArchiveError::Kind::Invalid,
                     ArchiveExporter::tr("Cannot write the package “%1”: the folder does not exist.").arg(shown));

    auto resolved = resolveIds();
    if (!resolved)
        return resolved.error();
    const QStringList ids = resolved.value();
    m_promise.setProgressRange(0, int(ids.size()));
    m_promise.setProgressValue(0);

    QSaveFile file(m_job.outPath);
    if (!file.open(QIODevice::WriteOnly))
        return error(ArchiveError::Kind::Write,
                     ArchiveExporter::tr("Cannot write the package “%1”: %2").arg(shown, file.errorString()));
    const auto writeFailed = [&file, &shown](const QString& why) {
        file.cancelWriting();
        return error(ArchiveError::Kind::Write,
                     ArchiveExporter::tr("Cannot write the package “%1”: %2").arg(shown, why));
    };
    const auto canceledError = [&file]() {
        file.cancelWriting();
        return error(ArchiveError::Kind::Canceled, ArchiveExporter::tr("Export canceled: no package was written."));
    };
    ZipWriter zip(&file);
    if (auto opened = zip.open(); !opened)
        return writeFailed(opened.error());

    SedaTransfer transfer;
    transfer.date = m_now.toLocalTime();
    transfer.messageIdentifier =
        QStringLiteral("GUICHET-CCAS-%1-%2")
            .arg(m_now.toString(QStringLiteral("yyyyMMddTHHmmssZ")),
                 QString::number(QRandomGenerator::system()->generate64() & 0xffffffffffffULL, 16)
                     .rightJustified(12, QLatin1Char('0')));
    transfer.comment =
        ArchiveExporter::tr("Transfer of %n closed facultative-aid file(s) from %1.", nullptr, int(ids.size()))
            .arg(m_job.letterhead.name.isEmpty() ? m_job.policy.originatingAgencyId : m_job.letterhead.name);
    transfer.archivalAgreement = m_job.policy.archivalAgreement;
    transfer.archivalAgencyId = m_job.policy.archivalAgencyId;
    transfer.transferringAgencyId = m_job.policy.transferringAgencyId;
    transfer.originatingAgencyId = m_job.policy.originatingAgencyId;
    transfer.creatingApplication = QStringLiteral("Guichet CCAS");
    transfer.creatingVersion = QLatin1String(GUICHET_VERSION);

    // Chunks: the next chunk is read on the DB thread while this one renders on the pool.
    const int chunk = std::max(4, m_pool->maxThreadCount() * 4);
    struct Pending
    {
        QFuture<Result<Dossier, StoreError>> dossier;
        QFuture<Result<QList<AideRecue>, StoreError>> history;
        QFuture<Result<QByteArray, StoreError>> summary;
    };
    const auto request = [this, &ids](qsizetype from, qsizetype count) {
        QList<Pending> out;
        for (qsizetype i = from; i < std::min(from + count, ids.size()); ++i)
            out.append({m_repo->get(ids.at(i), m_job.agent, false), m_repo->grantedAids(ids.at(i)),
                        m_repo->closingSummary(ids.at(i))});
        return out;
    };
    ArchiveReport report;
    QList<Pending> next = request(0, chunk);
    for (qsizetype from = 0; from < ids.size(); from += chunk) {
        if (canceled())
            return canceledError();
        QList<Loaded> loaded;
        for (Pending& p : next) {
            auto d = p.dossier.result();
            if (!d) {
                file.cancelWriting();
                return storeError(d.error());
            }
            auto h = p.history.result();
            if (!h) {
                file.cancelWriting();
                return storeError(h.error());
            }
            auto frozen = p.summary.result();
            if (!frozen) {
                file.cancelWriting();
                return storeError(frozen.error());
            }
            loaded.append({d.value(), h.value(), frozen.value()});
        }
        next = request(from + chunk, chunk);
        const QList<Prepared> prepared =
            QtConcurrent::blockingMapped(m_pool, loaded, [this](const Loaded& l) { return prepare(l); });
        for (const Prepared& p : prepared) {
            if (canceled())
                return canceledError();
            if (!p.error.isEmpty())
                return writeFailed(
                    ArchiveExporter::tr("the summary of dossier %1 could not be made: %2")
                        .arg(p.file.dossierId.isEmpty() ? QStringLiteral("?") : p.file.dossierId, p.error));
            for (const Entry& e : p.entries) {
                if (auto added = zip.add(e.path, e.bytes, m_now, e.compression); !added)
                    return writeFailed(added.error());
            }
            transfer.files.append(p.file);
            report.dossierIds << p.file.dossierId;
            report.sampled += p.sampled ? 1 : 0;
        }
        m_promise.setProgressValue(int(report.dossierIds.size()));
    }
    if (canceled())
        return canceledError();

    const QStringList missing = SedaManifest::missing(transfer);
    if (!missing.isEmpty())
        return writeFailed(ArchiveExporter::tr("missing: %1").arg(missing.join(QStringLiteral(", "))));
    if (auto added = zip.add(QStringLiteral("manifest.xml"), SedaManifest::write(transfer), m_now,
                             ZipWriter::Compression::Deflate);
        !added)
        return writeFailed(added.error());
    if (auto finished = zip.finish(); !finished)
        return writeFailed(finished.error());
    if (!file.flush())
        return writeFailed(file.errorString());

    // Journaled before the file appears: an export that cannot be traced is not delivered.
    if (auto journaled = m_repo->journalExport(report.dossierIds, m_job.agent, transfer.messageIdentifier).result();
        !journaled) {
        file.cancelWriting();
        return storeError(journaled.error());
    }
    report.bytes = file.size();
    if (!file.commit())
        return error(ArchiveError::Kind::Write,
                     ArchiveExporter::tr("Cannot write the package “%1”: %2").arg(shown, file.errorString()));
    report.path = info.absoluteFilePath();
    report.messageIdentifier = transfer.messageIdentifier;
    return report;
}

} // namespace

ArchiveExporter::ArchiveExporter(DossierRepository* dossiers, const Clock& clock)
    : m_dossiers(dossiers)
    , m_clock(clock)
    , m_pool(std::make_unique<QThreadPool>())
{
    // The runner plus one renderer per core.
    m_pool->setMaxThreadCount(std::max(2, QThread::idealThreadCount()) + 1);
}

ArchiveExporter::~ArchiveExporter()
{
    cancelAll();
}

void ArchiveExporter::cancelAll()
{
    for (auto& f : m_running)
        f.cancel();
    m_pool->waitForDone();
    m_running.clear();
}

ArchiveJob ArchiveExporter::jobFromSettings(const Settings& settings, const QString& siret, const QString& ccasName,
                                            QStringList* warnings)
{
    ArchiveJob job;
    job.policy = ArchivePolicy::fromSettings(settings, siret);
    job.letterhead = letterheadFromSettings(settings, ccasName, siret);
    bool ok = false;
    const int months = settings.value(Settings::Key::RetentionClosedMonths).toInt(&ok);
    job.retentionMonths = ok && months > 0 ? months : 24;
    const QString path = settings.value(Settings::Key::ReglementPath).toString();
    if (path.isEmpty()) {
        if (warnings)
            *warnings << tr("No règlement is configured: the summaries show no eligibility results.");
    } else if (auto reglement = Reglement::load(path); !reglement) {
        if (warnings)
            *warnings << tr("The règlement %1 is not valid: the summaries show no eligibility results.")
                             .arg(QDir::toNativeSeparators(path));
    } else {
        job.reglement = std::make_shared<const Reglement>(reglement.value());
    }
    return job;
}

QFuture<Result<ArchiveReport, ArchiveError>> ArchiveExporter::run(ArchiveJob job)
{
    DossierRepository* repo = m_dossiers;
    const Clock& clock = m_clock;
    QThreadPool* pool = m_pool.get();
    m_running.removeIf([](const QFuture<ExportResult>& f) { return f.isFinished(); });
    auto future = QtConcurrent::run(pool, [repo, &clock, pool, job = std::move(job)](QPromise<ExportResult>& promise) {
        Export e(promise, repo, clock, pool, job);
        promise.addResult(e.run());
    });
    m_running.append(future);
    return future;
}

QString ArchiveExporter::defaultFileName(const QDateTime& localNow)
{
    return QStringLiteral("versement-seda-%1.zip").arg(localNow.toString(QStringLiteral("yyyyMMdd-HHmmss")));
}

} // namespace ccas
