#include "RequestQueueModel.h"

#include "DueKeys.h"
#include "StateMachine.h"

#include <QSet>

#include <algorithm>
#include <numeric>
#include <vector>

namespace lethe {

RequestQueueModel::RequestQueueModel(QObject* parent)
    : QAbstractTableModel(parent), m_today(QDate::currentDate())
{}

int RequestQueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_view.size());
}

int RequestQueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Urgency RequestQueueModel::urgencyOf(const RequestSummary& r) const
{
    if (StateMachine::isFinal(r.status))
        return Urgency::Closed;
    if (r.clockStopped)
        return Urgency::Paused;
    return Deadlines::urgency(Deadlines::daysLeft(r.due, m_today));
}

const RequestSummary* RequestQueueModel::summaryAt(int row) const
{
    if (row < 0 || row >= m_view.size())
        return nullptr;
    return &m_rows[m_view[row]];
}

QVariant RequestQueueModel::data(const QModelIndex& index, int role) const
{
    const RequestSummary* r = index.isValid() ? summaryAt(index.row()) : nullptr;
    if (!r)
        return {};
    const int left = Deadlines::daysLeft(r->due, m_today);
    const Urgency urgency = urgencyOf(*r);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn:
            return r->humanId;
        case SubjectColumn:
            return r->subjectName.isEmpty() ? r->primaryIdentity : r->subjectName;
        case TypeColumn:
            return Names::display(r->type, r->regulation); // CCPA: Know, Delete, Correct
        case RegulationColumn:
            return Names::display(r->regulation);
        case StatusColumn:
            return Names::display(r->status);
        case ReceivedColumn:
            return r->received.toString(Qt::ISODate);
        case DueColumn:
            return r->due.toString(Qt::ISODate) + (r->extended ? tr(" (ext.)") : QString());
        case DaysLeftColumn:
            if (urgency == Urgency::Closed)
                return QStringLiteral("–");
            if (urgency == Urgency::Paused)
                return tr("paused");
            if (left < 0)
                return tr("%n day(s) overdue", nullptr, -left);
            return left;
        case AssigneeColumn:
            return r->assignee;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == DaysLeftColumn || index.column() == DueColumn) {
            QString tip = tr("Due %1").arg(r->due.toString(Qt::ISODate));
            if (r->acknowledgeBy.isValid())
                tip += QLatin1Char('\n') +
                       tr("Acknowledge receipt by %1").arg(r->acknowledgeBy.toString(Qt::ISODate));
            if (r->clockStopped)
                tip += QLatin1Char('\n') + tr("Clock stopped while waiting for identity");
            if (r->extended)
                tip += QLatin1Char('\n') + tr("Extended");
            return tip;
        }
        if (index.column() == SubjectColumn)
            return r->primaryIdentity;
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == DaysLeftColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case UrgencyRole:
        return int(urgency);
    case HumanIdRole:
        return r->humanId;
    case DaysLeftRole:
        return left;
    default:
        break;
    }
    return {};
}

QVariant RequestQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("ID");
    case SubjectColumn:
        return tr("Subject");
    case TypeColumn:
        return tr("Type");
    case RegulationColumn:
        return tr("Regulation");
    case StatusColumn:
        return tr("Status");
    case ReceivedColumn:
        return tr("Received");
    case DueColumn:
        return tr("Due");
    case DaysLeftColumn:
        return tr("Days left");
    case AssigneeColumn:
        return tr("Assignee");
    }
    return {};
}

qint64 RequestQueueModel::numericKey(const RequestSummary& r) const
{
    switch (m_sortColumn) {
    case IdColumn: // R-YYYY-NNNN: by year, then number
        return r.humanId.mid(2, 4).toLongLong() * 100000000LL + r.humanId.mid(7).toLongLong();
    case TypeColumn:
        return int(r.type);
    case RegulationColumn:
        return int(r.regulation);
    case StatusColumn:
        return int(r.status);
    case ReceivedColumn:
        return r.received.toJulianDay();
    case DueColumn:
    case DaysLeftColumn:
        // Open requests by due date; paused after them; closed last. The key the server stores (DueKeys) and
        // pages the queue by.
        return DueKeys::sortKey(r);
    default:
        return 0;
    }
}

