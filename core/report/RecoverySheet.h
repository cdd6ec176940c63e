#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

class QPagedPaintDevice;

namespace ccas {

// What the recovery sheet shows. Never the passphrase itself: the sheet goes through the print
// spooler (files on disk) or into a PDF, so the administrator writes the passphrase by hand.
struct RecoverySheetInput
{
    QString ccasName;
    QString siret;
    QString profileDir; // where the encrypted dossiers live
    QDateTime createdAt;
    QString agentId; // who created the profile
};

// The printable recovery sheet of a profile: one A4 page with the CCAS, the profile folder, the
// creation date, a boxed space to write the recovery passphrase by hand, where to keep the sheet
// and how recovery works.
class RecoverySheet
{
    Q_DECLARE_TR_FUNCTIONS(ccas::RecoverySheet)
public:
    static QString html(const RecoverySheetInput& input);
    // Lays the sheet out on an A4 page of `device` and paints it (QPdfWriter or QPrinter). Needs a
    // QGuiApplication (fonts).
    static Result<void, QString> render(const RecoverySheetInput& input, QPagedPaintDevice* device);
    // Writes the PDF next to `path` then renames it into place. Needs a QGuiApplication.
    static Result<void, QString> writePdf(const RecoverySheetInput& input, const QString& path);
};

} // namespace ccas
