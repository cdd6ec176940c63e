#pragma once

#include "domain/Dossier.h"
#include "store/DossierQuery.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace ccas {

class DossierRepository;

// The dossier list as a table: name, birth date, status, aid, last activity. Lazy: the rows come
// from DossierRepository::listPage, one page at a time (the first one when the query is set, the
// next ones through fetchMore when the view scrolls to the end), decrypted on the database thread;
// the GUI thread only appends them. An answer to an older query is ignored.
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
    static constexpr int DefaultPageSize = 200;
    // A reload (the data changed) fetches again the rows already shown, up to this many.
    static constexpr int MaxReloadRows = 5000;

    explicit DossierListModel(QObject* parent = nullptr);
    ~DossierListModel() override;
    Q_DISABLE_COPY_MOVE(DossierListModel)

    // The store the pages come from (null: none, the list stays as it is). Must outlive the
    // pending requests (the owner waits for the database before destroying it).
    void setRepository(DossierRepository* repository);
    void setPageSize(int rows);
    int pageSize() const { return m_pageSize; }

    // Shows `query`: its first page (and its count) are asked for; the rows shown are replaced when
    // the first page arrives (pageLoaded(true)).
    void setQuery(const DossierQuery& query);
    const DossierQuery& query() const { return m_query; }
    // The same query again, because the data changed: as many rows as are shown now (at least a
    // page, at most MaxReloadRows), and the count.
    void reload();
    // No rows, nothing pending (the profile is locked).
    void clear();
    // Rows given as they are (no store): no paging, the count is their number.
    void setSummaries(const QList<DossierSummary>& summaries);

    const QList<DossierSummary>& summaries() const { return m_rows; }
    QString idAt(int row) const;
    int rowOf(const QString& id) const; // -1 when absent (or not loaded yet)
    // The number of rows of the whole query, once known; -1 until then.
    int totalCount() const { return m_total; }
    bool isLoading() const { return m_loadingFirst || m_fetching; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    // Rows arrived: the first page of a query (the rows were replaced) or a further page (appended).
    void pageLoaded(bool first);
    void countChanged(); // totalCount() or the number of rows changed
    void failed(const QString& message);

private:
    void requestFirstPage(int rows);
    void requestCount(quint64 serial);
    QString text(const DossierSummary& s, int column) const;

    DossierRepository* m_repository = nullptr;
    DossierQuery m_query;
    QList<DossierSummary> m_rows;
    std::optional<DossierCursor> m_next;
    int m_pageSize = DefaultPageSize;
    int m_total = -1;
    quint64 m_serial = 0; // the newest query or reload: older answers are ignored
    bool m_loadingFirst = false;
    bool m_fetching = false;
};

} // namespace ccas
