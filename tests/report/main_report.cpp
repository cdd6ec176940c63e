#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QGuiApplication>
#include <QTranslator>

// The summary tests need fonts and QPdfWriter: a QGuiApplication, offscreen, with the French
// translation installed as the product does by default.
int main(int argc, char** argv)
{
    // catch_discover_tests runs this binary at build time without the test environment.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTranslator translator;
    if (translator.load(QStringLiteral(":/i18n/guichet-ccas_fr.qm")))
        QGuiApplication::installTranslator(&translator);
    return Catch::Session().run(argc, argv);
}
