#pragma once

#include <QWidget>

class QLabel;
class QTabWidget;

namespace ccas {

class JournalTab;
class ProfileSession;
class RetentionTab;
class StatisticsTab;

// The administration window (non-modal, its own top-level window): the access journal (filters,
// chain verification, CSV export), the retention report (due now, warnings, purges done, purge
// now) and the statistics per aid and outcome. Clear metadata only: dossiers appear by their opaque
// id, never by name. Everything is read through the session's futures: the window never freezes.
class AdminWindow final : public QWidget
{
    Q_OBJECT
public:
    // `session` must outlive the window. `parent`: the main window (the admin window stays a window of
    // its own, and goes with it).
    explicit AdminWindow(ProfileSession* session, QWidget* parent = nullptr);
    ~AdminWindow() override; // waits for the store jobs it started (their continuations name it)
    Q_DISABLE_COPY_MOVE(AdminWindow)

    // Shows (and raises) the administration window of `parent`, creating it the first time.
    static AdminWindow* showFor(ProfileSession* session, QWidget* parent);

    JournalTab* journalTab() const { return m_journal; }
    RetentionTab* retentionTab() const { return m_retention; }
    StatisticsTab* statisticsTab() const { return m_statistics; }
    QTabWidget* tabs() const { return m_tabs; }

public Q_SLOTS:
    void refresh(); // every tab (nothing while the profile is not open)

private:
    void updateState();

    ProfileSession* m_session;
    QTabWidget* m_tabs = nullptr;
    QLabel* m_message = nullptr;
    JournalTab* m_journal = nullptr;
    RetentionTab* m_retention = nullptr;
    StatisticsTab* m_statistics = nullptr;
};

} // namespace ccas
