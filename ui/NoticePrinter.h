#pragma once

#include "report/ApplicantNotice.h"

#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace ccas {

class ProfileSession;

// Prints the applicant-information notice (ApplicantNotice) from the main window: a print preview
// opened with open(), and a PDF export through a non-modal file chooser. The notice carries no
// personal data: nothing is journaled.
class NoticePrinter final : public QObject
{
    Q_OBJECT
public:
    // `letterhead` (may be empty) gives the CCAS letterhead at each print; `session` (may be null)
    // the CCAS name when the letterhead has none, and the retention periods. `parent` hosts the dialogs.
    NoticePrinter(std::function<CcasLetterhead()> letterhead, ProfileSession* session, QWidget* parent);

    // Adds « Print the information notice… » and « Save the information notice as PDF… ».
    void addActionsTo(QMenu* menu);

    NoticeInput input() const;

public Q_SLOTS:
    void preview();
    void exportPdf();

Q_SIGNALS:
    void message(const QString& text); // for the status bar

private:
    QWidget* parentWidget() const;

    std::function<CcasLetterhead()> m_letterhead;
    ProfileSession* m_session;
};

} // namespace ccas
