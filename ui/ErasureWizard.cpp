#include "ErasureWizard.h"

#include "Dialogs.h"

#include "ApprovalDialog.h"
#include "ErasureService.h"
#include "ErasureTree.h"
#include "HeldItems.h"
#include "MessageBar.h"
#include "Validation.h"
#include "WorkspaceMaps.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace lethe {

namespace {

using dialogs::wrapping;

QString countsLine(const ErasurePlan::Counts& c)
{
    const QLocale l;
    return ErasureWizard::tr(
               "Rows to delete: %1 · to update: %2 · to keep: %3 · Processor records: %4 · Manual tasks: %5")
        .arg(l.toString(c.deleteRows), l.toString(c.updateRows), l.toString(c.kept + c.phoneOnlyLeft),
             l.toString(c.processorRecords), l.toString(c.manualTasks));
}

// "shop/main/users/delete" as a person reads it.
QString stepText(const QString& step)
{
    return QString(step).replace(QLatin1Char('/'), QStringLiteral(" › "));
}

} // namespace

ErasureWizard::ErasureWizard(CredentialStore* credentials, WorkspaceStore* store,
                             const ErasureRunner::Workspace& workspace, QWidget* parent)
    : QDialog(parent), m_store(store), m_workspace(workspace),
      m_runner(new ErasureRunner(credentials, workspace, this))
{
    setObjectName(QStringLiteral("erasureWizard"));
    setWindowTitle(tr("Erase Subject"));
    // Every data map of the workspace, or none (WorkspaceMaps): an erasure must reach every system.
    if (auto maps = WorkspaceMaps::load(workspace.folder, &m_mapProblems))
        m_maps = *maps;
    else if (!WorkspaceMaps::files(workspace.folder).isEmpty())
        m_mapsRefused = maps.error().message;

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("erasureTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_title->setFont(big);
    m_steps = new QLabel(this);
    m_steps->setObjectName(QStringLiteral("erasureSteps"));
    m_message = new MessageBar(this);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(makePlanPage());
    m_stack->addWidget(makeConfirmPage());
    m_stack->addWidget(makeErasingPage());
    m_stack->addWidget(makeReportPage());

    auto button = [this](const QString& text, const QString& name) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setAutoDefault(false);
        return b;
    };
    m_cancel = button(tr("Cancel"), QStringLiteral("cancelButton"));
    m_back = button(tr("< &Back"), QStringLiteral("backButton"));
    m_replan = button(tr("&Plan Again"), QStringLiteral("replanButton"));
    m_next = button(tr("&Next >"), QStringLiteral("nextButton"));
    m_savePlan = button(tr("&Save Plan for Approval"), QStringLiteral("savePlanButton"));
    m_approvePlan = button(tr("&Approve This Plan…"), QStringLiteral("approvePlanButton"));
    m_erase = button(tr("&Erase"), QStringLiteral("eraseButton"));
    m_stop = button(tr("&Stop After This Batch"), QStringLiteral("stopButton"));
    m_resume = button(tr("&Resume"), QStringLiteral("resumeButton"));
    m_saveReport = button(tr("&Save Report…"), QStringLiteral("saveReportButton"));
    m_close = button(tr("&Close"), QStringLiteral("closeButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_replan);
    buttons->addWidget(m_saveReport);
    buttons->addStretch(1);
    for (QPushButton* b : {m_back, m_next, m_savePlan, m_approvePlan, m_erase, m_stop, m_resume, m_close})
        buttons->addWidget(b);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_steps);
    layout->addWidget(m_message);
    layout->addWidget(m_stack, 1);
    layout->addLayout(buttons);

    connect(m_cancel, &QPushButton::clicked, this, &ErasureWizard::reject);
    connect(m_close, &QPushButton::clicked, this, &ErasureWizard::reject);
    connect(m_replan, &QPushButton::clicked, this, &ErasureWizard::startPlanning);
    connect(m_next, &QPushButton::clicked, this, &ErasureWizard::showConfirm);
    connect(m_back, &QPushButton::clicked, this, [this] {
        m_message->hide();
        setPage(Page::Plan);
    });
    connect(m_savePlan, &QPushButton::clicked, this, &ErasureWizard::savePlanForApproval);
    connect(m_approvePlan, &QPushButton::clicked, this, &ErasureWizard::approvePlan);
    connect(m_erase, &QPushButton::clicked, this, &ErasureWizard::erase);
    connect(m_stop, &QPushButton::clicked, this, [this] {
        m_stopping = true;
        m_step->setText(tr("Stopping after the current batch…"));
        m_runner->cancel();
        updateButtons();
    });
    connect(m_resume, &QPushButton::clicked, this, [this] {
        if (isHeld())
            return;
        if (Status s = mayResume(*m_store); !s) {
            if (s.error().code == Error::Code::ConnectionLost)
                hold(Held::Resume, s.error().message);
            else
                m_message->show(MessageBar::Kind::Error, s.error().message);
            return;
        }
        m_ended = false;
        m_stopping = false;
        m_busy = true;
        m_message->hide();
        m_step->setText(tr("Resuming…"));
        m_runner->resume(m_runId, m_maps);
        updateButtons();
    });
    connect(m_saveReport, &QPushButton::clicked, this, &ErasureWizard::chooseReportFile);

    connect(m_runner, &ErasureRunner::planning, this, [this](const QString& step) {
        m_planningStep->setText(step);
        if (m_page == Page::Erasing)
            m_step->setText(tr("Checking the plan against the data: %1").arg(step));
    });
    connect(m_runner, &ErasureRunner::planned, this, &ErasureWizard::showPlan);
    connect(m_runner, &ErasureRunner::started, this, [this](qint64 runId, const QString& requestId) {
        m_runId = runId;
        m_started = true;
        updateButtons();
        Q_EMIT erasureStarted(requestId);
    });
    connect(m_runner, &ErasureRunner::progress, this, [this](qint64 done, qint64 total, const QString& step) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(total > 0 ? int(done * 1000 / total) : 1000);
        m_progress->setFormat(tr("%1 of %2").arg(QLocale().toString(done), QLocale().toString(total)));
        m_step->setText(m_stopping ? tr("Stopping after the current batch…") : stepText(step));
    });
    connect(m_runner, &ErasureRunner::finished, this, &ErasureWizard::showReport);
    connect(m_runner, &ErasureRunner::connectionLost, this, [this] { m_connectionLost = true; });
    connect(m_runner, &ErasureRunner::failed, this, &ErasureWizard::onFailed);

    resize(1100, 680);
    setPage(Page::Plan);
}

