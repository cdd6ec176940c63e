#include "report/RecoverySheet.h"

#include "report/PrintedDocument.h"

#include <QDir>
#include <QPagedPaintDevice>
#include <QTextDocument>

namespace ccas {

namespace {

constexpr int WritingLines = 4; // lines of the box where the passphrase is written by hand

QString esc(const QString& s)
{
    return PrintedDocument::esc(s);
}

QString row(const QString& label, const QString& value)
{
    return QStringLiteral("<tr><td class=\"label\">%1</td><td>%2</td></tr>").arg(esc(label), esc(value));
}

} // namespace

QString RecoverySheet::html(const RecoverySheetInput& in)
{
    QString h = QStringLiteral("<html><head><meta charset=\"utf-8\"/><style>"
                               "body { font-size: 10pt; }"
                               "h1 { font-size: 16pt; margin-bottom: 4pt; }"
                               "h2 { font-size: 12pt; margin-top: 14pt; margin-bottom: 4pt; }"
                               "td.label { font-weight: bold; padding-right: 12px; }"
                               "table.box { border-style: solid; border-color: black; margin-top: 6pt; }"
                               "table.box td { padding: 14px; }"
                               "p.note { font-style: italic; }"
                               "</style></head><body>");
    h += QStringLiteral("<h1>%1</h1>").arg(esc(tr("Guichet CCAS — recovery sheet")));
    h += QStringLiteral("<p>%1</p>")
             .arg(esc(tr("This sheet keeps the recovery passphrase of the profile described below. Fill it in by "
                         "hand; the passphrase is never printed.")));
    h += QStringLiteral("<table class=\"facts\" cellspacing=\"0\" cellpadding=\"3\">");
    h += row(tr("CCAS:"), in.ccasName);
    if (!in.siret.isEmpty())
        h += row(tr("SIRET:"), PrintedDocument::siretText(in.siret));
    h += row(tr("Profile folder:"), QDir::toNativeSeparators(in.profileDir));
    h += row(tr("Created on:"), in.createdAt.isValid()
                                    ? in.createdAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"))
                                    : QString());
    if (!in.agentId.isEmpty())
        h += row(tr("Created by:"), in.agentId);
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Recovery passphrase (write it by hand, legibly)")));
    h += QStringLiteral("<table class=\"box\" id=\"passphrase-box\" width=\"100%\" border=\"1\" cellspacing=\"0\" "
                        "cellpadding=\"14\">");
    for (int i = 0; i < WritingLines; ++i)
        h += QStringLiteral("<tr><td>&nbsp;</td></tr>");
    h += QStringLiteral("</table>");
    h += QStringLiteral("<p class=\"note\">%1</p>")
             .arg(esc(tr("Copy it exactly: upper and lower case, spaces and accents count.")));

    h += QStringLiteral("<h2>%1</h2><ul>").arg(esc(tr("Where to keep this sheet")));
    for (const QString& item :
         {tr("In a locked place (safe, locked cabinet) of the CCAS, away from this computer, under the "
             "responsibility of the director or of the administrator."),
          tr("A second copy may be kept in another locked place (for example the town hall's safe)."),
          tr("Never in the computer, in an e-mail, in a photograph or next to the keyboard: whoever has this "
             "passphrase and the profile folder can read every dossier."),
          tr("When the profile is deleted, destroy the sheet (shredder).")})
        h += QStringLiteral("<li>%1</li>").arg(esc(item));
    h += QStringLiteral("</ul>");

    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("How recovery works")));
    for (const QString& p :
         {tr("The dossiers are encrypted. Their master key is kept in the system keychain of this computer, and a "
             "copy of it is protected by the recovery passphrase."),
          tr("If the keychain entry is lost (new computer, new Windows account, reinstalled system, profile folder "
             "copied elsewhere), Guichet CCAS asks for the recovery passphrase when it starts: type it as written "
             "on this sheet, and the key is restored in the keychain."),
          tr("If both the passphrase and the keychain entry are lost, nobody can open the dossiers again, not "
             "even the authors of the software.")})
        h += QStringLiteral("<p>%1</p>").arg(esc(p));
    h += QStringLiteral("</body></html>");
    return h;
}

Result<void, QString> RecoverySheet::render(const RecoverySheetInput& input, QPagedPaintDevice* device)
{
    if (device == nullptr)
        return tr("No page to print the recovery sheet on.");
    if (!PrintedDocument::haveGuiApplication())
        return tr("The recovery sheet needs the graphical application (fonts).");
    const auto frame = PrintedDocument::setUpA4(device, QMarginsF(20, 18, 20, 18));
    if (!frame)
        return frame.error();

    QTextDocument doc;
    PrintedDocument::prepare(doc, device, frame.value());
    // The system's DejaVu Sans (fontconfig), not the files the summary and the notice load.
    PrintedDocument::setContent(doc, PrintedDocument::font(10, QStringLiteral("DejaVu Sans")), html(input));

    PrintedDocument::Painting painting;
    painting.pages = doc.pageCount();
    painting.clipToBody = false;
    painting.antialiasing = false;
    painting.cannotBegin = tr("The page could not be drawn.");
    painting.cannotStartPage = tr("A new page could not be started.");
    painting.cannotEnd = tr("The page could not be finished.");
    return PrintedDocument::paint(device, doc, frame.value(), painting);
}

Result<void, QString> RecoverySheet::writePdf(const RecoverySheetInput& input, const QString& path)
{
    PrintedDocument::PdfOptions options;
    options.title = tr("Recovery sheet");
    options.pdfA1b = false;
    options.detailedCommitErrors = false;
    options.noGuiApplication =
        tr("Cannot write the PDF “%1”: the recovery sheet needs the graphical application (fonts).");
    return PrintedDocument::writePdf(path, options,
                                     [&input](QPagedPaintDevice* device) { return render(input, device); });
}

} // namespace ccas
