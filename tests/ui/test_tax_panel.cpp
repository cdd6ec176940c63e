// The tax situation (API Impôt particulier, DGFiP) in the main window, offscreen, on the embedded
// fake server: the tax number in the form, the seventh row fetched with the six API Particulier
// sources, its validation in place, the "not configured" case, cancellation and the dossier.
#include "ClientRig.h"
#include "ConnectionDialog.h"
#include "IdentityForm.h"
#include "MainWindow.h"
#include "api/ImpotParticulierClient.h"
#include "api/OutcomeText.h"
#include "api/TaxText.h"
#include "session/ProfileSession.h"
#include "store/DossierRepository.h"

#include "WidgetLookup.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTreeWidget>

using namespace ccas;
using namespace ccas::test;

namespace {

constexpr const char* DupontSpi = "3099001001110";

template <typename T>
T await(QFuture<T> future)
{
    REQUIRE(waitUntil([&] { return future.isFinished(); }));
    return future.result();
}

// An API Impôt particulier client on the rig's fake server, with the demo credentials.
ImpotParticulierConfig impotConfig(const ClientRig& rig)
{
    ImpotParticulierConfig c;
    c.baseUrl = rig.server.impotBaseUrl();
    c.tokenUrl = rig.server.impotTokenUrl();
    c.clientId = QString::fromLatin1(FakeApiServer::DefaultImpotClientId);
    c.clientSecret = QString::fromLatin1(FakeApiServer::DefaultImpotClientSecret);
    c.timeoutMs = 5000;
    c.retryBackoffMs = 20;
    return c;
}

void typeDupontSophie(MainWindow& w)
{
    QTest::keyClicks(child<QLineEdit>(w, "nomNaissanceEdit"), QStringLiteral("Dupont"));
    QTest::keyClicks(child<QLineEdit>(w, "prenom1Edit"), QStringLiteral("Sophie"));
    child<QComboBox>(w, "sexeCombo")->setCurrentIndex(1); // Female
    child<QSpinBox>(w, "jourSpin")->setValue(3);
    child<QSpinBox>(w, "moisSpin")->setValue(9);
    child<QSpinBox>(w, "anneeSpin")->setValue(1982);
    QTest::keyClicks(child<QLineEdit>(w, "communeEdit"), QStringLiteral("13001"));
}

// The DGFiP requests the fake server received (token and data).
QList<RecordedRequest> impotRequests(const FakeApiServer& server)
{
    QList<RecordedRequest> out;
    for (const RecordedRequest& r : server.requests())
        if (r.path.startsWith(QLatin1String(FakeApiServer::ImpotBasePath)) ||
            r.path == QLatin1String(FakeApiServer::ImpotTokenPath))
            out << r;
    return out;
}

QTreeWidgetItem* rowLabelled(QTreeWidget* tree, const QString& label)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        if (tree->topLevelItem(i)->text(0) == label)
            return tree->topLevelItem(i);
    return nullptr;
}

QStringList childLines(QTreeWidgetItem* item)
{
    QStringList lines;
    for (int i = 0; i < item->childCount(); ++i)
        lines << item->child(i)->text(0);
    return lines;
}

// DUPONT SOPHIE's situation as the fixture states it: the headline the window must show.
TaxSituation expectedDupont(int incomeYear)
{
    QFile f(QStringLiteral(GUICHET_STAGING_DIR "/../impot/%1-%2.json").arg(QLatin1String(DupontSpi)).arg(incomeYear));
    REQUIRE(f.open(QIODevice::ReadOnly));
    const auto parsed = ImpotParticulierClient::parseSituation(f.readAll(), incomeYear);
    REQUIRE(parsed.ok());
    return parsed.value();
}

} // namespace

