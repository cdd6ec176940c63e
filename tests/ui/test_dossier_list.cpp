// The lazy dossier list of the main window, offscreen, on an ephemeral profile holding 1 000
// dossiers: pages fetched as the table scrolls, the count, the aid filter, the search, the
// selection kept across a new first page, and the keyboard (Down from the search, Enter opens).
#include "ClientRig.h"
#include "DossierListModel.h"
#include "MainWindow.h"
#include "StoreRig.h"
#include "session/ProfileSession.h"
#include "store/DossierRepository.h"

#include "WidgetLookup.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace ccas;
using namespace ccas::test;

namespace {

constexpr int Total = 1000;
const char* Names[] = {"MARTIN", "BERNARD", "THOMAS", "PETIT", "ROBERT", "RICHARD", "DURAND", "DUBOIS"};

// Dossier i: surname Names[i % 8], first name "Prenom<i>", aid ALIM (i % 4 != 3) or ENERGIE (i % 4 == 3),
// the newest activity for the highest i.
void importMany(ProfileSession& session)
{
    const QDateTime base(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC);
    QList<Dossier> all;
    for (int i = 0; i < Total; ++i) {
        Dossier d;
        d.identity = person(QString::fromLatin1(Names[i % 8]), QStringLiteral("Prenom%1").arg(i), 1950 + i % 50,
                            1 + i % 12, 1 + i % 28);
        d.aidCode = i % 4 == 3 ? QStringLiteral("ENERGIE") : QStringLiteral("ALIM");
        d.status = DossierStatus::EnInstruction;
        d.createdAt = d.lastActivityAt = base.addSecs(60 * i);
        all << d;
    }
    auto f = session.dossiers()->importDossiers(all, QStringLiteral("test"));
    REQUIRE(waitUntil([&] { return f.isFinished(); }));
    REQUIRE(f.result().ok());
}

struct ListRig
{
    ClientRig rig;
    PersonFetch fetch{&rig.client()};
    ProfileSession session{QString(), nullptr, rig.clock};
    std::unique_ptr<MainWindow> window;
    QTableView* table = nullptr;
    DossierListModel* model = nullptr;

    ListRig()
    {
        session.openEphemeral();
        REQUIRE(waitUntil([&] { return session.isUnlocked(); }));
        importMany(session);
        MainWindow::Options options;
        options.demo = true;
        options.session = &session;
        window = std::make_unique<MainWindow>(&fetch, options);
        window->resize(1200, 800);
        window->show();
        table = child<QTableView>(*window, "dossierTable");
        model = qobject_cast<DossierListModel*>(table->model());
        REQUIRE(model != nullptr);
        REQUIRE(waitUntil([&] { return model->rowCount() > 0 && !model->isLoading(); }));
    }
    ~ListRig() { window.reset(); }

    void search(const QString& text)
    {
        auto* edit = child<QLineEdit>(*window, "dossierSearchEdit");
        edit->clear();
        QTest::keyClicks(edit, text);
    }
    bool allRows(const std::function<bool(const DossierSummary&)>& test) const
    {
        for (const DossierSummary& s : model->summaries())
            if (!test(s))
                return false;
        return true;
    }
};

} // namespace

TEST_CASE("the dossier list loads one page, then more as the table scrolls to the end", "[ui][dossier-list]")
{
    ListRig r;
    CHECK(r.model->rowCount() == DossierListModel::DefaultPageSize);
    CHECK(r.model->idAt(0) == r.model->summaries().at(0).id);
    CHECK(r.model->summaries().at(0).displayName == QStringLiteral("DUBOIS Prenom999")); // newest first
    auto* count = child<QLabel>(*r.window, "dossierCountLabel");
    REQUIRE(waitUntil([&] { return r.model->totalCount() == Total; }));
    CHECK(count->text().contains(QString::number(Total)));
    CHECK(r.table->currentIndex().row() == 0); // something is selected: Enter opens it

    // Scrolling to the end asks for the next page, again and again until the last one.
    int previous = r.model->rowCount();
    while (r.model->rowCount() < Total) {
        r.table->scrollToBottom();
        REQUIRE(waitUntil([&] { return r.model->rowCount() > previous; }));
        CHECK(r.model->rowCount() - previous <= DossierListModel::DefaultPageSize);
        previous = r.model->rowCount();
    }
    CHECK(r.model->rowCount() == Total);
    CHECK_FALSE(r.model->canFetchMore(QModelIndex()));
    CHECK(r.model->summaries().constLast().displayName == QStringLiteral("MARTIN Prenom0"));
    QStringList ids;
    for (const DossierSummary& s : r.model->summaries())
        ids << s.id;
    ids.removeDuplicates();
    CHECK(ids.size() == Total);
    CHECK(count->text().contains(QString::number(Total)));
}

