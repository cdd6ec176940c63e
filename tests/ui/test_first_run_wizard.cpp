// The first-run wizard, walked with the keyboard: every page blocks « Next » while it is not valid
// and says why in place; « Finish » emits the values once and stays busy until the caller answers.
#include "FirstRunWizard.h"

#include "ClientRig.h"
#include "WidgetLookup.h"

#include "crypto/RecoveryKey.h"
#include "domain/Siret.h"
#include "report/RecoverySheet.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace ccas;
using namespace ccas::test;

namespace {

const QString Passphrase = QStringLiteral("correct horse battery staple");
const QString Token = QStringLiteral("jeton-secret-0123456789");

QWidget* g_window = nullptr; // the window under test

// Sets the window under test for the keyboard helpers, for the scope of one test case.
struct WindowUnderTest
{
    explicit WindowUnderTest(QWidget* w) { g_window = w; }
    ~WindowUnderTest() { g_window = nullptr; }
    WindowUnderTest(const WindowUnderTest&) = delete;
    WindowUnderTest& operator=(const WindowUnderTest&) = delete;
};

// The widget with the keyboard focus in the window under test (also when the offscreen platform
// has not given the window back its activation after a dialog closed).
QWidget* focused()
{
    QWidget* w = QApplication::focusWidget();
    if (w == nullptr && g_window != nullptr)
        w = g_window->focusWidget();
    REQUIRE(w != nullptr);
    return w;
}

// Types into the widget that has the keyboard focus.
void type(const QString& text)
{
    QTest::keyClicks(focused(), text);
}

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(focused(), key, modifiers);
}

void replaceText(const QString& text)
{
    press(Qt::Key_A, Qt::ControlModifier);
    if (text.isEmpty())
        press(Qt::Key_Delete);
    else
        type(text);
}

template <typename T>
T* focusedAs(const char* objectName)
{
    auto* w = qobject_cast<T*>(focused());
    REQUIRE(w != nullptr);
    REQUIRE(w->objectName() == QLatin1String(objectName));
    return w;
}

// Tabs forward until the widget named `objectName` has the focus (at most 20 steps).
void tabTo(const char* objectName)
{
    for (int i = 0; i < 20 && focused()->objectName() != QLatin1String(objectName); ++i)
        press(Qt::Key_Tab);
    REQUIRE(focused()->objectName() == QLatin1String(objectName));
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(content);
    return path;
}

} // namespace

