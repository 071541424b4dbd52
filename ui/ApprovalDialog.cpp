#include "ApprovalDialog.h"

#include "Dialogs.h"
#include "ErasureStore.h"

#include "MessageBar.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <utility>

namespace lethe {

namespace {

using dialogs::wrapping;

// The approver's key as the window's store holds it: read from this keychain when the workspace opened, and
// only when it is the key registered for them (WorkspaceOpener).
std::optional<MinisignKey> heldKey(const RunnerWorkspace& ws)
{
    if (ws.headSigner && ws.headSigner->login == ws.actor)
        return ws.headSigner->key;
    return std::nullopt;
}

} // namespace

ApprovalDialog::ApprovalDialog(const RunnerWorkspace& workspace, const QString& requestId,
                               const QString& digest, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_requestId(requestId.trimmed().toUpper()), m_digest(digest)
{
    setObjectName(QStringLiteral("approvalDialog"));
    setWindowTitle(tr("Approve Erasure Plan"));
    setWindowModality(Qt::WindowModal);

    m_title = wrapping(QStringLiteral("approvalTitle"), this);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setText(tr("Approve the erasure plan of %1").arg(m_requestId));
    auto* intro = wrapping(QStringLiteral("approvalIntro"), this);
    intro->setText(
        tr("Under four eyes a second officer approves the exact plan another officer made, before it runs. "
           "Approving erases nothing: an officer other than you then runs the plan, and the run is refused "
           "if the data changed since the plan was made. Look at the plan first (Request › Erase "
           "Subject… shows it table by table)."));
    m_message = new MessageBar(this);

    m_plans = new QComboBox(this);
    m_plans->setObjectName(QStringLiteral("approvalPlans"));
    m_plannedBy = wrapping(QStringLiteral("approvalPlannedBy"), this);
    m_digestLabel = wrapping(QStringLiteral("approvalDigest"), this);
    m_digestLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_digestLabel->setFont(mono);
    m_counts = wrapping(QStringLiteral("approvalCounts"), this);
    m_signing = wrapping(QStringLiteral("approvalSigning"), this);
    auto* form = m_form = new QFormLayout;
    form->addRow(tr("&Plan:"), m_plans);
    form->addRow(tr("Planned by:"), m_plannedBy);
    form->addRow(tr("Digest:"), m_digestLabel);
    form->addRow(tr("Counts:"), m_counts);
    form->addRow(tr("Signature:"), m_signing);

    m_confirmPrompt = wrapping(QStringLiteral("approvalConfirmPrompt"), this);
    m_confirmPrompt->setTextFormat(Qt::RichText);
    m_confirmEdit = new QLineEdit(this);
    m_confirmEdit->setObjectName(QStringLiteral("approvalConfirmEdit"));
    m_confirmPrompt->setBuddy(m_confirmEdit);
    connect(m_confirmEdit, &QLineEdit::textChanged, this, &ApprovalDialog::updateButtons);

    m_close = new QPushButton(tr("&Close"), this);
    m_close->setObjectName(QStringLiteral("closeButton"));
    m_close->setAutoDefault(false);
    m_approve = new QPushButton(tr("&Approve Plan"), this);
    m_approve->setObjectName(QStringLiteral("approveButton"));
    m_approve->setDefault(true);
    connect(m_close, &QPushButton::clicked, this, &ApprovalDialog::reject);
    connect(m_approve, &QPushButton::clicked, this, &ApprovalDialog::approve);
    connect(m_plans, &QComboBox::currentIndexChanged, this, &ApprovalDialog::showPlan);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    buttons->addWidget(m_approve);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(intro);
    layout->addWidget(m_message);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addSpacing(12);
    layout->addWidget(m_confirmPrompt);
    layout->addWidget(m_confirmEdit);
    layout->addStretch(1);
    layout->addLayout(buttons);
    resize(720, 400);

    m_form->setRowVisible(m_plans, false);
    m_confirmPrompt->hide();
    m_confirmEdit->hide();
    m_plannedBy->setText(tr("Reading the plans waiting for approval…"));
    load();
}

ApprovalDialog::~ApprovalDialog() = default;

void ApprovalDialog::load()
{
    m_busy = true;
    updateButtons();
    m_job.start(
        [ws = m_workspace, id = m_requestId](const JobContext&) -> Result<ErasureService::Approvals> {
            auto store = ws.openExistingStore();
            if (!store)
                return store.error();
            return ErasureService::approvals(**store, id, heldKey(ws));
        },
        [this](const Result<ErasureService::Approvals>& read) {
            m_busy = false;
            m_loaded = read.ok();
            if (!read && read.error().code == Error::Code::ConnectionLost) {
                m_plannedBy->clear();
                hold(Held::Load, read.error().message);
                Q_EMIT loaded();
                return;
            }
            if (!read) {
                m_plannedBy->clear();
                m_message->show(MessageBar::Kind::Error, read.error().message);
                updateButtons();
                Q_EMIT loaded();
                return;
            }
            m_approvals = *read;
            m_title->setText(
                tr("Approve the erasure plan of %1 (%2)").arg(m_approvals.request.subjectName, m_requestId));
            const QSignalBlocker quiet(m_plans);
            m_plans->clear();
            int first = 0;
            for (int i = 0; i < m_approvals.plans.size(); ++i) {
                const ErasureRun& r = m_approvals.plans[i].run;
                m_plans->addItem(
                    tr("%1 by %2, %3")
                        .arg(r.digest.left(16), r.plannedBy,
                             QLocale().toString(r.plannedAt.toLocalTime(), QLocale::ShortFormat)));
                if (r.digest == m_digest)
                    first = i;
            }
            m_form->setRowVisible(m_plans, m_approvals.plans.size() > 1); // a choice only when there is one
            if (m_approvals.plans.isEmpty()) {
                m_plannedBy->setText(tr("No plan is waiting."));
                m_message->show(MessageBar::Kind::Info,
                                tr("No erasure plan of %1 is waiting for approval. An officer saves one for "
                                   "approval from Request › Erase Subject….")
                                    .arg(m_requestId));
            } else {
                m_plans->setCurrentIndex(first);
                showPlan(first);
            }
            updateButtons();
            Q_EMIT loaded();
        });
}

const ErasureService::WaitingPlan* ApprovalDialog::current() const
{
    const int i = m_plans->currentIndex();
    return i >= 0 && i < m_approvals.plans.size() ? &m_approvals.plans[i] : nullptr;
}

void ApprovalDialog::showPlan(int index)
{
    if (index < 0 || index >= m_approvals.plans.size())
        return;
    const ErasureService::WaitingPlan& p = m_approvals.plans[index];
    const ErasureRun& r = p.run;
    const QLocale l;
    m_plannedBy->setText(
        tr("%1, %2").arg(r.plannedBy, l.toString(r.plannedAt.toLocalTime(), QLocale::LongFormat)));
    m_digestLabel->setText(r.digest);
    auto count = [&](const char* key) { return l.toString(r.summary.value(QLatin1String(key)).toInteger()); };
    m_counts->setText(
        tr("Rows to delete: %1 · to update: %2 · to keep: %3 · Processor records: %4 · Manual tasks: %5")
            .arg(count("delete_rows"), count("update_rows"),
                 l.toString(r.summary.value(QStringLiteral("kept")).toInteger() +
                            r.summary.value(QStringLiteral("phone_only_left")).toInteger()),
                 count("processor_records"), count("manual_tasks")));
    const std::optional<MinisignKey> key = heldKey(m_workspace);
    if (!m_approvals.signedApprovals)
        m_signing->setText(
            tr("Not signed: no officer key is registered in this workspace (Workspace › Officer "
               "Key… makes and registers yours)."));
    else if (key)
        m_signing->setText(tr("Signed with your officer key %1 from this computer's keychain.")
                               .arg(Minisign::keyIdHex(key->keyId)));
    else
        m_signing->setText(tr("Approvals in this workspace are signed, and this computer's keychain holds no "
                              "registered officer key of yours."));
    if (!p.refusal.isEmpty()) {
        // Said before anything is typed: the planner, someone who is not an officer, or a key that is not
        // in this keychain (the same words lethe-cli erase --approve refuses with).
        m_message->show(MessageBar::Kind::Error, tr("You cannot approve this plan: %1").arg(p.refusal));
    } else if (!m_approvals.fourEyes) {
        m_message->show(MessageBar::Kind::Info,
                        tr("This workspace does not require four eyes: the plan may run without an "
                           "approval. Approving still records that you checked it."));
    } else {
        m_message->hide();
    }
    m_confirmPrompt->setText(
        tr("To approve this plan, type the request's id, <b>%1</b>:").arg(m_requestId.toHtmlEscaped()));
    m_confirmEdit->clear();
    updateButtons();
    if (p.refusal.isEmpty())
        m_confirmEdit->setFocus();
}

void ApprovalDialog::updateButtons()
{
    const ErasureService::WaitingPlan* p = m_loaded ? current() : nullptr;
    const bool allowed = p && p->refusal.isEmpty();
    m_confirmPrompt->setVisible(allowed);
    m_confirmEdit->setVisible(allowed);
    m_confirmEdit->setEnabled(!m_busy);
    m_approve->setVisible(allowed);
    m_approve->setEnabled(allowed && !m_busy && !isHeld() &&
                          m_confirmEdit->text().trimmed().compare(m_requestId, Qt::CaseInsensitive) == 0);
    m_plans->setEnabled(!m_busy && !isHeld());
}

void ApprovalDialog::approve()
{
    const ErasureService::WaitingPlan* p = current();
    if (!p || !p->refusal.isEmpty() || m_busy || isHeld() || !m_approve->isEnabled())
        return;
    send(p->run.digest, false);
}

namespace {

struct Approved
{
    ErasureRun run;
    bool already = false; // found saved: its answer had been lost with the connection
};

} // namespace

void ApprovalDialog::send(const QString& digest, bool lookFirst)
{
    m_busy = true;
    m_sending = true;
    m_approve->setText(tr("Approving…"));
    updateButtons();
    // What lethe-cli erase --approve calls, signed with the approver's key from this keychain. Sent again
    // after a lost connection, the stored run is read first: approved by this login, it was saved before the
    // answer was lost, and is not approved twice.
    m_job.start(
        [ws = m_workspace, id = m_requestId, digest, lookFirst](const JobContext&) -> Result<Approved> {
            auto store = ws.openExistingStore();
            if (!store)
                return store.error();
            if (lookFirst) {
                auto stored = ErasureStore(**store).run(id, digest);
                if (!stored && stored.error().code == Error::Code::ConnectionLost)
                    return stored.error();
                if (stored && stored->state != QLatin1String("planned") &&
                    stored->approvedBy == (*store)->actor())
                    return Approved{*stored, true};
            }
            auto done = ErasureService::approve(**store, id, digest, heldKey(ws));
            if (!done)
                return done.error();
            return Approved{*done, false};
        },
        [this, digest](const Result<Approved>& done) {
            m_busy = false;
            m_sending = false;
            const bool closing = std::exchange(m_closeRequested, false);
            m_approve->setText(tr("&Approve Plan"));
            if (!done && done.error().code == Error::Code::ConnectionLost) {
                m_sentDigest = digest;
                hold(Held::Approve, done.error().message);
                if (closing)
                    reject(); // held and closed: its fate is read once the connection allows
                return;
            }
            if (!done) {
                m_message->show(MessageBar::Kind::Error, done.error().message);
                updateButtons();
                Q_EMIT approvalFailed(done.error().message);
                if (closing) {
                    Q_EMIT closedUnapproved(m_requestId, digest, done.error().message);
                    QDialog::reject();
                }
                return;
            }
            Q_EMIT approved(done->run, done->already);
            accept();
        });
}

void ApprovalDialog::hold(Held what, const QString& reason)
{
    m_held = what;
    const QString text = what == Held::Load
                             ? tr("The plans waiting for approval could not be read: the connection to the "
                                  "workspace was lost. "
                                  "They are read once the connection is back.")
                             : tr("Not approved yet: the connection to the workspace was lost. What you "
                                  "typed is kept here and "
                                  "the plan is approved once the connection is back, and never twice.");
    m_message->show(MessageBar::Kind::Warning, text, tr("Retry &Now"), [this] { Q_EMIT retryRequested(); });
    updateButtons();
    Q_EMIT workspaceConnectionLost(reason);
}

void ApprovalDialog::reject()
{
    if (m_sending) {
        // The approval's answer is not here yet: it is told (not dropped) once it is, the dialog hidden.
        m_closeRequested = true;
        hide();
        return;
    }
    if (m_held == Held::Approve) {
        m_held = Held::None;
        Q_EMIT closedWhileHeld(m_requestId, m_sentDigest);
    }
    QDialog::reject();
}

Result<ChangeFate> ApprovalDialog::fateOf(WorkspaceStore& store, const QString& requestId,
                                          const QString& digest)
{
    auto stored = ErasureStore(store).run(requestId, digest);
    if (!stored)
        return stored.error();
    ChangeFate fate;
    fate.humanId = requestId;
    if (stored->state == QLatin1String("planned"))
        fate.kind = ChangeFate::Kind::NotApplied;
    else if (stored->approvedBy == store.actor())
        fate.kind = ChangeFate::Kind::Applied;
    else {
        fate.kind = ChangeFate::Kind::Conflict;
        fate.conflict =
            makeError(Error::Code::Conflict, stored->approvedBy.isEmpty()
                                                 ? tr("the plan is no longer waiting (%1)").arg(stored->state)
                                                 : tr("%1 approved it").arg(stored->approvedBy));
    }
    return fate;
}

QString ApprovalDialog::closedText(const QString& requestId, const QString& digest)
{
    return tr("You closed the approval of plan %1 of %2 while the connection to the workspace was lost, so "
              "whether it was saved is not known yet. It is read once the connection is back; until then, "
              "Request › Approve Erasure Plan… still lists the plan if it was not approved.")
        .arg(digest.left(16), requestId);
}

QString ApprovalDialog::refusedText(const QString& requestId, const QString& digest, const QString& reason)
{
    return tr("Your approval of plan %1 of %2 was not saved: %3.").arg(digest.left(16), requestId, reason);
}

QString ApprovalDialog::fateText(const Result<ChangeFate>& fate, const QString& requestId,
                                 const QString& digest)
{
    if (!fate)
        return tr("Whether your approval of plan %1 of %2 was saved before the connection was lost could not "
                  "be read: %3. Request › Approve Erasure Plan… lists the plan if it was not approved.")
            .arg(digest.left(16), requestId, fate.error().message);
    switch (fate->kind) {
    case ChangeFate::Kind::Applied:
        return tr("Your approval of plan %1 of %2 had been saved before the connection was lost, although "
                  "you closed the dialog: the plan is approved (once), and an officer other than you can now "
                  "run it.")
            .arg(digest.left(16), requestId);
    case ChangeFate::Kind::Conflict:
        return refusedText(requestId, digest, fate->conflict.message);
    case ChangeFate::Kind::NotApplied:
        break;
    }
    return tr("Your approval of plan %1 of %2 was not saved: the connection was lost before it was. The plan "
              "still waits for approval.")
        .arg(digest.left(16), requestId);
}

void ApprovalDialog::connectionRestored()
{
    switch (std::exchange(m_held, Held::None)) {
    case Held::None:
        return;
    case Held::Load:
        m_message->hide();
        m_plannedBy->setText(tr("Reading the plans waiting for approval…"));
        load();
        return;
    case Held::Approve:
        m_message->hide();
        send(m_sentDigest, true);
        return;
    }
}

} // namespace lethe
