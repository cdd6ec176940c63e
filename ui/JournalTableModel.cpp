#include "JournalTableModel.h"

namespace ccas {

JournalTableModel::JournalTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void JournalTableModel::setEntries(QList<JournalEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

QString JournalTableModel::actionLabel(const QString& action)
{
    QString label;
    if (action == JournalAction::Fetch)
        label = tr("API consultation");
    else if (action == JournalAction::View)
        label = tr("Dossier viewed");
    else if (action == JournalAction::Print)
        label = tr("Summary printed");
    else if (action == JournalAction::Export)
        label = tr("Export");
    else if (action == JournalAction::Decide)
        label = tr("Decision");
    else if (action == JournalAction::Close)
        label = tr("Dossier closed");
    else if (action == JournalAction::Purge)
        label = tr("Retention purge");
    else if (action == JournalAction::KeyUnlock)
        label = tr("Key read from the keychain");
    else if (action == JournalAction::KeyRecovery)
        label = tr("Key opened with the passphrase");
    else if (action == JournalAction::KeyInit)
        label = tr("Key created");
    else if (action == JournalAction::JournalPurge)
        label = tr("Old journal entries removed");
    else if (action == QLatin1String("create"))
        label = tr("Dossier created");
    else if (action == QLatin1String("edit"))
        label = tr("Figures saved");
    else if (action == QLatin1String("import"))
        label = tr("Dossiers imported");
    if (label.isEmpty())
        return action;
    return tr("%1 (%2)").arg(label, action);
}

int JournalTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int JournalTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JournalTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const JournalEntry& e = m_entries.at(index.row());
    if (role == Qt::UserRole)
        return e.seq;
    if (role == Qt::TextAlignmentRole && index.column() == HttpStatus)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Time:
        return e.at.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm:ss"));
    case Agent:
        return e.agent;
    case Action:
        return role == Qt::ToolTipRole ? e.action : actionLabel(e.action);
    case DossierId:
        return e.dossierId;
    case Endpoint:
        return e.endpoint;
    case HttpStatus:
        return e.httpStatus > 0 ? QVariant(e.httpStatus) : QVariant();
    case RequestId:
        return e.requestId;
    case Detail:
        return e.detail;
    default:
        return {};
    }
}

QVariant JournalTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Agent:
        return tr("Agent");
    case Action:
        return tr("Action");
    case DossierId:
        return tr("Dossier");
    case Endpoint:
        return tr("Endpoint");
    case HttpStatus:
        return tr("HTTP status");
    case RequestId:
        return tr("Request id");
    case Detail:
        return tr("Detail");
    default:
        return {};
    }
}

} // namespace ccas