ErasureWizard::~ErasureWizard() = default;

QWidget* ErasureWizard::makePlanPage()
{
    auto* page = new QWidget(this);
    m_planning = new QWidget(page);
    m_planningStep = wrapping(QStringLiteral("planningStep"), m_planning);
    auto* busy = new QProgressBar(m_planning);
    busy->setRange(0, 0);
    busy->setTextVisible(false);
    auto* pl = new QVBoxLayout(m_planning);
    pl->setContentsMargins(0, 0, 0, 0);
    pl->addWidget(
        new QLabel(tr("Making the plan: every row and record the subject's identities reach, and what "
                      "the data maps say to do with each…"),
                   m_planning));
    pl->addWidget(busy);
    pl->addWidget(m_planningStep);

    m_planTree = new ErasureTree(page);
    m_planTree->setObjectName(QStringLiteral("planTree"));
    m_phone = new QCheckBox(tr("Include rows found from a &phone number alone"), page);
    m_phone->setObjectName(QStringLiteral("phoneMatches"));
    m_phone->setToolTip(tr("A shared line (an office, a family) reaches other people too: check the preview "
                           "before including these rows."));
    connect(m_phone, &QCheckBox::toggled, this, &ErasureWizard::startPlanning);
    m_summary = wrapping(QStringLiteral("planSummary"), page);
    m_digest = new QLabel(page);
    m_digest->setObjectName(QStringLiteral("planDigest"));
    m_digest->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_summary, 1);
    bottom->addWidget(m_digest);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_planning);
    layout->addWidget(m_planTree, 1);
    layout->addWidget(m_phone);
    layout->addLayout(bottom);
    return page;
}

QWidget* ErasureWizard::makeConfirmPage()
{
    auto* page = new QWidget(this);
    m_confirmText = wrapping(QStringLiteral("confirmText"), page);
    m_confirmText->setTextFormat(Qt::RichText);
    m_confirmPrompt = wrapping(QStringLiteral("confirmPrompt"), page);
    m_confirmPrompt->setTextFormat(Qt::RichText);
    m_confirmEdit = new QLineEdit(page);
    m_confirmEdit->setObjectName(QStringLiteral("confirmEdit"));
    m_confirmPrompt->setBuddy(m_confirmEdit);
    connect(m_confirmEdit, &QLineEdit::textChanged, this, &ErasureWizard::updateButtons);
    m_fourEyes = wrapping(QStringLiteral("fourEyesText"), page);
    m_fourEyes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_confirmText);
    layout->addSpacing(12);
    layout->addWidget(m_confirmPrompt);
    layout->addWidget(m_confirmEdit);
    layout->addSpacing(12);
    layout->addWidget(m_fourEyes);
    layout->addStretch(1);
    return page;
}

