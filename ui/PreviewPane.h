#pragma once

#include "Traversal.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;
class QTreeWidget;
class QTreeWidgetItem;

namespace lethe {

// What a preview found: systems and their tables with true counts (unreachable tables say why), the rows of
// the chosen table with each column's categories, and a search across everything shown.
class PreviewPane : public QWidget
{
    Q_OBJECT
public:
    explicit PreviewPane(QWidget* parent = nullptr);

    void showMessage(const QString& message);
    void begin(const QString& requestId, int systems);
    void addDossier(const Dossier& dossier);
    void setProgress(int done, int total);
    void finish(qint64 totalRows);
    void fail(const QString& message);
    void setRunEnabled(bool enabled);

    QTreeWidget* tree() const { return m_tree; }
    QString summary() const;

Q_SIGNALS:
    void runRequested();
    void cancelRequested();

private:
    void showTable(QTreeWidgetItem* item);
    void applySearch(const QString& text);

    QPushButton* m_run;
    QPushButton* m_cancel;
    QProgressBar* m_progress;
    QLabel* m_summary;
    QLineEdit* m_search;
    QTreeWidget* m_tree;
    QTableView* m_rows;
    QStandardItemModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QList<Dossier> m_dossiers;
};

} // namespace lethe
