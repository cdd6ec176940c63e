#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QFont>
#include <QImage>
#include <QMarginsF>
#include <QString>

#include <functional>

class QPagedPaintDevice;
class QTextDocument;

namespace ccas {

struct CcasLetterhead;

// What the printable documents of core/report (the eligibility summary, the applicant notice, the
// recovery sheet) have in common: HTML helpers, the CCAS letterhead and its logo, the embedded
// DejaVu fonts, the A4 page set-up, painting a QTextDocument page by page on a QPagedPaintDevice
// (QPdfWriter or QPrinter), and writing the PDF atomically with QSaveFile. Internal to ccas_core:
// ui/ only sees the three documents.
class PrintedDocument
{
    Q_DECLARE_TR_FUNCTIONS(ccas::PrintedDocument)
public:
    // --- HTML ---
    static QString esc(const QString& s);
    // Escapes then keeps the line breaks of a multi-line value (addresses); blank lines dropped.
    static QString escLines(const QString& s);
    // "260 801 055 00017" for 14 digits; anything else as given.
    static QString siretText(const QString& siret);
    // "9.50pt": `base` points scaled by `factor`, for the style sheets.
    static QString points(double base, double factor);

    // --- Letterhead and logo ---
    // The logo read from `path` (PNG or JPEG, EXIF orientation applied), scaled down to at most
    // 800 px and flattened on white (PDF/A-1b allows no transparency). Null when unreadable.
    static QImage loadLogo(const QString& path);
    // The opening of the letterhead table: the logo cell (when `logo` is not null; the image is the
    // document resource `logoResource`), then the CCAS name (at `nameSize`), address and SIRET cell.
    // The caller may add cells, then closes with "</tr></table>".
    static QString letterheadHtml(const CcasLetterhead& ccas, const QImage& logo, const QString& logoResource,
                                  const QString& nameSize);

    // --- Fonts ---
    // DejaVu Sans loaded from its files, so that the PDF does not depend on fontconfig's defaults.
    static QString fontFamily();
    // No shaping, hence no ligatures: "ff" and "fi" stay two letters in the PDF text, so that
    // request ids and words are found by a search or a copy.
    static QFont font(double pointSize, const QString& family = fontFamily());
    static bool haveGuiApplication();

    // --- Pages ---
    struct PageFrame
    {
        qreal width = 0;
        qreal height = 0;       // the printable height
        qreal bodyHeight = 0;   // the text of one page: the height less the footer
        qreal footerHeight = 0; // 0: no footer
        double footerPointSize = 0;
    };
    // Sets A4 portrait with `marginsMm` on `device` and measures it; `footerPointSize` > 0 keeps a
    // footer band below the text (and needs the device's resolution).
    static Result<PageFrame, QString> setUpA4(QPagedPaintDevice* device, const QMarginsF& marginsMm,
                                              double footerPointSize = 0);
    // Lays `doc` out for `device` (design metrics, no margin) in pages of the frame's body.
    static void prepare(QTextDocument& doc, QPagedPaintDevice* device, const PageFrame& frame);
    // Replaces the content of `doc`; the logo, when not null, becomes the image resource `logoResource`.
    static void setContent(QTextDocument& doc, const QFont& font, const QString& html, const QImage& logo = {},
                           const QString& logoResource = {});

    struct Painting
    {
        int pages = 1;            // pages painted: what lies below the last one is not printed
        bool clipToBody = true;   // clip each page to its body band
        bool antialiasing = true; // QPainter::Antialiasing
        // The footer of page `page` (1-based) of `pages`; empty: no footer.
        std::function<QString(int page, int pages)> footer;
        // The caller's own translated messages.
        QString cannotBegin;
        QString cannotStartPage;
        QString cannotEnd;
    };
    // Paints the laid out `doc` on `device`, page by page, black on white whatever the screen's
    // palette, with the footer (a rule and the right-aligned text) under each page's body.
    static Result<void, QString> paint(QPagedPaintDevice* device, const QTextDocument& doc, const PageFrame& frame,
                                       const Painting& painting);

    // --- PDF ---
    struct PdfOptions
    {
        QString title;                    // the PDF's title metadata: never personal data
        bool pdfA1b = true;               // PDF/A-1b (embedded fonts, no transparency)
        bool detailedCommitErrors = true; // "disk full" and "could not be replaced" told apart
        QString noGuiApplication;         // the caller's translated message, with %1 for the file name
    };
    // Writes the PDF at `path` through QSaveFile (next to it, then renamed into place: no
    // half-written file is ever left), `render` painting on the QPdfWriter. Errors are translated
    // and name the file, never personal data.
    static Result<void, QString> writePdf(const QString& path, const PdfOptions& options,
                                          const std::function<Result<void, QString>(QPagedPaintDevice*)>& render);
    // The same PDF in memory (archive packages). Callable from any thread once a QGuiApplication
    // exists (fonts); errors are the render's own.
    static Result<QByteArray, QString> pdfBytes(const PdfOptions& options,
                                                const std::function<Result<void, QString>(QPagedPaintDevice*)>& render);
};

} // namespace ccas