QWidget* ErasureWizard::makeErasingPage()
{
    auto* page = new QWidget(this);
    m_erasingText = wrapping(QStringLiteral("erasingText"), page);
    m_progress = new QProgressBar(page);
    m_progress->setObjectName(QStringLiteral("erasureProgress"));
    m_progress->setRange(0, 0);
    m_step = wrapping(QStringLiteral("erasureStep"), page);
    auto* note = wrapping(QStringLiteral("erasingNote"), page);
    note->setText(
        tr("Each batch of rows is its own transaction, written to the run's journal before and after. "
           "Stop finishes the current batch; a stopped erasure is resumed from where it stopped, "
           "here or from the message shown when the workspace opens."));
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_erasingText);
    layout->addWidget(m_progress);
    layout->addWidget(m_step);
    layout->addSpacing(12);
    layout->addWidget(note);
    layout->addStretch(1);
    return page;
}

QWidget* ErasureWizard::makeReportPage()
{
    auto* page = new QWidget(this);
    m_verdict = wrapping(QStringLiteral("verdictLabel"), page);
    QFont bold = m_verdict->font();
    bold.setBold(true);
    m_verdict->setFont(bold);
    m_counts = wrapping(QStringLiteral("reportCounts"), page);
    m_reportTree = new ErasureTree(page);
    m_reportTree->setObjectName(QStringLiteral("reportTree"));
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_verdict);
    layout->addWidget(m_counts);
    layout->addWidget(m_reportTree, 1);
    return page;
}

Status ErasureWizard::mayErase(WorkspaceStore& store, const Request& request)
{
    ErasureStore erasures(store);
    if (Status s = erasures.require(Role::Officer, tr("Erasing")); !s)
        return s;
    return erasures.checkRequest(request);
}

Status ErasureWizard::mayResume(WorkspaceStore& store)
{
    return ErasureStore(store).require(Role::Officer, tr("Resuming an erasure"));
}

void ErasureWizard::setPage(Page page)
{
    m_page = page;
    m_stack->setCurrentIndex(int(page));
    const QStringList names{tr("1 Plan"), tr("2 Confirm"), tr("3 Erasing"), tr("4 Report")};
    QStringList parts;
    for (int i = 0; i < names.size(); ++i)
        parts << (i == int(page) ? QStringLiteral("<b>%1</b>").arg(names[i].toHtmlEscaped())
                                 : names[i].toHtmlEscaped());
    m_steps->setText(parts.join(QStringLiteral(" &nbsp;›&nbsp; ")));
    updateButtons();
}

void ErasureWizard::updateButtons()
{
    const bool plan = m_page == Page::Plan, confirm = m_page == Page::Confirm;
    const bool erasing = m_page == Page::Erasing, report = m_page == Page::Report;
    const bool runnable =
        m_plan && m_plan->problems.isEmpty() && m_mapProblems.isEmpty() && !m_maps.isEmpty();
    m_cancel->setVisible(plan || confirm);
    m_cancel->setText(plan && m_busy ? tr("Cancel") : tr("Close"));
    m_replan->setVisible(plan && !m_busy && !m_maps.isEmpty());
    m_phone->setEnabled(!m_busy);
    m_next->setVisible(plan);
    m_next->setEnabled(!m_busy && runnable);
    m_back->setVisible(confirm);
    const Approval a = confirm ? m_approval : Approval::NotNeeded;
    const bool mayRun = a == Approval::NotNeeded || a == Approval::Approved;
    const bool held = isHeld();
    m_savePlan->setVisible(confirm && a == Approval::NeedsApproval);
    m_savePlan->setEnabled(!held);
    m_approvePlan->setVisible(confirm && a == Approval::YoursToApprove);
    m_approvePlan->setEnabled(!held);
    m_erase->setVisible(confirm);
    m_erase->setEnabled(confirm && mayRun && identityMatches() && !m_busy && !held);
    m_erase->setDefault(confirm);
    m_stop->setVisible(erasing && m_busy);
    m_stop->setEnabled(m_started && !m_stopping);
    m_resume->setVisible(erasing && m_ended && m_runId > 0);
    m_resume->setEnabled(!held);
    m_saveReport->setVisible(report);
    m_close->setVisible((erasing && !m_busy) || report);
    m_next->setDefault(plan);
}

void ErasureWizard::planFor(const Request& request)
{
    m_request = request;
    m_title->setText(tr("Erase the data of %1 (%2)").arg(request.subjectName, request.humanId));
    setPage(Page::Plan);
    startPlanning();
}

