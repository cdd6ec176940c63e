#pragma once

#include "store/Retention.h"
#include "store/Statistics.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace ccas {

class ProfileSession;

// The retention report: a dry run of the session's policy (what is due now and why, the dossiers
// inactive for warnMonths or more), the history of purges with their counts per aid and outcome,
// and « Purge now » (after a non-modal confirmation, through ProfileSession::runRetention()).
// Dossiers are named by their opaque id only.
class RetentionTab final : public QWidget
{
    Q_OBJECT
public:
    explicit RetentionTab(ProfileSession* session, QWidget* parent = nullptr);

    bool isLoading() const { return m_pending > 0; }

public Q_SLOTS:
    void refresh();
    void confirmPurge(); // a non-modal question, then ProfileSession::runRetention()

Q_SIGNALS:
    void loaded();

private:
    void showReport(const RetentionReport& report);
    void showHistory(const QList<PurgeRecord>& records);
    void finishOne();
    void setStatus(const QString& text);

    ProfileSession* m_session;
    QLabel* m_policy = nullptr;
    QLabel* m_dueLabel = nullptr;
    QTableWidget* m_due = nullptr;
    QLabel* m_warningLabel = nullptr;
    QTableWidget* m_warnings = nullptr;
    QTableWidget* m_history = nullptr;
    QPushButton* m_refreshButton = nullptr;
    QPushButton* m_purgeButton = nullptr;
    QLabel* m_status = nullptr;
    int m_pending = 0;
    quint64 m_serial = 0;
    bool m_purging = false;
};

} // namespace ccas
