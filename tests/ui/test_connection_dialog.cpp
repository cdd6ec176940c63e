// The connection settings dialog: checks before accepting, never shows the saved token.
#include "ConnectionDialog.h"

#include "WidgetLookup.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

using namespace ccas;
using namespace ccas::test;

TEST_CASE("the connection dialog refuses a wrong SIRET and a non-https gateway", "[ui][settings]")
{
    ConnectionDialog::Values current;
    current.environment = QStringLiteral("production");
    current.siret = QStringLiteral("13002526500014"); // wrong key
    ConnectionDialog dialog(current);
    dialog.show();
    CHECK(child<QLineEdit>(dialog, "tokenEdit")->text().isEmpty()); // the saved token is never shown
    CHECK(child<QLineEdit>(dialog, "tokenEdit")->echoMode() == QLineEdit::Password);

    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(child<QLabel>(dialog, "connectionError")->isVisible());

    auto* siret = child<QLineEdit>(dialog, "siretEdit");
    siret->clear();
    QTest::keyClicks(siret, QStringLiteral("130 025 265 00013"));
    auto* env = child<QComboBox>(dialog, "environmentCombo");
    env->setCurrentIndex(env->findData(QStringLiteral("gateway")));
    CHECK_FALSE(child<QLineEdit>(dialog, "tokenEdit")->isEnabled()); // the gateway holds the token
    QTest::keyClicks(child<QLineEdit>(dialog, "gatewayUrlEdit"), QStringLiteral("http://passerelle.ccas.fr"));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);

    child<QLineEdit>(dialog, "gatewayUrlEdit")->setText(QStringLiteral("https://passerelle.ccas.fr/api"));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    const auto v = dialog.values();
    CHECK(v.siret == QStringLiteral("13002526500013"));
    CHECK(v.environment == QStringLiteral("gateway"));
    CHECK(v.newToken.isEmpty());
}