void RequestQueueModel::sortAll()
{
    m_sorted.resize(m_rows.size());
    std::iota(m_sorted.begin(), m_sorted.end(), 0);
    if (m_sortColumn < 0)
        return;
    const bool asc = m_sortOrder == Qt::AscendingOrder;
    auto byId = [this](int a, int b) { return m_rows[a].id < m_rows[b].id; };
    if (m_sortColumn == SubjectColumn || m_sortColumn == AssigneeColumn) {
        const QStringList& key = m_sortColumn == SubjectColumn ? m_subjectKey : m_assigneeKey;
        std::sort(m_sorted.begin(), m_sorted.end(), [&](int a, int b) {
            const int c = QString::compare(key[a], key[b], Qt::CaseSensitive);
            return c != 0 ? (asc ? c < 0 : c > 0) : byId(a, b);
        });
        return;
    }
    std::vector<qint64> key(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        key[i] = numericKey(m_rows[i]);
    std::sort(m_sorted.begin(), m_sorted.end(), [&](int a, int b) {
        return key[a] != key[b] ? (asc ? key[a] < key[b] : key[a] > key[b]) : byId(a, b);
    });
}

void RequestQueueModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    if (m_loading)
        return; // applied when loading finishes

    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<int> sourceRows;
    sourceRows.reserve(before.size());
    for (const QModelIndex& i : before)
        sourceRows << m_view[i.row()];
    sortAll();
    applyFilter();
    QHash<int, int> position;
    if (!before.isEmpty()) {
        position.reserve(m_view.size());
        for (int i = 0; i < m_view.size(); ++i)
            position.insert(m_view[i], i);
    }
    QModelIndexList after;
    after.reserve(before.size());
    for (int k = 0; k < before.size(); ++k) {
        const auto it = position.constFind(sourceRows[k]);
        after << (it == position.cend() ? QModelIndex() : index(*it, before[k].column()));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void RequestQueueModel::applyFilter()
{
    // The sorted order of all rows is kept, so a new filter is one linear pass, never a new sort.
    m_view.clear();
    m_view.reserve(m_sorted.size());
    const bool all = m_filter.isEmpty();
    for (int i : std::as_const(m_sorted)) {
        if (all || m_filter.accepts(m_rows[i]))
            m_view << i;
    }
}

void RequestQueueModel::rebuildView()
{
    beginResetModel();
    applyFilter();
    endResetModel();
}

void RequestQueueModel::appendKeys(const RequestSummary& r)
{
    m_subjectKey << (r.subjectName.isEmpty() ? r.primaryIdentity : r.subjectName).toCaseFolded();
    m_assigneeKey << r.assignee.toCaseFolded();
}

void RequestQueueModel::setToday(QDate today)
{
    m_today = today; // urgency ranks change with the day: a sort by deadline is redone at the next sort()
    if (!m_view.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_view.size()) - 1, ColumnCount - 1));
}

void RequestQueueModel::setFilter(const QueueFilter& filter)
{
    m_filter = filter;
    rebuildView();
}

void RequestQueueModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_rowOfId.clear();
    m_subjectKey.clear();
    m_assigneeKey.clear();
    m_sorted.clear();
    m_view.clear();
    m_loading = true;
    endResetModel();
}

void RequestQueueModel::appendRows(const QList<RequestSummary>& rows)
{
    QList<int> accepted;
    bool replaced = false;
    for (const RequestSummary& row : rows) {
        if (const auto held = m_rowOfId.constFind(row.id); held != m_rowOfId.cend()) {
            // Shown already (a change read before its page arrived): the newer of the two stays.
            if (row.version > m_rows[*held].version) {
                m_rows[*held] = row;
                m_subjectKey[*held] =
                    (row.subjectName.isEmpty() ? row.primaryIdentity : row.subjectName).toCaseFolded();
                m_assigneeKey[*held] = row.assignee.toCaseFolded();
                replaced = true;
            }
            continue;
        }
        const int at = int(m_rows.size());
        m_rows << row;
        m_rowOfId.insert(row.id, at);
        m_sorted << at; // arrival order until loading finishes and the sort applies
        appendKeys(row);
        if (m_filter.accepts(row))
            accepted << at;
    }
    if (replaced) {
        rebuildView();
        return;
    }
    if (accepted.isEmpty())
        return;
    beginInsertRows({}, int(m_view.size()), int(m_view.size() + accepted.size()) - 1);
    m_view.append(accepted);
    endInsertRows();
}

bool RequestQueueModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_moreAvailable;
}

void RequestQueueModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    m_moreAvailable = false; // asked once; the window says when more can be read again
    Q_EMIT moreWanted();
}

void RequestQueueModel::finishLoading()
{
    m_loading = false;
    if (m_sortColumn >= 0)
        sort(m_sortColumn, m_sortOrder);
}

void RequestQueueModel::upsert(const RequestSummary& row)
{
    const int at = m_rowOfId.value(row.id, -1);
    if (at >= 0) {
        m_rows[at] = row;
        m_subjectKey[at] = (row.subjectName.isEmpty() ? row.primaryIdentity : row.subjectName).toCaseFolded();
        m_assigneeKey[at] = row.assignee.toCaseFolded();
    } else {
        m_rows << row;
        m_rowOfId.insert(row.id, int(m_rows.size()) - 1);
        appendKeys(row);
    }
    if (!m_loading)
        sortAll();
    else if (at < 0)
        m_sorted << int(m_rows.size()) - 1;
    rebuildView();
}

int RequestQueueModel::overdueCount() const
{
    int n = 0;
    for (const RequestSummary& r : m_rows) {
        if (urgencyOf(r) == Urgency::Overdue)
            ++n;
    }
    return n;
}

int RequestQueueModel::rowOfHumanId(const QString& humanId) const
{
    for (int i = 0; i < m_view.size(); ++i) {
        if (m_rows[m_view[i]].humanId == humanId)
            return i;
    }
    return -1;
}

QStringList RequestQueueModel::assignees() const
{
    QSet<QString> seen;
    for (const RequestSummary& r : m_rows) {
        if (!r.assignee.isEmpty())
            seen.insert(r.assignee);
    }
    QStringList out(seen.begin(), seen.end());
    out.sort(Qt::CaseInsensitive);
    return out;
}

} // namespace lethe
