#pragma once

#include <optional>

#include "BundleRedactor.h"
#include "BundleSession.h"
#include "Job.h"

#include <QMainWindow>

#include <atomic>
#include <memory>

class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;

namespace lethe {

class BundleTableModel;
class CredentialStore;

// The offline reviewer (`lethe FILE`, File › Open Bundle…, a file dropped on the window): opens a bundle with
// no workspace and no network, checks it first and says the verdict plainly (trusted, unknown key, unsigned,
// tampered naming the file), browses its systems and tables and the report as the subject will see it,
// searches every table, and collects redactions (rows, cells, text in a cell, text anywhere, each with a
// reason; undoable) to re-seal into a new bundle signed with a workspace's key. The original is never
// changed. Opening, searching and re-sealing run on worker threads, with progress and Stop.
class BundleViewer : public QMainWindow
{
    Q_OBJECT
public:
    explicit BundleViewer(CredentialStore* credentials, QWidget* parent = nullptr);
    ~BundleViewer() override;

    // An encrypted bundle without `decryption` first asks for its passphrase or identity file.
    void openFile(const QString& path, const Age::Decryption& decryption = {});
    // Checks the signature with this public key (a .pub file's) besides the workspaces' own; false when the
    // bundle was not signed with it.
    bool trustKey(const MinisignKey& key);
    void addRedaction(const Redaction& redaction);
    // Writes the re-sealed bundle, signed with `key` (which must hold the secret key).
    void reseal(const QString& outFile, const MinisignKey& key);
    void search(const QString& text);
    // Shows one table (its index in session()->tables()); -1 shows the report.
    void showTable(int table);

    std::shared_ptr<const BundleSession> session() const { return m_session; }
    const QList<Redaction>& pendingRedactions() const { return m_pending; }
    const BundleReader::Verdict& verdict() const { return m_verdict; }
    QString verdictText() const;
    QTableView* tableView() const { return m_table; }
    QTreeWidget* searchResults() const { return m_results; }

Q_SIGNALS:
    void opened(const QString& verdict);
    void openFailed(const QString& message);
    void verdictChanged(const QString& verdict);
    void searchFinished(int hits);
    void resealed(const QString& file);
    void resealFailed(const QString& message);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void buildUi();
    void chooseFile();
    void chooseKeyFile();
    void trustKeyFile(const QString& path);
    void askForDecryption(const QString& path);
    void redactSelection();
    void undoRedaction();
    void removeSelectedRedaction();
    void chooseResealTarget();
    void pickResealTarget();
    void chooseResealFile(const QString& workspace);
    void resealWithWorkspaceKey(const QString& out, const QString& workspace);
    void cancelWork();
    void sessionOpened(std::shared_ptr<BundleSession> session, const Age::Decryption& decryption);
    void findWorkspaceKey();
    void setVerdict(const BundleReader::Verdict& verdict, const QString& trustedAs);
    void redactionsChanged();
    void setBusy(const QString& what);
    void setIdle(const QString& message = {});

    CredentialStore* m_credentials;
    std::shared_ptr<const BundleSession> m_session;
    BundleReader::Verdict m_verdict;
    QString m_trustedAs; // the workspace or key file whose key signed it
    QList<MinisignKey> m_extraKeys;
    std::optional<MinisignKey> m_trustedKey; // the key the verdict found trusted, for the re-seal's check
    bool m_acceptUntrusted = false;          // the reviewer chose to re-seal an untrusted bundle
    bool m_closeConfirmed = false;           // the reviewer chose to close, losing the pending redactions
    QList<Redaction> m_pending;
    Age::Decryption m_decryption; // how the open bundle was decrypted (a re-seal reads it again)
    QString m_resealWorkspace;
    // The background work (open, search, re-seal): new work supersedes what still runs, which stops and
    // whose result is dropped; the window's destruction waits for it.
    JobSlot m_jobs{this};
    JobContext m_job; // the current work's, from setBusy()

    QLabel* m_verdictLabel = nullptr;
    QTreeWidget* m_tree = nullptr;
    QStackedWidget* m_stack = nullptr;
    QTextBrowser* m_report = nullptr;
    QTableView* m_table = nullptr;
    BundleTableModel* m_model = nullptr;
    QLineEdit* m_searchField = nullptr;
    QTreeWidget* m_results = nullptr;
    QListWidget* m_redactionList = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_stop = nullptr;
    QLabel* m_status = nullptr;
    QAction* m_redactAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_resealAction = nullptr;
    QAction* m_trustAction = nullptr;
};

} // namespace lethe
