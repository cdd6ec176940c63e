#include "report/EligibilitySummary.h"

#include "PdfTools.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace ccas;
using namespace ccas::test;

namespace {

const QString DossierId = QStringLiteral("DK7M2Q9XR4TB8WZ3C");
const QString QfRequestId = QStringLiteral("6f1c2a9e-3b7d-4e21-9a0c-5d8e7f6a1b2c");
const QString TaxRequestId = QStringLiteral("c0ffee42-7a1b-4c3d-8e5f-0a9b8c7d6e5f");
const QString RsaRequestId = QStringLiteral("0b7e3a3c-5f0e-4a5b-9d6a-1c2b3d4e5f60");

FigureSource apiSource(const QString& api, const QString& provider, int year, int month, const QString& requestId)
{
    FigureSource s;
    s.kind = FigureSource::Kind::Api;
    s.api = api;
    s.provider = provider;
    s.year = year;
    s.month = month;
    s.requestId = requestId;
    s.fetchedAt = QDateTime(QDate(2026, 11, 27), QTime(8, 12), Qt::UTC);
    return s;
}

FigureSource typed(FigureSource::Kind kind)
{
    FigureSource s;
    s.kind = kind;
    return s;
}

MenageAmount amount(const QString& type, qint64 cents, FigureSource source)
{
    MenageAmount a;
    a.type = type;
    a.cents = cents;
    a.source = std::move(source);
    return a;
}

ExplanationLine line(ExplanationLine::State state, const QString& criterion, const QString& text,
                     const QStringList& sources = {})
{
    ExplanationLine l;
    l.state = state;
    l.criterion = criterion;
    l.text = text;
    l.sources = sources;
    return l;
}

// The worked example of domain.md §2.8: a couple with two children aged 15 and 8.
SummaryInput sampleInput()
{
    SummaryInput in;
    in.ccas.name = QStringLiteral("CCAS de Charleville-Mézières");
    in.ccas.siret = QStringLiteral("26080105500017");
    in.ccas.address = QStringLiteral("Hôtel de ville, place Ducale\n08000 Charleville-Mézières");
    in.dossierRef = DossierId;
    in.agent = QStringLiteral("agent.martin");
    in.printedAt = QDateTime(QDate(2026, 11, 27), QTime(14, 5));
    in.retentionMonths = 37; // printed in the legal mentions

    in.applicant.nomNaissance = QStringLiteral("DUPONT");
    in.applicant.prenoms = {QStringLiteral("Sophie"), QStringLiteral("Marie")};
    in.applicant.sexe = QStringLiteral("F");
    in.applicant.anneeNaissance = 1984;
    in.applicant.moisNaissance = 3;
    in.applicant.jourNaissance = 14;
    in.applicant.codePaysNaissance = QStringLiteral("99100");
    in.applicant.codeCommuneNaissance = QStringLiteral("13055");
    in.applicantAddress = QStringLiteral("12 RUE DES LILAS\n08000 CHARLEVILLE-MEZIERES");

    Menage& m = in.menage;
    m.dateReference = QDate(2026, 11, 27);
    m.communeResidence = QStringLiteral("08105");
    m.personnes = {{PersonRole::Demandeur, QDate(1984, 3, 14), false},
                   {PersonRole::Conjoint, QDate(1982, 6, 2), false},
                   {PersonRole::Enfant, QDate(2011, 5, 10), false},
                   {PersonRole::Enfant, QDate(2018, 9, 1), true}};
    const FigureSource caf =
        apiSource(QStringLiteral("API Particulier"), QStringLiteral("CNAF"), 2026, 10, QfRequestId);
    m.ressources = QList<MenageAmount>{amount(QStringLiteral("salaire"), 175200, typed(FigureSource::Kind::Agent)),
                                       amount(QStringLiteral("prestations_familiales"), 14800, caf)};
    m.charges =
        QList<MenageAmount>{amount(QStringLiteral("loyer_residuel"), 55000, typed(FigureSource::Kind::Justificatif)),
                            amount(QStringLiteral("energie"), 12000, typed(FigureSource::Kind::Justificatif)),
                            amount(QStringLiteral("assurance"), 4000, typed(FigureSource::Kind::Agent)),
                            amount(QStringLiteral("mutuelle"), 6000, typed(FigureSource::Kind::Agent)),
                            amount(QStringLiteral("transport"), 5000, typed(FigureSource::Kind::Agent))};
    CafQuotient qf;
    qf.valeur = 649;
    qf.fournisseur = QStringLiteral("CNAF");
    qf.annee = 2026;
    qf.mois = 10;
    qf.source = caf;
    m.quotientFamilialCaf = qf;
    FiscalData fiscal;
    fiscal.rfrEuros = 18000;
    fiscal.partsQuarters = 12;
    fiscal.impotEuros = 0;
    fiscal.anneeRevenus = 2025;
    fiscal.source = apiSource(QStringLiteral("API Impôt particulier"), QStringLiteral("DGFiP"), 2025, 0, TaxRequestId);
    m.fiscal = fiscal;
    m.statuts[Benefit::RSA] = {
        false, apiSource(QStringLiteral("API Particulier"), QStringLiteral("CNAV"), 0, 0, RsaRequestId)};
    m.statuts[Benefit::PrimeActivite] = {true, typed(FigureSource::Kind::Justificatif)};
    m.demande.nature = QStringLiteral("alimentaire");
    m.demande.montantCents = 30000;
    m.aidesRecues = {{QStringLiteral("ALIM-URG"), QDate(2026, 3, 1), 10000}};

    Evaluation& ev = in.evaluation;
    ev.ccas = in.ccas.name;
    ev.reglementTitle = QStringLiteral("Règlement des aides facultatives");
    ev.reglementVersion = 3;
    ev.dateReference = m.dateReference;
    const QString cafText = QStringLiteral("API Particulier, CNAF, QF 10/2026, demande %1").arg(QfRequestId);
    ev.figures = {{QStringLiteral("personnes"), QStringLiteral("Personnes"), QStringLiteral("4"), {}},
                  {QStringLiteral("uc_oecd"), QStringLiteral("UC (OCDE)"), QStringLiteral("2,3"), {}},
                  {QStringLiteral("rav_mois"),
                   QStringLiteral("Reste à vivre par personne et par mois"),
                   QStringLiteral("270,00 €"),
                   {QStringLiteral("ressources et charges saisies par l'agent")}},
                  {QStringLiteral("rav_jour"),
                   QStringLiteral("Reste à vivre par personne et par jour"),
                   QStringLiteral("9,00 €"),
                   {}}};

    AidResult ml;
    ml.code = QStringLiteral("ML-PRIMAIRE");
    ml.label = QStringLiteral("Aide aux besoins primaires");
    ml.verdict = Verdict::Eligible;
    ml.amountCents = 12000;
    ml.lines = {line(ExplanationLine::State::Met, QStringLiteral("Reste à vivre"),
                     QStringLiteral("9,00 € par personne et par jour ≤ 10,00 € : condition remplie"),
                     {QStringLiteral("ressources et charges saisies par l'agent")}),
                line(ExplanationLine::State::Info, QStringLiteral("Tranche"),
                     QStringLiteral("8–10 € : 40 % de 300,00 € = 120,00 €")),
                line(ExplanationLine::State::Info, QStringLiteral("Plafond annuel"),
                     QStringLiteral("750,00 € ; déjà reçu 100,00 € ; reste 650,00 €"))};
    ml.justificatifs = {QStringLiteral("facture"), QStringLiteral("avis d'imposition")};

    AidResult aubord;
    aubord.code = QStringLiteral("AUB-ALIM");
    aubord.label = QStringLiteral("Aide alimentaire");
    aubord.verdict = Verdict::NotEligible;
    aubord.lines = {line(ExplanationLine::State::NotMet, QStringLiteral("Plafond de ressources"),
                         QStringLiteral("1 900,00 € > 950,00 € (4 personnes) : condition non remplie"))};

    AidResult plaine;
    plaine.code = QStringLiteral("PA-QF");
    plaine.label = QStringLiteral("Secours d'urgence");
    plaine.verdict = Verdict::Incomplete;
    plaine.missing = {QStringLiteral("statut C2S")};
    plaine.lines = {
        line(ExplanationLine::State::Met, QStringLiteral("Quotient familial CAF"),
             QStringLiteral("649 € < 900 € : condition remplie"), {cafText}),
        line(ExplanationLine::State::Missing, QStringLiteral("Statut C2S"), QStringLiteral("statut C2S inconnu"))};
    ev.aids = {ml, aubord, plaine};
    return in;
}

QStringList entries(const QString& dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
}

} // namespace

