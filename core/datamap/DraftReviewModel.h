#pragma once

#include "SchemaDiscovery.h"

#include <QAbstractTableModel>
#include <QSet>

namespace lethe {

// What discovery proposed for each column, for a person to review before the draft becomes a data map: the
// categories and the identity kind are editable (and checked: an unknown category or identity kind is
// refused), confidence and evidence say why. By default only columns with some sign of personal data are
// shown.
class DraftReviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TableColumn,
        ColumnColumn,
        TypeColumn,
        CategoriesColumn,
        IdentityColumn,
        ErasureColumn, // the proposed strategy: keep, null, hmac, delete_row, fixed: text
        ConfidenceColumn,
        EvidenceColumn,
        ColumnCount
    };
    enum Role
    {
        ConfidenceRole = Qt::UserRole + 1 // 0..1, for sorting and colouring
    };

    explicit DraftReviewModel(QObject* parent = nullptr);

    void setFindings(const QList<ColumnFinding>& findings);
    const QList<ColumnFinding>& findings() const { return m_findings; }
    void setOnlyPersonal(bool only);
    bool onlyPersonal() const { return m_onlyPersonal; }
    int editedCount() const { return int(m_edited.size()); }

    // The draft with the person's edits: each reviewed column's categories, identity and erasure replace
    // what discovery proposed; a table with a column erased by delete_row gets erase: rows.
    DataMap apply(const DataMap& draft) const;

    // A strategy as the Erasure column shows it and reads it back ("fixed: erased"); nullopt: not one.
    static QString strategyText(const FieldErasure& erasure);
    static std::optional<FieldErasure> parseStrategy(const QString& text);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rebuild();

    QList<ColumnFinding> m_findings;
    QList<int> m_rows; // indexes into m_findings that are shown
    QSet<int> m_edited;
    bool m_onlyPersonal = true;
};

} // namespace lethe