TEST_CASE("the dossier list filters by aid and narrows as the search is typed", "[ui][dossier-list]")
{
    ListRig r;
    auto* aid = child<QComboBox>(*r.window, "aidFilterCombo");
    CHECK(aid->isEnabled());
    CHECK_FALSE(aid->accessibleName().isEmpty());
    // The aids found in the store, after "all".
    REQUIRE(waitUntil([&] { return aid->count() == 3; }));
    CHECK_FALSE(aid->itemData(0).toString().size() > 0);
    CHECK(aid->itemData(1).toString() == QStringLiteral("ALIM"));
    CHECK(aid->itemData(2).toString() == QStringLiteral("ENERGIE"));

    aid->setCurrentIndex(aid->findData(QStringLiteral("ENERGIE")));
    REQUIRE(waitUntil([&] { return r.model->totalCount() == Total / 4 && !r.model->isLoading(); }));
    CHECK(r.model->rowCount() == DossierListModel::DefaultPageSize);
    CHECK(r.allRows([](const DossierSummary& s) { return s.aidCode == QStringLiteral("ENERGIE"); }));

    // Typing narrows: DUBOIS is i % 8 == 7, all of them ENERGIE (125); one first name, one row.
    r.search(QStringLiteral("dubois"));
    REQUIRE(waitUntil([&] { return r.model->totalCount() == 125 && !r.model->isLoading(); }));
    CHECK(r.model->rowCount() == 125); // a single page: no count to wait for
    CHECK(r.allRows([](const DossierSummary& s) { return s.displayName.startsWith(QStringLiteral("DUBOIS ")); }));
    r.search(QStringLiteral("dubois prenom15"));
    REQUIRE(waitUntil([&] { return r.model->rowCount() == 1 && !r.model->isLoading(); }));
    CHECK(r.model->summaries().at(0).displayName == QStringLiteral("DUBOIS Prenom15"));
    CHECK(r.model->totalCount() == 1);

    // Back to every aid: MARTIN dossiers are ALIM only.
    aid->setCurrentIndex(0);
    r.search(QStringLiteral("martin"));
    REQUIRE(waitUntil([&] { return r.model->totalCount() == 125 && !r.model->isLoading(); }));
    CHECK(r.allRows([](const DossierSummary& s) { return s.aidCode == QStringLiteral("ALIM"); }));
    aid->setCurrentIndex(aid->findData(QStringLiteral("ENERGIE")));
    REQUIRE(waitUntil([&] { return r.model->totalCount() == 0 && !r.model->isLoading(); }));
    CHECK(r.model->rowCount() == 0);
}

TEST_CASE("the dossier list keeps the selected dossier and opens it with the keyboard", "[ui][dossier-list]")
{
    ListRig r;
    auto* edit = child<QLineEdit>(*r.window, "dossierSearchEdit");
    // Down from the search box goes into the list, Down again moves.
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_Down);
    CHECK(r.table->hasFocus());
    CHECK(r.table->currentIndex().row() == 0);
    for (int i = 0; i < 10; ++i)
        QTest::keyClick(r.table, Qt::Key_Down);
    REQUIRE(r.table->currentIndex().row() == 10);
    const QString selected = r.model->idAt(10);
    CHECK(r.model->summaries().at(10).displayName == QStringLiteral("RICHARD Prenom989"));

    // A search that still lists it keeps it selected: the second RICHARD, not the first row.
    r.search(QStringLiteral("richard"));
    REQUIRE(waitUntil([&] { return r.model->totalCount() == 125 && !r.model->isLoading(); }));
    CHECK(r.model->rowOf(selected) == 1);
    CHECK(r.table->currentIndex().row() == 1);
    // One that does not: the first row is selected (Prenom997, 197, 397, 597 and 797 were born in 1997).
    r.search(QStringLiteral("1997 richard"));
    REQUIRE(waitUntil([&] { return r.model->rowCount() == 5 && !r.model->isLoading(); }));
    CHECK(r.allRows([](const DossierSummary& s) { return s.birthDate.endsWith(QStringLiteral("1997")); }));
    CHECK(r.model->rowOf(selected) == -1);
    CHECK(r.table->currentIndex().row() == 0);

    // A filter that keeps the chosen row keeps it selected too (every RICHARD is ALIM).
    r.search(QStringLiteral("richard"));
    REQUIRE(waitUntil([&] { return r.model->rowCount() == 125 && !r.model->isLoading(); }));
    r.table->setCurrentIndex(r.model->index(5, 0));
    const QString chosen = r.model->idAt(5);
    auto* aid = child<QComboBox>(*r.window, "aidFilterCombo");
    REQUIRE(waitUntil([&] { return aid->findData(QStringLiteral("ALIM")) > 0; }));
    QSignalSpy pages(r.model, &DossierListModel::pageLoaded);
    aid->setCurrentIndex(aid->findData(QStringLiteral("ALIM")));
    REQUIRE(waitUntil([&] { return pages.count() >= 1 && !r.model->isLoading(); }));
    CHECK(r.model->rowCount() == 125);
    CHECK(r.model->idAt(r.table->currentIndex().row()) == chosen);

    // Enter opens it.
    r.table->setFocus();
    QTest::keyClick(r.table, Qt::Key_Return);
    REQUIRE(waitUntil([&] { return r.window->openDossierId() == chosen; }));
}

TEST_CASE("the dossier list model ignores the answer to a query replaced meanwhile", "[ui][dossier-list]")
{
    ClientRig rig;
    ProfileSession session(QString(), nullptr, rig.clock);
    session.openEphemeral();
    REQUIRE(waitUntil([&] { return session.isUnlocked(); }));
    importMany(session);
    {
        DossierListModel model;
        model.setRepository(session.dossiers());
        QSignalSpy pages(&model, &DossierListModel::pageLoaded);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        DossierQuery martin;
        martin.search = QStringLiteral("martin");
        DossierQuery petit;
        petit.search = QStringLiteral("petit");
        model.setQuery(martin);
        model.setQuery(petit); // before the first answer came
        REQUIRE(waitUntil([&] { return pages.count() >= 1; }));
        session.waitForIdle();
        QCoreApplication::processEvents();
        CHECK(pages.count() == 1);
        CHECK(resets.count() == 1);
        CHECK(model.rowCount() == 125);
        CHECK(model.summaries().at(0).displayName.startsWith(QStringLiteral("PETIT ")));
        CHECK(model.totalCount() == 125);
        session.waitForIdle();
    }
}
