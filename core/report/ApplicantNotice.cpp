#include "report/ApplicantNotice.h"

#include "report/PrintedDocument.h"

#include <QPagedPaintDevice>
#include <QTextDocument>

#include <array>

namespace ccas {

namespace {

const QString LogoResource = QStringLiteral("ccas-notice-logo");
constexpr double BasePointSize = 9.5;
constexpr double FooterPointSize = 7;
// The notice holds on one page: the base font shrinks step by step when needed (not below 7 pt).
constexpr std::array<double, 5> Scales = {1.0, 0.92, 0.85, 0.79, 0.74};

QString esc(const QString& s)
{
    return PrintedDocument::esc(s);
}

QString pt(double base, double factor)
{
    return PrintedDocument::points(base, factor);
}

QString styleSheet(double base)
{
    return QStringLiteral(
               "body { font-size: %1; color: #000000; }"
               "h1 { font-size: %2; font-weight: bold; margin-top: 6px; margin-bottom: 4px; }"
               "h2 { font-size: %3; font-weight: bold; color: #1f3a5f; margin-top: 8px; margin-bottom: 2px; }"
               "p { margin-top: 0px; margin-bottom: 3px; }"
               "th { text-align: left; font-weight: bold; background-color: #e6ebf2; }")
        .arg(pt(base, 1.0), pt(base, 1.5), pt(base, 1.12));
}

QString headerHtml(const NoticeInput& in, const QImage& logo, double base)
{
    QString h =
        PrintedDocument::letterheadHtml(in.ccas, logo, LogoResource, pt(base, 1.2)) + QStringLiteral("</tr></table>");
    h += QStringLiteral("<h1>%1</h1>")
             .arg(esc(ApplicantNotice::tr("Information notice: the data we obtain from other administrations")));
    return h;
}

QString section(const QString& title, const QStringList& paragraphs)
{
    QString h = QStringLiteral("<h2>%1</h2>").arg(esc(title));
    for (const QString& p : paragraphs)
        h += QStringLiteral("<p>%1</p>").arg(esc(p));
    return h;
}

QString sourcesHtml()
{
    struct Row
    {
        QString from, what;
    };
    const QList<Row> rows = {
        {ApplicantNotice::tr("CAF or MSA (family allowance funds), through API Particulier"),
         ApplicantNotice::tr(
             "Family quotient (quotient familial) of the month and the composition of the household known to them "
             "(adults, children, address).")},
        {ApplicantNotice::tr("CNAM (Assurance Maladie), through API Particulier"),
         ApplicantNotice::tr(
             "Whether you receive the C2S (complementary health cover), with or without a contribution.")},
        {ApplicantNotice::tr("CNAF or MSA, through API Particulier"),
         ApplicantNotice::tr(
             "Whether you receive the RSA, the AAH (disabled adult allowance), the ASF (family support allowance) "
             "or the prime d'activité, and since when.")},
        {ApplicantNotice::tr("DGFiP (tax administration), through API Impôt particulier"),
         ApplicantNotice::tr(
             "Reference tax income (revenu fiscal de référence), number of tax shares (parts), income tax amount "
             "and the make-up of the tax household.")},
    };
    QString h =
        QStringLiteral("<h2>%1</h2>").arg(esc(ApplicantNotice::tr("What is obtained, and from which administration")));
    h += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                        "style=\"border-color: #9aa5b4; border-collapse: collapse;\">");
    h += QStringLiteral("<tr><th width=\"38%\">%1</th><th>%2</th></tr>")
             .arg(esc(ApplicantNotice::tr("Administration")), esc(ApplicantNotice::tr("Data")));
    for (const Row& r : rows)
        h += QStringLiteral("<tr><td valign=\"top\">%1</td><td valign=\"top\">%2</td></tr>")
                 .arg(esc(r.from), esc(r.what));
    h += QStringLiteral("</table>");
    h += QStringLiteral("<p>%1</p>")
             .arg(esc(ApplicantNotice::tr(
                 "Only the data needed for the aid you request is obtained, when you come to the CCAS, "
                 "with your identity or your tax number. Nothing else is read from these administrations.")));
    return h;
}

QString contactText(const NoticeInput& in)
{
    QStringList lines = in.ccas.address.split(QLatin1Char('\n'));
    for (QString& l : lines)
        l = l.trimmed();
    lines.removeAll(QString());
    const QString name = in.ccas.name.trimmed().isEmpty() ? ApplicantNotice::tr("the CCAS") : in.ccas.name.trimmed();
    if (lines.isEmpty())
        return ApplicantNotice::tr("Contact: %1, at its reception desk, or its data protection officer (DPO).")
            .arg(name);
    return ApplicantNotice::tr("Contact: %1, %2, or its data protection officer (DPO) at the same address.")
        .arg(name, lines.join(QStringLiteral(", ")));
}

QString buildHtml(const NoticeInput& in, const QImage& logo, double scale)
{
    const double base = BasePointSize * scale;
    QString h = QStringLiteral("<html><head><meta charset=\"utf-8\"/><style>") + styleSheet(base) +
                QStringLiteral("</style></head><body>") + headerHtml(in, logo, base);
    h += QStringLiteral("<p>%1</p>")
             .arg(esc(ApplicantNotice::tr(
                 "To examine your request for aid, the CCAS obtains some information about you directly "
                 "from the administrations that hold it, instead of asking you for paper proofs "
                 "(“Dites-le-nous une fois”). This notice tells you which, why, and what your rights "
                 "are.")));
    h += sourcesHtml();
    h += section(ApplicantNotice::tr("Why"),
                 {ApplicantNotice::tr("Only to examine your request for a facultative aid of the CCAS: to compare "
                                      "your resources and your household with the CCAS's règlement and to decide. "
                                      "Only the CCAS's authorised agents see the data; it is neither sold nor passed "
                                      "on to anyone else, and is not used for any other purpose.")});
    h += section(ApplicantNotice::tr("Legal basis"),
                 {ApplicantNotice::tr(
                     "Articles L114-8 and L114-9 of the Code des relations entre le public et l'administration "
                     "(exchange of information between administrations), articles L123-5 and R123-2 of the Code "
                     "de l'action sociale et des familles, and the deliberation of the CCAS's board listing the "
                     "data needed for its aids. The exchange follows the terms of use (CGU) of API Particulier.")});
    h += section(ApplicantNotice::tr("You may refuse"),
                 {ApplicantNotice::tr(
                     "You are informed of this exchange; your consent is not asked. You may nevertheless prefer to "
                     "bring the documents yourself (CAF certificate, tax notice, certificate of entitlement): tell "
                     "the agent, nothing will then be obtained from the administrations and your request will be "
                     "examined in the same way.")});
    QStringList retention;
    retention << ApplicantNotice::tr(
        "Your dossier is kept %n month(s) after it is closed (or after the last contact when it stays "
        "open), then erased or handed to the archives as the Code du patrimoine requires.",
        nullptr, in.retentionMonths);
    if (in.journalMonths > 0)
        retention << ApplicantNotice::tr(
            "The record of the agents' consultations (who consulted which dossier, when; not the data "
            "itself) is kept %n month(s).",
            nullptr, in.journalMonths);
    else
        retention << ApplicantNotice::tr(
            "The record of the agents' consultations (who consulted which dossier, when; not the data "
            "itself) is kept as long as the CCAS decides.");
    h += section(ApplicantNotice::tr("How long"), retention);
    h += section(ApplicantNotice::tr("Your rights"),
                 {ApplicantNotice::tr(
                      "Under the GDPR and the loi Informatique et Libertés, you may access the data concerning you, "
                      "have it corrected, and ask for its use to be limited. You may also lodge a complaint with the "
                      "CNIL (3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07, www.cnil.fr)."),
                  contactText(in)});
    h += QStringLiteral("</body></html>");
    return h;
}

QString footerText(const NoticeInput& in)
{
    const QDateTime at = in.printedAt.isValid() ? in.printedAt : QDateTime::currentDateTime();
    return ApplicantNotice::tr("Information notice for applicants · %1").arg(at.toString(QStringLiteral("dd/MM/yyyy")));
}

} // namespace

