#include "OfficerKeyDialog.h"

#include "Dialogs.h"
#include "MessageBar.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <utility>

namespace lethe {

namespace {

using dialogs::wrapping;

} // namespace

OfficerKeyDialog::OfficerKeyDialog(CredentialStore* credentials, const RunnerWorkspace& workspace,
                                   QWidget* parent)
    : QDialog(parent), m_credentials(credentials), m_workspace(workspace)
{
    setObjectName(QStringLiteral("officerKeyDialog"));
    setWindowTitle(tr("Officer Key"));
    setWindowModality(Qt::WindowModal);

    auto* title = wrapping(QStringLiteral("officerKeyTitle"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    title->setFont(big);
    title->setText(tr("Your officer key in %1").arg(workspace.name));
    auto* intro = wrapping(QStringLiteral("officerKeyIntro"), this);
    intro->setText(
        tr("An officer key signs your approvals of erasure plans, and the audit log's head after each change "
           "you make, so a rewrite of the log is noticed. Its secret stays in this computer's keychain; the "
           "workspace holds only its public key. Once any key is registered in a workspace, approvals there "
           "must be signed."));
    m_message = new MessageBar(this);

    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_login = wrapping(QStringLiteral("officerKeyLogin"), this);
    m_login->setText(workspace.actor);
    m_registeredLabel = wrapping(QStringLiteral("officerKeyRegistered"), this);
    m_keychainLabel = wrapping(QStringLiteral("officerKeyKeychain"), this);
    m_publicKey = wrapping(QStringLiteral("officerKeyPublic"), this);
    m_publicKey->setFont(mono);
    m_publicKey->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* form = new QFormLayout;
    form->addRow(tr("Signed in as:"), m_login);
    form->addRow(tr("In the workspace:"), m_registeredLabel);
    form->addRow(tr("In this keychain:"), m_keychainLabel);
    form->addRow(tr("Public key:"), m_publicKey);

    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("officerKeysTable"));
    m_table->setHorizontalHeaderLabels({tr("Login"), tr("Key id"), tr("Registered")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto* tableLabel = new QLabel(tr("&Keys registered in this workspace:"), this);
    tableLabel->setBuddy(m_table);

    m_register = new QPushButton(tr("Create and &Register My Key…"), this);
    m_register->setObjectName(QStringLiteral("registerKeyButton"));
    m_register->setAutoDefault(false);
    m_close = new QPushButton(tr("&Close"), this);
    m_close->setObjectName(QStringLiteral("closeButton"));
    m_close->setDefault(true);
    connect(m_register, &QPushButton::clicked, this, &OfficerKeyDialog::confirmRegister);
    connect(m_close, &QPushButton::clicked, this, &OfficerKeyDialog::reject);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_register);
    buttons->addStretch(1);
    buttons->addWidget(m_close);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addWidget(tableLabel);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    resize(760, 480);
    load();
}

OfficerKeyDialog::~OfficerKeyDialog() = default;

void OfficerKeyDialog::load()
{
    m_busy = true;
    m_waiting = 2;
    m_message->hide();
    const quint64 generation = ++m_generation;
    m_register->setEnabled(false);
    m_registeredLabel->setText(tr("Reading…"));
    m_keychainLabel->setText(tr("Reading…"));
    m_job.start(
        [ws = m_workspace](const JobContext&) -> Result<QList<OfficerKey>> {
            auto store = ws.openExistingStore();
            if (!store)
                return store.error();
            return OfficerKeys::all((*store)->database());
        },
        [this](const Result<QList<OfficerKey>>& keys) {
            m_keys = keys ? *keys : QList<OfficerKey>{};
            if (!keys && keys.error().code == Error::Code::ConnectionLost)
                m_lostReason = keys.error().message; // held once the keychain answered too
            else if (!keys)
                m_message->show(MessageBar::Kind::Error, keys.error().message);
            if (--m_waiting == 0)
                showState();
        });
    // Only read here: a key is made only when the officer asks for one.
    OfficerKeys::fromKeychain(m_credentials, m_workspace.name, m_workspace.actor, false,
                              [self = QPointer(this), generation](Result<MinisignKey> key) {
                                  if (!self || generation != self->m_generation)
                                      return;
                                  self->m_held.reset();
                                  self->m_keychainProblem.clear();
                                  if (key)
                                      self->m_held = *key;
                                  else if (key.error().code != Error::Code::NotFound)
                                      self->m_keychainProblem = key.error().message;
                                  if (--self->m_waiting == 0)
                                      self->showState();
                              });
}

void OfficerKeyDialog::showState()
{
    m_busy = false;
    const QLocale l;
    m_own.reset();
    m_table->setRowCount(int(m_keys.size()));
    for (int row = 0; row < m_keys.size(); ++row) {
        const OfficerKey& k = m_keys[row];
        if (k.login == m_workspace.actor)
            m_own = k;
        m_table->setItem(row, 0, new QTableWidgetItem(k.login));
        m_table->setItem(row, 1, new QTableWidgetItem(k.keyId));
        m_table->setItem(
            row, 2, new QTableWidgetItem(l.toString(k.registeredAt.toLocalTime(), QLocale::ShortFormat)));
    }
    m_table->resizeColumnsToContents();
    const QString heldId = m_held ? Minisign::keyIdHex(m_held->keyId) : QString();
    const bool same = m_own && m_held && m_own->keyId == heldId;

    m_registeredLabel->setText(
        m_own ? tr("Key %1, registered %2")
                    .arg(m_own->keyId, l.toString(m_own->registeredAt.toLocalTime(), QLocale::LongFormat))
              : tr("No key is registered for you."));
    if (!m_keychainProblem.isEmpty())
        m_keychainLabel->setText(tr("Could not be read: %1").arg(m_keychainProblem));
    else if (!m_held)
        m_keychainLabel->setText(tr("No officer key of yours for this workspace."));
    else if (same)
        m_keychainLabel->setText(tr("Key %1, the registered one.").arg(heldId));
    else if (m_own)
        m_keychainLabel->setText(tr("Key %1, not the registered one.").arg(heldId));
    else
        m_keychainLabel->setText(tr("Key %1, not registered yet.").arg(heldId));
    m_publicKey->setText(m_own ? m_own->publicKey : tr("(none registered)"));

    // What the button does: make a key if the keychain has none, and register the keychain's key.
    if (same)
        m_register->setText(tr("Create and &Register My Key…"));
    else if (m_held)
        m_register->setText(tr("&Register the Key in This Keychain…"));
    else if (m_own)
        m_register->setText(tr("Create a &New Key and Register It…"));
    else
        m_register->setText(tr("Create and &Register My Key…"));
    const bool keychainReadable = m_keychainProblem.isEmpty();
    m_register->setEnabled(!same && keychainReadable);
    if (!m_register->isEnabled())
        m_close->setFocus(); // not left on a button that went grey
    m_register->setToolTip(same ? tr("Your key is registered and in this keychain: there is nothing to do.")
                                : QString());

    if (!keychainReadable)
        m_message->show(MessageBar::Kind::Error,
                        tr("This computer's keychain could not be read, so no key is made or registered: %1")
                            .arg(m_keychainProblem));
    else if (m_own && !same)
        // As the window and lethe-cli warn: unsigned writes, and no approval from here.
        m_message->show(
            MessageBar::Kind::Warning,
            tr("Your officer key %1 is registered in this workspace but is not in this computer's keychain: "
               "what "
               "you change here is recorded in the audit log unsigned, and you cannot approve erasures here. "
               "Approve on the computer whose keychain holds it, or register a key from here, which replaces "
               "it; "
               "plans you approved with the old key and that have not run yet must then be approved again.")
                .arg(m_own->keyId));
    else if (!m_own && !m_keys.isEmpty())
        m_message->show(
            MessageBar::Kind::Info,
            tr("Approvals in this workspace are signed, and you have no key registered: you cannot "
               "approve erasures until you register one."));
    // The registered key came into this keychain after the workspace was opened: the window signs with it
    // from now on, as it would have had it opened the workspace now.
    if (same && !m_workspace.headSigner) {
        m_workspace.headSigner =
            std::make_shared<const AuditHeadSigner>(AuditHeadSigner{m_workspace.actor, *m_held});
        Q_EMIT keyRegistered(*m_held, false);
    }
    if (!m_lostReason.isEmpty()) {
        // What is registered is not known: nothing to register from until the connection is back.
        m_registeredLabel->setText(tr("Could not be read: the connection to the workspace was lost."));
        m_publicKey->clear();
        m_register->setEnabled(false);
        hold(Hold::Load, std::exchange(m_lostReason, QString()));
    }
    Q_EMIT loaded();
}

void OfficerKeyDialog::hold(Hold what, const QString& reason)
{
    m_hold = what;
    m_register->setEnabled(false);
    m_message->show(
        MessageBar::Kind::Warning,
        what == Hold::Load
            ? tr("The keys registered in the workspace could not be read: the connection to the workspace "
                 "was "
                 "lost. They are read once the connection is back.")
            : tr("Not registered yet: the connection to the workspace was lost. Your key is kept in this "
                 "computer's keychain and registered once the connection is back, and never twice."),
        tr("Retry &Now"), [this] { Q_EMIT retryRequested(); });
    Q_EMIT workspaceConnectionLost(reason);
}

void OfficerKeyDialog::reject()
{
    if (m_registering) {
        // The registration's answer is not here yet: it is told (not dropped) once it is, the dialog hidden.
        m_closeRequested = true;
        hide();
        return;
    }
    if (m_hold == Hold::Register && m_made) {
        m_hold = Hold::None;
        Q_EMIT closedWhileHeld(*std::exchange(m_made, std::nullopt));
    }
    QDialog::reject();
}

bool OfficerKeyDialog::registrationEnded(const QString& refused)
{
    m_registering = false;
    if (!std::exchange(m_closeRequested, false))
        return false;
    if (!refused.isEmpty())
        Q_EMIT closedUnregistered(refused);
    reject(); // held: closedWhileHeld
    return true;
}

Result<ChangeFate> OfficerKeyDialog::fateOf(WorkspaceStore& store, const MinisignKey& key)
{
    auto own = OfficerKeys::of(store.database(), store.actor());
    if (!own)
        return own.error();
    ChangeFate fate;
    fate.kind = *own && (*own)->keyId == Minisign::keyIdHex(key.keyId) ? ChangeFate::Kind::Applied
                                                                       : ChangeFate::Kind::NotApplied;
    return fate;
}

QString OfficerKeyDialog::closedText(const MinisignKey& key)
{
    return tr("You closed Officer Key while the registration of your key %1 waited for the lost connection, "
              "so whether it was registered is not known yet. It is read once the connection is back; until "
              "then, Workspace › Officer Key… shows whether it is registered.")
        .arg(Minisign::keyIdHex(key.keyId));
}

QString OfficerKeyDialog::refusedText(const QString& reason)
{
    return tr("Your officer key was not registered: %1").arg(reason);
}

QString OfficerKeyDialog::fateText(const Result<ChangeFate>& fate, const MinisignKey& key)
{
    const QString id = Minisign::keyIdHex(key.keyId);
    if (!fate)
        return tr("Whether your officer key %1 was registered before the connection was lost could not be "
                  "read: %2. Workspace › Officer Key… shows whether it is.")
            .arg(id, fate.error().message);
    if (fate->kind == ChangeFate::Kind::Applied)
        return tr("Your officer key %1 had been registered before the connection was lost, although you "
                  "closed the dialog: it is registered (once), and your approvals and what you change here "
                  "are signed with it.")
            .arg(id);
    return tr("Your officer key %1 was not registered: the connection was lost before it was. It stays in "
              "this computer's keychain; Workspace › Officer Key… registers it.")
        .arg(id);
}

void OfficerKeyDialog::connectionRestored()
{
    switch (std::exchange(m_hold, Hold::None)) {
    case Hold::None:
        return;
    case Hold::Load:
        load();
        return;
    case Hold::Register:
        if (m_made) {
            m_busy = true;
            m_registering = true;
            m_message->show(MessageBar::Kind::Info, tr("Registering your officer key…"));
            sendRegistration(*m_made);
        }
        return;
    }
}

void OfficerKeyDialog::confirmRegister()
{
    if (m_busy || isHeld())
        return;
    QString text = m_held
                       ? tr("Register the officer key %1 from this computer's keychain as yours in %2?")
                             .arg(Minisign::keyIdHex(m_held->keyId), m_workspace.name)
                       : tr("Make a new officer key in this computer's keychain and register its public key "
                            "as yours in %1?")
                             .arg(m_workspace.name);
    text += QLatin1String("\n\n");
    if (m_own)
        text +=
            tr("It replaces your registered key %1. Plans you approved with it that have not run yet must "
               "be approved again.")
                .arg(m_own->keyId) +
            QLatin1Char(' ');
    if (m_keys.isEmpty())
        text +=
            tr("It is the first key in this workspace: from then on every approval here must be signed, and "
               "audit verify requires a signed head.") +
            QLatin1Char(' ');
    text += tr("Registering is recorded in the audit log.");
    auto* box = dialogs::question(this, QStringLiteral("registerKeyQuestion"), QMessageBox::Question,
                                  tr("Register Officer Key"), text, QMessageBox::Ok | QMessageBox::Cancel,
                                  QMessageBox::Cancel, [this](QMessageBox::StandardButton answer) {
                                      if (answer == QMessageBox::Ok)
                                          registerKey();
                                  });
    box->button(QMessageBox::Ok)->setText(m_held ? tr("&Register") : tr("Create and &Register"));
}

void OfficerKeyDialog::registerKey()
{
    if (m_busy || isHeld())
        return;
    m_busy = true;
    m_registering = true;
    m_register->setEnabled(false);
    m_message->show(MessageBar::Kind::Info, tr("Registering your officer key…"));
    const quint64 generation = ++m_generation;
    // The keychain first (asynchronous: it may ask to be unlocked), then the workspace on a worker thread.
    OfficerKeys::fromKeychain(m_credentials, m_workspace.name, m_workspace.actor, true,
                              [self = QPointer(this), generation](Result<MinisignKey> key) {
                                  if (!self || generation != self->m_generation)
                                      return;
                                  if (!key) {
                                      self->m_busy = false;
                                      self->m_message->show(MessageBar::Kind::Error, key.error().message);
                                      self->m_register->setEnabled(true);
                                      Q_EMIT self->registrationFailed(key.error().message);
                                      self->registrationEnded(key.error().message);
                                      return;
                                  }
                                  self->sendRegistration(*key);
                              });
}

void OfficerKeyDialog::sendRegistration(const MinisignKey& made)
{
    // registerIfNew reads the registered key first: one registered before a lost answer is not registered
    // (and audited) again.
    m_job.start(
        [ws = m_workspace, made](const JobContext&) -> Result<bool> {
            auto store = ws.openExistingStore();
            if (!store)
                return store.error();
            return OfficerKeys::registerIfNew(**store, made);
        },
        [this, made](const Result<bool>& registered) {
            m_busy = false;
            if (!registered && registered.error().code == Error::Code::ConnectionLost) {
                m_made = made;
                hold(Hold::Register, registered.error().message);
                registrationEnded({}); // closed meanwhile: held and closed, its fate read once back
                return;
            }
            m_made.reset();
            if (!registered) {
                m_message->show(MessageBar::Kind::Error, registered.error().message);
                m_register->setEnabled(true);
                Q_EMIT registrationFailed(registered.error().message);
                registrationEnded(registered.error().message);
                return;
            }
            m_workspace.headSigner =
                std::make_shared<const AuditHeadSigner>(AuditHeadSigner{m_workspace.actor, made});
            Q_EMIT keyRegistered(made, *registered);
            if (registrationEnded({}))
                return; // closed meanwhile: told through keyRegistered
            load();
            m_message->show(MessageBar::Kind::Success,
                            tr("Your officer key %1 is registered in %2 and kept in this "
                               "computer's keychain. Your "
                               "approvals, and the audit log's head after your changes, are "
                               "signed with it from now "
                               "on.")
                                .arg(Minisign::keyIdHex(made.keyId), m_workspace.name));
        });
}

} // namespace lethe
