#pragma once

#include "domain/Dossier.h"
#include "eligibility/Engine.h"
#include "eligibility/Menage.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

class QPagedPaintDevice;

namespace ccas {

// The CCAS letterhead printed on every summary (from the settings and the profile).
struct CcasLetterhead
{
    QString name;
    QString siret;
    QString address;  // lines separated by '\n'
    QString logoPath; // PNG or JPEG; empty or unreadable: no logo
};

// Everything one eligibility summary shows.
struct SummaryInput
{
    CcasLetterhead ccas;
    QString dossierRef; // the dossier id
    QString agent;
    QDateTime printedAt; // local time shown
    Identity applicant;
    QString applicantAddress; // from the CAF/MSA answer or typed; may be empty
    Menage menage;
    Evaluation evaluation;
    std::optional<Decision> decision; // none yet: an empty decision block with space to sign
    int retentionMonths = 24;         // printed in the legal mentions
    // For the commission: no birth name, first names, birth date, birth place or address; initials
    // and figures only.
    bool pseudonymise = false;
};

// The printable eligibility summary: one page, two at most. HTML (also used by the print preview of
// the window) rendered to PDF/A-1b with embedded fonts.
class EligibilitySummary
{
    Q_DECLARE_TR_FUNCTIONS(ccas::EligibilitySummary)
public:
    // The logo, when readable, is referenced as the document image resource "ccas-summary-logo"
    // (render() adds it): a QTextDocument showing this HTML alone has no logo.
    static QString html(const SummaryInput& input);
    // Lays the summary out on A4 pages of `device` (page layout set to A4 portrait with the
    // summary's margins; pages added with newPage()) and paints it: the same pages for the PDF
    // (QPdfWriter) and the print preview or the printer (QPrinter). The base font shrinks a little
    // when that keeps the summary on two pages. Needs a QGuiApplication (fonts).
    static Result<void, QString> render(const SummaryInput& input, QPagedPaintDevice* device);
    // Writes the PDF next to `path` then renames it into place (no half-written file is ever left).
    // Needs a QGuiApplication (fonts). Errors are in French and name the file, never personal data.
    static Result<void, QString> writePdf(const SummaryInput& input, const QString& path);
    // The same PDF/A-1b in memory (archive packages); callable from worker threads.
    static Result<QByteArray, QString> pdf(const SummaryInput& input);
};

} // namespace ccas