void ErasureWizard::startPlanning()
{
    m_plan.reset();
    m_planTree->clear();
    m_summary->clear();
    m_digest->clear();
    m_message->hide();
    m_message->setToolTip({});
    if (m_maps.isEmpty()) {
        m_planning->hide();
        if (!m_mapsRefused.isEmpty())
            m_message->show(
                MessageBar::Kind::Error,
                tr("This plan cannot run until these are fixed:\n%1")
                    .arg((QStringList{m_mapsRefused} + m_mapProblems.mid(0, 4)).join(QLatin1Char('\n'))));
        else
            m_message->show(MessageBar::Kind::Error,
                            tr("This workspace has no data maps: there is nothing to plan an erasure from."));
        updateButtons();
        return;
    }
    m_busy = true;
    m_planning->show();
    m_planTree->hide();
    m_planningStep->setText(tr("Reading passwords from the keychain…"));
    m_runner->plan(m_request, m_maps, m_phone->isChecked());
    updateButtons();
}

void ErasureWizard::showPlan(const ErasurePlan& plan, const QStringList& notReached)
{
    if (m_page != Page::Plan) // a run's own re-planning: the plan shown stays
        return;
    m_busy = false;
    m_planning->hide();
    m_planTree->show();
    m_plan = plan;
    m_systemNames.clear();
    for (const ErasureSystemPlan& sp : plan.systems)
        m_systemNames.insert(sp.key, sp.name);
    m_planTree->showPlan(plan);
    const ErasurePlan::Counts c = plan.counts();
    QString summary = countsLine(c);
    if (c.phoneOnlyLeft > 0 && !plan.phoneMatchesConfirmed)
        summary +=
            QLatin1Char('\n') + tr("%n row(s) or record(s) found from a phone number alone are left alone.",
                                   nullptr, int(c.phoneOnlyLeft));
    m_summary->setText(summary);
    m_digest->setText(tr("Digest %1").arg(plan.digest.left(16)));
    m_digest->setToolTip(tr("The plan's digest (SHA-256): %1\nWhat runs is checked to be exactly this plan.")
                             .arg(plan.digest));
    // The first few in the bar (the tree marks each where it belongs); all of them in its tooltip.
    auto firstFew = [](const QStringList& all) {
        constexpr int kShown = 4;
        QString text = all.mid(0, kShown).join(QLatin1Char('\n'));
        if (all.size() > kShown)
            text += QLatin1Char('\n') + tr("… and %n more.", nullptr, int(all.size() - kShown));
        return text;
    };
    const QStringList blocking = m_mapProblems + plan.problems;
    // Tables whose rows are all kept because the map gives them no erasure strategy: said as loudly as what
    // the plan does not reach, and first, since nothing else in the plan shows it.
    const QStringList erasesNothing = plan.keptForNoStrategy();
    if (!erasesNothing.isEmpty())
        summary += QLatin1Char('\n') +
                   tr("Warning: %n table(s) keep the subject's rows because the data map erases nothing in "
                      "them.",
                      nullptr, int(erasesNothing.size()));
    m_summary->setText(summary);
    QStringList warnings = erasesNothing;
    warnings << notReached;
    if (!blocking.isEmpty())
        m_message->show(MessageBar::Kind::Error,
                        tr("This plan cannot run until these are fixed:\n%1").arg(firstFew(blocking)));
    else if (!erasesNothing.isEmpty())
        m_message->show(
            MessageBar::Kind::Warning,
            tr("The data map erases nothing in these tables; their rows stay:\n%1").arg(firstFew(warnings)));
    else if (!notReached.isEmpty())
        m_message->show(MessageBar::Kind::Warning,
                        tr("Not in this plan (a person must see to them):\n%1").arg(firstFew(notReached)));
    m_message->setToolTip((blocking.isEmpty() ? warnings : blocking).join(QLatin1Char('\n')));
    updateButtons();
    Q_EMIT planShown();
}

QString ErasureWizard::primaryIdentity() const
{
    return m_request.identities.isEmpty() ? QString() : m_request.identities.first().value;
}

bool ErasureWizard::identityMatches() const
{
    if (m_request.identities.isEmpty())
        return false;
    const Identity wanted = m_request.identities.first();
    const QString typed = m_confirmEdit->text().trimmed();
    if (typed.isEmpty())
        return false;
    auto normalised = Validation::normalizeIdentity({wanted.kind, typed});
    auto stored = Validation::normalizeIdentity(wanted);
    if (normalised && stored)
        return normalised->value == stored->value;
    return typed.compare(wanted.value, Qt::CaseInsensitive) == 0;
}

ErasureWizard::Approval ErasureWizard::approval(QString* lost) const
{
    if (!m_plan)
        return Approval::NeedsApproval;
    // A read that met a lost connection says nothing about the plan: not "needs approval", held instead.
    auto lostConnection = [lost](const Error& e) {
        if (e.code != Error::Code::ConnectionLost)
            return false;
        if (lost)
            *lost = e.message;
        return true;
    };
    ErasureStore erasures(*m_store);
    auto four = erasures.fourEyes();
    if (!four && lostConnection(four.error()))
        return Approval::Unknown;
    if (four && !*four)
        return Approval::NotNeeded;
    auto run = erasures.run(m_request.humanId, m_plan->digest);
    if (!run && lostConnection(run.error()))
        return Approval::Unknown;
    if (!run)
        return Approval::NeedsApproval;
    if (run->state == QLatin1String("approved"))
        return run->approvedBy == m_store->actor() ? Approval::SelfApproved : Approval::Approved;
    if (run->state == QLatin1String("planned"))
        return run->plannedBy == m_store->actor() ? Approval::Waiting : Approval::YoursToApprove;
    return Approval::NeedsApproval;
}