TEST_CASE("a tax number fetches the tax situation with the six sources", "[ui][impot]")
{
    ClientRig rig;
    rig.server.setLatencyMs(30);
    PersonFetch fetch(&rig.client());
    ImpotParticulierClient impot(&rig.nam, impotConfig(rig), rig.clock);
    MainWindow::Options options;
    options.demo = true;
    options.impot = &impot;
    MainWindow w(&fetch, options);
    w.show();

    auto* spi = child<QLineEdit>(w, "spiEdit");
    auto* year = child<QSpinBox>(w, "anneeRevenusSpin");
    CHECK(spi->isVisible());
    CHECK_FALSE(spi->accessibleName().isEmpty());
    CHECK_FALSE(year->accessibleName().isEmpty());
    CHECK(year->text() == IdentityForm::tr("latest"));
    CHECK_FALSE(w.identityForm()->incomeYear().has_value());

    auto* tree = child<QTreeWidget>(w, "resultsTree");
    REQUIRE(tree->topLevelItemCount() == 7);
    CHECK(tree->topLevelItem(6)->text(0) == TaxText::label());

    typeDupontSophie(w);
    QTest::keyClicks(spi, QStringLiteral("3099 001 001 110")); // spaces as printed on the notice
    CHECK(w.identityForm()->spi() == QLatin1String(DupontSpi));

    auto* consult = child<QPushButton>(w, "consultButton");
    auto* progress = child<QProgressBar>(w, "fetchProgress");
    QTest::mouseClick(consult, Qt::LeftButton);
    CHECK(progress->maximum() == 7);
    CHECK(child<QPushButton>(w, "cancelButton")->isEnabled());
    REQUIRE(waitUntil([&] { return progress->value() == 7 && consult->isEnabled(); }));
    CHECK(progress->maximum() == 7);

    // The latest situation: the rig's clock is in November 2026, so the 2025 incomes.
    QTreeWidgetItem* tax = rowLabelled(tree, TaxText::label());
    REQUIRE(tax != nullptr);
    const TaxSituation expected = expectedDupont(2025);
    CHECK(tax->text(1) == TaxText::headline(expected));
    CHECK(tax->text(1).contains(TaxText::tr("not taxable")));
    CHECK(tax->text(1).contains(QLocale(QLocale::French, QLocale::France).toString(qint64(32958))));

    // One token, one data request, with its X-Correlation-ID shown in the provenance line.
    const QList<RecordedRequest> dgfip = impotRequests(rig.server);
    REQUIRE(dgfip.size() == 2);
    CHECK(dgfip.at(0).path == QLatin1String(FakeApiServer::ImpotTokenPath));
    CHECK(dgfip.at(1).path.contains(QLatin1String("/dernieresituation/")));
    const QString correlationId = QString::fromLatin1(dgfip.at(1).header("x-correlation-id"));
    REQUIRE_FALSE(correlationId.isEmpty());
    const QStringList lines = childLines(tax);
    CHECK(lines.join(QLatin1Char('\n')).contains(OutcomeText::tr("request %1").arg(correlationId)));
    CHECK(lines.join(QLatin1Char('\n')).contains(QStringLiteral("DGFiP")));
    CHECK(rig.server.requestCount() == 8); // six API Particulier sources, the token and the situation
    CHECK(child<QLabel>(w, "statusLabel")->text() == MainWindow::tr("Every source answered."));

    // For review: GUICHET_SCREENSHOT_DIR=dir writes what the agent sees.
    if (qEnvironmentVariableIsSet("GUICHET_SCREENSHOT_DIR"))
        w.grab().save(qEnvironmentVariable("GUICHET_SCREENSHOT_DIR") + QStringLiteral("/tax-panel-demo.png"));

    SECTION("an income year asks for that year's situation")
    {
        year->setValue(2023);
        REQUIRE(w.identityForm()->incomeYear() == 2023);
        QTest::mouseClick(consult, Qt::LeftButton);
        REQUIRE(waitUntil([&] { return progress->value() == 7 && consult->isEnabled(); }));
        CHECK(rowLabelled(tree, TaxText::label())->text(1) == TaxText::headline(expectedDupont(2023)));
        const QList<RecordedRequest> again = impotRequests(rig.server);
        REQUIRE(again.size() == 3); // the token is kept
        CHECK(again.last().path.endsWith(QStringLiteral("/situations/ir/assiettes/annrev/2023")));
    }
}