TEST_CASE("The summary PDF shows every key figure on at most two A4 pages, PDF/A-1b with embedded fonts", "[report]")
{
    QTemporaryDir assets;
    QTemporaryDir out;
    REQUIRE(assets.isValid());
    REQUIRE(out.isValid());
    SummaryInput in = sampleInput();
    in.ccas.logoPath = makeLogo(assets);
    const QString pdf = out.filePath(QStringLiteral("synthese.pdf"));

    const auto written = EligibilitySummary::writePdf(in, pdf);
    INFO((written ? QString() : written.error()).toStdString());
    REQUIRE(written.ok());
    CHECK(entries(out.path()) == QStringList{QStringLiteral("synthese.pdf")}); // no temporary file left

    const QString text = pdfText(pdf);
    INFO(text.toStdString());
    // The dossier, the letterhead and the applicant.
    CHECK(text.contains(DossierId));
    CHECK(text.contains(QStringLiteral("260 801 055 00017"))); // SIRET
    CHECK(text.contains(QStringLiteral("CCAS de Charleville-Mézières")));
    CHECK(text.contains(QStringLiteral("DUPONT")));
    CHECK(text.contains(QStringLiteral("Sophie Marie")));
    CHECK(text.contains(QStringLiteral("14/03/1984")));
    CHECK(text.contains(QStringLiteral("12 RUE DES LILAS")));
    CHECK(text.contains(QStringLiteral("agent.martin")));
    CHECK(text.contains(QStringLiteral("27/11/2026 14:05")));
    // Source figures with their provenance (request ids, month, income year, fetch date).
    CHECK(text.contains(QStringLiteral("649 €")));
    CHECK(text.contains(QStringLiteral("10/2026")));
    CHECK(text.contains(QfRequestId));
    CHECK(text.contains(TaxRequestId));
    CHECK(text.contains(RsaRequestId));
    CHECK(text.contains(QStringLiteral("DGFiP")));
    CHECK(text.contains(QStringLiteral("2025")));
    CHECK(text.contains(QStringLiteral("18 000,00 €")));
    CHECK(text.contains(QStringLiteral("27/11/2026 ")));
    // Household figures, resources and charges.
    CHECK(text.contains(QStringLiteral("270,00 €")));
    CHECK(text.contains(QStringLiteral("2,3")));
    CHECK(text.contains(QStringLiteral("1 752,00 €")));
    CHECK(text.contains(QStringLiteral("1 900,00 €")));
    CHECK(text.contains(QStringLiteral("820,00 €")));
    CHECK(text.contains(QStringLiteral("08105")));
    // Per aid: label, code, amount and explanation lines with their symbols.
    CHECK(text.contains(QStringLiteral("ML-PRIMAIRE")));
    CHECK(text.contains(QStringLiteral("AUB-ALIM")));
    CHECK(text.contains(QStringLiteral("PA-QF")));
    CHECK(text.contains(QStringLiteral("120,00 €")));
    CHECK(text.contains(QStringLiteral("750,00 €")));
    CHECK(text.contains(QStringLiteral("statut C2S")));
    CHECK(text.contains(QStringLiteral("\u2714")));
    CHECK(text.contains(QStringLiteral("\u2718")));
    // Legal mentions: the CRPA article and the retention period.
    CHECK(text.contains(QStringLiteral("L114-8")));
    CHECK(text.contains(QStringLiteral(" 37 ")));

    // A4, one or two pages, PDF/A-1b (PDF 1.4 with the pdfaid XMP), no personal data in the metadata.
    const int pages = pdfInfoField(pdf, QStringLiteral("Pages")).toInt();
    CHECK(pages >= 1);
    CHECK(pages <= 2);
    CHECK(text.contains(QStringLiteral("%1/%1").arg(pages))); // the footer's page number
    CHECK(pdfInfoField(pdf, QStringLiteral("PDF version")) == QStringLiteral("1.4"));
    CHECK(pdfInfoField(pdf, QStringLiteral("Page size")).contains(QStringLiteral("(A4)")));
    const QString title = pdfInfoField(pdf, QStringLiteral("Title"));
    CHECK(title.contains(DossierId));
    CHECK_FALSE(title.contains(QStringLiteral("DUPONT")));
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray raw = file.readAll();
    CHECK(QRegularExpression(QStringLiteral(R"(pdfaid:part(>|=["'])1)")).match(QString::fromLatin1(raw)).hasMatch());
    CHECK(QRegularExpression(QStringLiteral(R"(pdfaid:conformance(>|=["'])B)"))
              .match(QString::fromLatin1(raw))
              .hasMatch());
    CHECK_FALSE(raw.contains("DUPONT"));
    CHECK_FALSE(raw.contains("Sophie"));
    // PDF/A-1b: no transparency (the logo is flattened); "/SMask /None" is allowed.
    CHECK(raw.count("/SMask") == raw.count("/SMask /None"));

    // Every font is embedded, and it is DejaVu Sans.
    const QList<FontRow> fonts = pdfFonts(pdf);
    REQUIRE_FALSE(fonts.isEmpty());
    for (const FontRow& f : fonts) {
        INFO(QString(f.name + QLatin1Char(' ') + f.type).toStdString());
        CHECK(f.emb == QStringLiteral("yes"));
        CHECK(f.name.contains(QStringLiteral("DejaVuSans")));
    }

    // The logo is embedded once.
    const QStringList images = pdfImageLines(pdf);
    CHECK(images.size() == 3); // header, dashes, one image
}

TEST_CASE("The pseudonymised summary has initials and figures, no name, birth date or address", "[report]")
{
    QTemporaryDir out;
    REQUIRE(out.isValid());
    SummaryInput in = sampleInput();
    in.pseudonymise = true;
    Decision decision;
    decision.outcome = Outcome::Accorde;
    decision.amountCents = 11500;
    decision.motif = QStringLiteral("Facture EDF de Mme DUPONT");
    decision.agent = QStringLiteral("agent.martin");
    decision.decidedAt = QDateTime(QDate(2026, 11, 30), QTime(10, 0));
    in.decision = decision;
    const QString pdf = out.filePath(QStringLiteral("commission.pdf"));
    const auto written = EligibilitySummary::writePdf(in, pdf);
    INFO((written ? QString() : written.error()).toStdString());
    REQUIRE(written.ok());

    const QString text = pdfText(pdf);
    INFO(text.toStdString());
    for (const char* personal : {"DUPONT", "Dupont", "Sophie", "Marie", "14/03/1984", "1984", "13055", "LILAS",
                                 "CHARLEVILLE-MEZIERES", "EDF"}) {
        INFO(personal);
        CHECK_FALSE(text.contains(QString::fromUtf8(personal)));
    }
    CHECK(text.contains(QStringLiteral("S. D.")));
    CHECK(text.contains(DossierId));
    CHECK(text.contains(QStringLiteral("649 €")));
    CHECK(text.contains(QStringLiteral("270,00 €")));
    CHECK(text.contains(QStringLiteral("750,00 €")));
    CHECK(text.contains(QStringLiteral("115,00 €")));
    CHECK(text.contains(QfRequestId));
    CHECK(pdfInfoField(pdf, QStringLiteral("Pages")).toInt() <= 2);

    const QString html = EligibilitySummary::html(in);
    CHECK(html.contains(QStringLiteral("class=\"mark\"")));
    CHECK_FALSE(html.contains(QStringLiteral("DUPONT")));
    CHECK_FALSE(html.contains(QStringLiteral("LILAS")));

    // The same input without pseudonymisation does show them (the checks above can fail).
    in.pseudonymise = false;
    const QString full = plainSpaces(EligibilitySummary::html(in));
    CHECK(full.contains(QStringLiteral("DUPONT")));
    CHECK(full.contains(QStringLiteral("14/03/1984")));
    CHECK(full.contains(QStringLiteral("LILAS")));
    CHECK(full.contains(QStringLiteral("Facture EDF")));
    CHECK_FALSE(full.contains(QStringLiteral("class=\"mark\"")));
}

TEST_CASE("Every value of the summary is escaped", "[report]")
{
    QTemporaryDir out;
    REQUIRE(out.isValid());
    SummaryInput in = sampleInput();
    in.applicant.nomNaissance = QStringLiteral("DU<b>PONT</b>");
    in.agent = QStringLiteral("a&b <i>");
    in.evaluation.aids[0].label = QStringLiteral("Aide <script>x</script>");
    in.evaluation.reglementTitle = QStringLiteral("Règlement 100%1 %2 & co");
    const QString html = EligibilitySummary::html(in);
    CHECK(html.contains(QStringLiteral("DU&lt;b&gt;PONT&lt;/b&gt;")));
    CHECK_FALSE(html.contains(QStringLiteral("DU<b>PONT")));
    CHECK(html.contains(QStringLiteral("a&amp;b &lt;i&gt;")));
    CHECK_FALSE(html.contains(QStringLiteral("<script>")));
    CHECK(html.contains(QStringLiteral("Règlement 100%1 %2 &amp; co, version 3")));

    const QString pdf = out.filePath(QStringLiteral("s.pdf"));
    REQUIRE(EligibilitySummary::writePdf(in, pdf).ok());
    const QString text = pdfText(pdf);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("DU<b>PONT</b>")));
    CHECK(text.contains(QStringLiteral("a&b <i>")));
    CHECK(text.contains(QStringLiteral("Aide <script>x</script>")));
}

TEST_CASE("A PDF that cannot be written is a clear error naming the file, and leaves nothing behind", "[report]")
{
    QTemporaryDir out;
    REQUIRE(out.isValid());
    const SummaryInput in = sampleInput();

    SECTION("the folder does not exist")
    {
        const QString pdf = out.filePath(QStringLiteral("absent/s.pdf"));
        const auto r = EligibilitySummary::writePdf(in, pdf);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().contains(QDir::toNativeSeparators(pdf)));
        CHECK_FALSE(QFileInfo::exists(out.filePath(QStringLiteral("absent"))));
    }
    SECTION("the folder is a file")
    {
        QFile blocker(out.filePath(QStringLiteral("not-a-folder")));
        REQUIRE(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const QString pdf = out.filePath(QStringLiteral("not-a-folder/s.pdf"));
        const auto r = EligibilitySummary::writePdf(in, pdf);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().contains(QDir::toNativeSeparators(pdf)));
        CHECK(entries(out.path()) == QStringList{QStringLiteral("not-a-folder")});
        CHECK(QFileInfo(blocker.fileName()).size() == 0);
    }
    SECTION("the path is a folder")
    {
        REQUIRE(QDir(out.path()).mkdir(QStringLiteral("folder.pdf")));
        const QString pdf = out.filePath(QStringLiteral("folder.pdf"));
        const auto r = EligibilitySummary::writePdf(in, pdf);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().contains(QDir::toNativeSeparators(pdf)));
        CHECK(entries(out.path()) == QStringList{QStringLiteral("folder.pdf")});
        CHECK(entries(pdf).isEmpty());
    }
    SECTION("no file name")
    {
        CHECK_FALSE(EligibilitySummary::writePdf(in, QString()).ok());
        CHECK(entries(out.path()).isEmpty());
    }
}

TEST_CASE("Writing the summary again replaces the file in place", "[report]")
{
    QTemporaryDir out;
    REQUIRE(out.isValid());
    SummaryInput in = sampleInput();
    const QString pdf = out.filePath(QStringLiteral("s.pdf"));
    REQUIRE(EligibilitySummary::writePdf(in, pdf).ok());
    CHECK(pdfText(pdf).contains(QStringLiteral("DUPONT")));
    in.pseudonymise = true;
    REQUIRE(EligibilitySummary::writePdf(in, pdf).ok());
    CHECK(entries(out.path()) == QStringList{QStringLiteral("s.pdf")});
    CHECK_FALSE(pdfText(pdf).contains(QStringLiteral("DUPONT")));
}

TEST_CASE("A missing or unreadable logo prints no logo", "[report]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    SummaryInput in = sampleInput();

    in.ccas.logoPath = dir.filePath(QStringLiteral("absent.png"));
    CHECK_FALSE(EligibilitySummary::html(in).contains(QStringLiteral("<img")));

    QFile broken(dir.filePath(QStringLiteral("broken.png")));
    REQUIRE(broken.open(QIODevice::WriteOnly));
    broken.write("not a picture");
    broken.close();
    in.ccas.logoPath = broken.fileName();
    CHECK_FALSE(EligibilitySummary::html(in).contains(QStringLiteral("<img")));
    const QString pdf = dir.filePath(QStringLiteral("s.pdf"));
    REQUIRE(EligibilitySummary::writePdf(in, pdf).ok());
    const QStringList images = pdfImageLines(pdf);
    CHECK(images.size() == 2); // header and dashes only

    in.ccas.logoPath = makeLogo(dir);
    CHECK(EligibilitySummary::html(in).contains(QStringLiteral("<img src=\"ccas-summary-logo\"")));
}

TEST_CASE("The decision block shows the decision, or lines to fill", "[report]")
{
    SummaryInput in = sampleInput();
    const QString empty = plainSpaces(EligibilitySummary::html(in));
    CHECK(empty.contains(QStringLiteral("\u2610")));
    CHECK(empty.contains(QStringLiteral("____/____/________")));

    Decision d;
    d.outcome = Outcome::Refuse;
    d.amountCents = 0;
    d.motif = QStringLiteral("Ressources supérieures au plafond");
    d.agent = QStringLiteral("agent.durand");
    d.decidedAt = QDateTime(QDate(2026, 12, 1), QTime(9, 30));
    in.decision = d;
    const QString decided = plainSpaces(EligibilitySummary::html(in));
    CHECK_FALSE(decided.contains(QStringLiteral("\u2610")));
    CHECK(decided.contains(QStringLiteral("Ressources supérieures au plafond")));
    CHECK(decided.contains(QStringLiteral("agent.durand")));
    CHECK(decided.contains(QStringLiteral("01/12/2026 09:30")));
    CHECK(decided.contains(QStringLiteral("0,00 €")));
}

TEST_CASE("render() paints the same pages on any paged device, shrinking to stay on two pages", "[report]")
{
    SummaryInput in = sampleInput();
    QBuffer buffer;
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setPageSize(QPageSize(QPageSize::Letter));
        REQUIRE(EligibilitySummary::render(in, &writer).ok());
        CHECK(writer.pageLayout().pageSize().id() == QPageSize::A4);
    }
    CHECK(buffer.data().startsWith("%PDF-"));
    CHECK(EligibilitySummary::render(in, nullptr).error().size() > 0);

    // A household with many aids still fits on two pages (the font shrinks).
    QTemporaryDir out;
    REQUIRE(out.isValid());
    const QList<AidResult> aids = in.evaluation.aids;
    for (int i = 0; i < 2; ++i)
        in.evaluation.aids += aids;
    const QString pdf = out.filePath(QStringLiteral("many.pdf"));
    REQUIRE(EligibilitySummary::writePdf(in, pdf).ok());
    CHECK(pdfInfoField(pdf, QStringLiteral("Pages")).toInt() <= 2);
}