void ErasureWizard::showConfirm()
{
    if (!m_plan || !m_plan->problems.isEmpty() || !m_mapProblems.isEmpty() || m_busy)
        return;
    const ErasurePlan::Counts c = m_plan->counts();
    m_confirmText->setText(
        tr("<p>This erases the data of <b>%1</b> (%2) exactly as the plan shows.<br>%3</p>"
           "<p>Deleted and overwritten rows cannot be brought back. Rows the plan keeps stay, "
           "with their reasons, and are listed in the report.</p>")
            .arg(m_request.subjectName.toHtmlEscaped(), m_request.humanId, countsLine(c).toHtmlEscaped()));
    m_confirmPrompt->setText(tr("To confirm, type the subject's primary identity, <b>%1</b>:")
                                 .arg(primaryIdentity().toHtmlEscaped()));
    m_confirmEdit->clear();
    const QString approve = QStringLiteral("lethe-cli erase --request %1 --approve --digest %2")
                                .arg(m_request.humanId, m_plan->digest);
    QString lost;
    m_approval = approval(&lost);
    switch (m_approval) {
    case Approval::NotNeeded:
    case Approval::Approved:
        m_fourEyes->hide();
        break;
    case Approval::Unknown:
        m_fourEyes->setText(
            tr("Whether this plan needs or has a second officer's approval could not be read: "
               "the connection to the workspace was lost. It is read again once the "
               "connection is back."));
        m_fourEyes->show();
        break;
    case Approval::NeedsApproval:
        m_fourEyes->setText(
            tr("This workspace requires four eyes: a second officer approves this exact plan "
               "before it runs. Save the plan for approval; once approved, erase it from here."));
        m_fourEyes->show();
        break;
    case Approval::Waiting:
        m_fourEyes->setText(
            tr("This plan is saved and waits for a second officer's approval, in Lethe (Request › "
               "Approve Erasure Plan…) or with:\n%1")
                .arg(approve));
        m_fourEyes->show();
        break;
    case Approval::YoursToApprove:
        if (auto run = ErasureStore(*m_store).run(m_request.humanId, m_plan->digest))
            m_fourEyes->setText(
                tr("%1 made this same plan (digest %2) and saved it for approval. Under four eyes you may "
                   "approve it as the second officer; an officer other than you then runs it.")
                    .arg(run->plannedBy, m_plan->digest.left(16)));
        m_fourEyes->show();
        break;
    case Approval::SelfApproved:
        m_fourEyes->setText(tr("You approved this plan, so under four eyes another officer must run it."));
        m_fourEyes->show();
        break;
    }
    m_message->hide();
    setPage(Page::Confirm);
    m_confirmEdit->setFocus();
    if (m_approval == Approval::Unknown)
        hold(Held::FourEyes, lost);
}

void ErasureWizard::savePlanForApproval()
{
    if (!m_plan || isHeld())
        return;
    auto saved = ErasureService::savePlan(*m_store, m_request, *m_plan);
    if (!saved) {
        if (saved.error().code == Error::Code::ConnectionLost)
            hold(Held::SavePlan, saved.error().message);
        else
            m_message->show(MessageBar::Kind::Error, saved.error().message);
        return;
    }
    showConfirm();
    m_message->show(MessageBar::Kind::Success,
                    tr("Plan %1 saved for approval by a second officer.").arg(m_plan->digest.left(16)));
}