TEST_CASE("the first-run wizard is walked with the keyboard and blocks invalid pages", "[wizard][ui]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QString profileDir = tmp.filePath(QStringLiteral("profil"));
    FirstRunWizard wizard(profileDir);
    std::vector<FirstRunWizard::Values> emitted;
    QObject::connect(&wizard, &FirstRunWizard::setupRequested, &wizard,
                     [&](const FirstRunWizard::Values& v) { emitted.push_back(v); });
    const WindowUnderTest underTest(&wizard);
    wizard.show();
    QApplication::setActiveWindow(&wizard);
    REQUIRE(QTest::qWaitForWindowActive(&wizard));
    auto* next = child<QAbstractButton>(wizard, "wizardNextButton");
    auto* back = child<QAbstractButton>(wizard, "wizardBackButton");
    auto* finish = child<QAbstractButton>(wizard, "wizardFinishButton");

    // ---- The CCAS ----
    REQUIRE(wizard.currentId() == FirstRunWizard::CcasPageId);
    auto* ccasMessage = child<QLabel>(wizard, "ccasMessageLabel");
    CHECK_FALSE(next->isEnabled());
    CHECK(ccasMessage->isVisible());
    focusedAs<QLineEdit>("ccasNameEdit");
    type(QStringLiteral("CCAS de Test"));
    press(Qt::Key_Tab);
    focusedAs<QLineEdit>("siretEdit");
    type(QStringLiteral("13002526500014")); // wrong key
    CHECK_FALSE(next->isEnabled());
    CHECK(ccasMessage->isVisible());
    CHECK(ccasMessage->text() == Siret::validationMessage(QStringLiteral("13002526500014")));
    press(Qt::Key_Return); // « Next » is disabled: nothing happens
    CHECK(wizard.currentId() == FirstRunWizard::CcasPageId);
    replaceText(QStringLiteral("130 025 265 00013"));
    CHECK(next->isEnabled());
    CHECK_FALSE(ccasMessage->isVisible());
    press(Qt::Key_Tab);
    focusedAs<QPlainTextEdit>("ccasAddressEdit");
    type(QStringLiteral("1 place de la Mairie"));
    press(Qt::Key_Return); // a new line of the address, not « Next »
    type(QStringLiteral("78600 Maisons-Laffitte"));
    CHECK(wizard.currentId() == FirstRunWizard::CcasPageId);
    press(Qt::Key_Tab);
    focusedAs<QLineEdit>("ccasLogoEdit");
    type(QStringLiteral("/nonexistent/logo.png"));
    CHECK_FALSE(next->isEnabled()); // an unreadable logo is refused
    CHECK(ccasMessage->isVisible());
    replaceText(QString());
    CHECK(next->isEnabled());
    press(Qt::Key_Return);
    REQUIRE(wizard.currentId() == FirstRunWizard::AgentPageId);

    // ---- The agent ----
    auto* agent = focusedAs<QLineEdit>("agentIdEdit");
    CHECK(agent->text() == FirstRunSetup::defaultAgentId());
    replaceText(QString());
    CHECK_FALSE(next->isEnabled());
    CHECK(child<QLabel>(wizard, "agentMessageLabel")->isVisible());
    type(QStringLiteral("agent.test"));
    CHECK(next->isEnabled());
    press(Qt::Key_Return);
    REQUIRE(wizard.currentId() == FirstRunWizard::PassphrasePageId);

    // ---- The recovery passphrase ----
    auto* passphrase = focusedAs<QLineEdit>("passphraseEdit");
    CHECK(passphrase->echoMode() == QLineEdit::Password);
    CHECK(child<QLabel>(wizard, "lossWarningLabel")->isVisible());
    type(QStringLiteral("short"));
    CHECK(child<QLabel>(wizard, "passphraseStrengthLabel")->text() ==
          RecoveryKey::weaknessMessage(QStringLiteral("short")));
    CHECK_FALSE(next->isEnabled());
    replaceText(Passphrase);
    CHECK_FALSE(next->isEnabled()); // not confirmed yet
    tabTo("passphraseConfirmEdit");
    type(QStringLiteral("correct horse battery"));
    auto* passMessage = child<QLabel>(wizard, "passphraseMessageLabel");
    CHECK(passMessage->isVisible()); // the two differ
    CHECK_FALSE(next->isEnabled());
    press(Qt::Key_Return);
    CHECK(wizard.currentId() == FirstRunWizard::PassphrasePageId);
    type(QStringLiteral(" staple"));
    CHECK_FALSE(passMessage->isVisible());
    CHECK(next->isEnabled());

    // The recovery sheet: never the passphrase; saved as PDF through a non-modal file chooser.
    const RecoverySheetInput sheet = wizard.recoverySheetInput();
    CHECK(sheet.ccasName == QStringLiteral("CCAS de Test"));
    CHECK(sheet.profileDir == profileDir);
    CHECK(sheet.agentId == QStringLiteral("agent.test"));
    CHECK(sheet.createdAt.isValid());
    CHECK_FALSE(RecoverySheet::html(sheet).contains(Passphrase));
    tabTo("saveRecoverySheetButton");
    press(Qt::Key_Space);
    auto* fileDialog = wizard.findChild<QFileDialog*>(QStringLiteral("recoverySheetPdfDialog"));
    REQUIRE(fileDialog != nullptr);
    REQUIRE(waitUntil([&] { return fileDialog->isVisible(); }));
    const QPointer<QFileDialog> fileDialogAlive(fileDialog);
    const QString pdf = tmp.filePath(QStringLiteral("fiche.pdf"));
    fileDialog->selectFile(pdf);
    static_cast<QDialog*>(fileDialog)->accept(); // QFileDialog::accept, as the « Save » button
    REQUIRE(waitUntil([&] { return QFileInfo::exists(pdf) && fileDialogAlive.isNull(); }));
    CHECK_FALSE(child<QLabel>(wizard, "recoverySheetStatusLabel")->text().isEmpty());
    QFile pdfFile(pdf);
    REQUIRE(pdfFile.open(QIODevice::ReadOnly));
    CHECK(pdfFile.read(5) == QByteArray("%PDF-"));
    pdfFile.close();
    // Printing goes through a non-modal preview.
    child<QPushButton>(wizard, "printRecoverySheetButton")->click();
    auto* preview = wizard.findChild<QPrintPreviewDialog*>(QStringLiteral("recoverySheetPreviewDialog"));
    REQUIRE(preview != nullptr);
    REQUIRE(waitUntil([&] { return preview->isVisible(); }));
    const QPointer<QPrintPreviewDialog> previewAlive(preview);
    preview->reject();
    REQUIRE(waitUntil([&] { return previewAlive.isNull(); })); // deleted on close
    QApplication::setActiveWindow(&wizard); // best effort offscreen: focused() falls back on the wizard's focus
    child<QLineEdit>(wizard, "passphraseConfirmEdit")->setFocus();
    press(Qt::Key_Return);
    REQUIRE(wizard.currentId() == FirstRunWizard::ApiPageId);

    // ---- API access ----
    auto* env = focusedAs<QComboBox>("environmentCombo");
    auto* apiMessage = child<QLabel>(wizard, "apiMessageLabel");
    CHECK(next->isEnabled()); // everything optional
    env->setCurrentIndex(env->findData(QStringLiteral("gateway")));
    CHECK_FALSE(next->isEnabled()); // a gateway needs its URL
    CHECK(apiMessage->isVisible());
    CHECK_FALSE(child<QLineEdit>(wizard, "tokenEdit")->isEnabled());
    tabTo("gatewayUrlEdit");
    type(QStringLiteral("http://passerelle.ccas.fr"));
    CHECK_FALSE(next->isEnabled());
    replaceText(QStringLiteral("https://passerelle.ccas.fr/api"));
    CHECK(next->isEnabled());
    env->setFocus();
    env->setCurrentIndex(env->findData(QStringLiteral("staging")));
    CHECK(next->isEnabled());
    tabTo("tokenEdit");
    CHECK(child<QLineEdit>(wizard, "tokenEdit")->echoMode() == QLineEdit::Password);
    type(Token);
    press(Qt::Key_Tab);
    focusedAs<QLineEdit>("impotBaseUrlEdit");
    type(QStringLiteral("https://passerelle.example.fr/impotparticulier/1.0"));
    CHECK_FALSE(next->isEnabled()); // the token URL too, or neither
    CHECK(apiMessage->isVisible());
    press(Qt::Key_Tab);
    focusedAs<QLineEdit>("impotTokenUrlEdit");
    type(QStringLiteral("https://passerelle.example.fr/token"));
    CHECK(next->isEnabled());
    press(Qt::Key_Tab);
    type(QStringLiteral("client-id"));
    press(Qt::Key_Tab);
    focusedAs<QLineEdit>("impotClientSecretEdit");
    type(QStringLiteral("client-secret"));
    press(Qt::Key_Return);
    REQUIRE(wizard.currentId() == FirstRunWizard::ReglementPageId);

    // ---- The règlement ----
    focusedAs<QLineEdit>("reglementPathEdit");
    CHECK(next->isEnabled()); // optional
    const QString broken = writeFile(tmp, QStringLiteral("casse.json"), QByteArrayLiteral("{ \"aides\": ["));
    type(broken);
    auto* errors = child<QListWidget>(wizard, "reglementErrorList");
    REQUIRE(waitUntil([&] { return errors->isVisible(); }));
    CHECK(errors->count() >= 1);
    CHECK_FALSE(next->isEnabled());
    press(Qt::Key_Return);
    CHECK(wizard.currentId() == FirstRunWizard::ReglementPageId);
    replaceText(QStringLiteral(":/reglements/exemple-maisons-laffitte.json"));
    REQUIRE(waitUntil([&] { return next->isEnabled(); }));
    CHECK_FALSE(errors->isVisible());
    CHECK_FALSE(child<QLabel>(wizard, "reglementStatusLabel")->text().isEmpty());
    press(Qt::Key_Return);
    REQUIRE(wizard.currentId() == FirstRunWizard::SummaryPageId);

    // ---- Summary, finish, error, retry ----
    const QString summary = child<QPlainTextEdit>(wizard, "summaryView")->toPlainText();
    CHECK(summary.contains(QStringLiteral("CCAS de Test")));
    CHECK(summary.contains(QStringLiteral("agent.test")));
    CHECK_FALSE(summary.contains(Passphrase));
    CHECK_FALSE(summary.contains(Token));
    CHECK_FALSE(summary.contains(QStringLiteral("client-secret")));
    CHECK(finish->isEnabled());
    press(Qt::Key_Return);
    REQUIRE(emitted.size() == 1);
    const FirstRunWizard::Values v = emitted.front();
    CHECK(v.ccasName == QStringLiteral("CCAS de Test"));
    CHECK(v.siret == QStringLiteral("13002526500013"));
    CHECK(v.ccasAddress == QStringLiteral("1 place de la Mairie\n78600 Maisons-Laffitte"));
    CHECK(v.ccasLogoPath.isEmpty());
    CHECK(v.agentId == QStringLiteral("agent.test"));
    CHECK(v.passphrase == Passphrase);
    CHECK(v.environment == QStringLiteral("staging"));
    CHECK(v.gatewayUrl.isEmpty());
    CHECK(v.apiParticulierToken == Token);
    CHECK(v.impotBaseUrl == QStringLiteral("https://passerelle.example.fr/impotparticulier/1.0"));
    CHECK(v.impotTokenUrl == QStringLiteral("https://passerelle.example.fr/token"));
    CHECK(v.impotClientId == QStringLiteral("client-id"));
    CHECK(v.impotClientSecret == QStringLiteral("client-secret"));
    CHECK(v.reglementPath == QStringLiteral(":/reglements/exemple-maisons-laffitte.json"));

    // Busy while the profile is created: nothing can be changed, closed or sent twice.
    CHECK(wizard.isBusy());
    CHECK(child<QLabel>(wizard, "wizardProgressLabel")->isVisible());
    CHECK_FALSE(finish->isEnabled());
    CHECK_FALSE(back->isEnabled());
    wizard.accept();
    wizard.reject();
    CHECK(emitted.size() == 1);
    CHECK(wizard.isVisible());

    wizard.showError(QStringLiteral("disk full"));
    CHECK_FALSE(wizard.isBusy());
    auto* error = child<QLabel>(wizard, "wizardErrorLabel");
    CHECK(error->isVisible());
    CHECK(error->text() == QStringLiteral("disk full"));
    CHECK_FALSE(child<QLabel>(wizard, "wizardProgressLabel")->isVisible());
    CHECK(finish->isEnabled());
    REQUIRE(back->isEnabled());
    // The administrator goes back, corrects, and finishes again.
    back->click();
    REQUIRE(wizard.currentId() == FirstRunWizard::ReglementPageId);
    focusedAs<QLineEdit>("reglementPathEdit");
    replaceText(QString());
    REQUIRE(waitUntil([&] { return next->isEnabled(); }));
    press(Qt::Key_Return);
    REQUIRE(wizard.currentId() == FirstRunWizard::SummaryPageId);
    finish->click();
    REQUIRE(emitted.size() == 2);
    CHECK(emitted.back().reglementPath.isEmpty());
    CHECK(wizard.isBusy());

    wizard.closeAfterSetup();
    CHECK_FALSE(wizard.isVisible());
    CHECK(wizard.result() == QDialog::Accepted);
}

