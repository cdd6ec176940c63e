#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

// Core and integration tests run on a QCoreApplication with the French translation installed,
// as the product does by default, so that tests see the agent's real messages.
int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTranslator translator;
    if (translator.load(QStringLiteral(":/i18n/guichet-ccas_fr.qm")))
        QCoreApplication::installTranslator(&translator);
    return Catch::Session().run(argc, argv);
}
