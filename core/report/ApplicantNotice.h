#pragma once

#include "report/EligibilitySummary.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

class QPagedPaintDevice;

namespace ccas {

// What the applicant-information notice shows besides its fixed text.
struct NoticeInput
{
    CcasLetterhead ccas;
    QDateTime printedAt;      // local time shown in the footer
    int retentionMonths = 24; // dossiers: after closing, or after the last contact when left open
    int journalMonths = 36;   // the access journal; <= 0: kept as long as the CCAS decides
};

// The information the API Particulier CGU require the applicant be given (CGU §2: which data the
// CCAS obtains directly from other administrations): which data from which administration, why,
// the legal basis (CRPA L114-8 and L114-9), that paper proofs remain possible, retention, rights and
// the CCAS's contact. One A4 page with the CCAS letterhead; no personal data (it is handed out
// before any dossier exists). Rendered like the eligibility summary: HTML → QTextDocument → PDF/A-1b
// or a printer.
class ApplicantNotice
{
    Q_DECLARE_TR_FUNCTIONS(ccas::ApplicantNotice)
public:
    // The logo, when readable, is the document image resource "ccas-notice-logo" (render() adds it).
    static QString html(const NoticeInput& input);
    // Lays the notice out on one A4 portrait page of `device` (the font shrinks a little when that
    // keeps it on one page) and paints it. Needs a QGuiApplication (fonts).
    static Result<void, QString> render(const NoticeInput& input, QPagedPaintDevice* device);
    // Writes the PDF atomically (QSaveFile). Errors are translated and name the file.
    static Result<void, QString> writePdf(const NoticeInput& input, const QString& path);
};

} // namespace ccas
