// The recovery sheet as a PDF: one page, the CCAS and the profile folder as text, never a passphrase.
#include "report/RecoverySheet.h"

#include "PdfTools.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

using namespace ccas;
using namespace ccas::test;

TEST_CASE("the recovery sheet is written as a one-page PDF with the CCAS and the profile folder", "[wizard]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    RecoverySheetInput in;
    in.ccasName = QStringLiteral("CCAS de Maisons-Laffitte");
    in.siret = QStringLiteral("13002526500013");
    in.profileDir = QStringLiteral("/srv/guichet/profil-test");
    in.createdAt = QDateTime(QDate(2026, 11, 27), QTime(9, 30));
    const QString path = tmp.filePath(QStringLiteral("fiche.pdf"));
    const auto written = RecoverySheet::writePdf(in, path);
    INFO((written ? std::string() : written.error().toStdString()));
    REQUIRE(written.ok());
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.read(5) == QByteArray("%PDF-"));

    const QString text = pdfText(path);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("CCAS de Maisons-Laffitte")));
    CHECK(text.contains(QStringLiteral("/srv/guichet/profil-test")));
    CHECK(text.contains(QStringLiteral("27/11/2026")));
    CHECK(text.count(QChar(0x0c)) <= 1); // one page (pdftotext ends each page with a form feed)

    CHECK_FALSE(RecoverySheet::writePdf(in, tmp.path()).ok()); // a folder
    CHECK_FALSE(RecoverySheet::writePdf(in, tmp.filePath(QStringLiteral("missing/fiche.pdf"))).ok());
}
