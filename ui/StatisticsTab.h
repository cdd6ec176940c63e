#pragma once

#include "store/Statistics.h"

#include <QWidget>

class QCheckBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace ccas {

class ProfileSession;

// Statistics per aid and outcome over a period (count, amount granted), from the clear columns of
// the dossiers only, with a total line.
class StatisticsTab final : public QWidget
{
    Q_OBJECT
public:
    explicit StatisticsTab(ProfileSession* session, QWidget* parent = nullptr);

    bool isLoading() const { return m_loading; }
    const StatisticsReport& report() const { return m_report; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void loaded();

private:
    void showReport(const StatisticsReport& report);

    ProfileSession* m_session;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QCheckBox* m_wholePeriod = nullptr;
    QPushButton* m_refreshButton = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_total = nullptr;
    QLabel* m_note = nullptr;
    StatisticsReport m_report;
    quint64 m_serial = 0;
    bool m_loading = false;
};

} // namespace ccas