// The same dialog as Request › Approve Erasure Plan…, on the plan shown here: it reads and approves on a
// worker thread.
void ErasureWizard::approvePlan()
{
    if (!m_plan)
        return;
    auto* dialog = new ApprovalDialog(m_workspace, m_request.humanId, m_plan->digest, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ApprovalDialog::approved, this, [this](const ErasureRun& run, bool alreadyApproved) {
        showConfirm();
        m_message->show(
            MessageBar::Kind::Success,
            alreadyApproved
                ? tr("Plan %1 was approved before the connection was lost; it was not approved "
                     "twice. An officer other than you can now run it.")
                      .arg(run.digest.left(16))
                : tr("Plan %1 approved. An officer other than you can now run it.").arg(run.digest.left(16)));
        Q_EMIT planApproved(run);
    });
    // A lost connection met in the dialog: the window's banner, reached through the wizard's signals.
    connect(dialog, &ApprovalDialog::workspaceConnectionLost, this, &ErasureWizard::workspaceConnectionLost);
    connect(dialog, &ApprovalDialog::retryRequested, this, &ErasureWizard::retryRequested);
    // Closed while its approval was held: said now, and its fate read once the connection is back.
    connect(dialog, &ApprovalDialog::closedWhileHeld, this, [this](const QString& id, const QString& digest) {
        m_closedApproval = digest;
        // Written down: should the window close before the connection is back, the next opening says it.
        HeldItems::Item item;
        item.kind = HeldItems::Kind::Approval;
        item.id = digest;
        item.requestId = id;
        item.actor = m_workspace.actor;
        item.pid = QCoreApplication::applicationPid();
        item.session = m_workspace.heldSession;
        if (Status s = HeldItems(m_workspace.folder).add(item); !s)
            qWarning("%s", qPrintable(s.error().message));
        // The wizard is window-modal: its own Retry Now reaches the window's retries.
        m_message->show(MessageBar::Kind::Warning, ApprovalDialog::closedText(id, digest), tr("Retry &Now"),
                        [this] { Q_EMIT retryRequested(); });
    });
    connect(dialog, &ApprovalDialog::closedUnapproved, this,
            [this](const QString& id, const QString& digest, const QString& reason) {
                m_message->show(MessageBar::Kind::Warning, ApprovalDialog::refusedText(id, digest, reason));
            });
    m_approvalDialog = dialog;
    dialog->open();
}

void ErasureWizard::erase()
{
    const Approval a = m_approval;
    if (!m_plan || !identityMatches() || m_busy || isHeld() ||
        (a != Approval::NotNeeded && a != Approval::Approved))
        return;
    m_busy = true;
    m_started = false;
    m_stopping = false;
    m_ended = false;
    m_message->hide();
    m_erasingText->setText(tr("Erasing the data of %1 (%2), plan %3.")
                               .arg(m_request.subjectName, m_request.humanId, m_plan->digest.left(16)));
    m_progress->setRange(0, 0);
    m_step->setText(tr("Checking the plan against the data…"));
    setPage(Page::Erasing);
    m_runner->run(m_request, m_maps, m_plan->digest, m_plan->phoneMatchesConfirmed);
}

void ErasureWizard::resumeRun(const ErasureRun& run)
{
    m_runId = run.id;
    m_request.humanId = run.requestId;
    if (auto stored = ErasurePlan::readJson(ErasureStore(*m_store).planReader(run.id)))
        for (const ErasureSystemPlan& sp : stored->systems)
            m_systemNames.insert(sp.key, sp.name);
    m_title->setText(tr("Resume the erasure of %1").arg(run.requestId));
    m_erasingText->setText(tr("Resuming the erasure of %1, plan %2, stopped while %3.")
                               .arg(run.requestId, run.digest.left(16), run.state));
    m_busy = true;
    m_started = false;
    m_ended = false;
    m_progress->setRange(0, 0);
    m_step->setText(tr("Resuming…"));
    setPage(Page::Erasing);
    m_runner->resume(run.id, m_maps);
}

void ErasureWizard::onFailed(const QString& message, bool cancelled)
{
    m_busy = false;
    const bool lost = std::exchange(m_connectionLost, false);
    if (m_page == Page::Plan) {
        m_planning->hide();
        m_planTree->show();
        m_message->show(cancelled ? MessageBar::Kind::Info : MessageBar::Kind::Error,
                        cancelled ? tr("Planning cancelled.") : message);
        updateButtons();
        return;
    }
    if (!m_started && lost && m_page == Page::Erasing) {
        if (m_runId > 0) { // a resume that did not start: resumable as before
            m_ended = true;
            hold(Held::Resume, message);
            return;
        }
        // Nothing was touched; the plan and the identity typed stay on the Confirm page until it is back.
        setPage(Page::Confirm);
        hold(Held::Erase, message);
        return;
    }
    if (!m_started) {
        // Refused before anything was touched (the data changed since the plan was shown, a role, four eyes).
        // The plan is made again from the data as it is now, to be checked before erasing.
        setPage(Page::Plan);
        startPlanning();
        m_message->show(cancelled ? MessageBar::Kind::Info : MessageBar::Kind::Error,
                        cancelled ? tr("Cancelled before anything was erased.")
                                  : tr("Nothing was erased: %1").arg(message));
        return;
    }
    m_ended = true;
    m_stopping = false;
    if (lost) { // only a run that started: before, nothing was touched and the plan is made again
        // Not a raw SQL error: what happened, and that nothing is lost.
        const QString text =
            tr("The connection to the workspace was lost during the erasure of %1. Nothing is half-done: "
               "every "
               "batch is journalled. Resume the erasure once the connection is back; it continues where it "
               "stopped (the window offers it when the workspace opens, or: lethe-cli erase --resume).")
                .arg(m_request.humanId);
        m_step->setText(text);
        hold(Held::Resume, message);
        m_message->show(MessageBar::Kind::Warning, text, tr("Retry &Now"),
                        [this] { Q_EMIT retryRequested(); });
        Q_EMIT erasureStopped(m_request.humanId, text);
        return;
    }
    m_message->show(cancelled ? MessageBar::Kind::Warning : MessageBar::Kind::Error,
                    cancelled ? tr("Stopped between two batches. Nothing is half-done: resume to finish the "
                                   "erasure, now or later.")
                              : tr("The erasure stopped: %1\nFix the cause, then resume it.").arg(message));
    m_step->setText(message);
    updateButtons();
    Q_EMIT erasureStopped(m_request.humanId, message);
}

