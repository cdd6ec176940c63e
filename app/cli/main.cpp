// Composition root of guichet-ccas-cli: builds the network access manager and hands it to the CLI.
#include "cli/CliApp.h"
#include "util/Logging.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QTimer>

#include <cstring>
#include <memory>

namespace {

// The summary (printed, frozen at closing, inside archive packages) lays out and embeds fonts: it needs a
// QGuiApplication. Every other command runs on a QCoreApplication (no display, no platform plugin). A word "summary"
// anywhere on the command line is enough: at worst another command gets a windowless QGuiApplication it does not use.
bool needsGui(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "summary") == 0 || std::strcmp(argv[i], "archive") == 0 ||
            std::strcmp(argv[i], "close") == 0 || std::strcmp(argv[i], "purge") == 0)
            return true;
    return false;
}

} // namespace

int main(int argc, char** argv)
{
    std::unique_ptr<QCoreApplication> app;
    if (needsGui(argc, argv)) {
        // No window is ever shown: unless a platform is chosen, the offscreen one, so that a stale or
        // unreachable DISPLAY cannot abort a script (fonts still come from fontconfig).
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("guichet-ccas"));
    QCoreApplication::setOrganizationName(QStringLiteral("guichet-ccas"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GUICHET_VERSION));
    ccas::logging::installRedactingHandler();

    QNetworkProxyFactory::setUseSystemConfiguration(true);
    QNetworkAccessManager nam;
    ccas::CliApp cli(QCoreApplication::arguments(), &nam);
    QObject::connect(&cli, &ccas::CliApp::finished, app.get(), [](int code) { QCoreApplication::exit(code); });
    QTimer::singleShot(0, &cli, &ccas::CliApp::start);
    return QCoreApplication::exec();
}
