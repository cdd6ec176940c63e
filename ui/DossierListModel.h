#pragma once

#include "domain/Dossier.h"

#include <QAbstractTableModel>
#include <QList>

namespace ccas {

// The dossier list as a table: name, birth date, status, aid, last activity. The rows come from
// DossierRepository::list (already decrypted for display); the model only presents them.
class DossierListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        BirthDateColumn,
        StatusColumn,
        AidColumn,
        LastActivityColumn,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit DossierListModel(QObject* parent = nullptr);
    ~DossierListModel() override;
    Q_DISABLE_COPY_MOVE(DossierListModel)

    void setSummaries(const QList<DossierSummary>& summaries);
    const QList<DossierSummary>& summaries() const { return m_rows; }
    QString idAt(int row) const;
    int rowOf(const QString& id) const; // -1 when absent

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString text(const DossierSummary& s, int column) const;

    QList<DossierSummary> m_rows;
};

} // namespace ccas
