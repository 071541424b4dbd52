#include "RequestQueueModel.h"

#include "StateMachine.h"

#include <QSet>

#include <algorithm>

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
            return Names::display(r->type);
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

bool RequestQueueModel::lessThan(int ia, int ib) const
{
    const RequestSummary& a = m_rows[ia];
    const RequestSummary& b = m_rows[ib];
    auto cmp = [](const QString& x, const QString& y) { return x.compare(y, Qt::CaseInsensitive); };
    int c = 0;
    switch (m_sortColumn) {
    case IdColumn:
        c = a.received.year() != b.received.year() ? (a.received.year() < b.received.year() ? -1 : 1)
                                                   : cmp(a.humanId, b.humanId);
        break;
    case SubjectColumn:
        c = cmp(a.subjectName.isEmpty() ? a.primaryIdentity : a.subjectName,
                b.subjectName.isEmpty() ? b.primaryIdentity : b.subjectName);
        break;
    case TypeColumn:
        c = int(a.type) - int(b.type);
        break;
    case RegulationColumn:
        c = int(a.regulation) - int(b.regulation);
        break;
    case StatusColumn:
        c = int(a.status) - int(b.status);
        break;
    case ReceivedColumn:
        c = a.received < b.received ? -1 : (b.received < a.received ? 1 : 0);
        break;
    case DueColumn:
    case DaysLeftColumn: {
        // Open requests by due date; paused after them; closed last.
        auto rank = [this](const RequestSummary& r) {
            const Urgency u = urgencyOf(r);
            return u == Urgency::Closed ? 2 : (u == Urgency::Paused ? 1 : 0);
        };
        const int ra = rank(a), rb = rank(b);
        c = ra != rb ? ra - rb : (a.due < b.due ? -1 : (b.due < a.due ? 1 : 0));
        break;
    }
    case AssigneeColumn:
        c = cmp(a.assignee, b.assignee);
        break;
    default:
        break;
    }
    if (c == 0)
        c = a.id < b.id ? -1 : (a.id > b.id ? 1 : 0);
    return m_sortOrder == Qt::AscendingOrder ? c < 0 : c > 0;
}

void RequestQueueModel::sortView()
{
    if (m_sortColumn < 0)
        return;
    std::sort(m_view.begin(), m_view.end(), [this](int a, int b) { return lessThan(a, b); });
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
    sortView();
    QHash<int, int> position;
    if (!before.isEmpty()) {
        position.reserve(m_view.size());
        for (int i = 0; i < m_view.size(); ++i)
            position.insert(m_view[i], i);
    }
    QModelIndexList after;
    after.reserve(before.size());
    for (int k = 0; k < before.size(); ++k)
        after << index(position.value(sourceRows[k]), before[k].column());
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void RequestQueueModel::rebuildView()
{
    beginResetModel();
    m_view.clear();
    m_view.reserve(m_rows.size());
    const bool all = m_filter.isEmpty();
    for (int i = 0; i < m_rows.size(); ++i) {
        if (all || m_filter.accepts(m_rows[i]))
            m_view << i;
    }
    if (!m_loading)
        sortView();
    endResetModel();
}

void RequestQueueModel::setToday(QDate today)
{
    m_today = today;
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
    m_view.clear();
    m_loading = true;
    endResetModel();
}

void RequestQueueModel::appendRows(const QList<RequestSummary>& rows)
{
    QList<int> accepted;
    const int base = int(m_rows.size());
    for (int i = 0; i < rows.size(); ++i) {
        if (m_filter.accepts(rows[i]))
            accepted << base + i;
    }
    m_rows.append(rows);
    if (accepted.isEmpty())
        return;
    beginInsertRows({}, int(m_view.size()), int(m_view.size() + accepted.size()) - 1);
    m_view.append(accepted);
    endInsertRows();
}

void RequestQueueModel::finishLoading()
{
    m_loading = false;
    if (m_sortColumn >= 0)
        sort(m_sortColumn, m_sortOrder);
}

void RequestQueueModel::upsert(const RequestSummary& row)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == row.id) {
            m_rows[i] = row;
            rebuildView();
            return;
        }
    }
    m_rows << row;
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
