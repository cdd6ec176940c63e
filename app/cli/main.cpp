// Composition root of guichet-ccas-cli: builds the network access manager and hands it to the CLI.
#include "cli/CliApp.h"
#include "util/Logging.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QTimer>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("guichet-ccas"));
    QCoreApplication::setOrganizationName(QStringLiteral("guichet-ccas"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GUICHET_VERSION));
    ccas::logging::installRedactingHandler();

    QNetworkProxyFactory::setUseSystemConfiguration(true);
    QNetworkAccessManager nam;
    ccas::CliApp cli(QCoreApplication::arguments(), &nam);
    QObject::connect(&cli, &ccas::CliApp::finished, &app, [](int code) { QCoreApplication::exit(code); });
    QTimer::singleShot(0, &cli, &ccas::CliApp::start);
    return QCoreApplication::exec();
}
