// Composition root of guichet-ccas: builds the services (network, API client, keychain, settings or
// the embedded demo server) and hands them to the main window.
#include "ClipboardGuard.h"
#include "ConnectionDialog.h"
#include "DeskLock.h"
#include "DossierListModel.h"
#include "FirstRunWizard.h"
#include "MainWindow.h"
#include "PassphraseDialog.h"
#include "api/ApiParticulierClient.h"
#include "api/ImpotParticulierClient.h"
#include "api/PersonFetch.h"
#include "demo/FakeApiServer.h"
#include "eligibility/Reglement.h"
#include "platform/SessionLockMonitor.h"
#include "report/DossierSummaryInput.h"
#include "secrets/SecretStore.h"
#include "session/FirstRunSetup.h"
#include "session/ProfileSession.h"
#include "settings/Settings.h"
#include "store/ProfileStore.h"
#include "util/Clock.h"
#include "util/Logging.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QIcon>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QPointer>
#include <QStatusBar>
#include <QTranslator>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <functional>
#include <memory>
#include <optional>

namespace {

#ifdef GUICHET_TEST_HOOKS
// Test builds only (bench/bench_gui_start): with GUICHET_TEST_READY set, once the window is shown
// and the dossier list shows its first page, prints "ready <ms since start> <peak RSS kB> <rows>";
// then, when the start-up retention run is over, "settled <ms> <peak RSS kB> <rows>", and quits. Release builds
// have no such door.
const QElapsedTimer sinceStart = []() {
    QElapsedTimer t;
    t.start();
    return t;
}();

qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

void installReadyHook(ccas::MainWindow& window, ccas::ProfileSession& session)
{
    if (!qEnvironmentVariableIsSet("GUICHET_TEST_READY"))
        return;
    auto* model = window.findChild<ccas::DossierListModel*>();
    auto report = [model](const char* what) {
        std::printf("%s %lld %lld %d\n", what, static_cast<long long>(sinceStart.elapsed()),
                    static_cast<long long>(peakRssKb()), model ? model->rowCount() : 0);
        std::fflush(stdout);
    };
    if (!model) {
        report("not-ready");
        QApplication::exit(3);
        return;
    }
    auto state = std::make_shared<std::pair<bool, bool>>(false, false); // ready, retention over
    auto quitWhenDone = [state, report]() {
        if (state->first && state->second) {
            report("settled");
            QApplication::exit(0);
        }
    };
    QObject::connect(model, &ccas::DossierListModel::pageLoaded, &window, [&window, state, report, quitWhenDone]() {
        if (state->first || !window.isVisible())
            return;
        state->first = true;
        window.repaint(); // the first page is painted, not only loaded
        report("ready");
        quitWhenDone();
    });
    auto retentionOver = [state, quitWhenDone]() {
        state->second = true;
        quitWhenDone();
    };
    QObject::connect(&session, &ccas::ProfileSession::retentionFinished, &window, retentionOver);
    QObject::connect(&session, &ccas::ProfileSession::retentionFailed, &window, retentionOver);
    auto notReady = [report]() {
        report("not-ready");
        QApplication::exit(2);
    };
    QObject::connect(&session, &ccas::ProfileSession::passphraseNeeded, &window, notReady);
    QObject::connect(&session, &ccas::ProfileSession::needsInit, &window, notReady);
    QObject::connect(&session, &ccas::ProfileSession::failed, &window, notReady);
}
#endif

// A message box that does not block: shown with open(), deleted when closed (no nested event loop).
QMessageBox* showMessage(QWidget* parent, QMessageBox::Icon icon, const QString& text)
{
    auto* box = new QMessageBox(icon, QStringLiteral("Guichet CCAS"), text, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    return box;
}

// A fatal start-up error: the box is the whole application; quitting it ends the program with 1.
int fatal(QApplication& app, const QString& text)
{
    QMessageBox* box = showMessage(nullptr, QMessageBox::Critical, text);
    QObject::connect(box, &QMessageBox::finished, &app, []() { QApplication::exit(1); });
    return QApplication::exec();
}

constexpr const char* DemoRecipient = "13002526500013"; // the SIRET used in every staging example
// The règlement of the demonstration, when none is configured (embedded by ccas_core).
constexpr const char* DemoReglement = ":/reglements/exemple-maisons-laffitte.json";

// Keychain entries of API Impôt particulier (written by the first-run wizard and the connection dialog).
constexpr const char* ImpotClientIdKey = ccas::FirstRunSetup::ImpotClientIdKey;
constexpr const char* ImpotClientSecretKey = ccas::FirstRunSetup::ImpotClientSecretKey;

// API Impôt particulier from the settings file; the client ID and secret come from the keychain.
ccas::ImpotParticulierConfig impotConfigFromSettings(const ccas::Settings& settings)
{
    ccas::ImpotParticulierConfig c;
    c.baseUrl = QUrl(settings.value(ccas::Settings::Key::ImpotBaseUrl).toString());
    c.tokenUrl = QUrl(settings.value(ccas::Settings::Key::ImpotTokenUrl).toString());
    c.idTeleservice = settings.value(ccas::Settings::Key::ImpotIdTeleservice).toString();
    const int timeoutSeconds = settings.value(ccas::Settings::Key::TimeoutSeconds).toInt();
    if (timeoutSeconds > 0)
        c.timeoutMs = timeoutSeconds * 1000;
    return c;
}

bool hasArg(int argc, char** argv, const char* name)
{
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], name) == 0)
            return true;
    return false;
}

} // namespace

