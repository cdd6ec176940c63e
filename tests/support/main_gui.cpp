#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QTranslator>

int main(int argc, char** argv)
{
    // With no display a QApplication aborts, and catch_discover_tests runs this binary at build
    // time: fall back to the offscreen platform.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTranslator translator;
    if (translator.load(QStringLiteral(":/i18n/guichet-ccas_fr.qm")))
        QApplication::installTranslator(&translator);
    return Catch::Session().run(argc, argv);
}
