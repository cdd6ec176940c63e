// « Exporter avant purge » (ProfileSession::runRetention with Archives/ExporterAvantPurge): the closed dossiers
// due are written to one SEDA package in the archive folder, then purged, and only them. Here rather than in
// integration_tests because the package's summaries need a QGuiApplication (this runner has a QApplication).
// The failure paths (folder missing, settings incomplete: dossiers held) are in
// tests/integration/ArchiveExportTests.cpp.
#include "ClientRig.h"
#include "DatedDossier.h"
#include "Futures.h"
#include "SedaValidator.h"
#include "ZipReader.h"

#include "session/ProfileSession.h"
#include "settings/Settings.h"
#include "store/DossierRepository.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace ccas;
using namespace ccas::test;

namespace {

// The OriginatingSystemId of every File unit (the dossier ids), sorted.
QStringList fileUnitIds(const QByteArray& manifest)
{
    QStringList out;
    QXmlStreamReader r(manifest);
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == QLatin1String("OriginatingSystemId"))
            out << r.readElementText();
    }
    REQUIRE_FALSE(r.hasError());
    out.sort();
    return out;
}

QStringList sorted(QStringList l)
{
    l.sort();
    return l;
}

} // namespace

TEST_CASE("exporter avant purge: the closed dossiers due are packaged, then purged, and only them",
          "[archive][retention]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QString folder = tmp.filePath(QStringLiteral("archives"));
    REQUIRE(QDir().mkpath(folder));
    Settings settings(tmp.filePath(QStringLiteral("guichet-ccas.ini")));
    settings.setValue(Settings::Key::ArchiveBeforePurge, true);
    settings.setValue(Settings::Key::ArchiveFolder, folder);
    settings.setValue(Settings::Key::ArchivalAgencyId, QStringLiteral("FRAD078"));
    settings.setValue(Settings::Key::ArchivalAgreement, QStringLiteral("CV-1"));
    settings.setValue(Settings::Key::AppraisalRefusedRule, QStringLiteral("TEST-REFUS-2A"));
    ManualClock clock(QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC));
    ProfileSession session(QString(), nullptr, clock);
    session.setSettings(&settings);
    QSignalSpy unlocked(&session, &ProfileSession::unlocked);
    QSignalSpy retention(&session, &ProfileSession::retentionFinished);
    QSignalSpy retentionFailed(&session, &ProfileSession::retentionFailed);
    QSignalSpy archived(&session, &ProfileSession::archivedBeforePurge);
    QSignalSpy archiveFailed(&session, &ProfileSession::archiveBeforePurgeFailed);
    session.openEphemeral(QStringLiteral("CCAS de Test"), QString::fromLatin1(TestRecipient));
    REQUIRE(waitUntil([&] { return unlocked.count() == 1; }));
    REQUIRE(waitUntil([&] { return retention.count() == 1; }));
    CHECK(archived.count() == 0); // nothing due: no package
    CHECK(QDir(folder).isEmpty());

    // Three closed long ago (due), one closed last month and one open and active (kept).
    QList<Dossier> all = {
        dossier(QStringLiteral("ANCIEN"), QStringLiteral("SECOURS"), DossierStatus::Clos, Outcome::Accorde, 5000,
                utc(2023, 3, 1)),
        dossier(QStringLiteral("ANCIEN"), QStringLiteral("SECOURS"), DossierStatus::Clos, Outcome::Refuse, 0,
                utc(2023, 5, 1)),
        dossier(QStringLiteral("ANCIEN"), QStringLiteral("SECOURS"), DossierStatus::Clos, Outcome::SansSuite, 0,
                utc(2024, 1, 1)),
        dossier(QStringLiteral("RECENT"), QStringLiteral("SECOURS"), DossierStatus::Clos, Outcome::Accorde, 5000,
                utc(2026, 10, 1)),
        dossier(QStringLiteral("OUVERT"), QStringLiteral("SECOURS"), DossierStatus::EnInstruction, std::nullopt, 0,
                utc(2026, 11, 20)),
    };
    QStringList ids;
    for (Dossier& d : all) {
        d.id = DossierRepository::newId();
        ids << d.id;
    }
    REQUIRE(await(session.dossiers()->importDossiers(all, QStringLiteral("test"))).ok());
    const QStringList due = sorted(ids.mid(0, 3));

    session.runRetention();
    REQUIRE(waitUntil([&] { return retention.count() == 2 || retentionFailed.count() > 0; }, 60000));
    REQUIRE(retentionFailed.count() == 0);
    INFO((archiveFailed.isEmpty() ? QString() : archiveFailed.at(0).at(0).toString()).toStdString());
    REQUIRE(archiveFailed.count() == 0);
    REQUIRE(archived.count() == 1);
    const QString path = archived.at(0).at(0).toString();
    CHECK(archived.at(0).at(1).toInt() == 3);
    CHECK(QFileInfo(path).absolutePath() == QFileInfo(folder).absoluteFilePath());
    CHECK(QDir(folder).entryList(QDir::Files | QDir::Hidden) == QStringList{QFileInfo(path).fileName()});

    // The package holds exactly the dossiers due, and validates.
    const auto read = readZip(path);
    INFO((read.ok() ? QString() : read.error()).toStdString());
    REQUIRE(read.ok());
    const ZipEntry* manifest = findZipEntry(read.value(), QStringLiteral("manifest.xml"));
    REQUIRE(manifest != nullptr);
    const SedaValidation v = validateSeda(manifest->bytes);
    INFO(v.errors.join(QLatin1Char('\n')).toStdString());
    CHECK(v.ok);
    CHECK(fileUnitIds(manifest->bytes) == due);
    CHECK(manifest->bytes.contains("TEST-REFUS-2A"));

    // ... and exactly them were purged.
    const auto report = retention.at(1).at(0).value<RetentionReport>();
    QStringList purged;
    for (const RetentionItem& i : report.due)
        purged << i.id;
    CHECK(sorted(purged) == due);
    CHECK(report.held.isEmpty());
    const auto statuses = await(session.dossiers()->statuses(ids));
    REQUIRE(statuses.ok());
    CHECK(sorted(statuses.value().keys()) == sorted(ids.mid(3)));

    // The next run has nothing to export.
    session.runRetention();
    REQUIRE(waitUntil([&] { return retention.count() == 3; }, 30000));
    CHECK(archived.count() == 1);
    CHECK(archiveFailed.count() == 0);
    CHECK(QDir(folder).entryList(QDir::Files | QDir::Hidden).size() == 1);
}
