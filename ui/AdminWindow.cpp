#include "AdminWindow.h"

#include "JournalTab.h"
#include "RetentionTab.h"
#include "StatisticsTab.h"
#include "session/ProfileSession.h"

#include <QAction>
#include <QKeySequence>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ccas {

AdminWindow::AdminWindow(ProfileSession* session, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_session(session)
{
    setObjectName(QStringLiteral("adminWindow"));
    // No personal data in the title.
    setWindowTitle(tr("Administration — Guichet CCAS"));
    setAccessibleName(tr("Administration"));

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("adminMessage"));
    m_message->setWordWrap(true);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("adminTabs"));
    m_tabs->setAccessibleName(tr("Administration sections"));
    m_journal = new JournalTab(session, m_tabs);
    m_journal->setObjectName(QStringLiteral("journalTab"));
    m_retention = new RetentionTab(session, m_tabs);
    m_retention->setObjectName(QStringLiteral("retentionTab"));
    m_statistics = new StatisticsTab(session, m_tabs);
    m_statistics->setObjectName(QStringLiteral("statisticsTab"));
    m_tabs->addTab(m_journal, tr("&Journal"));
    m_tabs->setTabToolTip(0, tr("Who consulted or changed which dossier, and when (Ctrl+1)"));
    m_tabs->addTab(m_retention, tr("&Retention"));
    m_tabs->setTabToolTip(1, tr("What is due for purging, inactive dossiers, purges done (Ctrl+2)"));
    m_tabs->addTab(m_statistics, tr("&Statistics"));
    m_tabs->setTabToolTip(2, tr("Dossiers and amounts per aid and outcome (Ctrl+3)"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);

    for (int i = 0; i < 3; ++i) {
        auto* tabAction = new QAction(this);
        tabAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(tabAction, &QAction::triggered, this, [this, i]() { m_tabs->setCurrentIndex(i); });
        addAction(tabAction);
    }
    auto* refreshAction = new QAction(this);
    refreshAction->setShortcut(QKeySequence::Refresh);
    connect(refreshAction, &QAction::triggered, this, &AdminWindow::refresh);
    addAction(refreshAction);
    auto* closeAction = new QAction(this);
    closeAction->setShortcut(QKeySequence::Close);
    connect(closeAction, &QAction::triggered, this, &QWidget::close);
    addAction(closeAction);

    connect(m_session, &ProfileSession::unlocked, this, &AdminWindow::refresh);
    updateState();
    refresh();
    resize(1150, 720);
}

AdminWindow::~AdminWindow()
{
    if (m_session)
        m_session->waitForIdle();
}

AdminWindow* AdminWindow::showFor(ProfileSession* session, QWidget* parent)
{
    AdminWindow* window = parent ? parent->findChild<AdminWindow*>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
    if (!window) {
        window = new AdminWindow(session, parent);
        if (!parent)
            window->setAttribute(Qt::WA_DeleteOnClose);
    } else {
        window->refresh();
    }
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}

void AdminWindow::updateState()
{
    const bool usable = m_session->isUnlocked();
    m_tabs->setEnabled(usable);
    m_message->setVisible(!usable);
    m_message->setText(usable ? QString() : tr("Open the profile to see the journal, retention and statistics."));
}

void AdminWindow::refresh()
{
    updateState();
    if (!m_session->isUnlocked())
        return;
    m_journal->refresh();
    m_retention->refresh();
    m_statistics->refresh();
}

} // namespace ccas
