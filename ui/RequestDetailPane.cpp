#include "RequestDetailPane.h"

#include "ManualTaskList.h"
#include "StateMachine.h"
#include "UrgencyDelegate.h"

#include <QAction>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace lethe {

namespace {
QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString statusName(const QString& key)
{
    const auto s = Names::parseStatus(key);
    return s ? Names::display(*s) : key;
}
} // namespace

RequestDetailPane::RequestDetailPane(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("detailPane"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("detailTitle"));
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.35);
    f.setBold(true);
    m_title->setFont(f);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("detailStatus"));
    m_deadline = new QLabel(this);
    m_deadline->setObjectName(QStringLiteral("detailDeadline"));
    m_deadline->setWordWrap(true);
    m_body = new QTextBrowser(this);
    m_body->setObjectName(QStringLiteral("detailBody"));
    m_body->setOpenLinks(false);
    m_body->setFrameShape(QFrame::NoFrame);
    m_tasks = new ManualTaskList(this);
    // The checklist above the record, each in its own scroll area: eleven tasks never push the subject out.
    m_split = new QSplitter(Qt::Vertical, this);
    m_split->setObjectName(QStringLiteral("detailSplitter"));
    m_split->setChildrenCollapsible(false);
    m_split->addWidget(m_tasks);
    m_split->addWidget(m_body);
    m_split->setStretchFactor(0, 2);
    m_split->setStretchFactor(1, 3);
    m_buttons = new QWidget(this);
    auto* buttons = new QHBoxLayout(m_buttons);
    buttons->setContentsMargins(0, 0, 0, 0);

    auto* head = new QHBoxLayout;
    head->addWidget(m_title);
    head->addStretch();
    head->addWidget(m_status);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addWidget(m_deadline);
    layout->addWidget(m_buttons);
    layout->addWidget(m_split, 1);
    clear();
}

void RequestDetailPane::setActions(const QList<QAction*>& actions)
{
    for (QAction* a : actions) {
        auto* b = new QToolButton(m_buttons);
        b->setDefaultAction(a);
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        m_buttons->layout()->addWidget(b);
    }
    static_cast<QHBoxLayout*>(m_buttons->layout())->addStretch();
}

void RequestDetailPane::clear()
{
    m_shownId.clear();
    m_title->setText(tr("No request selected"));
    m_status->clear();
    m_status->setStyleSheet({});
    m_deadline->setText(tr("Select a request in the queue, or create one with Ctrl+N."));
    m_body->clear();
    m_tasks->clear();
    m_tasks->setVisible(false);
    m_sizedFor.clear();
    m_buttons->setVisible(false);
}

