#include "DossierListModel.h"

#include <QFont>
#include <QLocale>

namespace ccas {

DossierListModel::DossierListModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

DossierListModel::~DossierListModel() = default;

void DossierListModel::setSummaries(const QList<DossierSummary>& summaries)
{
    beginResetModel();
    m_rows = summaries;
    endResetModel();
}

QString DossierListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

int DossierListModel::rowOf(const QString& id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

int DossierListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DossierListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(ColumnCount);
}

QString DossierListModel::text(const DossierSummary& s, int column) const
{
    switch (column) {
    case NameColumn:
        return s.displayName.isEmpty() ? tr("(unreadable)") : s.displayName;
    case BirthDateColumn:
        return s.birthDate;
    case StatusColumn:
        if (s.outcome)
            return tr("%1 (%2)").arg(DossierText::statusLabel(s.status), DossierText::outcomeLabel(*s.outcome));
        return DossierText::statusLabel(s.status);
    case AidColumn:
        return s.aidCode;
    case LastActivityColumn: // the day; the time is in the tooltip
        return s.lastActivityAt.isValid()
                   ? QLocale().toString(s.lastActivityAt.toLocalTime(), QStringLiteral("dd/MM/yyyy"))
                   : QString();
    default:
        return {};
    }
}

QVariant DossierListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const DossierSummary& s = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return text(s, index.column());
    case Qt::ToolTipRole:
        if (index.column() == NameColumn && s.displayName.isEmpty())
            return tr("This dossier could not be decrypted: it may have been altered.");
        if (index.column() == LastActivityColumn && s.lastActivityAt.isValid())
            return QLocale().toString(s.lastActivityAt.toLocalTime(), QStringLiteral("dd/MM/yyyy HH:mm"));
        return text(s, index.column());
    case Qt::FontRole:
        if (index.column() == NameColumn && s.displayName.isEmpty()) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    case IdRole:
        return s.id;
    default:
        return {};
    }
}

QVariant DossierListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case BirthDateColumn:
        return tr("Birth date");
    case StatusColumn:
        return tr("Status");
    case AidColumn:
        return tr("Aid");
    case LastActivityColumn:
        return tr("Last activity");
    default:
        return {};
    }
}

} // namespace ccas
