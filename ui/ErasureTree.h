#pragma once

#include "ErasurePlan.h"

#include <QJsonObject>
#include <QTreeWidget>

namespace lethe {

// An erasure plan, or the report of its run, as a tree: system › source › table with the rows deleted,
// updated and kept; the processors with their records and what they keep; the manual tasks. Kept rows are
// child items on a highlighted background with their reason and the date they become erasable.
class ErasureTree : public QTreeWidget
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        DeleteColumn,
        UpdateColumn,
        KeepColumn,
        DetailColumn,
        ColumnCount
    };
    // On items: "system", "source", "table", "kept", "processor", "processor-keeps", "manual".
    static constexpr int KindRole = Qt::UserRole + 1;

    explicit ErasureTree(QWidget* parent = nullptr);

    void showPlan(const ErasurePlan& plan);
    // `systemNames`: the systems' names by key, as the plan has them (the report names systems by key).
    void showReport(const QJsonObject& report, const QHash<QString, QString>& systemNames = {});

    // The first item of `kind` whose name (column 0) is `name`, anywhere in the tree.
    QTreeWidgetItem* find(const QString& kind, const QString& name) const;

    static QString whyText(KeptRows::Why why);
    static QString whyText(const QString& whyKey);

private:
    QTreeWidgetItem* add(QTreeWidgetItem* parent, const QString& kind, const QString& name);
    void markKept(QTreeWidgetItem* item) const;
    void markQuiet(QTreeWidgetItem* item) const;
    void setCounts(QTreeWidgetItem* item, qint64 deleted, qint64 updated, qint64 kept) const;
    void finish();
};

} // namespace lethe