QString RequestDetailPane::describeEvent(const AuditEvent& e)
{
    const QJsonObject d = e.detailsObject();
    if (e.action == QLatin1String("request.create")) {
        return tr("Created (received %1, due %2)")
            .arg(d[QStringLiteral("received")].toString(), d[QStringLiteral("due")].toString());
    }
    if (e.action == QLatin1String("request.transition")) {
        QString s = tr("%1 → %2").arg(statusName(d[QStringLiteral("from")].toString()),
                                      statusName(d[QStringLiteral("to")].toString()));
        if (d[QStringLiteral("clock")].toString() == QLatin1String("stopped"))
            s += d[QStringLiteral("stop")].toString() == QLatin1String("clarification")
                     ? tr("; clock stopped for clarification")
                     : tr("; clock stopped");
        else if (d[QStringLiteral("clock")].toString() == QLatin1String("restarted"))
            s += tr("; clock restarted");
        if (const auto code = Names::parseDenialCode(d[QStringLiteral("denial_code")].toString()))
            s += tr(" (%1)").arg(Names::display(*code));
        if (d[QStringLiteral("in_part")].toBool())
            s += tr(", in part");
        return s;
    }
    if (e.action == QLatin1String("request.extend")) {
        return tr("Extended: due %1 → %2")
            .arg(d[QStringLiteral("due_before")].toString(), d[QStringLiteral("due_after")].toString());
    }
    if (e.action == QLatin1String("request.note"))
        return tr("Note added");
    if (e.action == QLatin1String("request.fee")) {
        const auto why = Names::parseFeeReason(d[QStringLiteral("reason")].toString());
        return tr("Fee recorded: %1 %2 (%3)")
            .arg(d[QStringLiteral("amount")].toString(), d[QStringLiteral("currency")].toString(),
                 why ? Names::display(*why) : d[QStringLiteral("reason")].toString());
    }
    if (e.action == QLatin1String("preview.run"))
        return tr("Preview: %n row(s) found", nullptr, d[QStringLiteral("rows")].toInt());
    if (e.action == QLatin1String("task.create"))
        return tr("Manual task added: %1 (%2)")
            .arg(d[QStringLiteral("processor")].toString(), d[QStringLiteral("system")].toString());
    if (e.action == QLatin1String("task.complete")) {
        return d.contains(QStringLiteral("evidence_sha256"))
                   ? tr("Manual task done: %1, with evidence %2…")
                         .arg(d[QStringLiteral("processor")].toString(),
                              d[QStringLiteral("evidence_sha256")].toString().left(12))
                   : tr("Manual task done: %1").arg(d[QStringLiteral("processor")].toString());
    }
    const QString plan = d[QStringLiteral("digest")].toString().left(16);
    if (e.action == QLatin1String("erasure.plan"))
        return tr("Erasure planned: plan %1").arg(plan);
    if (e.action == QLatin1String("erasure.approve"))
        return tr("Erasure plan %1 approved").arg(plan);
    if (e.action == QLatin1String("erasure.start"))
        return tr("Erasure started: plan %1").arg(plan);
    if (e.action == QLatin1String("erasure.resume"))
        return tr("Erasure resumed: plan %1").arg(plan);
    if (e.action == QLatin1String("erasure.cancel"))
        return tr("Erasure stopped between batches (resumable)");
    if (e.action == QLatin1String("erasure.fail"))
        return tr("Erasure stopped by an error (resumable)");
    if (e.action == QLatin1String("erasure.finish")) {
        const QJsonObject c = d[QStringLiteral("counts")].toObject();
        return (d[QStringLiteral("verified")].toBool()
                    ? tr("Erasure finished and verified: %1 deleted, %2 updated")
                    : tr("Erasure finished, NOT verified: %1 deleted, %2 updated"))
            .arg(c[QStringLiteral("deleted")].toInteger())
            .arg(c[QStringLiteral("updated")].toInteger());
    }
    if (e.action == QLatin1String("export.write")) {
        const QString encryption = d[QStringLiteral("encryption")].toString();
        const QString rows = tr("Bundle exported: %n row(s)", nullptr, d[QStringLiteral("rows")].toInt());
        const QString tail = tr("%1 in %2 tables, signed by key %3")
                                 .arg(rows)
                                 .arg(d[QStringLiteral("tables")].toInt())
                                 .arg(d[QStringLiteral("signed_by")].toString());
        if (encryption.isEmpty() || encryption == QLatin1String("none"))
            return tail;
        return encryption == QLatin1String("passphrase") ? tr("%1; encrypted to a passphrase").arg(tail)
                                                         : tr("%1; encrypted to %n public key(s)", nullptr,
                                                              int(encryption.split(QLatin1Char(' ')).size()))
                                                               .arg(tail);
    }
    if (e.action == QLatin1String("request.update")) {
        QStringList changed;
        for (const QJsonValue& v : d[QStringLiteral("changed")].toArray())
            changed << v.toString();
        return tr("Changed: %1").arg(changed.join(QStringLiteral(", ")));
    }
    return e.action;
}

void RequestDetailPane::showTasks(const QList<ManualTask>& tasks)
{
    m_tasks->setTasks(tasks);
    m_tasks->setVisible(!m_shownId.isEmpty());
    // A new request gets the checklist as tall as it needs, up to three fifths of the pane (the record
    // below scrolls); a refresh of the same request keeps where the person dragged the splitter.
    if (const int total = m_split->height(); m_sizedFor != m_shownId && total > 0) {
        m_sizedFor = m_shownId;
        const int want = qMin(m_tasks->sizeHint().height(), total * 3 / 5);
        m_split->setSizes({want, total - want});
    }
}

