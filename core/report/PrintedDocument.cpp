#include "report/PrintedDocument.h"

#include "report/EligibilitySummary.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QImageReader>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

namespace ccas {

namespace {

constexpr int LogoHeightPx = 56; // CSS pixels (1/96 inch): about 15 mm
constexpr int LogoMaxWidthPx = 170;
constexpr int LogoMaxSourcePx = 800; // the embedded image is scaled down to this (keeps the PDF small)

} // namespace

QString PrintedDocument::esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString PrintedDocument::escLines(const QString& s)
{
    QStringList lines = s.split(QLatin1Char('\n'));
    for (QString& l : lines)
        l = l.trimmed().toHtmlEscaped();
    lines.removeAll(QString());
    return lines.join(QStringLiteral("<br/>"));
}

QString PrintedDocument::siretText(const QString& siret)
{
    QString digits;
    for (const QChar c : siret)
        if (c.isDigit())
            digits += c;
    if (digits.size() != 14)
        return siret;
    return digits.left(3) + QLatin1Char(' ') + digits.mid(3, 3) + QLatin1Char(' ') + digits.mid(6, 3) +
           QLatin1Char(' ') + digits.mid(9);
}

QString PrintedDocument::points(double base, double factor)
{
    return QString::number(base * factor, 'f', 2) + QStringLiteral("pt");
}

QImage PrintedDocument::loadLogo(const QString& path)
{
    if (path.isEmpty())
        return {};
    QImageReader reader(path);
    reader.setAutoTransform(true);
    QImage image = reader.read();
    if (image.isNull() || image.width() <= 0 || image.height() <= 0)
        return {};
    if (image.width() > LogoMaxSourcePx || image.height() > LogoMaxSourcePx)
        image = image.scaled(LogoMaxSourcePx, LogoMaxSourcePx, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    // PDF/A-1b allows no transparency: flatten the logo on white.
    QImage flat(image.size(), QImage::Format_RGB32);
    flat.fill(Qt::white);
    QPainter painter(&flat);
    painter.drawImage(0, 0, image);
    painter.end();
    return flat;
}

QString PrintedDocument::letterheadHtml(const CcasLetterhead& ccas, const QImage& logo, const QString& logoResource,
                                        const QString& nameSize)
{
    QString h = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>");
    if (!logo.isNull()) {
        int w = qMax(1, int(double(logo.width()) * LogoHeightPx / logo.height() + 0.5));
        int hgt = LogoHeightPx;
        if (w > LogoMaxWidthPx) {
            hgt = qMax(1, int(double(hgt) * LogoMaxWidthPx / w + 0.5));
            w = LogoMaxWidthPx;
        }
        h += QStringLiteral("<td width=\"%1\" valign=\"top\"><img src=\"%2\" width=\"%1\" height=\"%3\"/></td>"
                            "<td width=\"10\"></td>")
                 .arg(w)
                 .arg(logoResource)
                 .arg(hgt);
    }
    h += QStringLiteral("<td valign=\"top\"><span style=\"font-size: %1; font-weight: bold;\">%2</span>")
             .arg(nameSize, esc(ccas.name));
    const QString address = escLines(ccas.address);
    if (!address.isEmpty())
        h += QStringLiteral("<br/>") + address;
    if (!ccas.siret.trimmed().isEmpty())
        h += QStringLiteral("<br/>") + esc(tr("SIRET %1").arg(siretText(ccas.siret)));
    h += QStringLiteral("</td>");
    return h;
}

QString PrintedDocument::fontFamily()
{
    static const QString family = [] {
        const QString dir = QStringLiteral("/usr/share/fonts/truetype/dejavu/");
        QString loaded;
        for (const char* file :
             {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"}) {
            const int id = QFontDatabase::addApplicationFont(dir + QLatin1String(file));
            if (id >= 0 && loaded.isEmpty()) {
                const QStringList families = QFontDatabase::applicationFontFamilies(id);
                if (!families.isEmpty())
                    loaded = families.first();
            }
        }
        return loaded.isEmpty() ? QStringLiteral("DejaVu Sans") : loaded;
    }();
    return family;
}

QFont PrintedDocument::font(double pointSize, const QString& family)
{
    QFont font(family);
    font.setPointSizeF(pointSize);
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

bool PrintedDocument::haveGuiApplication()
{
    return qobject_cast<QGuiApplication*>(QCoreApplication::instance()) != nullptr;
}

Result<PrintedDocument::PageFrame, QString> PrintedDocument::setUpA4(QPagedPaintDevice* device,
                                                                     const QMarginsF& marginsMm, double footerPointSize)
{
    device->setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, marginsMm, QPageLayout::Millimeter));
    PageFrame frame;
    frame.width = device->width();
    frame.height = device->height();
    const bool footer = footerPointSize > 0;
    const qreal dpi = footer ? device->logicalDpiY() : 1;
    if (frame.width <= 0 || frame.height <= 0 || dpi <= 0)
        return tr("The page has no printable area.");
    if (footer) {
        frame.footerPointSize = footerPointSize;
        frame.footerHeight = footerPointSize / 72.0 * dpi * 2.2;
    }
    frame.bodyHeight = frame.height - frame.footerHeight;
    return frame;
}

void PrintedDocument::prepare(QTextDocument& doc, QPagedPaintDevice* device, const PageFrame& frame)
{
    doc.documentLayout()->setPaintDevice(device);
    doc.setUseDesignMetrics(true);
    doc.setDocumentMargin(0);
    doc.setPageSize(QSizeF(frame.width, frame.bodyHeight));
}

void PrintedDocument::setContent(QTextDocument& doc, const QFont& font, const QString& html, const QImage& logo,
                                 const QString& logoResource)
{
    doc.setDefaultFont(font);
    doc.setHtml(html);
    if (!logo.isNull())
        doc.addResource(QTextDocument::ImageResource, QUrl(logoResource), logo);
}

Result<void, QString> PrintedDocument::paint(QPagedPaintDevice* device, const QTextDocument& doc,
                                             const PageFrame& frame, const Painting& painting)
{
    const qreal width = frame.width;
    const qreal bodyHeight = frame.bodyHeight;
    const qreal footerHeight = frame.footerHeight;
    const QFont footerFont = painting.footer ? font(frame.footerPointSize) : QFont();

    QPainter painter;
    if (!painter.begin(device))
        return painting.cannotBegin;
    if (painting.antialiasing)
        painter.setRenderHint(QPainter::Antialiasing);
    for (int i = 0; i < painting.pages; ++i) {
        if (i > 0 && !device->newPage()) {
            painter.end();
            return painting.cannotStartPage;
        }
        painter.save();
        if (painting.clipToBody)
            painter.setClipRect(QRectF(0, 0, width, bodyHeight));
        painter.translate(0, -i * bodyHeight);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, i * bodyHeight, width, bodyHeight);
        context.palette.setColor(QPalette::Text, Qt::black); // paper, whatever the screen's palette
        doc.documentLayout()->draw(&painter, context);
        painter.restore();

        if (painting.footer) {
            painter.save();
            painter.setFont(footerFont);
            painter.setPen(QColor(0x44, 0x44, 0x44));
            const QRectF footer(0, bodyHeight, width, footerHeight);
            painter.drawLine(QPointF(0, bodyHeight + footerHeight * 0.2),
                             QPointF(width, bodyHeight + footerHeight * 0.2));
            painter.drawText(footer, Qt::AlignRight | Qt::AlignBottom, painting.footer(i + 1, painting.pages));
            painter.restore();
        }
    }
    if (!painter.end())
        return painting.cannotEnd;
    return {};
}

namespace {

Result<void, QString> drawPdf(QIODevice* out, const PrintedDocument::PdfOptions& options,
                              const std::function<Result<void, QString>(QPagedPaintDevice*)>& render)
{
    QPdfWriter writer(out);
    if (options.pdfA1b)
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    writer.setResolution(300);
    writer.setTitle(options.title);
    writer.setCreator(QStringLiteral("Guichet CCAS ") + QLatin1String(GUICHET_VERSION));
    return render(&writer);
}

} // namespace

Result<QByteArray, QString>
PrintedDocument::pdfBytes(const PdfOptions& options,
                          const std::function<Result<void, QString>(QPagedPaintDevice*)>& render)
{
    if (!haveGuiApplication())
        return options.noGuiApplication;
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const Result<void, QString> drawn = drawPdf(&buffer, options, render);
    buffer.close();
    if (!drawn)
        return drawn.error();
    return bytes;
}

Result<void, QString> PrintedDocument::writePdf(const QString& path, const PdfOptions& options,
                                                const std::function<Result<void, QString>(QPagedPaintDevice*)>& render)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (path.isEmpty())
        return tr("No file name was given for the PDF.");
    if (!haveGuiApplication())
        return options.noGuiApplication.arg(shown);
    const QFileInfo info(path);
    if (info.isDir())
        return tr("Cannot write the PDF “%1”: it is a folder.").arg(shown);
    if (!info.absoluteDir().exists())
        return tr("Cannot write the PDF “%1”: the folder does not exist.").arg(shown);

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write the PDF “%1”: the folder is not writable.").arg(shown);

    const Result<void, QString> drawn = drawPdf(&file, options, render);
    if (!drawn) {
        file.cancelWriting(); // the destructor removes the partial file
        return tr("Cannot write the PDF “%1”: %2").arg(shown, drawn.error());
    }
    if (!file.commit()) {
        switch (options.detailedCommitErrors ? file.error() : QFileDevice::WriteError) {
        case QFileDevice::ResourceError:
            return tr("Cannot write the PDF “%1”: the disk is full.").arg(shown);
        case QFileDevice::RenameError:
            return tr("Cannot write the PDF “%1”: the file could not be replaced (is it open in another program?).")
                .arg(shown);
        default:
            return tr("Cannot write the PDF “%1”: write error (is the disk full?).").arg(shown);
        }
    }
    return {};
}

} // namespace ccas
