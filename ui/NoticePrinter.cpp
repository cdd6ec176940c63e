#include "NoticePrinter.h"

#include "session/ProfileSession.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>

namespace ccas {

NoticePrinter::NoticePrinter(std::function<CcasLetterhead()> letterhead, ProfileSession* session, QWidget* parent)
    : QObject(parent)
    , m_letterhead(std::move(letterhead))
    , m_session(session)
{
    setObjectName(QStringLiteral("noticePrinter"));
}

QWidget* NoticePrinter::parentWidget() const
{
    return qobject_cast<QWidget*>(parent());
}

void NoticePrinter::addActionsTo(QMenu* menu)
{
    QAction* print = menu->addAction(tr("Print the &information notice…"));
    print->setObjectName(QStringLiteral("noticePrintAction"));
    print->setToolTip(tr("The notice telling applicants which data the CCAS obtains from other administrations "
                         "(API Particulier terms of use)"));
    connect(print, &QAction::triggered, this, &NoticePrinter::preview);
    QAction* pdf = menu->addAction(tr("Save the information notice as P&DF…"));
    pdf->setObjectName(QStringLiteral("noticePdfAction"));
    connect(pdf, &QAction::triggered, this, &NoticePrinter::exportPdf);
}

NoticeInput NoticePrinter::input() const
{
    NoticeInput in;
    if (m_letterhead)
        in.ccas = m_letterhead();
    if (in.ccas.name.isEmpty() && m_session)
        in.ccas.name = m_session->ccasName();
    in.printedAt = m_session ? m_session->clock().nowUtc().toLocalTime() : QDateTime::currentDateTime();
    if (m_session) {
        in.retentionMonths = m_session->retentionPolicy().closedMonths;
        in.journalMonths = m_session->journalMonths();
    }
    return in;
}

void NoticePrinter::preview()
{
    const NoticeInput in = input();
    auto* dialog = new QPrintPreviewDialog(parentWidget());
    dialog->setObjectName(QStringLiteral("noticePreviewDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Information notice — preview"));
    connect(dialog, &QPrintPreviewDialog::paintRequested, this, [this, in](QPrinter* printer) {
        const Result<void, QString> r = ApplicantNotice::render(in, printer);
        if (!r)
            Q_EMIT message(r.error());
    });
    connect(dialog, &QDialog::accepted, this,
            [this]() { Q_EMIT message(tr("Information notice sent to the printer.")); });
    dialog->open();
}

void NoticePrinter::exportPdf()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (dir.isEmpty() || !QDir(dir).exists())
        dir = QDir::homePath();
    auto* dialog = new QFileDialog(parentWidget(), tr("Save the information notice"), dir, tr("PDF documents (*.pdf)"));
    dialog->setObjectName(QStringLiteral("noticePdfDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setOption(QFileDialog::DontUseNativeDialog, true);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    dialog->selectFile(QDir(dir).filePath(QStringLiteral("notice-information.pdf")));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        if (path.isEmpty())
            return;
        const Result<void, QString> r = ApplicantNotice::writePdf(input(), path);
        Q_EMIT message(r ? tr("Information notice saved as %1").arg(QDir::toNativeSeparators(path)) : r.error());
    });
    dialog->open();
}

} // namespace ccas
