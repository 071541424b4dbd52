#pragma once

// Inside BundleExporter: the bundle's readable report (index.html). Not used outside core/bundles.

#include "BundleExporter.h"
#include "ExportSpool.h"

#include <atomic>
#include <memory>
#include <vector>

namespace lethe {

// index.html of an export: what we hold, why, how long and who receives it, the subject's rights and whom
// to reach, then each system's facts and the first rows of each of its tables. Its texts are
// BundleExporter's.
class ExportReport
{
    Q_DECLARE_TR_FUNCTIONS(lethe::BundleExporter)
public:
    ExportReport(const Request& request, const QList<BundleExporter::SystemInput>& systems,
                 const BundleExporter::Options& options, const std::atomic<qint64>& othersLeftOut,
                 const std::vector<std::unique_ptr<ExportSpool>>& spools, const QList<QString>& dataPaths);
    // The whole page.
    QString page();

private:
    void intro();
    void contents();
    void summary();
    void rightsAndContact();
    void facts(int si);
    void table(int i);
    QStringList categoriesOf(const QList<int>& tables) const;
    QStringList recipientsOf(const DataMap& map) const;
    void list(const QString& title, const QStringList& items);
    void item(const QString& term, const QStringList& values);

    const Request& request;
    const QList<BundleExporter::SystemInput>& systems;
    const BundleExporter::Options& options;
    const std::atomic<qint64>& othersLeftOut;
    const std::vector<std::unique_ptr<ExportSpool>>& spools;
    const QList<QString>& dataPaths; // per spool
    // A CCPA/CPRA request is answered in the statute's terms; the others in the GDPR's (Art. 15).
    const bool ccpa;
    const ReportContacts& contacts;
    // What each system holds of the subject: its tables with rows.
    QList<QList<int>> held;
    QString notStated;
    QString h;
};

} // namespace lethe