TEST_CASE("an invalid tax number or income year is shown in place and nothing is sent", "[ui][impot]")
{
    ClientRig rig;
    PersonFetch fetch(&rig.client());
    ImpotParticulierClient impot(&rig.nam, impotConfig(rig), rig.clock);
    MainWindow::Options options;
    options.impot = &impot;
    MainWindow w(&fetch, options);
    w.show();
    typeDupontSophie(w);
    auto* spi = child<QLineEdit>(w, "spiEdit");
    QTest::keyClicks(spi, QStringLiteral("3099 001 00"));
    QTest::mouseClick(child<QPushButton>(w, "consultButton"), Qt::LeftButton);

    auto* message = child<QLabel>(w, "spiMessage");
    CHECK(message->isVisible());
    const QList<FieldError> expected = ImpotParticulierText::spi(QStringLiteral("309900100"));
    REQUIRE(expected.size() == 1);
    CHECK(message->text() == expected.first().message);
    CHECK(w.focusWidget() == spi);
    CHECK(child<QLabel>(w, "statusLabel")->text() == MainWindow::tr("Correct the fields shown: nothing was sent."));
    QTest::qWait(50);
    CHECK(impotRequests(rig.server).isEmpty());
    CHECK(rig.server.requestCount() == 0); // the six other sources wait for the correction too

    SECTION("a year out of the DGFiP's range is refused in place")
    {
        // A client whose clock is a year behind: the year the spin box offers last is not assessed yet.
        ManualClock lateClock(QDateTime::currentDateTimeUtc().addYears(-1));
        ImpotParticulierClient late(&rig.nam, impotConfig(rig), lateClock);
        MainWindow::Options lateOptions;
        lateOptions.impot = &late;
        MainWindow w2(&fetch, lateOptions);
        w2.show();
        typeDupontSophie(w2);
        QTest::keyClicks(child<QLineEdit>(w2, "spiEdit"), QLatin1String(DupontSpi));
        auto* year = child<QSpinBox>(w2, "anneeRevenusSpin");
        year->setValue(year->maximum());
        QTest::mouseClick(child<QPushButton>(w2, "consultButton"), Qt::LeftButton);
        auto* yearMessage = child<QLabel>(w2, "annrevMessage");
        CHECK(yearMessage->isVisible());
        CHECK(yearMessage->text() == late.validate(QLatin1String(DupontSpi), year->maximum()).value(0).message);
        CHECK_FALSE(child<QLabel>(w2, "spiMessage")->isVisible());
        QTest::qWait(50);
        CHECK(rig.server.requestCount() == 0);
    }

    SECTION("corrected, it is sent")
    {
        spi->setText(QLatin1String(DupontSpi));
        auto* consult = child<QPushButton>(w, "consultButton");
        auto* progress = child<QProgressBar>(w, "fetchProgress");
        QTest::mouseClick(consult, Qt::LeftButton);
        CHECK_FALSE(message->isVisible());
        REQUIRE(waitUntil([&] { return progress->value() == 7 && consult->isEnabled(); }));
        CHECK(impotRequests(rig.server).size() == 2);
    }
}

