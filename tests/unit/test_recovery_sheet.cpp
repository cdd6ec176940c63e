// The recovery sheet's HTML: what it shows, escaped, and the box to write the passphrase by hand.
#include "report/RecoverySheet.h"

#include <catch2/catch.hpp>

#include <QDir>

using namespace ccas;

namespace {

RecoverySheetInput sampleInput()
{
    RecoverySheetInput in;
    in.ccasName = QStringLiteral("CCAS de Maisons-Laffitte <test> & co");
    in.siret = QStringLiteral("13002526500013");
    in.profileDir = QStringLiteral("/home/agent/.local/share/guichet-ccas/profil");
    in.createdAt = QDateTime(QDate(2026, 11, 27), QTime(9, 30));
    in.agentId = QStringLiteral("marie.durand");
    return in;
}

} // namespace

TEST_CASE("the recovery sheet shows the CCAS, the folder, the date and a box for the passphrase", "[wizard]")
{
    const QString html = RecoverySheet::html(sampleInput());
    CHECK(html.contains(QStringLiteral("CCAS de Maisons-Laffitte &lt;test&gt; &amp; co")));
    CHECK_FALSE(html.contains(QStringLiteral("<test>")));
    CHECK(html.contains(QStringLiteral("130 025 265 00013")));
    CHECK(html.contains(QDir::toNativeSeparators(sampleInput().profileDir)));
    CHECK(html.contains(QStringLiteral("27/11/2026 09:30")));
    CHECK(html.contains(QStringLiteral("marie.durand")));
    CHECK(html.contains(QStringLiteral("id=\"passphrase-box\"")));
    CHECK(html.count(QStringLiteral("<tr><td>&nbsp;</td></tr>")) >= 3); // lines to write on
    // Where to keep it, how recovery works: two sections with their advice.
    CHECK(html.count(QStringLiteral("<h2>")) == 3);
    CHECK(html.count(QStringLiteral("<li>")) >= 3);
}

TEST_CASE("the recovery sheet leaves out the optional SIRET and creator", "[wizard]")
{
    RecoverySheetInput in = sampleInput();
    in.siret.clear();
    in.agentId.clear();
    const QString html = RecoverySheet::html(in);
    CHECK_FALSE(html.contains(QStringLiteral("SIRET")));
    CHECK_FALSE(html.contains(RecoverySheet::tr("Created by:")));
}
