#pragma once

#include "store/Journal.h"

#include <QAbstractTableModel>
#include <QList>

namespace ccas {

// The access-journal entries shown by the administration window: time (local), agent, action,
// dossier id, endpoint, HTTP status, request id, detail. No applicant data (there is none).
class JournalTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Time,
        Agent,
        Action,
        DossierId,
        Endpoint,
        HttpStatus,
        RequestId,
        Detail,
        ColumnCount
    };

    explicit JournalTableModel(QObject* parent = nullptr);

    void setEntries(QList<JournalEntry> entries);
    const QList<JournalEntry>& entries() const { return m_entries; }

    // A readable label for an action key ("view" → "Dossier viewed (view)"); unknown keys as they are.
    static QString actionLabel(const QString& action);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<JournalEntry> m_entries;
};

} // namespace ccas
