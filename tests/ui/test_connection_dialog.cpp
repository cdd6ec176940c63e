// The connection settings dialog: checks before accepting, never shows the saved token.
#include "ConnectionDialog.h"

#include "WidgetLookup.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
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

TEST_CASE("the settings dialog offers the agent id and the inactivity lock set by the first-run wizard",
          "[ui][settings][wizard]")
{
    ConnectionDialog::Values current;
    current.siret = QStringLiteral("13002526500013");
    current.agentId = QStringLiteral("agent.avant");
    current.lockMinutes = 5;
    ConnectionDialog dialog(current);
    dialog.show();
    auto* agent = child<QLineEdit>(dialog, "agentIdEdit");
    auto* lock = child<QSpinBox>(dialog, "lockMinutesSpin");
    CHECK(agent->text() == QStringLiteral("agent.avant"));
    CHECK(lock->value() == 5);
    CHECK_FALSE(agent->accessibleName().isEmpty());
    CHECK_FALSE(lock->accessibleName().isEmpty());

    agent->setText(QStringLiteral("  agent.apres "));
    lock->setFocus();
    lock->selectAll();
    QTest::keyClicks(lock, QStringLiteral("0")); // 0 = never
    CHECK(lock->value() == 0);
    CHECK_FALSE(lock->specialValueText().isEmpty()); // shown as « never », not « 0 min »
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);
    CHECK(dialog.values().agentId == QStringLiteral("agent.apres"));
    CHECK(dialog.values().lockMinutes == 0);

    ConnectionDialog::Values longLock = current;
    longLock.lockMinutes = 1000; // out of range in the file: shown at the maximum
    ConnectionDialog clamped(longLock);
    CHECK(child<QSpinBox>(clamped, "lockMinutesSpin")->value() == 240);
}
