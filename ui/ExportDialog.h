#pragma once

#include "ExportRunner.h"
#include "Request.h"
#include "ValidatedDialog.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace lethe {

class CredentialStore;

// Request › Export Bundle…: where the bundle of an access or portability request goes (by default
// <request id>.lethe.zip in the Documents folder), whether the processors' APIs are asked, and whether the
// bundle is encrypted with age: to a passphrase (typed twice, at least 12 characters) or to age1... public
// keys (one a line, each checked as it is typed, an error naming its line); an encrypted bundle's name ends
// in .age (<request id>.lethe.zip.age), as lethe-cli export requires. The passphrase goes to the export
// and nowhere else: not to settings, a log or the audit record (which says "passphrase"). Then, in the
// same dialog, the current step with a progress bar and Cancel. The work runs in ExportRunner, off the GUI
// thread; the dialog closes when it ends and says how through exported() or exportFailed(). Esc or Cancel
// while exporting cancels the export (nothing is left behind) and closes once the runner has stopped.
// An access bundle leaves out the rows held in the subject's account about other people (GDPR Art. 15(4));
// "Include data about other people" puts them in, with a reason that is required (Export stays disabled
// without one) and goes, as with lethe-cli export --include-others --reason, into the bundle's manifest
// and the audit record. A portability copy includes what the subject provided anyway: no choice shown.
class ExportDialog : public ValidatedDialog
{
    Q_OBJECT
public:
    ExportDialog(CredentialStore* credentials, const ExportRunner::Workspace& workspace,
                 const Request& request, QWidget* parent = nullptr);

    static QString defaultPath(const QString& requestId, bool encrypted = false);
    static constexpr int kMinPassphraseLength = 12;

    enum class Encryption
    {
        None,
        Passphrase,
        Recipients, // age1... public keys
    };

    QString fileName() const;
    void setFileName(const QString& path);
    bool databasesOnly() const;
    // Data about other people included, and why (trimmed); empty when not included.
    bool includeOthers() const;
    QString othersReason() const;
    Encryption encryptionChoice() const;
    void setEncryptionChoice(Encryption choice);
    // The age encryption the choices give (unset for none); check() says first whether it can be made.
    Age::Encryption encryption() const;
    bool isExporting() const { return m_exporting; }
    ExportRunner* runner() const { return m_runner; }

Q_SIGNALS:
    void exported(const lethe::ExportRunner::Summary& summary);
    void exportFailed(const QString& message, bool cancelled);
    // The export met a lost connection to the workspace: nothing is left behind (the runner removed what it
    // wrote), the dialog is held with what was chosen and its own Retry Now, and the window's banner
    // retries; connectionRestored() lets the person export again.
    void workspaceConnectionLost(const QString& reason);
    void retryRequested();
    // Closed while a bundle written before the connection was lost waited for its record: the window reads
    // whether it was recorded once the connection allows, places or removes it, and says which.
    void closedWhileHeld(const lethe::ExportRunner::Unrecorded& held);

public Q_SLOTS:
    // Export (the OK button): starts the export with the choices made.
    void accept() override;
    void reject() override;
    // The window reconnected: Export may be pressed again, or a bundle written before the connection was
    // lost is recorded (unless its record was saved: never twice) and moved to its name.
    void connectionRestored();

protected:
    QString check() const override;

private:
    void addFileRows(const Request& request);
    void addOthersRows(const Request& request);
    void addEncryptionRows();
    void addProgressRows();
    void connectSignals();
    void browse();
    void encryptionChosen();
    void othersChosen();
    void recheck();             // revalidate(), and taller when the message needs it
    void setExporting(bool on); // the choices disabled and the progress shown, or back
    void showProgress(const QString& step, double fraction);
    // The public keys in the box, one a line (blank lines and # comments skipped); an error names the line.
    Result<QStringList> recipients() const;

    Request m_request;
    ExportRunner* m_runner;
    QLineEdit* m_file;
    QPushButton* m_browse;
    QCheckBox* m_databasesOnly;
    QCheckBox* m_includeOthers;
    QLineEdit* m_othersReason;
    QComboBox* m_encryption;
    QLineEdit* m_passphrase;
    QLineEdit* m_repeat;
    QLabel* m_passphraseHint;
    QPlainTextEdit* m_recipients;
    QLabel* m_recipientsHint;
    QLabel* m_step;
    QProgressBar* m_progress;
    int m_fittedHeight = 0; // the height recheck() last gave it
    bool m_exporting = false;
    bool m_cancelling = false;
    bool m_connectionLost = false; // the runner's failure that follows is a lost connection
};

} // namespace lethe
