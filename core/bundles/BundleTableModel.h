#pragma once

#include "BundleRedactor.h"
#include "BundleSession.h"

#include <QAbstractTableModel>
#include <QCache>

#include <memory>

namespace lethe {

// One table of an opened bundle, read row by row from its unpacked JSON file (BundleSession), with the
// reviewer's pending redactions shown as the subject would get them: the withheld part replaced by the
// marker, the original and the reason in the tooltip, RedactedRole for the view to highlight it. Rows are
// read on demand and cached, so a table of millions of rows costs only its row offsets.
class BundleTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    BundleTableModel(std::shared_ptr<const BundleSession> session, int table, const QList<Redaction>* pending,
                     QObject* parent = nullptr);
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    enum Role
    {
        RedactedRole = Qt::UserRole + 1, // bool: something in the cell is withheld
        OriginalRole,                    // the cell's text, unredacted
        NoValueRole, // bool: the cell holds no value (NULL), shown as StoredValue::noValue()
    };
    int table() const { return m_table; }
    // The pending redactions changed: every cell may look different.
    void refresh();
    // The cell's text, unredacted.
    QString original(int row, int column) const;
    // The cell as it will be, and why (empty: not withheld).
    QString shown(int row, int column, QString* reason = nullptr) const;

private:
    const QStringList* cells(int row) const;

    std::shared_ptr<const BundleSession> m_session;
    int m_table;
    const QList<Redaction>* m_pending;
    mutable BundleSession::RowReader m_reader;
    mutable QCache<int, QStringList> m_rows{2000};
};

} // namespace lethe
