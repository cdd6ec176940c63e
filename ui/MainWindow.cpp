#include "MainWindow.h"

#include "IdentityForm.h"
#include "api/OutcomeText.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ccas {

namespace {
constexpr int SourceRole = Qt::UserRole + 1;
}

MainWindow::MainWindow(PersonFetch* fetch, Options options, QWidget* parent)
    : QMainWindow(parent)
    , m_fetch(fetch)
    , m_options(std::move(options))
{
    setObjectName(QStringLiteral("mainWindow"));
    // No personal data in the title.
    setWindowTitle(m_options.demo ? tr("Guichet CCAS — demonstration") : tr("Guichet CCAS"));

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);

    if (m_options.demo) {
        auto* banner = new QLabel(tr("Demonstration: the data shown are the fictitious test cases of API Particulier's "
                                     "staging environment. Nothing is sent to the real API and nothing is kept."),
                                  central);
        banner->setObjectName(QStringLiteral("demoBanner"));
        banner->setWordWrap(true);
        banner->setAccessibleName(tr("Demonstration banner"));
        banner->setStyleSheet(QStringLiteral("QLabel { background: #fff3bf; color: #5c4400; border: 1px solid #e0b400; "
                                             "padding: 6px; font-weight: bold; }"));
        layout->addWidget(banner);
    }

    auto* splitter = new QSplitter(Qt::Horizontal, central);
    auto* left = new QWidget(splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_form = new IdentityForm(left);
    auto* scroll = new QScrollArea(left);
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    leftLayout->addWidget(scroll, 1);

    auto* buttons = new QHBoxLayout;
    m_consultButton = new QPushButton(tr("&Consult"), left);
    m_consultButton->setObjectName(QStringLiteral("consultButton"));
    m_consultButton->setDefault(true);
    m_consultButton->setToolTip(tr("Fetch the family quotient and the five statuses (Ctrl+Enter)"));
    m_consultButton->setAccessibleName(tr("Consult API Particulier"));
    m_cancelButton = new QPushButton(tr("C&ancel"), left);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setEnabled(false);
    m_cancelButton->setAccessibleName(tr("Cancel the consultation"));
    buttons->addStretch(1);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_consultButton);
    leftLayout->addLayout(buttons);

    auto* right = new QWidget(splitter);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_progress = new QProgressBar(right);
    m_progress->setObjectName(QStringLiteral("fetchProgress"));
    m_progress->setRange(0, int(Sources::all().size()));
    m_progress->setValue(0);
    m_progress->setFormat(tr("%v of %m sources"));
    m_progress->setAccessibleName(tr("Sources received"));
    m_status = new QLabel(right);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_results = new QTreeWidget(right);
    m_results->setObjectName(QStringLiteral("resultsTree"));
    m_results->setColumnCount(2);
    m_results->setHeaderLabels({tr("Source"), tr("Result")});
    m_results->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_results->setAccessibleName(tr("Results by source"));
    m_results->setWordWrap(true);
    m_results->setUniformRowHeights(false);
    rightLayout->addWidget(m_progress);
    rightLayout->addWidget(m_status);
    rightLayout->addWidget(m_results, 1);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({430, 670});
    layout->addWidget(splitter, 1);
    setCentralWidget(central);
    resetResults();

    // Menus and shortcuts.
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    if (m_options.openSettings) {
        QAction* settingsAction = fileMenu->addAction(tr("&Connection settings…"));
        settingsAction->setObjectName(QStringLiteral("settingsAction"));
        connect(settingsAction, &QAction::triggered, this, [this]() { m_options.openSettings(this); });
        fileMenu->addSeparator();
    }
    QAction* quitAction = fileMenu->addAction(tr("&Quit"));
    quitAction->setShortcut(QKeySequence::Quit);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);

    auto* consultAction = new QAction(this);
    consultAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    connect(consultAction, &QAction::triggered, this, &MainWindow::consult);
    addAction(consultAction);
    auto* cancelAction = new QAction(this);
    cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(cancelAction, &QAction::triggered, this, &MainWindow::cancel);
    addAction(cancelAction);

    connect(m_consultButton, &QPushButton::clicked, this, &MainWindow::consult);
    connect(m_cancelButton, &QPushButton::clicked, this, &MainWindow::cancel);
    connect(m_form, &IdentityForm::submitted, this, &MainWindow::consult);
    connect(m_fetch, &PersonFetch::started, this, &MainWindow::onStarted);
    connect(m_fetch, &PersonFetch::sourceFinished, this, &MainWindow::onSourceFinished);
    connect(m_fetch, &PersonFetch::finished, this, &MainWindow::onFinished);

    statusBar()->showMessage(m_options.demo ? tr("Demonstration mode") : tr("Ready"));
    resize(1100, 720);
}

