#include "DraftReviewModel.h"

#include <QSet>

namespace lethe {

DraftReviewModel::DraftReviewModel(QObject* parent) : QAbstractTableModel(parent) {}

void DraftReviewModel::setFindings(const QList<ColumnFinding>& findings)
{
    beginResetModel();
    m_findings = findings;
    // A column discovery saw no personal data in is proposed as operational, for the person to confirm.
    for (ColumnFinding& f : m_findings) {
        if (f.categories.isEmpty())
            f.categories = {QStringLiteral("system.operations")};
    }
    m_edited.clear();
    rebuild();
    endResetModel();
}

void DraftReviewModel::setOnlyPersonal(bool only)
{
    if (only == m_onlyPersonal)
        return;
    beginResetModel();
    m_onlyPersonal = only;
    rebuild();
    endResetModel();
}

void DraftReviewModel::rebuild()
{
    m_rows.clear();
    for (int i = 0; i < m_findings.size(); ++i) {
        if (!m_onlyPersonal || m_findings[i].confidence > 0 || m_edited.contains(i))
            m_rows << i;
    }
}

int DraftReviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DraftReviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DraftReviewModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ColumnFinding& f = m_findings[m_rows[index.row()]];
    if (role == ConfidenceRole)
        return f.confidence;
    if (role == Qt::ToolTipRole && index.column() == EvidenceColumn)
        return f.evidence.join(QLatin1Char('\n'));
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case TableColumn:
        return f.schema.isEmpty() ? f.table : f.schema + QLatin1Char('.') + f.table;
    case ColumnColumn:
        return f.column;
    case TypeColumn:
        return f.type;
    case CategoriesColumn:
        return f.categories.join(QStringLiteral(", "));
    case IdentityColumn:
        return f.identity ? Names::key(*f.identity) : QString();
    case ErasureColumn:
        return strategyText(f.erasure);
    case ConfidenceColumn:
        return role == Qt::EditRole ? QVariant(f.confidence)
                                    : QVariant(QStringLiteral("%1 %").arg(qRound(f.confidence * 100)));
    case EvidenceColumn:
        return f.evidence.join(QStringLiteral("; "));
    default:
        return {};
    }
}

bool DraftReviewModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.row() >= m_rows.size())
        return false;
    const int i = m_rows[index.row()];
    ColumnFinding& f = m_findings[i];
    if (index.column() == CategoriesColumn) {
        QStringList categories;
        for (const QString& c : value.toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString k = c.trimmed();
            if (!DataCategories::isValid(k))
                return false;
            if (!categories.contains(k))
                categories << k;
        }
        if (categories.isEmpty())
            return false;
        f.categories = categories;
    } else if (index.column() == IdentityColumn) {
        const QString text = value.toString().trimmed();
        if (text.isEmpty()) {
            f.identity.reset();
        } else {
            const auto kind = Names::parseIdentityKind(text);
            if (!kind)
                return false;
            f.identity = *kind;
        }
    } else if (index.column() == ErasureColumn) {
        const auto erasure = parseStrategy(value.toString());
        if (!erasure)
            return false;
        f.erasure = *erasure;
    } else {
        return false;
    }
    m_edited.insert(i);
    Q_EMIT dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    return true;
}

Qt::ItemFlags DraftReviewModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == CategoriesColumn || index.column() == IdentityColumn ||
        index.column() == ErasureColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant DraftReviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TableColumn:
        return tr("Table");
    case ColumnColumn:
        return tr("Column");
    case TypeColumn:
        return tr("Type");
    case CategoriesColumn:
        return tr("Categories");
    case IdentityColumn:
        return tr("Identity");
    case ErasureColumn:
        return tr("Erasure");
    case ConfidenceColumn:
        return tr("Confidence");
    case EvidenceColumn:
        return tr("Evidence");
    default:
        return {};
    }
}

QString DraftReviewModel::strategyText(const FieldErasure& erasure)
{
    switch (erasure.strategy) {
    case ErasureStrategy::Keep:
        return QStringLiteral("keep");
    case ErasureStrategy::Null:
        return QStringLiteral("null");
    case ErasureStrategy::Hmac:
        return QStringLiteral("hmac");
    case ErasureStrategy::DeleteRow:
        return QStringLiteral("delete_row");
    case ErasureStrategy::Fixed:
        return QStringLiteral("fixed: %1").arg(erasure.fixedValue);
    }
    return {};
}

std::optional<FieldErasure> DraftReviewModel::parseStrategy(const QString& text)
{
    const QString t = text.trimmed();
    if (t == QLatin1String("keep") || t.isEmpty())
        return FieldErasure{ErasureStrategy::Keep, {}};
    if (t == QLatin1String("null"))
        return FieldErasure{ErasureStrategy::Null, {}};
    if (t == QLatin1String("hmac"))
        return FieldErasure{ErasureStrategy::Hmac, {}};
    if (t == QLatin1String("delete_row"))
        return FieldErasure{ErasureStrategy::DeleteRow, {}};
    if (t.startsWith(QLatin1String("fixed:"))) {
        QString value = t.mid(6).trimmed();
        if (value.size() >= 2 && value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')))
            value = value.mid(1, value.size() - 2);
        if (value.isEmpty())
            return std::nullopt;
        return FieldErasure{ErasureStrategy::Fixed, value};
    }
    return std::nullopt;
}

DataMap DraftReviewModel::apply(const DataMap& draft) const
{
    DataMap out = draft;
    for (const ColumnFinding& f : m_findings) {
        for (DataSource& s : out.sources) {
            for (Table& t : s.tables) {
                if (t.name != f.table || t.schema != f.schema)
                    continue;
                for (Field& field : t.fields) {
                    if (field.name != f.column)
                        continue;
                    field.categories = f.categories;
                    field.identity = f.identity;
                    if (f.erasure.strategy == ErasureStrategy::DeleteRow) {
                        t.deleteRows = true; // the whole row goes: the field itself needs nothing
                        field.erasure = {};
                    } else {
                        field.erasure = f.erasure;
                    }
                }
            }
        }
    }
    // The kinds the system can be searched by are the kinds its fields now hold.
    out.identities.clear();
    for (const DataSource& s : std::as_const(out.sources)) {
        for (const Table& t : s.tables) {
            for (const Field& field : t.fields) {
                if (field.identity && !out.identities.contains(*field.identity))
                    out.identities << *field.identity;
            }
        }
    }
    return out;
}

} // namespace lethe