void RequestDetailPane::showRequest(const Request& r, const QList<AuditEvent>& history, QDate today)
{
    m_shownId = r.humanId;
    m_buttons->setVisible(true);
    m_title->setText(QStringLiteral("%1 · %2").arg(r.humanId, Names::display(r.type, r.regulation)));
    m_status->setText(Names::display(r.status));

    const Deadline d = r.deadline(today);
    const int left = Deadlines::daysLeft(d.due, today);
    Urgency u = Deadlines::urgency(left);
    if (StateMachine::isFinal(r.status))
        u = Urgency::Closed;
    else if (d.clockStopped)
        u = Urgency::Paused;
    m_status->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: white; border-radius: 8px; padding: 2px 10px; "
                       "font-weight: bold; }")
            .arg(UrgencyDelegate::colourFor(int(u)).name()));

    QString deadline;
    if (u == Urgency::Closed)
        deadline = tr("%1 · was due %2").arg(Names::display(r.regulation), d.due.toString(Qt::ISODate));
    else if (u == Urgency::Paused && r.status == RequestStatus::AwaitingClarification)
        deadline = tr("%1 · clock stopped while waiting for clarification; due %2 at the earliest")
                       .arg(Names::display(r.regulation), d.due.toString(Qt::ISODate));
    else if (u == Urgency::Paused)
        deadline = tr("%1 · clock stopped while waiting for identity; due %2 at the earliest")
                       .arg(Names::display(r.regulation), d.due.toString(Qt::ISODate));
    else if (left < 0)
        deadline = tr("%1 · OVERDUE by %n day(s) (was due %2)", nullptr, -left)
                       .arg(Names::display(r.regulation), d.due.toString(Qt::ISODate));
    else
        deadline = tr("%1 · due %2, %n day(s) left", nullptr, left)
                       .arg(Names::display(r.regulation), d.due.toString(Qt::ISODate));
    if (const QString moved = Deadlines::rollExplanation(d); !moved.isEmpty())
        deadline += QLatin1Char('\n') + moved;
    if (d.acknowledgeBy.isValid())
        deadline +=
            QLatin1Char('\n') + tr("Acknowledge receipt by %1").arg(d.acknowledgeBy.toString(Qt::ISODate));
    if (r.extended)
        deadline += QLatin1Char('\n') + tr("Extension reason: %1").arg(r.extensionReason);
    if (d.restartedFrom.isValid() && !d.clockStopped)
        deadline +=
            QLatin1Char('\n') +
            (r.regulation == Regulation::UkGdpr
                 ? tr("The period began again on %1, when the answer arrived (UK GDPR Art. 12A)")
                 : tr("The period began again on %1, when the answer arrived (workspace rule: restart)"))
                .arg(d.restartedFrom.toString(Qt::ISODate));
    else if (d.pausedDays > 0 && !d.clockStopped)
        deadline += QLatin1Char('\n') + tr("Clock was stopped for %n day(s)", nullptr, d.pausedDays);
    m_deadline->setText(deadline);

    const QLocale loc;
    QString html;
    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Subject")));
    html += QStringLiteral("<p><b>%1</b></p><table cellspacing='2'>")
                .arg(esc(r.subjectName.isEmpty() ? tr("(no name given)") : r.subjectName));
    for (const Identity& i : r.identities) {
        html += QStringLiteral("<tr><td style='color:gray;padding-right:12px'>%1</td><td>%2</td></tr>")
                    .arg(esc(Names::display(i.kind)), esc(i.value));
    }
    html += QStringLiteral("</table>");
    html += QStringLiteral("<h3>%1</h3><table cellspacing='2'>").arg(esc(tr("Request")));
    auto row = [&html](const QString& k, const QString& v) {
        html += QStringLiteral("<tr><td style='color:gray;padding-right:12px'>%1</td><td>%2</td></tr>")
                    .arg(esc(k), esc(v));
    };
    row(tr("Received"), r.received.toString(Qt::ISODate));
    row(tr("Regulation"), Names::display(r.regulation));
    if (d.periodEnd.isValid()) {
        const HolidayCalendar* c = HolidayCalendars::shipped().find(d.calendarId);
        row(tr("Holiday calendar"), !c ? tr("weekends only (no \"established in\" set)")
                                    : r.establishedIn.isEmpty()
                                        ? QStringLiteral("%1 · %2").arg(c->id(), c->name())
                                        : tr("%1 · %2 (this request's)").arg(c->id(), c->name()));
    }
    row(tr("Assignee"), r.assignee.isEmpty() ? tr("(unassigned)") : r.assignee);
    row(tr("Products"), r.products.isEmpty() ? tr("(none yet)") : r.products.join(QStringLiteral(", ")));
    if (r.status == RequestStatus::Denied) {
        row(tr("Reason code"), r.denialCode ? Names::display(*r.denialCode) : tr("(none recorded)"));
        if (!r.exemption.isEmpty())
            row(tr("Exemption"), r.exemption);
        row(tr("Denied because"), r.denialReason);
    }
    if (r.status == RequestStatus::Completed)
        row(tr("Answered"), r.completedInPart() ? tr("In part") : tr("In full"));
    if (r.completedInPart()) {
        row(tr("Withheld"), r.withheld);
        row(tr("Withheld because"), r.withheldReason);
    }
    if (r.resumeStatus)
        row(tr("Waiting for"),
            tr("the subject's clarification, then back to %1").arg(Names::display(*r.resumeStatus)));
    if (r.fee.charged())
        row(tr("Fee"), tr("%1 %2 (%3)").arg(r.fee.amount, r.fee.currency, Names::display(r.fee.reason)));
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Notes")));
    if (r.notes.isEmpty())
        html += QStringLiteral("<p style='color:gray'>%1</p>").arg(esc(tr("No notes yet.")));
    for (const Note& n : r.notes) {
        html += QStringLiteral("<p><span style='color:gray'>%1 · %2</span><br>%3</p>")
                    .arg(esc(loc.toString(n.created.toLocalTime(), QLocale::ShortFormat)), esc(n.author),
                         esc(n.body).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    }
    html += QStringLiteral("<h3>%1</h3><table cellspacing='2'>").arg(esc(tr("History")));
    for (auto it = history.crbegin(); it != history.crend(); ++it) {
        html +=
            QStringLiteral(
                "<tr><td style='color:gray;padding-right:12px'>%1</td><td style='padding-right:12px'>%2</td>"
                "<td>%3</td></tr>")
                .arg(esc(loc.toString(it->time.toLocalTime(), QLocale::ShortFormat)), esc(it->actor),
                     esc(describeEvent(*it)));
    }
    html += QStringLiteral("</table>");
    m_body->setHtml(html);
}

} // namespace lethe
