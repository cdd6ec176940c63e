// The applicant-information notice required by the API Particulier CGU: one A4 page with the CCAS
// letterhead and the key mentions, checked with poppler-utils.
#include "report/ApplicantNotice.h"

#include "PdfTools.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace ccas;
using namespace ccas::test;

namespace {

NoticeInput sample(const QString& logoPath)
{
    NoticeInput in;
    in.ccas.name = QStringLiteral("CCAS de Charleville-Mézières");
    in.ccas.siret = QStringLiteral("26080105500017");
    in.ccas.address = QStringLiteral("Hôtel de ville, place Ducale\n08000 Charleville-Mézières");
    in.ccas.logoPath = logoPath;
    in.printedAt = QDateTime(QDate(2026, 11, 27), QTime(10, 0));
    in.retentionMonths = 27; // distinctive figures: they must come from the input
    in.journalMonths = 39;
    return in;
}

} // namespace

TEST_CASE("The information notice is one A4 page with the letterhead and every key mention", "[report][notice]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const NoticeInput in = sample(makeLogo(dir));
    const QString pdf = dir.filePath(QStringLiteral("notice.pdf"));
    const auto written = ApplicantNotice::writePdf(in, pdf);
    INFO((written.ok() ? std::string() : written.error().toStdString()));
    REQUIRE(written.ok());

    const QString info = tool(QStringLiteral("pdfinfo"), {pdf});
    CHECK(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))));
    CHECK(info.contains(QRegularExpression(QStringLiteral("Page size:[^\\n]*\\(A4\\)"))));

    // The letterhead: name, address, SIRET and the logo (the only image).
    const QString text = pdfFlatText(pdf);
    CHECK(text.contains(QStringLiteral("CCAS de Charleville-Mézières")));
    CHECK(text.contains(QStringLiteral("Hôtel de ville, place Ducale")));
    CHECK(text.contains(QStringLiteral("08000 Charleville-Mézières")));
    CHECK(text.contains(QStringLiteral("260 801 055 00017")));
    const QStringList images = pdfImageLines(pdf);
    CHECK(images.size() == 3); // two header lines, one image

    // Which data from which administration (names that translation does not change).
    for (const char* mention :
         {"CAF", "MSA", "CNAM", "C2S", "RSA", "AAH", "ASF", "DGFiP", "API Particulier", "API Impôt particulier"})
        CHECK(text.contains(QString::fromUtf8(mention)));
    CHECK(text.contains(QStringLiteral("quotient familial"), Qt::CaseInsensitive));
    CHECK(text.contains(QStringLiteral("prime d'activité"), Qt::CaseInsensitive));
    CHECK(text.contains(QStringLiteral("revenu fiscal de référence"), Qt::CaseInsensitive));
    // Legal basis, retention figures, rights and the CNIL.
    CHECK(text.contains(QStringLiteral("L114-8")));
    CHECK(text.contains(QStringLiteral("L114-9")));
    CHECK(text.contains(QStringLiteral("27")));
    CHECK(text.contains(QStringLiteral("39")));
    CHECK(text.contains(QStringLiteral("CNIL")));
    CHECK(text.contains(QStringLiteral("www.cnil.fr")));
    CHECK(text.contains(QStringLiteral("27/11/2026"))); // printed date in the footer
}

TEST_CASE("The information notice without logo or address still names the CCAS, and escapes it", "[report][notice]")
{
    NoticeInput in;
    in.ccas.name = QStringLiteral("CCAS <b>Test</b> & Co");
    const QString html = ApplicantNotice::html(in);
    CHECK(html.contains(QStringLiteral("CCAS &lt;b&gt;Test&lt;/b&gt; &amp; Co")));
    CHECK_FALSE(html.contains(QStringLiteral("<b>Test</b>")));
    CHECK_FALSE(html.contains(QStringLiteral("<img")));

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("notice.pdf"));
    REQUIRE(ApplicantNotice::writePdf(in, pdf).ok());
    CHECK(pdfFlatText(pdf).contains(QStringLiteral("CCAS <b>Test</b> & Co")));
    CHECK(pdfImageLines(pdf).size() == 2);
}

TEST_CASE("A notice PDF that cannot be written is an error naming the file, and leaves nothing", "[report][notice]")
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("no/such/folder/notice.pdf"));
    const auto r = ApplicantNotice::writePdf(sample(QString()), missing);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().contains(QDir::toNativeSeparators(missing)));
    CHECK(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
    CHECK_FALSE(ApplicantNotice::render(sample(QString()), nullptr).ok());
}