TEST_CASE("without the DGFiP settings the tax row says so and nothing is sent", "[ui][impot]")
{
    ClientRig rig;
    PersonFetch fetch(&rig.client());
    ImpotParticulierConfig config = impotConfig(rig);
    config.clientSecret.clear(); // e.g. not in the keychain
    ImpotParticulierClient impot(&rig.nam, config, rig.clock);
    REQUIRE_FALSE(impot.config().isConfigured());
    MainWindow::Options options;
    options.impot = &impot;
    MainWindow w(&fetch, options);
    w.show();
    auto* spi = child<QLineEdit>(w, "spiEdit");
    CHECK(spi->isVisible());
    CHECK(spi->isEnabled());
    typeDupontSophie(w);
    QTest::keyClicks(spi, QLatin1String(DupontSpi));
    auto* consult = child<QPushButton>(w, "consultButton");
    QTest::mouseClick(consult, Qt::LeftButton);
    auto* progress = child<QProgressBar>(w, "fetchProgress");
    CHECK(progress->maximum() == 6);
    REQUIRE(waitUntil([&] { return progress->value() == 6 && consult->isEnabled(); }));
    QTreeWidgetItem* tax = rowLabelled(child<QTreeWidget>(w, "resultsTree"), TaxText::label());
    REQUIRE(tax != nullptr);
    CHECK(tax->text(1) == MainWindow::tr("DGFiP access not configured: nothing was sent"));
    CHECK(tax->childCount() == 1);
    CHECK(impotRequests(rig.server).isEmpty());
    CHECK(rig.server.requestCount() == 6);
    CHECK(spi->isEnabled());
    CHECK(spi->text() == QLatin1String(DupontSpi));

    SECTION("no tax number: the row says it was not consulted")
    {
        spi->clear();
        QTest::mouseClick(consult, Qt::LeftButton);
        REQUIRE(waitUntil([&] { return progress->value() == 6 && consult->isEnabled(); }));
        CHECK(rowLabelled(child<QTreeWidget>(w, "resultsTree"), TaxText::label())->text(1) ==
              MainWindow::tr("No tax number entered: not consulted"));
        CHECK(impotRequests(rig.server).isEmpty());
    }
}

TEST_CASE("the tax request is cancelled with the others", "[ui][impot]")
{
    ClientRig rig;
    rig.server.setLatencyMs(3000);
    PersonFetch fetch(&rig.client());
    ImpotParticulierClient impot(&rig.nam, impotConfig(rig), rig.clock);
    MainWindow::Options options;
    options.impot = &impot;
    MainWindow w(&fetch, options);
    w.show();
    typeDupontSophie(w);
    QTest::keyClicks(child<QLineEdit>(w, "spiEdit"), QLatin1String(DupontSpi));
    QTest::mouseClick(child<QPushButton>(w, "consultButton"), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return rig.server.requestCount() == 7; })); // six sources and the token
    CHECK(impot.inFlightCount() == 1);
    QTest::mouseClick(child<QPushButton>(w, "cancelButton"), Qt::LeftButton);
    CHECK(child<QPushButton>(w, "consultButton")->isEnabled());
    CHECK(impot.inFlightCount() == 0);
    CHECK(rig.client().inFlightCount() == 0);
    auto* tax = rowLabelled(child<QTreeWidget>(w, "resultsTree"), TaxText::label());
    REQUIRE(tax != nullptr);
    SourceOutcome cancelled;
    cancelled.error = ApiError::make(ApiError::Kind::Cancelled);
    CHECK(tax->text(1) == OutcomeText::headline(cancelled));
    CHECK(child<QProgressBar>(w, "fetchProgress")->value() == 7);
    CHECK(child<QLabel>(w, "statusLabel")->text() == MainWindow::tr("Consultation cancelled."));
}

