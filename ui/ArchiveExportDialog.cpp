#include "ArchiveExportDialog.h"

#include "session/ProfileSession.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <initializer_list>

namespace ccas {

namespace {

QLabel* valueLabel(QWidget* parent, const char* name, const QString& accessible)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setAccessibleName(accessible);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ArchiveExportDialog::ArchiveExportDialog(ProfileSession* session, Options options, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_options(std::move(options))
{
    setObjectName(QStringLiteral("archiveExportDialog"));
    setWindowTitle(tr("Export for the archives (SEDA)"));
    auto* layout = new QVBoxLayout(this);

    // What: the selected dossier, every closed one, or those closed before a date.
    auto* scope = new QGroupBox(tr("Closed dossiers to transfer"), this);
    scope->setObjectName(QStringLiteral("archiveScopeGroup"));
    auto* scopeLayout = new QVBoxLayout(scope);
    m_selected = new QRadioButton(tr("&Selected dossier"), scope);
    m_selected->setObjectName(QStringLiteral("archiveScopeSelected"));
    m_selected->setAccessibleName(tr("Selected dossier"));
    m_allClosed = new QRadioButton(tr("&All closed dossiers"), scope);
    m_allClosed->setObjectName(QStringLiteral("archiveScopeAll"));
    m_allClosed->setAccessibleName(tr("All closed dossiers"));
    m_closedBefore = new QRadioButton(tr("Dossiers closed &before"), scope);
    m_closedBefore->setObjectName(QStringLiteral("archiveScopeBefore"));
    m_closedBefore->setAccessibleName(tr("Dossiers closed before the date"));
    auto* group = new QButtonGroup(this);
    group->addButton(m_selected);
    group->addButton(m_allClosed);
    group->addButton(m_closedBefore);
    m_beforeDate = new QDateEdit(scope);
    m_beforeDate->setObjectName(QStringLiteral("archiveClosedBeforeDate"));
    m_beforeDate->setAccessibleName(tr("Closed before this date"));
    m_beforeDate->setCalendarPopup(true);
    m_beforeDate->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    // By default the ones retention purges next: closed longer ago than the closed-retention months.
    const QDate today = m_session->clock().nowUtc().toLocalTime().date();
    m_beforeDate->setDate(today.addMonths(-m_session->retentionPolicy().closedMonths));
    m_beforeDate->setToolTip(tr("By default, the dossiers the retention period will purge next"));
    auto* beforeRow = new QHBoxLayout;
    beforeRow->addWidget(m_closedBefore);
    beforeRow->addWidget(m_beforeDate);
    beforeRow->addStretch(1);
    scopeLayout->addWidget(m_selected);
    scopeLayout->addWidget(m_allClosed);
    scopeLayout->addLayout(beforeRow);
    layout->addWidget(scope);

    // Where: the package (no personal data in its default name).
    auto* target = new QGroupBox(tr("Package"), this);
    target->setObjectName(QStringLiteral("archiveTargetGroup"));
    auto* targetLayout = new QVBoxLayout(target);
    auto* pathRow = new QHBoxLayout;
    m_path = new QLineEdit(target);
    m_path->setObjectName(QStringLiteral("archivePathEdit"));
    m_path->setAccessibleName(tr("File of the package (.zip)"));
    const QString folder = m_options.archiveFolder.trimmed();
    const QString dir = !folder.isEmpty() && QFileInfo(folder).isDir()
                            ? folder
                            : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_path->setText(QDir::toNativeSeparators(
        QDir(dir).filePath(ArchiveExporter::defaultFileName(m_session->clock().nowUtc().toLocalTime()))));
    auto* pathLabel = new QLabel(tr("&File:"), target);
    pathLabel->setBuddy(m_path);
    m_browse = new QPushButton(tr("C&hoose…"), target);
    m_browse->setObjectName(QStringLiteral("archiveBrowseButton"));
    m_browse->setAccessibleName(tr("Choose the file of the package"));
    pathRow->addWidget(pathLabel);
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    targetLayout->addLayout(pathRow);
    m_replace = new QCheckBox(tr("&Replace the existing file"), target);
    m_replace->setObjectName(QStringLiteral("archiveReplaceCheck"));
    m_replace->setAccessibleName(tr("Replace the existing file"));
    targetLayout->addWidget(m_replace);
    layout->addWidget(target);

    // Who receives it: read from the settings.
    auto* recipient = new QGroupBox(tr("Recipient (archive settings)"), this);
    recipient->setObjectName(QStringLiteral("archiveRecipientGroup"));
    auto* recipientLayout = new QVBoxLayout(recipient);
    auto* form = new QFormLayout;
    m_archivalAgency = valueLabel(recipient, "archiveArchivalAgencyLabel", tr("Archives service identifier"));
    m_agreement = valueLabel(recipient, "archiveAgreementLabel", tr("Transfer agreement"));
    m_transferringAgency = valueLabel(recipient, "archiveTransferringAgencyLabel", tr("Transferring service"));
    form->addRow(tr("Archives service:"), m_archivalAgency);
    form->addRow(tr("Transfer agreement:"), m_agreement);
    form->addRow(tr("Transferring service:"), m_transferringAgency);
    recipientLayout->addLayout(form);
    m_problems = valueLabel(recipient, "archiveProblemsLabel", tr("What prevents the transfer"));
    m_problems->setWordWrap(true);
    recipientLayout->addWidget(m_problems);
    m_settingsButton = new QPushButton(tr("Archive se&ttings…"), recipient);
    m_settingsButton->setObjectName(QStringLiteral("archiveSettingsButton"));
    m_settingsButton->setAccessibleName(tr("Archive settings"));
    m_settingsButton->setVisible(m_options.canOpenSettings);
    auto* settingsRow = new QHBoxLayout;
    settingsRow->addWidget(m_settingsButton);
    settingsRow->addStretch(1);
    recipientLayout->addLayout(settingsRow);
    layout->addWidget(recipient);

    m_warnings = valueLabel(this, "archiveWarningsLabel", tr("Warnings"));
    m_warnings->setWordWrap(true);
    layout->addWidget(m_warnings);

    // The export: progress, then the result or the error in place.
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("archiveProgress"));
    m_progress->setAccessibleName(tr("Export progress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setFormat(tr("%v / %m dossiers"));
    layout->addWidget(m_progress);
    m_message = valueLabel(this, "archiveResultLabel", tr("Result of the export"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    m_openFolder = new QPushButton(tr("&Open the folder"), this);
    m_openFolder->setObjectName(QStringLiteral("archiveOpenFolderButton"));
    m_openFolder->setAccessibleName(tr("Open the folder of the package"));
    auto* resultRow = new QHBoxLayout;
    resultRow->addWidget(m_openFolder);
    resultRow->addStretch(1);
    layout->addLayout(resultRow);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_export = new QPushButton(tr("&Export"), this);
    m_export->setObjectName(QStringLiteral("archiveExportButton"));
    m_export->setAccessibleName(tr("Export the package"));
    m_export->setDefault(true);
    m_cancel = new QPushButton(tr("&Cancel the export"), this);
    m_cancel->setObjectName(QStringLiteral("archiveCancelButton"));
    m_cancel->setAccessibleName(tr("Cancel the export"));
    m_close = new QPushButton(tr("Clos&e"), this);
    m_close->setObjectName(QStringLiteral("archiveCloseButton"));
    m_close->setAccessibleName(tr("Close"));
    buttons->addWidget(m_export);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_close);
    layout->addLayout(buttons);

    QWidget::setTabOrder(m_selected, m_allClosed);
    QWidget::setTabOrder(m_allClosed, m_closedBefore);
    QWidget::setTabOrder(m_closedBefore, m_beforeDate);
    QWidget::setTabOrder(m_beforeDate, m_path);
    QWidget::setTabOrder(m_path, m_browse);
    QWidget::setTabOrder(m_browse, m_replace);
    QWidget::setTabOrder(m_replace, m_settingsButton);
    QWidget::setTabOrder(m_settingsButton, m_openFolder);
    QWidget::setTabOrder(m_openFolder, m_export);
    QWidget::setTabOrder(m_export, m_cancel);
    QWidget::setTabOrder(m_cancel, m_close);

    m_watcher = new QFutureWatcher<Result<ArchiveReport, ArchiveError>>(this);
    connect(m_watcher, &QFutureWatcherBase::progressRangeChanged, this,
            [this](int minimum, int maximum) { m_progress->setRange(minimum, std::max(minimum + 1, maximum)); });
    connect(m_watcher, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &ArchiveExportDialog::onFinished);

    connect(m_browse, &QPushButton::clicked, this, &ArchiveExportDialog::chooseFile);
    connect(m_path, &QLineEdit::textChanged, this, &ArchiveExportDialog::updateReplace);
    connect(m_settingsButton, &QPushButton::clicked, this, &ArchiveExportDialog::settingsRequested);
    connect(m_export, &QPushButton::clicked, this, &ArchiveExportDialog::startExport);
    connect(m_cancel, &QPushButton::clicked, this, &ArchiveExportDialog::cancelExport);
    connect(m_close, &QPushButton::clicked, this, &ArchiveExportDialog::reject);
    connect(m_beforeDate, &QDateEdit::dateChanged, this, [this]() { m_closedBefore->setChecked(true); });
    connect(m_openFolder, &QPushButton::clicked, this, [this]() {
        if (!m_report.path.isEmpty())
            QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_report.path).absolutePath()));
    });
    for (QRadioButton* b : {m_selected, m_allClosed, m_closedBefore})
        connect(b, &QRadioButton::toggled, this, &ArchiveExportDialog::updateState);

    setSelection(m_options.closedIds);
    refreshPolicy();
    updateReplace();
    m_message->setVisible(false);
    updateState();
}

ArchiveExportDialog::~ArchiveExportDialog()
{
    // The export task sees the cancel and removes its temporary file; the session's exporter waits
    // for it before the database goes.
    if (m_state == State::Exporting)
        m_watcher->future().cancel();
}

ArchiveExportDialog* ArchiveExportDialog::showFor(ProfileSession* session, const Options& options, QWidget* parent)
{
    auto* dialog = parent ? parent->findChild<ArchiveExportDialog*>(QStringLiteral("archiveExportDialog"),
                                                                    Qt::FindDirectChildrenOnly)
                          : nullptr;
    if (!dialog) {
        dialog = new ArchiveExportDialog(session, options, parent);
        if (!parent)
            dialog->setAttribute(Qt::WA_DeleteOnClose);
    } else if (!dialog->isExporting()) {
        dialog->m_options.canOpenSettings = options.canOpenSettings;
        dialog->m_settingsButton->setVisible(options.canOpenSettings);
        dialog->setSelection(options.closedIds);
        dialog->refreshPolicy();
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

void ArchiveExportDialog::setSelection(const QStringList& closedIds)
{
    if (isExporting())
        return;
    m_options.closedIds = closedIds;
    const bool any = !closedIds.isEmpty();
    m_selected->setEnabled(any);
    m_selected->setText(any ? tr("&Selected dossier (%1)").arg(closedIds.join(QStringLiteral(", ")))
                            : tr("&Selected dossier (select a closed dossier in the list)"));
    if (any)
        m_selected->setChecked(true);
    else if (m_selected->isChecked() || (!m_allClosed->isChecked() && !m_closedBefore->isChecked()))
        m_closedBefore->setChecked(true);
}

void ArchiveExportDialog::refreshPolicy()
{
    QStringList warnings;
    const ArchiveJob job = m_session->archiveJob(&warnings);
    const auto shown = [this](const QString& value) { return value.isEmpty() ? tr("not set") : value; };
    m_archivalAgency->setText(shown(job.policy.archivalAgencyId));
    m_agreement->setText(shown(job.policy.archivalAgreement));
    m_transferringAgency->setText(shown(job.policy.transferringAgencyId));
    m_policyProblems = job.policy.problems();
    m_problems->setText(m_policyProblems.isEmpty()
                            ? QString()
                            : tr("The package cannot be made until the archive settings are completed:") +
                                  QStringLiteral("\n• ") + m_policyProblems.join(QStringLiteral("\n• ")));
    m_problems->setVisible(!m_policyProblems.isEmpty());
    m_warnings->setText(warnings.join(QLatin1Char('\n')));
    m_warnings->setVisible(!warnings.isEmpty());
    updateState();
}

QString ArchiveExportDialog::targetPath() const
{
    QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (path.isEmpty())
        return path;
    if (!path.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive))
        path += QStringLiteral(".zip");
    return QFileInfo(path).absoluteFilePath();
}

void ArchiveExportDialog::chooseFile()
{
    const QString current = targetPath();
    auto* dialog = new QFileDialog(this, tr("Choose the file of the package"),
                                   current.isEmpty() ? QDir::homePath() : current, tr("Zip archives (*.zip)"));
    dialog->setObjectName(QStringLiteral("archiveFileDialog"));
    // Qt's own dialog (the native one adds the file to the desktop's recent files); the replacement is
    // confirmed in this dialog (« Replace the existing file »), without a nested event loop.
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    dialog->setOption(QFileDialog::DontConfirmOverwrite);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setDefaultSuffix(QStringLiteral("zip"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        m_path->setText(QDir::toNativeSeparators(path));
        m_path->setFocus();
    });
    dialog->open();
}

void ArchiveExportDialog::updateReplace()
{
    const QString path = targetPath();
    const bool exists = !path.isEmpty() && QFileInfo::exists(path);
    m_replace->setVisible(exists);
    if (!exists)
        m_replace->setChecked(false);
}

void ArchiveExportDialog::updateState()
{
    const bool exporting = isExporting();
    const bool unlocked = m_session->isUnlocked();
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_allClosed, m_closedBefore, m_path, m_browse, m_replace, m_settingsButton})
        w->setEnabled(!exporting);
    m_selected->setEnabled(!exporting && !m_options.closedIds.isEmpty());
    m_beforeDate->setEnabled(!exporting && m_closedBefore->isChecked());
    m_export->setEnabled(!exporting && unlocked && m_policyProblems.isEmpty());
    m_export->setToolTip(m_policyProblems.isEmpty() ? QString() : m_policyProblems.join(QLatin1Char('\n')));
    m_cancel->setEnabled(exporting);
    m_cancel->setVisible(exporting);
    m_openFolder->setVisible(m_state == State::Done);
}

void ArchiveExportDialog::showError(const QString& message)
{
    m_message->setText(message);
    m_message->setVisible(true);
}

void ArchiveExportDialog::startExport()
{
    if (isExporting())
        return;
    if (!m_session->isUnlocked()) {
        showError(tr("The profile is not open: the dossiers cannot be read."));
        return;
    }
    refreshPolicy();
    if (!m_policyProblems.isEmpty())
        return;
    const QString path = targetPath();
    if (path.isEmpty()) {
        showError(tr("Choose the file of the package."));
        m_path->setFocus();
        return;
    }
    updateReplace();
    if (QFileInfo::exists(path) && !m_replace->isChecked()) {
        showError(tr("The file %1 already exists: tick « Replace the existing file » or choose another name.")
                      .arg(QDir::toNativeSeparators(path)));
        m_replace->setFocus();
        return;
    }
    ArchiveJob job = m_session->archiveJob();
    if (m_selected->isChecked()) {
        job.dossierIds = m_options.closedIds;
    } else {
        job.allClosed = true;
        if (m_closedBefore->isChecked())
            job.closedBefore = QDateTime(m_beforeDate->date(), QTime(0, 0)).toUTC(); // local midnight
    }
    job.outPath = path;

    m_state = State::Exporting;
    m_cancelRequested = false;
    m_report = ArchiveReport();
    m_progress->setRange(0, 0); // busy until the dossiers are counted
    m_progress->setValue(0);
    m_message->setText(tr("Exporting…"));
    m_message->setVisible(true);
    updateState();
    m_cancel->setFocus();
    m_watcher->setFuture(m_session->archives()->run(std::move(job)));
}

void ArchiveExportDialog::cancelExport()
{
    if (!isExporting())
        return;
    m_cancelRequested = true;
    m_cancel->setEnabled(false);
    m_message->setText(tr("Canceling…"));
    m_watcher->future().cancel();
}

void ArchiveExportDialog::reject()
{
    cancelExport();
    QDialog::reject();
}

bool ArchiveExportDialog::event(QEvent* event)
{
    // Back from the settings dialog (or elsewhere): the identifiers may have changed.
    if (event->type() == QEvent::WindowActivate && !isExporting())
        refreshPolicy();
    return QDialog::event(event);
}

void ArchiveExportDialog::onFinished()
{
    if (!isExporting())
        return;
    const QFuture<Result<ArchiveReport, ArchiveError>> future = m_watcher->future();
    // A result added before the cancel is what happened (the package may have been committed).
    if (future.resultCount() == 0) {
        m_state = m_cancelRequested || future.isCanceled() ? State::Canceled : State::Failed;
        showError(m_state == State::Canceled ? tr("Export canceled: no package was written.")
                                             : tr("The export stopped before its end: no package was written."));
    } else if (const Result<ArchiveReport, ArchiveError> r = future.result(); !r) {
        m_state = r.error().kind == ArchiveError::Kind::Canceled ? State::Canceled : State::Failed;
        showError(r.error().message);
    } else {
        m_state = State::Done;
        m_report = r.value();
        m_message->setText(
            tr("Package written: %1\n%n dossier(s), message identifier %2.", nullptr, int(m_report.dossierIds.size()))
                .arg(QDir::toNativeSeparators(m_report.path), m_report.messageIdentifier));
        m_message->setVisible(true);
    }
    if (m_state != State::Done && m_progress->maximum() == 0)
        m_progress->setRange(0, 1); // not busy any more
    updateState();
    updateReplace();
    Q_EMIT exportEnded(m_state);
}

} // namespace ccas