int main(int argc, char** argv)
{
    // --version must work without a display: answer before any QApplication exists.
    if (hasArg(argc, argv, "--version")) {
        std::printf("guichet-ccas %s\n", GUICHET_VERSION);
        return 0;
    }
    // No native dialogs anywhere: the GTK file dialog adds the chosen files to the desktop's recent
    // files, where a PDF next to a dossier would stay listed (the dialogs also set it one by one).
    QApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("guichet-ccas"));
    QApplication::setOrganizationName(QStringLiteral("guichet-ccas"));
    QApplication::setApplicationDisplayName(QStringLiteral("Guichet CCAS"));
    QApplication::setApplicationVersion(QStringLiteral(GUICHET_VERSION));
    // Same id as the installed .desktop file (packaging/linux), so desktops and Wayland match the window.
    QGuiApplication::setDesktopFileName(QStringLiteral("fr.guichet_ccas.GuichetCcas"));
    QIcon appIcon;
    for (const int size : {16, 24, 32, 48, 64, 128, 256})
        appIcon.addFile(QStringLiteral(":/icons/%1.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(appIcon);
    ccas::logging::installRedactingHandler();

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Guichet CCAS"));
    parser.addHelpOption();
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        QStringLiteral("Run on the embedded fake API with fictitious staging data."));
    const QCommandLineOption profileOption(QStringLiteral("profile"), QStringLiteral("Profile directory."),
                                           QStringLiteral("DIR"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("Interface language: fr or en."),
                                        QStringLiteral("LANG"));
    parser.addOptions({demoOption, profileOption, langOption});
    parser.process(app);

    const bool demo = parser.isSet(demoOption);
    auto settings = std::make_unique<ccas::Settings>(ccas::Settings::pathForProfile(parser.value(profileOption)));

    // French by default, English on request.
    QString lang =
        parser.isSet(langOption) ? parser.value(langOption) : settings->value(ccas::Settings::Key::Language).toString();
    if (lang != QLatin1String("en"))
        lang = QStringLiteral("fr");
    QTranslator translator;
    if (translator.load(QStringLiteral(":/i18n/guichet-ccas_%1.qm").arg(lang)))
        QApplication::installTranslator(&translator);
    QTranslator qtTranslator;
    if (qtTranslator.load(QStringLiteral("qtbase_%1").arg(lang), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);

    QNetworkProxyFactory::setUseSystemConfiguration(true); // CCAS networks often go through a proxy
    QNetworkAccessManager nam;
    std::unique_ptr<ccas::FakeApiServer> server;
    ccas::ApiParticulierConfig config = settings->apiParticulierConfig();
    ccas::ImpotParticulierConfig impotConfig = impotConfigFromSettings(*settings);

    if (demo) {
        auto catalog = ccas::StagingCatalog::loadEmbedded();
        if (!catalog) {
            return fatal(app, catalog.error().userMessage);
        }
        server = std::make_unique<ccas::FakeApiServer>(catalog.value());
        const auto port = server->listen();
        if (!port) {
            return fatal(app, port.error().userMessage);
        }
        nam.setProxy(QNetworkProxy::NoProxy); // the demo server is on 127.0.0.1
        config = ccas::ApiParticulierConfig();
        config.baseUrl = server->baseUrl();
        config.token = QStringLiteral("demo");
        config.recipient = QString::fromLatin1(DemoRecipient);
        // The same fake plays the DGFiP: the demo shows a whole household (DUPONT SOPHIE's tax
        // number is 3099001001110, see resources/demo/impot/README.md).
        impotConfig = ccas::ImpotParticulierConfig();
        impotConfig.baseUrl = server->impotBaseUrl();
        impotConfig.tokenUrl = server->impotTokenUrl();
        impotConfig.clientId = QString::fromLatin1(ccas::FakeApiServer::DefaultImpotClientId);
        impotConfig.clientSecret = QString::fromLatin1(ccas::FakeApiServer::DefaultImpotClientSecret);
    }

    ccas::ApiParticulierClient client(&nam, config);
    ccas::PersonFetch fetch(&client);
    ccas::ImpotParticulierClient impot(&nam, impotConfig);
    ccas::SecretStore secrets;

    // New settings and secrets are used at once by the running clients, the secrets even when the
    // keychain cannot keep them; an empty secret keeps the one in use.
    auto applyAccess = [&](const QString& token, const QString& impotClientId, const QString& impotClientSecret) {
        ccas::ApiParticulierConfig updated = settings->apiParticulierConfig();
        updated.token = token.isEmpty() ? client.config().token : token;
        client.setConfig(updated);
        ccas::ImpotParticulierConfig impotUpdated = impotConfigFromSettings(*settings);
        impotUpdated.clientId = impotClientId.isEmpty() ? impot.config().clientId : impotClientId;
        impotUpdated.clientSecret = impotClientSecret.isEmpty() ? impot.config().clientSecret : impotClientSecret;
        impot.setConfig(impotUpdated);
    };

    ccas::MainWindow::Options options;
    options.demo = demo;
    if (!demo) {
        options.openSettings = [&](QWidget* parent) {
            ccas::ConnectionDialog::Values current;
            current.environment = settings->value(ccas::Settings::Key::ApiEnvironment).toString();
            current.gatewayUrl = settings->value(ccas::Settings::Key::ApiGatewayUrl).toString();
            current.siret = settings->value(ccas::Settings::Key::Recipient).toString();
            current.timeoutSeconds = settings->value(ccas::Settings::Key::TimeoutSeconds).toInt();
            current.impotBaseUrl = settings->value(ccas::Settings::Key::ImpotBaseUrl).toString();
            current.impotTokenUrl = settings->value(ccas::Settings::Key::ImpotTokenUrl).toString();
            current.impotIdTeleservice = settings->value(ccas::Settings::Key::ImpotIdTeleservice).toString();
            current.ccasName = settings->value(ccas::Settings::Key::CcasName).toString();
            current.ccasAddress = settings->value(ccas::Settings::Key::CcasAddress).toString();
            current.ccasLogoPath = settings->value(ccas::Settings::Key::CcasLogoPath).toString();
            current.reglementPath = settings->value(ccas::Settings::Key::ReglementPath).toString();
            current.agentId = settings->value(ccas::Settings::Key::AgentId).toString();
            current.lockMinutes = settings->value(ccas::Settings::Key::LockMinutes).toInt();
            ccas::ConnectionDialog::readArchiveSettings(*settings, current);
            auto* dialog = new ccas::ConnectionDialog(current, parent);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            QObject::connect(dialog, &QDialog::accepted, parent, [&, dialog, parent]() {
                const auto v = dialog->values();
                settings->setValue(ccas::Settings::Key::ApiEnvironment, v.environment);
                settings->setValue(ccas::Settings::Key::ApiGatewayUrl, v.gatewayUrl);
                settings->setValue(ccas::Settings::Key::Recipient, v.siret);
                settings->setValue(ccas::Settings::Key::TimeoutSeconds, v.timeoutSeconds);
                settings->setValue(ccas::Settings::Key::ImpotBaseUrl, v.impotBaseUrl);
                settings->setValue(ccas::Settings::Key::ImpotTokenUrl, v.impotTokenUrl);
                settings->setValue(ccas::Settings::Key::ImpotIdTeleservice, v.impotIdTeleservice);
                settings->setValue(ccas::Settings::Key::CcasName, v.ccasName);
                settings->setValue(ccas::Settings::Key::CcasAddress, v.ccasAddress);
                settings->setValue(ccas::Settings::Key::CcasLogoPath, v.ccasLogoPath);
                const bool reglementChanged =
                    v.reglementPath != settings->value(ccas::Settings::Key::ReglementPath).toString();
                settings->setValue(ccas::Settings::Key::ReglementPath, v.reglementPath);
                settings->setValue(ccas::Settings::Key::AgentId, v.agentId);
                settings->setValue(ccas::Settings::Key::LockMinutes, v.lockMinutes);
                ccas::ConnectionDialog::writeArchiveSettings(v, *settings);
                if (!settings->sync())
                    showMessage(parent, QMessageBox::Warning,
                                QApplication::translate("main", "The settings could not be saved."));
                if (reglementChanged) {
                    // The window loads it again (the dialog checked it) and computes with it at once.
                    if (auto* window = qobject_cast<ccas::MainWindow*>(parent))
                        window->useReglementFile(v.reglementPath);
                }
                // The new token is applied once the keychain answered (below); API Impôt
                // particulier's client ID and secret at once, then saved one after the other.
                applyAccess(QString(), v.newImpotClientId, v.newImpotClientSecret);
                auto keychainWarning = [parent](const ccas::Result<void, ccas::SecretError>& r) {
                    if (!r)
                        showMessage(parent, QMessageBox::Warning,
                                    QApplication::translate("main",
                                                            "The client ID and secret of API Impôt particulier are "
                                                            "used for this session but could not be saved in the "
                                                            "system keychain: %1")
                                        .arg(r.error().userMessage()));
                };
                auto writeSecret = [&, parent, keychainWarning, secret = v.newImpotClientSecret]() {
                    if (!secret.isEmpty())
                        secrets.write(QString::fromLatin1(ImpotClientSecretKey), secret, parent, keychainWarning);
                };
                if (!v.newImpotClientId.isEmpty()) {
                    secrets.write(QString::fromLatin1(ImpotClientIdKey), v.newImpotClientId, parent,
                                  [keychainWarning, writeSecret](const ccas::Result<void, ccas::SecretError>& r) {
                                      if (!r) {
                                          keychainWarning(r); // one message is enough
                                          return;
                                      }
                                      writeSecret();
                                  });
                } else {
                    writeSecret();
                }

                if (v.newToken.isEmpty())
                    return;
                secrets.write(QString::fromLatin1(ccas::SecretStore::ApiParticulierTokenKey), v.newToken, parent,
                              [&, parent, token = v.newToken](const ccas::Result<void, ccas::SecretError>& r) {
                                  ccas::ApiParticulierConfig c = client.config();
                                  c.token = token; // usable in this session even if it could not be saved
                                  client.setConfig(c);
                                  if (!r)
                                      showMessage(parent, QMessageBox::Warning,
                                                  QApplication::translate(
                                                      "main", "The token is used for this session but could not "
                                                              "be saved in the system keychain: %1")
                                                      .arg(r.error().userMessage()));
                              });
            });
            dialog->open();
        };
    }

    // The profile: opened while the window is already usable for consultations.
    const QString profileDir = parser.value(profileOption).isEmpty() ? ccas::Profile::defaultDir()
                                                                     : QDir(parser.value(profileOption)).absolutePath();
    ccas::ProfileSession session(profileDir, demo ? nullptr : &secrets, ccas::Clock::system());
    session.setSettings(settings.get());
    options.session = &session;
    options.impot = &impot;
    options.archiveFolder = [&]() { return settings->value(ccas::Settings::Key::ArchiveFolder).toString(); };

    // The CCAS règlement the eligibility is computed with: the configured file, else (demo only) the
    // embedded example of Maisons-Laffitte. A file that cannot be used is listed in the window.
    QString reglementPath = settings->value(ccas::Settings::Key::ReglementPath).toString();
    if (reglementPath.isEmpty() && demo)
        reglementPath = QString::fromLatin1(DemoReglement);
    if (!reglementPath.isEmpty()) {
        auto reglement = ccas::Reglement::load(reglementPath);
        if (reglement)
            options.reglement = reglement.value();
        else
            options.reglementErrors = reglement.error();
        options.reglementPath = reglementPath;
    }
    if (!demo) {
        // The demo keeps nothing, not even the règlement chosen in it.
        options.saveReglementPath = [&](const QString& path) {
            settings->setValue(ccas::Settings::Key::ReglementPath, path);
            return settings->sync();
        };
    }
    // The letterhead of the printed summaries, read at each print.
    options.letterhead = [&, demo]() {
        ccas::CcasLetterhead h;
        if (demo) {
            h.name = session.ccasName();
            h.siret = QString::fromLatin1(DemoRecipient);
            return h;
        }
        return ccas::letterheadFromSettings(*settings, session.ccasName(), QString());
    };

    // Privacy at the desk: personal data copied from the window leave the clipboard after 30 s (and at
    // each lock); the windows lock after the configured minutes without input, when the OS session
    // locks, and on Ctrl+L. Unlocking asks for the recovery passphrase (a button in the demo).
    ccas::ClipboardGuard clipboardGuard;
    ccas::SessionLockMonitor sessionLock;
    ccas::DeskLock::Options lockOptions;
    lockOptions.demo = demo;
    lockOptions.clipboard = &clipboardGuard;
    lockOptions.sessionLock = &sessionLock;
    lockOptions.inactivityMs = [&]() -> qint64 {
        const qint64 minutes = settings->value(ccas::Settings::Key::LockMinutes).toLongLong();
        return minutes > 0 ? std::min<qint64>(minutes, 24 * 60) * 60 * 1000 : 0;
    };
    if (!demo) {
        lockOptions.canVerify = [&]() { return session.canVerifyPassphrase(); };
        lockOptions.verify = [&](const QString& passphrase, std::function<void(bool, const QString&)> done) {
            auto connection = std::make_shared<QMetaObject::Connection>();
            *connection = QObject::connect(&session, &ccas::ProfileSession::passphraseVerified, &session,
                                           [connection, done](bool correct, const QString& message) {
                                               QObject::disconnect(*connection);
                                               done(correct, message);
                                           });
            session.verifyPassphrase(passphrase);
        };
    }
    ccas::DeskLock deskLock(lockOptions);
    options.lockDesk = [&deskLock]() { deskLock.lock(); };

    ccas::MainWindow window(&fetch, options);
    clipboardGuard.addSensitiveContainer(&window); // every text of the window may be personal
    sessionLock.start();
    window.show();

    // First start: the wizard collects everything, FirstRunSetup writes the settings, creates the
    // profile and saves the secrets; once done, the running clients use the new access at once.
    ccas::FirstRunSetup firstRun(settings.get(), &secrets, &session);
    QPointer<ccas::FirstRunWizard> wizard;
    std::optional<ccas::FirstRunSetup::Values> firstRunValues; // without the passphrase
    QPointer<ccas::PassphraseDialog> passphraseDialog;
    QObject::connect(&session, &ccas::ProfileSession::needsInit, &window, [&]() {
        if (!wizard) {
            ccas::FirstRunSetup::Values known; // from an earlier start that did not finish
            known.ccasName = settings->value(ccas::Settings::Key::CcasName).toString();
            known.siret = settings->value(ccas::Settings::Key::Recipient).toString();
            known.ccasAddress = settings->value(ccas::Settings::Key::CcasAddress).toString();
            known.ccasLogoPath = settings->value(ccas::Settings::Key::CcasLogoPath).toString();
            known.agentId = settings->value(ccas::Settings::Key::AgentId).toString();
            known.environment = settings->value(ccas::Settings::Key::ApiEnvironment).toString();
            known.gatewayUrl = settings->value(ccas::Settings::Key::ApiGatewayUrl).toString();
            known.impotBaseUrl = settings->value(ccas::Settings::Key::ImpotBaseUrl).toString();
            known.impotTokenUrl = settings->value(ccas::Settings::Key::ImpotTokenUrl).toString();
            known.reglementPath = settings->value(ccas::Settings::Key::ReglementPath).toString();
            wizard = new ccas::FirstRunWizard(session.profileDir(), known, &window);
            wizard->setAttribute(Qt::WA_DeleteOnClose);
            QObject::connect(wizard, &ccas::FirstRunWizard::setupRequested, &firstRun,
                             [&](const ccas::FirstRunSetup::Values& v) {
                                 if (!firstRun.run(v))
                                     return; // a run is in progress: it answers the wizard
                                 firstRunValues = v;
                                 firstRunValues->passphrase.clear();
                             });
        }
        wizard->open();
    });
    QObject::connect(&firstRun, &ccas::FirstRunSetup::failed, &window, [&](const QString& message) {
        firstRunValues.reset();
        if (wizard && wizard->isVisible()) {
            wizard->showError(message); // the administrator can correct and try again
            return;
        }
        showMessage(&window, QMessageBox::Warning, message);
    });
    QObject::connect(&firstRun, &ccas::FirstRunSetup::keychainWarning, &window,
                     [&](const QString& message) { showMessage(&window, QMessageBox::Warning, message); });
    QObject::connect(&firstRun, &ccas::FirstRunSetup::finished, &window, [&]() {
        if (!firstRunValues)
            return;
        const ccas::FirstRunSetup::Values v = *firstRunValues;
        firstRunValues.reset();
        applyAccess(v.apiParticulierToken, v.impotClientId, v.impotClientSecret);
        if (!v.reglementPath.isEmpty())
            window.useReglementFile(v.reglementPath);
    });
    QObject::connect(&session, &ccas::ProfileSession::passphraseNeeded, &window, [&](const QString& reason) {
        if (!passphraseDialog) {
            passphraseDialog = new ccas::PassphraseDialog(&window);
            passphraseDialog->setAttribute(Qt::WA_DeleteOnClose);
            QObject::connect(passphraseDialog, &ccas::PassphraseDialog::passphraseEntered, &session,
                             &ccas::ProfileSession::providePassphrase);
        }
        passphraseDialog->setProblem(reason);
        if (!passphraseDialog->isVisible())
            passphraseDialog->open();
    });
    QObject::connect(&session, &ccas::ProfileSession::unlocked, &window, [&]() {
        if (wizard)
            wizard->closeAfterSetup();
        if (passphraseDialog)
            passphraseDialog->accept();
    });
    QObject::connect(&session, &ccas::ProfileSession::failed, &window, [&](const QString& message) {
        if (firstRun.isRunning())
            return; // FirstRunSetup reports it to the wizard
        showMessage(&window, QMessageBox::Warning, message);
    });
    QObject::connect(&session, &ccas::ProfileSession::keychainUnavailable, &window, [&](const QString& message) {
        showMessage(&window, QMessageBox::Warning,
                    QApplication::translate("main",
                                            "The profile is open, but its master key could not be saved in the system "
                                            "keychain: %1\nThe recovery passphrase will be needed at the next start.")
                        .arg(message));
    });
#ifdef GUICHET_TEST_HOOKS
    installReadyHook(window, session);
#endif
    if (demo)
        session.openEphemeral(QString(), QString::fromLatin1(DemoRecipient));
    else
        session.open();

    if (!demo && !config.gatewayAddsToken) {
        // The token comes from the keychain; until it is read, a consultation says "no token".
        secrets.read(QString::fromLatin1(ccas::SecretStore::ApiParticulierTokenKey), &window,
                     [&](const ccas::Result<QString, ccas::SecretError>& r) {
                         if (!r) {
                             if (r.error().kind != ccas::SecretError::Kind::NotFound)
                                 window.statusBar()->showMessage(r.error().userMessage());
                             return;
                         }
                         ccas::ApiParticulierConfig c = client.config();
                         c.token = r.value();
                         client.setConfig(c);
                     });
    }
    if (!demo) {
        // API Impôt particulier's client ID, then its secret, from the keychain; until both are read
        // (or when none is saved), the tax row says the DGFiP access is not configured.
        auto applyImpotSecret = [&](const ccas::Result<QString, ccas::SecretError>& r, bool isId) {
            if (!r) {
                if (r.error().kind != ccas::SecretError::Kind::NotFound)
                    window.statusBar()->showMessage(r.error().userMessage());
                return;
            }
            ccas::ImpotParticulierConfig c = impot.config();
            if (isId && c.clientId.isEmpty())
                c.clientId = r.value(); // not when the dialog gave one meanwhile
            if (!isId && c.clientSecret.isEmpty())
                c.clientSecret = r.value();
            impot.setConfig(c);
        };
        secrets.read(QString::fromLatin1(ImpotClientIdKey), &window,
                     [&, applyImpotSecret](const ccas::Result<QString, ccas::SecretError>& r) {
                         applyImpotSecret(r, true);
                         secrets.read(QString::fromLatin1(ImpotClientSecretKey), &window,
                                      [applyImpotSecret](const ccas::Result<QString, ccas::SecretError>& secret) {
                                          applyImpotSecret(secret, false);
                                      });
                     });
    }
    return QApplication::exec();
}