TEST_CASE("without API Impôt particulier the window is as before", "[ui][impot]")
{
    ClientRig rig;
    PersonFetch fetch(&rig.client());
    MainWindow w(&fetch, MainWindow::Options{true, {}});
    w.show();
    CHECK_FALSE(child<QLineEdit>(w, "spiEdit")->isVisible());
    CHECK_FALSE(child<QSpinBox>(w, "anneeRevenusSpin")->isVisible());
    auto* tree = child<QTreeWidget>(w, "resultsTree");
    CHECK(tree->topLevelItemCount() == 6);
    CHECK(rowLabelled(tree, TaxText::label()) == nullptr);
    typeDupontSophie(w);
    auto* consult = child<QPushButton>(w, "consultButton");
    QTest::mouseClick(consult, Qt::LeftButton);
    auto* progress = child<QProgressBar>(w, "fetchProgress");
    CHECK(progress->maximum() == 6);
    REQUIRE(waitUntil([&] { return progress->value() == 6 && consult->isEnabled(); }));
    CHECK(rig.server.requestCount() == 6);
    CHECK(impotRequests(rig.server).isEmpty());
}

TEST_CASE("a dossier keeps the tax number and the tax situation", "[ui][impot][dossier]")
{
    ClientRig rig;
    PersonFetch fetch(&rig.client());
    ImpotParticulierClient impot(&rig.nam, impotConfig(rig), rig.clock);
    ProfileSession session(QString(), nullptr, rig.clock);
    MainWindow::Options options;
    options.demo = true;
    options.session = &session;
    options.impot = &impot;
    MainWindow w(&fetch, options);
    w.show();
    auto* newButton = child<QPushButton>(w, "newDossierButton");
    auto* consult = child<QPushButton>(w, "consultButton");
    auto* status = child<QLabel>(w, "statusLabel");
    session.openEphemeral();
    REQUIRE(waitUntil([&] { return session.isUnlocked() && newButton->isEnabled(); }));

    // An invalid tax number creates nothing.
    typeDupontSophie(w);
    auto* spi = child<QLineEdit>(w, "spiEdit");
    QTest::keyClicks(spi, QStringLiteral("30990010011"));
    QTest::mouseClick(newButton, Qt::LeftButton);
    CHECK(child<QLabel>(w, "spiMessage")->isVisible());
    CHECK(w.openDossierId().isEmpty());

    // « New dossier » keeps the tax number, then the seven sources are fetched and saved into it.
    spi->setText(QStringLiteral("3099 0010 0111 0"));
    QTest::mouseClick(newButton, Qt::LeftButton);
    const QString saved7 = MainWindow::tr("%n source(s) saved in the dossier.", nullptr, 7);
    REQUIRE(waitUntil([&] { return consult->isEnabled() && status->text().contains(saved7); }));
    const QString id = w.openDossierId();
    REQUIRE_FALSE(id.isEmpty());
    const auto stored = await(session.dossiers()->get(id, QStringLiteral("test"), false));
    REQUIRE(stored.ok());
    CHECK(stored.value().spi == QLatin1String(DupontSpi));
    CHECK(stored.value().sources.size() == 7);
    QJsonObject taxJson;
    for (const StoredSource& s : stored.value().sources)
        if (s.source == QLatin1String("impot"))
            taxJson = s.json;
    REQUIRE_FALSE(taxJson.isEmpty());
    CHECK(taxJson.value(QStringLiteral("ok")).toBool());
    const QString headline = TaxText::headline(expectedDupont(2025));
    CHECK(taxJson.value(QStringLiteral("resume")).toString() == headline);

    // Leaving empties the tax number; opening the dossier brings it back with the stored situation.
    QTest::mouseClick(child<QPushButton>(w, "clearDossierButton"), Qt::LeftButton);
    CHECK(spi->text().isEmpty());
    w.openDossier(id);
    REQUIRE(waitUntil([&] { return w.openDossierId() == id; }));
    CHECK(w.identityForm()->spi() == QLatin1String(DupontSpi));
    auto* tax = rowLabelled(child<QTreeWidget>(w, "resultsTree"), TaxText::label());
    REQUIRE(tax != nullptr);
    CHECK(tax->text(1) == headline);
    REQUIRE(tax->childCount() >= 1);
    CHECK(tax->child(0)->text(0).contains(QStringLiteral("DGFiP"))); // its provenance
    CHECK(child<QProgressBar>(w, "fetchProgress")->value() == 7);
    CHECK(status->text() == MainWindow::tr("%n source(s) kept in this dossier, as fetched.", nullptr, 7));

    // « Consulter » on the open dossier uses the stored tax number (the field is not editable).
    CHECK_FALSE(spi->isEnabled());
    const int before = int(impotRequests(rig.server).size());
    QTest::mouseClick(consult, Qt::LeftButton);
    REQUIRE(waitUntil([&] { return consult->isEnabled() && status->text().contains(saved7); }));
    const QList<RecordedRequest> after = impotRequests(rig.server);
    CHECK(after.size() == before + 1); // the token is kept
    CHECK(after.last().path.contains(QLatin1String(DupontSpi)));
}