void ErasureWizard::hold(Held what, const QString& reason)
{
    m_held = what;
    QString text;
    switch (what) {
    case Held::None:
        return;
    case Held::SavePlan:
        text = tr("Not saved yet: the connection to the workspace was lost. The plan is saved for approval "
                  "once the connection is back, and never twice.");
        break;
    case Held::Erase:
        text = tr("Nothing was erased: the connection to the workspace was lost before the erasure started. "
                  "Erase again once the connection is back; what you typed is kept.");
        break;
    case Held::Resume:
        text = tr("The connection to the workspace is lost. Resume the erasure once it is back; it continues "
                  "where it stopped.");
        break;
    case Held::FourEyes:
        text = tr("The connection to the workspace was lost before the plan's approval could be read. It is "
                  "read once the connection is back; what you typed is kept.");
        break;
    }
    m_message->show(MessageBar::Kind::Warning, text, tr("Retry &Now"), [this] { Q_EMIT retryRequested(); });
    updateButtons();
    Q_EMIT workspaceConnectionLost(reason);
}

// The approval dialog closed while its approval was held: was it saved? The Confirm page reads the plan's
// approval again either way, and says which.
void ErasureWizard::settleClosedApproval()
{
    if (m_closedApproval.isEmpty() || !m_store)
        return;
    const QString digest = m_closedApproval;
    auto fate = ApprovalDialog::fateOf(*m_store, m_request.humanId, digest);
    if (!fate && fate.error().code == Error::Code::ConnectionLost) {
        Q_EMIT workspaceConnectionLost(fate.error().message); // read once it is back
        return;
    }
    m_closedApproval.clear();
    if (Status s = HeldItems(m_workspace.folder).remove(HeldItems::Kind::Approval, digest); !s)
        qWarning("%s", qPrintable(s.error().message));
    const bool saved = fate && fate->kind == ChangeFate::Kind::Applied;
    if (m_page == Page::Confirm && !m_busy && m_plan && m_plan->digest == digest)
        showConfirm();
    m_message->show(saved ? MessageBar::Kind::Success : MessageBar::Kind::Warning,
                    ApprovalDialog::fateText(fate, m_request.humanId, digest));
    if (saved) {
        if (auto run = ErasureStore(*m_store).run(m_request.humanId, digest))
            Q_EMIT planApproved(*run);
    }
}

void ErasureWizard::connectionRestored()
{
    if (m_approvalDialog)
        m_approvalDialog->connectionRestored();
    settleClosedApproval();
    const Held was = std::exchange(m_held, Held::None);
    switch (was) {
    case Held::None:
        return;
    case Held::SavePlan: {
        // Saved before the connection was lost, its answer lost: not saved (and audited) twice.
        auto stored = m_plan ? ErasureStore(*m_store).run(m_request.humanId, m_plan->digest)
                             : Result<ErasureRun>(makeError(Error::Code::NotFound, QString()));
        if (!stored && stored.error().code == Error::Code::ConnectionLost) {
            hold(Held::SavePlan, stored.error().message);
            return;
        }
        if (stored &&
            (stored->state == QLatin1String("planned") || stored->state == QLatin1String("approved"))) {
            showConfirm();
            m_message->show(MessageBar::Kind::Success,
                            tr("Plan %1 was saved for approval before the connection was lost; it was not "
                               "saved twice.")
                                .arg(m_plan->digest.left(16)));
            return;
        }
        updateButtons();
        savePlanForApproval();
        return;
    }
    case Held::Erase: {
        // The run may have been marked running before its answer was lost: then it is resumed, never begun
        // again.
        auto runs = ErasureStore(*m_store).resumable();
        if (!runs && runs.error().code == Error::Code::ConnectionLost) {
            hold(Held::Erase, runs.error().message);
            return;
        }
        for (const ErasureRun& run : runs ? *runs : QList<ErasureRun>{}) {
            if (m_plan && run.requestId == m_request.humanId && run.digest == m_plan->digest) {
                m_runId = run.id;
                m_started = true;
                m_ended = true;
                m_busy = false;
                setPage(Page::Erasing);
                m_message->show(
                    MessageBar::Kind::Info,
                    tr("The connection is back. The erasure had started before it was lost: resume "
                       "it to finish."));
                return;
            }
        }
        updateButtons();
        m_message->show(MessageBar::Kind::Info,
                        tr("The connection is back. Nothing was erased yet: press Erase to start."));
        return;
    }
    case Held::Resume:
        updateButtons();
        m_message->show(MessageBar::Kind::Info,
                        tr("The connection is back: resume the erasure to finish it."));
        return;
    case Held::FourEyes: {
        if (m_page != Page::Confirm) {
            updateButtons();
            return;
        }
        const QString typed = m_confirmEdit->text();
        showConfirm(); // reads it again (held again if the connection went again)
        m_confirmEdit->setText(typed);
        return;
    }
    }
}

