#pragma once

#include "store/JournalQuery.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace ccas {

class JournalTableModel;
class ProfileSession;

// The access-journal viewer: filters (period, action, agent, dossier id), the matching entries (the
// most recent MaxRows), « Verify the chain » and the CSV export (a non-modal file chooser; the
// export is itself journaled). Everything goes through the session's futures.
class JournalTab final : public QWidget
{
    Q_OBJECT
public:
    static constexpr int MaxRows = 5000;

    explicit JournalTab(ProfileSession* session, QWidget* parent = nullptr);

    JournalFilter filter() const;
    bool isLoading() const { return m_loading; }

public Q_SLOTS:
    void refresh();     // the filter values, then the entries
    void applyFilter(); // the entries only
    void verifyChain();
    void chooseExportFile(); // non-modal file chooser, then exportTo()
    void exportTo(const QString& path);

Q_SIGNALS:
    void loaded(int rows);
    void verified(bool ok);
    void exported(bool ok);

private:
    void setStatus(const QString& text);
    void fillCombo(QComboBox* combo, const QString& allText, const QStringList& values, bool actions);

    ProfileSession* m_session;
    QCheckBox* m_wholePeriod = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_action = nullptr;
    QComboBox* m_agent = nullptr;
    QLineEdit* m_dossier = nullptr;
    QPushButton* m_filterButton = nullptr;
    QPushButton* m_verifyButton = nullptr;
    QPushButton* m_exportButton = nullptr;
    QTableView* m_table = nullptr;
    JournalTableModel* m_model = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_verifyResult = nullptr;
    QLabel* m_status = nullptr;
    quint64 m_serial = 0;
    bool m_loading = false;
    bool m_filling = false; // the combos are being refilled: no filtering per change
};

} // namespace ccas
