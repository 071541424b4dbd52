#include "BundleTableModel.h"

#include "StoredValue.h"

namespace lethe {

BundleTableModel::BundleTableModel(std::shared_ptr<const BundleSession> session, int table,
                                   const QList<Redaction>* pending, QObject* parent)
    : QAbstractTableModel(parent), m_session(std::move(session)), m_table(table), m_pending(pending),
      m_reader(m_session.get(), table)
{}

int BundleTableModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || !m_session)
        return 0;
    return int(qMin<qint64>(m_session->tables().value(m_table).rows, std::numeric_limits<int>::max()));
}

int BundleTableModel::columnCount(const QModelIndex& parent) const
{
    if (parent.isValid() || !m_session)
        return 0;
    return int(m_session->tables().value(m_table).columns.size());
}

const QStringList* BundleTableModel::cells(int row) const
{
    if (QStringList* hit = m_rows.object(row))
        return hit;
    auto r = m_reader.cells(row);
    auto* cells = new QStringList(r ? *r : QStringList());
    m_rows.insert(row, cells);
    return cells;
}

QString BundleTableModel::original(int row, int column) const
{
    return cells(row)->value(column);
}

QString BundleTableModel::shown(int row, int column, QString* reason) const
{
    QString text = original(row, column);
    if (!m_pending)
        return text;
    const BundleSession::Table& t = m_session->tables().at(m_table);
    const QString columnName = t.columns.value(column);
    QStringList reasons;
    for (const Redaction& r : *m_pending) {
        const bool here = r.file == t.json && r.row == row;
        switch (r.scope) {
        case Redaction::Scope::Row:
            if (here) {
                text = BundleRedactor::marker();
                reasons << r.reason;
            }
            break;
        case Redaction::Scope::Cell:
            if (here && r.column == columnName) {
                text = BundleRedactor::marker();
                reasons << r.reason;
            }
            break;
        case Redaction::Scope::Text:
            if (here && r.column == columnName && text.contains(r.text)) {
                text.replace(r.text, BundleRedactor::marker());
                reasons << r.reason;
            }
            break;
        case Redaction::Scope::Anywhere:
            if (text.contains(r.text)) {
                text.replace(r.text, BundleRedactor::marker());
                reasons << r.reason;
            }
            break;
        }
    }
    if (reason)
        *reason = reasons.join(QStringLiteral("; "));
    return text;
}

QVariant BundleTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !m_session || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    switch (role) {
    case Qt::DisplayRole: {
        const QString s = shown(index.row(), index.column());
        if (s.isNull()) // NULL: marked, never an empty string
            return StoredValue::noValue();
        // One line in the table; the whole text is in the tooltip.
        return s.size() > 200 ? s.left(200).replace(QLatin1Char('\n'), QLatin1Char(' ')) + QChar(0x2026)
                              : QString(s).replace(QLatin1Char('\n'), QLatin1Char(' '));
    }
    case Qt::ToolTipRole: {
        QString reason;
        const QString s = shown(index.row(), index.column(), &reason);
        if (reason.isEmpty())
            return s.size() > 80 ? s.left(2000) : QVariant();
        return tr("Withheld (%1). The original: %2")
            .arg(reason, original(index.row(), index.column()).left(2000));
    }
    case RedactedRole: {
        QString reason;
        shown(index.row(), index.column(), &reason);
        return !reason.isEmpty();
    }
    case OriginalRole:
        return original(index.row(), index.column());
    case NoValueRole:
        return shown(index.row(), index.column()).isNull();
    default:
        return {};
    }
}

QVariant BundleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_session)
        return {};
    const BundleSession::Table& t = m_session->tables().at(m_table);
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (section < 0 || section >= t.columns.size())
        return {};
    if (role == Qt::DisplayRole)
        return t.columns[section];
    if (role == Qt::ToolTipRole && !t.categories.value(section).isEmpty())
        return tr("Data categories: %1").arg(t.categories[section].join(QStringLiteral(", ")));
    return {};
}

void BundleTableModel::refresh()
{
    if (rowCount() > 0 && columnCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

} // namespace lethe
