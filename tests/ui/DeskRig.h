// The main window on an ephemeral profile and the embedded fake APIs, with the helpers the window
// tests share: the worked example of domain.md §2.8 typed with the keyboard, the eligibility tree.
#pragma once

#include "ClientRig.h"
#include "EligibilityPanel.h"
#include "MainWindow.h"
#include "eligibility/Menage.h"
#include "eligibility/Reglement.h"
#include "session/ProfileSession.h"
#include "store/Database.h"
#include "store/DossierRepository.h"
#include "store/Journal.h"

#include "WidgetLookup.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

#include <memory>
#include <optional>

namespace ccas::test {

inline const QString ExampleReglement = QStringLiteral(":/reglements/exemple-maisons-laffitte.json");

template <typename T>
T await(QFuture<T> future)
{
    REQUIRE(waitUntil([&] { return future.isFinished(); }));
    return future.result();
}

inline Reglement exampleReglement()
{
    auto r = Reglement::load(ExampleReglement);
    if (!r)
        FAIL_CHECK(r.error().join(QLatin1Char('\n')).toStdString());
    REQUIRE(r.ok());
    return r.value();
}

// A window on an ephemeral profile, unlocked, with `reglement` (none: not configured).
struct Desk
{
    explicit Desk(std::optional<Reglement> reglement, QString reglementPath = QString(),
                  QStringList reglementErrors = {})
        : fetch(&rig.client())
        , session(QString(), nullptr, rig.clock)
    {
        MainWindow::Options options;
        options.demo = true;
        options.session = &session;
        options.reglement = std::move(reglement);
        options.reglementPath = std::move(reglementPath);
        options.reglementErrors = std::move(reglementErrors);
        options.saveReglementPath = [this](const QString& path) {
            savedReglementPaths << path;
            return true;
        };
        options.letterhead = []() {
            CcasLetterhead h;
            h.name = QStringLiteral("CCAS de Test");
            h.siret = QStringLiteral("13002526500013");
            h.address = QStringLiteral("1 place de la Mairie\n78600 Maisons-Laffitte");
            return h;
        };
        window = std::make_unique<MainWindow>(&fetch, options);
        window->show();
        window->activateWindow(); // shortcuts (Ctrl+S) need an active window
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
        session.openEphemeral(QStringLiteral("CCAS de Test"));
        REQUIRE(waitUntil(
            [&] { return session.isUnlocked() && child<QPushButton>(*window, "newDossierButton")->isEnabled(); }));
    }
    ~Desk()
    {
        window.reset(); // before the session it uses
    }

    MainWindow& w() { return *window; }
    DossierRepository* repo() { return session.dossiers(); }

    // A dossier stored directly (no API answer): every paper-proof field is open.
    QString storedDossier(const Identity& identity)
    {
        auto id = await(repo()->create(identity, QString(), session.agent()));
        REQUIRE(id.ok());
        return id.value();
    }

    void open(const QString& id)
    {
        window->refreshDossiers();
        window->openDossier(id);
        REQUIRE(waitUntil([&] { return window->openDossierId() == id; }));
        auto* tabs = child<QTabWidget>(*window, "dossierTabs");
        REQUIRE(tabs->isTabEnabled(1));
        tabs->setCurrentIndex(1);
    }

    Dossier stored(const QString& id)
    {
        auto d = await(repo()->get(id, QStringLiteral("test"), false));
        REQUIRE(d.ok());
        return d.value();
    }

    QList<JournalEntry> journal()
    {
        Database db;
        REQUIRE(await(db.open(session.databasePath(), false)).ok());
        Journal journal(&db, rig.clock);
        auto entries = await(journal.list(QDateTime(), QDateTime(), 0));
        REQUIRE(entries.ok());
        return entries.value();
    }