void ErasureWizard::showReport(const QJsonObject& report)
{
    m_busy = false;
    m_ended = false;
    m_report = report;
    m_message->hide();
    const QJsonObject c = report.value(QStringLiteral("counts")).toObject();
    const bool verified = report.value(QStringLiteral("verified")).toBool();
    const qint64 failedAtProcessors = c.value(QStringLiteral("processor_failed")).toInteger();
    QStringList problems;
    for (const QJsonValue& v : report.value(QStringLiteral("problems")).toArray())
        problems << v.toString();
    m_verdict->setText(
        verified
            ? tr("Verified: every planned row is gone or holds its erased values, and a new search finds "
                 "nothing but the rows the plan keeps.")
            : tr("NOT verified: %1")
                  .arg(problems.isEmpty() ? tr("see the tables marked below.")
                                          : problems.join(QLatin1Char('\n'))));
    const QLocale l;
    const QString counts =
        tr("Deleted: %1 · Updated: %2 · Kept: %3 · Processors: %4 done, %5 failed · Manual tasks: %6")
            .arg(l.toString(c.value(QStringLiteral("deleted")).toInteger()),
                 l.toString(c.value(QStringLiteral("updated")).toInteger()),
                 l.toString(c.value(QStringLiteral("kept")).toInteger() +
                            c.value(QStringLiteral("phone_only_left")).toInteger()),
                 l.toString(c.value(QStringLiteral("processor_done")).toInteger()),
                 l.toString(failedAtProcessors),
                 l.toString(c.value(QStringLiteral("manual_tasks")).toInteger()));
    m_counts->setText(counts);
    m_reportTree->showReport(report, m_systemNames);
    // The verdict says it when all went well; what needs a look is also said in the bar.
    if (!verified || failedAtProcessors > 0)
        m_message->show(
            MessageBar::Kind::Warning,
            tr("The erasure finished incomplete: look at the rows and processors marked in the report."));
    setPage(Page::Report);
    Q_EMIT erasureFinished(report.value(QStringLiteral("request")).toString(), report);
}

Status ErasureWizard::saveReport(const QString& path) const
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return makeError(Error::Code::Storage, tr("%1: cannot write: %2").arg(path, f.errorString()));
    f.write(QJsonDocument(m_report).toJson(QJsonDocument::Indented));
    if (!f.commit())
        return makeError(Error::Code::Storage, tr("%1: cannot write: %2").arg(path, f.errorString()));
    return {};
}

void ErasureWizard::chooseReportFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto* dialog =
        new QFileDialog(this, tr("Save Erasure Report"),
                        QDir(folder).filePath(QStringLiteral("%1-erasure-report.json")
                                                  .arg(m_report.value(QStringLiteral("request")).toString())),
                        tr("JSON files (*.json)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("json"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        if (Status s = saveReport(path); !s)
            m_message->show(MessageBar::Kind::Error, s.error().message);
        else
            m_message->show(MessageBar::Kind::Success,
                            tr("Report saved to %1.").arg(QDir::toNativeSeparators(path)));
    });
    dialog->open();
}

void ErasureWizard::reject()
{
    // Esc and Close: planning is simply dropped; an erasure under way is asked to stop at its next safe point
    // and the wizard stays open until it has.
    if (m_page == Page::Erasing && m_busy) {
        if (!m_started)
            m_runner->cancel(); // still checking the plan: nothing touched yet
        else if (!m_stopping)
            m_stop->click();
        return;
    }
    if (m_busy)
        m_runner->cancel();
    // An approval closed held whose fate is not read yet: the window reads it once the connection allows.
    if (!m_closedApproval.isEmpty())
        Q_EMIT approvalClosedWhileHeld(m_request.humanId, std::exchange(m_closedApproval, QString()));
    QDialog::reject();
}

} // namespace lethe
