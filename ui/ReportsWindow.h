#pragma once

#include "Job.h"
#include "RequestMetrics.h"
#include "Result.h"
#include "SqlConnection.h"

#include <QPointer>
#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace lethe {

// The yearly request metrics of a workspace (RequestMetrics): the CCPA 11 CCR 7102 table, requests per month
// by type (stacked bars), days to respond (histogram) and overdue requests at each month end (line), for a
// chosen year and regulation; exported as CSV or PDF. A window of its own; the requests are read on a worker
// thread with its own connection, so the main window stays usable.
class ReportsWindow : public QWidget
{
    Q_OBJECT
public:
    ReportsWindow(const ConnectionParams& params, const QString& workspaceName, QDate today,
                  QWidget* parent = nullptr);
    ~ReportsWindow() override;

    // Reads the requests again (after changes in the main window).
    void reload();
    void setYear(int year);
    void setRegulation(std::optional<Regulation> regulation);
    const YearMetrics& metrics() const { return m_metrics; }
    bool isLoaded() const { return m_loaded; }
    // The last read met a lost connection to the workspace (docs/team.md, "A lost connection"): the window's
    // banner says so (workspaceConnectionLost), and connectionRestored() reads again once it is back.
    bool isWaitingForConnection() const { return m_waitingForConnection; }
    void connectionRestored();

    // What the export buttons write once a file is chosen.
    Status exportCsv(const QString& path) const;
    Status exportPdf(const QString& path);
    // The default file name offered for `suffix` ("csv", "pdf"): in Documents, else the home folder.
    QString defaultPath(const QString& suffix) const;

Q_SIGNALS:
    void loaded();
    void exported(const QString& path);
    void workspaceConnectionLost(const QString& reason);

private:
    void recompute();
    void fillTable();
    void fillCharts();
    void chooseFile(const QString& suffix);
    void showProblem(const QString& text);

    ConnectionParams m_params;
    QString m_workspaceName;
    QDate m_today;
    QList<MetricsRecord> m_records;
    YearMetrics m_metrics;
    bool m_loaded = false;
    bool m_waitingForConnection = false;
    bool m_reloadAgain = false; // asked while a read ran: read again when it is done, it may miss the change

    QComboBox* m_year;
    QComboBox* m_regulation;
    QPushButton* m_exportCsv;
    QPushButton* m_exportPdf;
    QLabel* m_status;
    QTableWidget* m_table;
    QChartView* m_monthsView;
    QChartView* m_daysView;
    QChartView* m_overdueView;
    JobSlot m_jobs{this}; // reading the requests; last, so the window's destruction waits for it first
};

} // namespace lethe