    ClientRig rig;
    PersonFetch fetch;
    ProfileSession session;
    std::unique_ptr<MainWindow> window;
    QStringList savedReglementPaths;
};

inline void setCombo(QComboBox* combo, const QString& key)
{
    const int index = combo->findData(key);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

inline void retype(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

inline void addPerson(MainWindow& w, int row, PersonRole role, const QString& birth)
{
    QTest::mouseClick(child<QPushButton>(w, "personAddButton"), Qt::LeftButton);
    const QByteArray n = QByteArray::number(row);
    setCombo(child<QComboBox>(w, QByteArray("personRoleCombo" + n).constData()), MenageJson::roleKey(role));
    QTest::keyClicks(child<QLineEdit>(w, QByteArray("personBirthEdit" + n).constData()), birth);
}

// One budget line typed with the keyboard: the new line's kind, then its amount.
inline void addLine(MainWindow& w, const char* prefix, int row, const QString& type, const QString& amount)
{
    const QByteArray p(prefix);
    const QByteArray n = QByteArray::number(row);
    QTest::mouseClick(child<QPushButton>(w, QByteArray(p + "AddButton").constData()), Qt::LeftButton);
    setCombo(child<QComboBox>(w, QByteArray(p + "TypeCombo" + n).constData()), type);
    QTest::keyClicks(child<QLineEdit>(w, QByteArray(p + "AmountEdit" + n).constData()), amount);
}

// The worked example of domain.md §2.8: a couple with two children aged 15 and 8, 1 900 € of
// resources, 820 € of charges, a food request of 300 €.
inline void typeWorkedExample(MainWindow& w)
{
    addPerson(w, 0, PersonRole::Demandeur, QStringLiteral("14/03/1984"));
    addPerson(w, 1, PersonRole::Conjoint, QStringLiteral("02/02/1982"));
    addPerson(w, 2, PersonRole::Enfant, QStringLiteral("10/06/2011"));
    addPerson(w, 3, PersonRole::Enfant, QStringLiteral("01/01/2018"));
    QTest::keyClicks(child<QLineEdit>(w, "communeResidenceEdit"), QStringLiteral("78358")); // Maisons-Laffitte
    setCombo(child<QComboBox>(w, "natureCombo"), QStringLiteral("alimentaire"));
    QTest::keyClicks(child<QLineEdit>(w, "requestedAmountEdit"), QStringLiteral("300"));
    addLine(w, "resource", 0, QStringLiteral("salaire"), QStringLiteral("1900"));
    addLine(w, "charge", 0, QStringLiteral("loyer_residuel"), QStringLiteral("550"));
    addLine(w, "charge", 1, QStringLiteral("energie"), QStringLiteral("120"));
    addLine(w, "charge", 2, QStringLiteral("assurance"), QStringLiteral("40"));
    addLine(w, "charge", 3, QStringLiteral("mutuelle"), QStringLiteral("60"));
    addLine(w, "charge", 4, QStringLiteral("transport"), QStringLiteral("50,00"));
}

inline QTreeWidget* tree(MainWindow& w)
{
    return child<QTreeWidget>(w, "eligibilityTree");
}

inline QTreeWidgetItem* aidItem(MainWindow& w, const QString& code)
{
    QTreeWidget* t = tree(w);
    for (int i = 0; i < t->topLevelItemCount(); ++i)
        if (t->topLevelItem(i)->data(0, Qt::UserRole + 1).toString() == code)
            return t->topLevelItem(i);
    return nullptr;
}

// The figure `key` of the household as the panel shows it ("" when absent).
inline QString figure(MainWindow& w, const QString& key)
{
    QTreeWidget* t = tree(w);
    for (int i = 0; i < t->topLevelItemCount(); ++i) {
        QTreeWidgetItem* top = t->topLevelItem(i);
        for (int j = 0; j < top->childCount(); ++j)
            if (top->child(j)->data(1, Qt::UserRole + 2).toString() == key)
                return top->child(j)->text(1);
    }
    return QString();
}

inline const AidResult* shownAid(MainWindow& w, const QString& code)
{
    return child<EligibilityPanel>(w, "eligibilityPanel")->aid(code);
}

// The code of the first aid of the règlement answering a food request.
inline QString foodAid(const Reglement& reglement)
{
    for (const ReglementAidInfo& a : reglement.aids())
        if (a.natures.isEmpty() || a.natures.contains(QStringLiteral("alimentaire")))
            return a.code;
    return QString();
}

} // namespace ccas::test