MainWindow::~MainWindow() = default;

void MainWindow::resetResults()
{
    m_results->clear();
    for (Source s : Sources::all()) {
        auto* item = new QTreeWidgetItem(m_results, {Sources::label(s), tr("—")});
        item->setData(0, SourceRole, int(s));
    }
    m_progress->setValue(0);
}

QTreeWidgetItem* MainWindow::itemFor(Source source) const
{
    for (int i = 0; i < m_results->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_results->topLevelItem(i);
        if (item->data(0, SourceRole).toInt() == int(source))
            return item;
    }
    return nullptr;
}

void MainWindow::consult()
{
    if (m_fetch->isRunning())
        return; // a double click must not send the requests twice
    m_form->clearErrors();
    const QList<FieldError> errors = m_fetch->start(m_form->identity(), m_form->period());
    if (!errors.isEmpty()) {
        m_form->showErrors(errors);
        m_status->setText(tr("Correct the fields shown: nothing was sent."));
    }
}

void MainWindow::cancel()
{
    m_fetch->cancel();
}

void MainWindow::onStarted(int count)
{
    resetResults();
    m_progress->setRange(0, count);
    for (int i = 0; i < m_results->topLevelItemCount(); ++i)
        m_results->topLevelItem(i)->setText(1, tr("Querying…"));
    m_status->setText(tr("Querying API Particulier…"));
    m_consultButton->setEnabled(false);
    m_cancelButton->setEnabled(true);
    m_form->setEnabled(false);
    m_cancelButton->setFocus();
}

void MainWindow::onSourceFinished(const SourceOutcome& outcome)
{
    QTreeWidgetItem* item = itemFor(outcome.source);
    if (!item)
        return;
    qDeleteAll(item->takeChildren());
    item->setText(1, OutcomeText::headline(outcome));
    item->setToolTip(1, OutcomeText::headline(outcome));
    const bool failed = !outcome.answered() && !(outcome.error && outcome.error->kind == ApiError::Kind::Cancelled);
    item->setIcon(0, style()->standardIcon(outcome.ok() ? QStyle::SP_DialogApplyButton
                                           : failed     ? QStyle::SP_MessageBoxWarning
                                                        : QStyle::SP_MessageBoxInformation));
    for (const QString& line : OutcomeText::details(outcome)) {
        // Detail lines span both columns so that long lines (addresses, messages) stay readable.
        auto* child = new QTreeWidgetItem(item, {line});
        child->setFirstColumnSpanned(true);
        child->setToolTip(0, line);
    }
    item->setExpanded(true);
    m_progress->setValue(m_progress->value() + 1);
}

void MainWindow::onFinished(bool cancelled)
{
    m_consultButton->setEnabled(true);
    m_cancelButton->setEnabled(false);
    m_form->setEnabled(true);
    int failures = 0;
    for (const SourceOutcome& o : m_fetch->outcomes())
        if (!o.answered())
            ++failures;
    if (cancelled)
        m_status->setText(tr("Consultation cancelled."));
    else if (failures == 0)
        m_status->setText(tr("Every source answered."));
    else
        m_status->setText(tr("%n source(s) could not be consulted: see the messages below; a paper proof can replace "
                             "them.",
                             nullptr, failures));
    m_consultButton->setFocus();
}

} // namespace ccas
