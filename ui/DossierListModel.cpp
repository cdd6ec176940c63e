#include "DossierListModel.h"

#include "store/DossierRepository.h"

#include <QFont>
#include <QLocale>

#include <algorithm>

namespace ccas {

DossierListModel::DossierListModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

DossierListModel::~DossierListModel() = default;

void DossierListModel::setRepository(DossierRepository* repository)
{
    m_repository = repository;
}

void DossierListModel::setPageSize(int rows)
{
    m_pageSize = std::max(1, rows);
}

void DossierListModel::setQuery(const DossierQuery& query)
{
    m_query = query;
    requestFirstPage(m_pageSize);
}

void DossierListModel::reload()
{
    requestFirstPage(std::clamp(int(m_rows.size()), m_pageSize, std::max(m_pageSize, int(MaxReloadRows))));
}

void DossierListModel::clear()
{
    ++m_serial;
    m_loadingFirst = m_fetching = false;
    m_next.reset();
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    endResetModel();
    Q_EMIT countChanged();
}

void DossierListModel::setSummaries(const QList<DossierSummary>& summaries)
{
    ++m_serial;
    m_loadingFirst = m_fetching = false;
    m_next.reset();
    beginResetModel();
    m_rows = summaries;
    m_total = int(m_rows.size());
    endResetModel();
    Q_EMIT countChanged();
}

void DossierListModel::requestFirstPage(int rows)
{
    if (!m_repository)
        return;
    const quint64 serial = ++m_serial;
    // The rows of the previous query stay until the new ones arrive (no blank list while typing), but
    // they are not paged any further.
    m_next.reset();
    m_fetching = false;
    m_loadingFirst = true;
    m_repository->listPage(m_query, std::nullopt, rows)
        .then(this, [this, serial](const Result<DossierPage, StoreError>& r) {
            if (serial != m_serial)
                return; // another query was asked for meanwhile
            m_loadingFirst = false;
            if (!r) {
                Q_EMIT failed(r.error().userMessage());
                return;
            }
            beginResetModel();
            m_rows = r.value().rows;
            m_next = r.value().next;
            // The last page is the only one: its rows are the count.
            m_total = m_next ? -1 : int(m_rows.size());
            endResetModel();
            Q_EMIT pageLoaded(true);
            Q_EMIT countChanged();
            if (m_total < 0)
                requestCount(serial);
        });
}

void DossierListModel::requestCount(quint64 serial)
{
    m_repository->count(m_query).then(this, [this, serial](const Result<int, StoreError>& r) {
        if (serial != m_serial || !r)
            return; // the label says "more than" the rows shown until a count comes
        m_total = r.value();
        Q_EMIT countChanged();
    });
}

bool DossierListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_repository && m_next && !m_fetching && !m_loadingFirst;
}

void DossierListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetching = true;
    const quint64 serial = m_serial;
    m_repository->listPage(m_query, m_next, m_pageSize)
        .then(this, [this, serial](const Result<DossierPage, StoreError>& r) {
            if (serial != m_serial)
                return;
            m_fetching = false;
            if (!r) {
                Q_EMIT failed(r.error().userMessage());
                return;
            }
            const QList<DossierSummary>& rows = r.value().rows;
            m_next = r.value().next;
            if (!rows.isEmpty()) {
                beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + rows.size()) - 1);
                m_rows += rows;
                endInsertRows();
            }
            if (!m_next)
                m_total = int(m_rows.size());
            Q_EMIT pageLoaded(false);
            Q_EMIT countChanged();
        });
}

QString DossierListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

int DossierListModel::rowOf(const QString& id) const
{
    if (id.isEmpty())
        return -1;
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