TEST_CASE("the connection dialog collects the DGFiP settings and checks their URLs", "[ui][impot][settings]")
{
    ConnectionDialog::Values current;
    current.environment = QStringLiteral("production");
    current.siret = QStringLiteral("13002526500013");
    current.impotIdTeleservice = QStringLiteral("CCAS-TEST");
    ConnectionDialog dialog(current);
    dialog.show();
    auto* base = child<QLineEdit>(dialog, "impotBaseUrlEdit");
    auto* token = child<QLineEdit>(dialog, "impotTokenUrlEdit");
    auto* clientId = child<QLineEdit>(dialog, "impotClientIdEdit");
    auto* secret = child<QLineEdit>(dialog, "impotClientSecretEdit");
    auto* error = child<QLabel>(dialog, "connectionError");
    CHECK(child<QLineEdit>(dialog, "impotTeleserviceEdit")->text() == QStringLiteral("CCAS-TEST"));
    CHECK(secret->echoMode() == QLineEdit::Password);
    CHECK(secret->text().isEmpty()); // a saved secret is never shown
    CHECK(clientId->text().isEmpty());
    for (QLineEdit* e : {base, token, clientId, secret})
        CHECK_FALSE(e->accessibleName().isEmpty());

    // Nothing set: accepted (the CCAS may have no habilitation).
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    dialog.setResult(QDialog::Rejected);
    dialog.show();

    QTest::keyClicks(base, QStringLiteral("https://passerelle.ccas.fr/impotparticulier/1.0"));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted); // the token URL is missing
    CHECK(error->isVisible());
    CHECK(dialog.focusWidget() == token);

    QTest::keyClicks(token, QStringLiteral("http://passerelle.ccas.fr/token"));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(error->text() == ConnectionDialog::tr("The token URL of API Impôt particulier must be an https:// address."));

    token->setText(QStringLiteral("https://passerelle.ccas.fr/token"));
    base->setText(QStringLiteral("ftp://passerelle.ccas.fr/impot"));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(error->text() == ConnectionDialog::tr("The data URL of API Impôt particulier must be an https:// address."));

    base->setText(QStringLiteral(" https://passerelle.ccas.fr/impotparticulier/1.0 "));
    QTest::keyClicks(clientId, QStringLiteral("ccas-client"));
    QTest::keyClicks(secret, QStringLiteral("s3cret"));
    if (qEnvironmentVariableIsSet("GUICHET_SCREENSHOT_DIR"))
        dialog.grab().save(qEnvironmentVariable("GUICHET_SCREENSHOT_DIR") + QStringLiteral("/connection-dialog.png"));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    const ConnectionDialog::Values v = dialog.values();
    CHECK(v.impotBaseUrl == QStringLiteral("https://passerelle.ccas.fr/impotparticulier/1.0"));
    CHECK(v.impotTokenUrl == QStringLiteral("https://passerelle.ccas.fr/token"));
    CHECK(v.impotIdTeleservice == QStringLiteral("CCAS-TEST"));
    CHECK(v.newImpotClientId == QStringLiteral("ccas-client"));
    CHECK(v.newImpotClientSecret == QStringLiteral("s3cret"));
    CHECK(v.newToken.isEmpty());
}