TEST_CASE("the first-run wizard starts from known values and names its controls", "[wizard][ui]")
{
    FirstRunWizard::Values initial;
    initial.ccasName = QStringLiteral("CCAS d'Aubord");
    initial.siret = QStringLiteral("13002526500013");
    initial.agentId = QStringLiteral("agent.connu");
    initial.environment = QStringLiteral("staging");
    initial.passphrase = QStringLiteral("ignored because never prefilled");
    FirstRunWizard wizard(QStringLiteral("/tmp/profil"), initial);
    wizard.show();
    CHECK(child<QAbstractButton>(wizard, "wizardNextButton")->isEnabled()); // already valid
    CHECK(child<QLineEdit>(wizard, "agentIdEdit")->text() == QStringLiteral("agent.connu"));
    CHECK(child<QLineEdit>(wizard, "passphraseEdit")->text().isEmpty());
    CHECK(child<QComboBox>(wizard, "environmentCombo")->currentData().toString() == QStringLiteral("staging"));

    // Every control a keyboard reaches has an accessible name.
    for (QWidget* w : wizard.findChildren<QWidget*>()) {
        if (w->focusPolicy() == Qt::NoFocus || w->objectName().isEmpty() ||
            w->objectName().startsWith(QLatin1String("qt_")) || // QWizard's unused commit and help buttons
            !(qobject_cast<QLineEdit*>(w) || qobject_cast<QAbstractButton*>(w) || qobject_cast<QComboBox*>(w) ||
              qobject_cast<QPlainTextEdit*>(w) || qobject_cast<QListWidget*>(w)))
            continue;
        INFO(w->objectName().toStdString());
        CHECK_FALSE(w->accessibleName().isEmpty());
    }
    // Closing without creating anything is allowed when not busy.
    wizard.reject();
    CHECK_FALSE(wizard.isVisible());
}