QString ApplicantNotice::html(const NoticeInput& input)
{
    return buildHtml(input, PrintedDocument::loadLogo(input.ccas.logoPath), 1.0);
}

Result<void, QString> ApplicantNotice::render(const NoticeInput& input, QPagedPaintDevice* device)
{
    if (device == nullptr)
        return tr("No page to print the notice on.");
    if (!PrintedDocument::haveGuiApplication())
        return tr("The notice needs the graphical application (fonts).");
    const auto frame = PrintedDocument::setUpA4(device, QMarginsF(18, 14, 18, 10), FooterPointSize);
    if (!frame)
        return frame.error();

    const QImage logo = PrintedDocument::loadLogo(input.ccas.logoPath);
    QTextDocument doc;
    PrintedDocument::prepare(doc, device, frame.value());
    for (const double scale : Scales) {
        PrintedDocument::setContent(doc, PrintedDocument::font(BasePointSize * scale), buildHtml(input, logo, scale),
                                    logo, LogoResource);
        if (doc.pageCount() <= 1)
            break;
    }

    // One page: what would overflow it (an extremely long address) is cut, never a second page.
    PrintedDocument::Painting painting;
    painting.pages = 1;
    painting.footer = [&input](int, int) { return footerText(input); };
    painting.cannotBegin = tr("The page could not be drawn.");
    painting.cannotEnd = tr("The page could not be finished.");
    return PrintedDocument::paint(device, doc, frame.value(), painting);
}

Result<void, QString> ApplicantNotice::writePdf(const NoticeInput& input, const QString& path)
{
    PrintedDocument::PdfOptions options;
    options.title = tr("Information notice for applicants");
    options.noGuiApplication = tr("Cannot write the PDF “%1”: the notice needs the graphical application (fonts).");
    return PrintedDocument::writePdf(path, options,
                                     [&input](QPagedPaintDevice* device) { return render(input, device); });
}

} // namespace ccas
