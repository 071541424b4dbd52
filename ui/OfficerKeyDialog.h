#pragma once

#include "Job.h"
#include "OfficerKeys.h"
#include "RunnerWorkspace.h"

#include <QDialog>

#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace lethe {

class CredentialStore;
class MessageBar;

// Workspace › Officer Key…: whether the signed-in login has an officer key registered in the workspace and
// held in this computer's keychain, its key id and public key, and every key registered in the workspace.
// "Create and Register" makes the key in the keychain if it holds none and registers its public key as the
// login's own, after a confirmation: the same core path as `lethe-cli workspace officer-key --create`
// (OfficerKeys::fromKeychain, OfficerKeys::registerIfNew). The keychain is read asynchronously; the workspace
// is read and written on a worker thread with a store of its own.
class OfficerKeyDialog : public QDialog
{
    Q_OBJECT
public:
    OfficerKeyDialog(CredentialStore* credentials, const RunnerWorkspace& workspace,
                     QWidget* parent = nullptr);
    ~OfficerKeyDialog() override;

    MessageBar* messageBar() const { return m_message; }
    // Reading the keychain and the workspace, or registering.
    bool busy() const { return m_busy; }
    // As last read: the login's registered key, and the key this keychain holds for them.
    const std::optional<OfficerKey>& registered() const { return m_own; }
    const std::optional<MinisignKey>& held() const { return m_held; }
    // A lost connection (docs/team.md, "A lost connection"): reading or registering met one. The dialog is
    // held, saying so, with its own Retry Now (it is window-modal: the window's banner cannot be reached).
    // connectionRestored(): the window reconnected; the keys are read again, or the key made is registered,
    // unless it was registered before the answer was lost (OfficerKeys::registerIfNew: never twice).
    bool isHeld() const { return m_hold != Hold::None; }
    void connectionRestored();
    // Closing the dialog while a registration is held (sent, its answer lost): closedWhileHeld() hands the
    // key to the window, which reads whether it was registered once the connection allows (fateOf) and says
    // so (fateText), never dropping it unsaid.
    void reject() override;
    // Whether `key` is registered as the login's own (Applied) or not (NotApplied).
    static Result<ChangeFate> fateOf(WorkspaceStore& store, const MinisignKey& key);
    static QString closedText(const MinisignKey& key);
    static QString fateText(const Result<ChangeFate>& fate, const MinisignKey& key);
    static QString refusedText(const QString& reason);

Q_SIGNALS:
    // The registered keys and this keychain were read (again).
    void loaded();
    // The login's key is registered and held: the window's store signs with it from now on.
    void keyRegistered(const lethe::MinisignKey& key, bool newlyRegistered);
    void registrationFailed(const QString& message);
    // The dialog was closed while the registration of `key` was held: its fate is read once the connection
    // allows.
    void closedWhileHeld(const lethe::MinisignKey& key);
    // Closed while the registration was on its way, the dialog hides and waits for the answer:
    // keyRegistered() then, or closedWhileHeld() when the connection was lost, or closedUnregistered() with
    // the refusal.
    void closedUnregistered(const QString& reason);
    // Reading or registering met a lost connection: the window's banner and retries; retryRequested() asks
    // it to retry now.
    void workspaceConnectionLost(const QString& reason);
    void retryRequested();

private:
    void load();
    void showState(); // the state read, once both the keychain and the workspace answered
    void confirmRegister();
    void registerKey();
    void sendRegistration(const MinisignKey& made);
    // The registration's answer is told: true when the dialog was closed meanwhile (and now closes);
    // `refused`: why it was not registered.
    bool registrationEnded(const QString& refused);
    enum class Hold
    {
        None,
        Load,     // the keys are read once the connection is back
        Register, // m_made is registered once it is back
    };
    void hold(Hold what, const QString& reason);

    CredentialStore* m_credentials;
    RunnerWorkspace m_workspace;
    QList<OfficerKey> m_keys;
    std::optional<OfficerKey> m_own;
    std::optional<MinisignKey> m_held;
    QString m_keychainProblem; // the keychain could not be read
    int m_waiting = 0;         // answers still to come: the keychain's and the workspace's
    quint64 m_generation = 0;  // a keychain answer for an older load is dropped
    bool m_busy = false;
    Hold m_hold = Hold::None;
    QString m_lostReason;              // reading the keys met a lost connection
    std::optional<MinisignKey> m_made; // the key whose registration met a lost connection
    bool m_registering = false;        // a registration is on its way (the keychain, then the workspace)
    bool m_closeRequested = false;     // closed meanwhile: hidden until its answer is told

    MessageBar* m_message;
    QLabel* m_login;
    QLabel* m_registeredLabel;
    QLabel* m_keychainLabel;
    QLabel* m_publicKey;
    QTableWidget* m_table;
    QPushButton* m_register;
    QPushButton* m_close;
    JobSlot m_job{this, JobSlot::AtDestruction::Leave}; // last: reading or registering, while it runs
};

} // namespace lethe

Q_DECLARE_METATYPE(lethe::MinisignKey)
