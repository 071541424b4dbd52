#pragma once

#include "Deadlines.h"
#include "QueueFilter.h"
#include "Request.h"

#include <QAbstractTableModel>
#include <QHash>

namespace lethe {

// The request queue as a flat table. Rows arrive in chunks from QueueLoader (off the GUI thread);
// filtering and sorting work on a vector of row numbers over plain structs, so both stay well under
// 100 ms at 100,000 requests (see bench/). Colours live in ui/: this model reports Urgency through
// UrgencyRole.
class RequestQueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        IdColumn,
        SubjectColumn,
        TypeColumn,
        RegulationColumn,
        StatusColumn,
        ReceivedColumn,
        DueColumn,
        DaysLeftColumn,
        AssigneeColumn,
        ColumnCount
    };
    enum Role
    {
        UrgencyRole = Qt::UserRole + 1,
        HumanIdRole,
        DaysLeftRole,
        SortKeyRole
    };

    explicit RequestQueueModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setToday(QDate today);
    QDate today() const { return m_today; }
    void setFilter(const QueueFilter& filter);
    const QueueFilter& filter() const { return m_filter; }

    // Loading: clear, append chunks as they come, finish (which applies the current sort). A request already
    // held (shown after a change before its page arrived) is not added twice: the newer version stays.
    void clear();
    void appendRows(const QList<RequestSummary>& rows);
    void finishLoading();
    bool isLoading() const { return m_loading; }
    // Replaces (or adds) one request after a change, keeping filter and sort.
    void upsert(const RequestSummary& row);

    // More of the queue can be read from the server (QueueLoader::hasMore()): the view asks for it through
    // fetchMore() when it is scrolled to the end of the rows held, and the model passes that on as
    // moreWanted() once, until setMoreAvailable() says again that more can be read.
    void setMoreAvailable(bool more) { m_moreAvailable = more; }
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    int totalCount() const { return int(m_rows.size()); }
    // The column sorted by (-1: arrival order) and its order.
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    int overdueCount() const;
    const RequestSummary* summaryAt(int row) const;
    int rowOfHumanId(const QString& humanId) const;
    QStringList assignees() const;

    Urgency urgencyOf(const RequestSummary& r) const;

Q_SIGNALS:
    void moreWanted();

private:
    void applyFilter(); // m_view from m_sorted
    void rebuildView(); // applyFilter() as a model reset
    void sortAll();
    void appendKeys(const RequestSummary& r);
    qint64 numericKey(const RequestSummary& r) const;

    QList<RequestSummary> m_rows;
    QHash<qint64, int> m_rowOfId; // request id to its row in m_rows
    // Case-folded text keys per row, made once when a row arrives, so sorting compares plain strings.
    QStringList m_subjectKey;
    QStringList m_assigneeKey;
    QList<int> m_sorted; // every row of m_rows in the current sort order (arrival order when unsorted)
    QList<int> m_view;   // the rows of m_sorted that pass the filter: what the view shows
    QueueFilter m_filter;
    QDate m_today;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    bool m_loading = false;
    bool m_moreAvailable = false;
};

} // namespace lethe
