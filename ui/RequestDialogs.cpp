#include "RequestDialogs.h"

#include "StateMachine.h"
#include "Validation.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalBlocker>

#include <algorithm>

namespace lethe {

namespace {
QStringList splitList(const QString& text)
{
    QStringList out;
    for (const QString& part :
         text.split(QRegularExpression(QStringLiteral("[,;\\n]")), Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    }
    return out;
}

QPlainTextEdit* reasonEdit(QWidget* parent, const QString& objectName, const QString& placeholder)
{
    auto* e = new QPlainTextEdit(parent);
    e->setObjectName(objectName);
    e->setPlaceholderText(placeholder);
    e->setTabChangesFocus(true);
    e->setFixedHeight(90);
    return e;
}
} // namespace

// ---- New request ------------------------------------------------------------------------------------------

NewRequestDialog::NewRequestDialog(QDate today, const QStringList& assignees, const QString& phoneRegion,
                                   QWidget* parent, const DeadlineSettings& settings)
    : ValidatedDialog(tr("New request"), parent), m_today(today), m_phoneRegion(phoneRegion),
      m_settings(settings)
{
    setObjectName(QStringLiteral("newRequestDialog"));
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("typeCombo"));
    m_regulation = new QComboBox(this);
    m_regulation->setObjectName(QStringLiteral("regulationCombo"));
    for (Regulation r : Names::allRegulations())
        m_regulation->addItem(Names::display(r), int(r));
    fillTypes();
    m_received = new QDateEdit(today, this);
    m_received->setObjectName(QStringLiteral("receivedEdit"));
    m_received->setCalendarPopup(true);
    m_received->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_received->setMaximumDate(today);
    m_calendar = new QComboBox(this);
    m_calendar->setObjectName(QStringLiteral("calendarCombo"));
    m_calendar->setToolTip(tr("The public holidays of where the controller is established, for this request "
                              "only; the deadline rolls over them (GDPR, UK GDPR)."));
    m_due = new QLabel(this);
    m_due->setObjectName(QStringLiteral("dueLabel"));
    m_due->setWordWrap(true);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("As the subject gave it"));
    m_emails = new QLineEdit(this);
    m_emails->setObjectName(QStringLiteral("emailsEdit"));
    m_emails->setPlaceholderText(tr("name@example.com, other@example.org"));
    m_phones = new QLineEdit(this);
    m_phones->setObjectName(QStringLiteral("phonesEdit"));
    m_phones->setPlaceholderText(tr("+44 20 7946 0018"));
    m_phones->setToolTip(
        phoneRegion.isEmpty()
            ? tr("With + and the country code: this workspace has no phone region for national numbers "
                 "(lethe-cli workspace phone-region).")
            : tr("A number without its country code is read as a number in %1, the workspace's phone region.")
                  .arg(phoneRegion));
    m_userIds = new QLineEdit(this);
    m_userIds->setObjectName(QStringLiteral("userIdsEdit"));
    m_userIds->setPlaceholderText(tr("Account ids in the products, comma-separated"));
    m_products = new QLineEdit(this);
    m_products->setObjectName(QStringLiteral("productsEdit"));
    m_products->setPlaceholderText(tr("LeadsGen, AlwaysLeads"));
    m_assignee = new QComboBox(this);
    m_assignee->setObjectName(QStringLiteral("assigneeCombo"));
    m_assignee->setEditable(true);
    m_assignee->addItem(QString());
    m_assignee->addItems(assignees);

    form()->addRow(tr("&Type:"), m_type);
    form()->addRow(tr("&Regulation:"), m_regulation);
    form()->addRow(tr("Re&ceived:"), m_received);
    form()->addRow(tr("Ho&liday calendar:"), m_calendar);
    form()->addRow(tr("Due:"), m_due);
    form()->addRow(tr("Subject &name:"), m_name);
    form()->addRow(tr("&Emails:"), m_emails);
    form()->addRow(tr("&Phones:"), m_phones);
    form()->addRow(tr("&User IDs:"), m_userIds);
    form()->addRow(tr("Pr&oducts:"), m_products);
    form()->addRow(tr("&Assignee:"), m_assignee);
    setOkText(tr("Create request"));

    for (QLineEdit* e : {m_name, m_emails, m_phones, m_userIds, m_products})
        connect(e, &QLineEdit::textChanged, this, &NewRequestDialog::revalidate);
    connect(m_assignee, &QComboBox::currentTextChanged, this, &NewRequestDialog::revalidate);
    connect(m_type, &QComboBox::currentIndexChanged, this, &NewRequestDialog::updateDue);
    connect(m_type, &QComboBox::currentIndexChanged, this, &NewRequestDialog::revalidate);
    connect(m_regulation, &QComboBox::currentIndexChanged, this, [this] {
        fillTypes();
        fillCalendars();
        updateDue();
    });
    connect(m_calendar, &QComboBox::currentIndexChanged, this, &NewRequestDialog::updateDue);
    connect(m_received, &QDateEdit::dateChanged, this, &NewRequestDialog::updateDue);
    fillCalendars();
    updateDue();
    m_emails->setFocus();
}

void NewRequestDialog::fillTypes()
{
    const Regulation reg = Regulation(m_regulation->currentData().toInt());
    const QVariant was = m_type->currentData();
    const QSignalBlocker block(m_type);
    m_type->clear();
    for (RequestType t : Names::typesFor(reg))
        m_type->addItem(Names::display(t, reg), int(t));
    // The same right under the new law (access is CCPA's know), else the law's first type.
    m_type->setCurrentIndex(std::max(0, m_type->findData(was)));
}

// The workspace's calendar first, then those that fit the regulation (none for CCPA and Other).
void NewRequestDialog::fillCalendars()
{
    const QString keep = m_calendar->currentData().toString();
    const QSignalBlocker block(m_calendar);
    m_calendar->clear();
    const Regulation reg = Regulation(m_regulation->currentData().toInt());
    const HolidayCalendar* ws = HolidayCalendars::forRegulation(reg, {}, m_settings.establishedIn);
    m_calendar->addItem(ws ? tr("The workspace's (%1)").arg(ws->id()) : tr("The workspace's (weekends only)"),
                        QString());
    const HolidayCalendars& all = HolidayCalendars::shipped();
    if (reg == Regulation::Gdpr || reg == Regulation::UkGdpr) {
        for (const QString& id : all.ids()) {
            if (HolidayCalendars::checkFits(reg, id))
                m_calendar->addItem(QStringLiteral("%1 · %2").arg(id, all.find(id)->name()), id);
        }
    }
    m_calendar->setEnabled(m_calendar->count() > 1);
    m_calendar->setCurrentIndex(std::max(0, m_calendar->findData(keep)));
}

void NewRequestDialog::updateDue()
{
    const NewRequest r = request();
    DeadlineInput in{r.regulation, r.received, false, {}, r.type};
    in.calendar = HolidayCalendars::forRegulation(r.regulation, r.establishedIn, m_settings.establishedIn);
    in.gdprClock = m_settings.gdprClock;
    const Deadline d = Deadlines::compute(in, m_today);
    const int left = Deadlines::daysLeft(d.due, m_today);
    QString text = left < 0
                       ? tr("%1 (already %n day(s) overdue)", nullptr, -left).arg(d.due.toString(Qt::ISODate))
                       : tr("%1 (%n day(s) from today)", nullptr, left).arg(d.due.toString(Qt::ISODate));
    if (const QString moved = Deadlines::rollExplanation(d); !moved.isEmpty())
        text += QLatin1Char('\n') + moved;
    if (d.acknowledgeBy.isValid())
        text +=
            QLatin1Char('\n') + tr("Acknowledge receipt by %1").arg(d.acknowledgeBy.toString(Qt::ISODate));
    m_due->setText(text);
    revalidate();
}

NewRequest NewRequestDialog::request() const
{
    NewRequest r;
    r.type = RequestType(m_type->currentData().toInt());
    r.regulation = Regulation(m_regulation->currentData().toInt());
    r.received = m_received->date();
    r.establishedIn = m_calendar->currentData().toString();
    r.subjectName = m_name->text().trimmed();
    for (const QString& v : splitList(m_emails->text()))
        r.identities << Identity{IdentityKind::Email, v};
    for (const QString& v : splitList(m_phones->text()))
        r.identities << Identity{IdentityKind::Phone, v};
    for (const QString& v : splitList(m_userIds->text()))
        r.identities << Identity{IdentityKind::UserId, v};
    r.products = splitList(m_products->text());
    r.assignee = m_assignee->currentText().trimmed();
    return r;
}

QString NewRequestDialog::check() const
{
    const Status s = Validation::checkNewRequest(request(), m_today, m_phoneRegion);
    return s.ok() ? QString() : s.error().message;
}

// ---- Transition -------------------------------------------------------------------------------------------

TransitionDialog::TransitionDialog(const Request& request, QWidget* parent)
    : ValidatedDialog(tr("Change status of %1").arg(request.humanId), parent), m_request(request)
{
    setObjectName(QStringLiteral("transitionDialog"));
    auto* current = new QLabel(Names::display(request.status), this);
    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("targetCombo"));
    for (RequestStatus s : StateMachine::allowedFor(request))
        m_target->addItem(Names::display(s), int(s));
    m_reason = reasonEdit(this, QStringLiteral("reasonEdit"), tr("Required to deny; told to the subject"));
    m_code = new QComboBox(this);
    m_code->setObjectName(QStringLiteral("denialCodeCombo"));
    m_code->addItem(tr("Choose why…"), -1);
    // Only the codes the request's law allows for its type: no identity-not-verified for a CCPA opt-out, no
    // fraudulent for anything else.
    for (DenialCode c : Names::denialCodesFor(request.regulation, request.type))
        m_code->addItem(Names::display(c), int(c));
    m_exemption = new QLineEdit(this);
    m_exemption->setObjectName(QStringLiteral("exemptionEdit"));
    m_exemption->setPlaceholderText(
        tr("Which exemption, e.g. GDPR Art. 17(3)(b) or Civ. Code 1798.105(d)(8)"));
    m_withheld = new QLineEdit(this);
    m_withheld->setObjectName(QStringLiteral("withheldEdit"));
    m_withheld->setPlaceholderText(tr("Empty if answered in full"));
    m_withheldReason = new QLineEdit(this);
    m_withheldReason->setObjectName(QStringLiteral("withheldReasonEdit"));
    m_withheldReason->setPlaceholderText(tr("E.g. it would reveal data about another person"));
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("hintLabel"));
    m_hint->setWordWrap(true);
    form()->addRow(tr("Now:"), current);
    form()->addRow(tr("&Move to:"), m_target);
    form()->addRow(tr("&Reason:"), m_reason);
    form()->addRow(tr("Reason &code:"), m_code);
    form()->addRow(tr("E&xemption:"), m_exemption);
    form()->addRow(tr("&Withheld:"), m_withheld);
    form()->addRow(tr("Withheld &because:"), m_withheldReason);
    form()->addRow(QString(), m_hint);
    setOkText(tr("Change status"));
    connect(m_target, &QComboBox::currentIndexChanged, this, &TransitionDialog::updateHint);
    connect(m_code, &QComboBox::currentIndexChanged, this, &TransitionDialog::updateHint);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &TransitionDialog::revalidate);
    for (QLineEdit* e : {m_exemption, m_withheld, m_withheldReason})
        connect(e, &QLineEdit::textChanged, this, &TransitionDialog::revalidate);
    updateHint();
}

RequestStatus TransitionDialog::target() const
{
    return RequestStatus(m_target->currentData().toInt());
}

QString TransitionDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

Outcome TransitionDialog::outcome() const
{
    Outcome o;
    o.reason = reason();
    const RequestStatus to = target();
    if (to == RequestStatus::Denied && m_code->currentData().toInt() >= 0) {
        o.denialCode = DenialCode(m_code->currentData().toInt());
        if (*o.denialCode == DenialCode::Exemption)
            o.exemption = m_exemption->text().trimmed();
    }
    if (to == RequestStatus::Completed) {
        o.withheld = m_withheld->text().trimmed();
        o.withheldReason = m_withheldReason->text().trimmed();
    }
    return o;
}

void TransitionDialog::updateHint()
{
    QString hint;
    const RequestStatus to = target();
    // Only the fields the chosen status records are shown.
    const bool denied = to == RequestStatus::Denied;
    const bool completed = to == RequestStatus::Completed;
    const bool exemption = denied && m_code->currentData().toInt() == int(DenialCode::Exemption);
    form()->setRowVisible(m_code, denied);
    form()->setRowVisible(m_exemption, exemption);
    form()->setRowVisible(m_withheld, completed);
    form()->setRowVisible(m_withheldReason, completed);
    switch (to) {
    case RequestStatus::AwaitingIdentity:
        hint = tr("The deadline clock stops until the identity is verified (not for CCPA requests).");
        break;
    case RequestStatus::AwaitingClarification:
        hint = tr("Ask the subject what the request covers. GDPR: the clock stops until the answer; UK GDPR: "
                  "the period begins again with the answer; CCPA: the clock does not stop.");
        break;
    case RequestStatus::Completed:
    case RequestStatus::Denied:
    case RequestStatus::Cancelled:
        hint = tr("This status is final: the request cannot be reopened.");
        break;
    default:
        break;
    }
    m_hint->setText(hint);
    revalidate();
}

QString TransitionDialog::check() const
{
    if (m_target->count() == 0)
        return tr("%1 is final; no further status is possible.").arg(m_request.humanId);
    const Status s = StateMachine::check(m_request, target(), outcome());
    return s.ok() ? QString() : s.error().message;
}

// ---- Fee --------------------------------------------------------------------------------------------------

FeeDialog::FeeDialog(const Request& request, QWidget* parent)
    : ValidatedDialog(tr("Fee for %1").arg(request.humanId), parent), m_request(request)
{
    setObjectName(QStringLiteral("feeDialog"));
    m_amount = new QLineEdit(request.fee.amount, this);
    m_amount->setObjectName(QStringLiteral("amountEdit"));
    m_amount->setPlaceholderText(tr("25.00"));
    m_currency = new QLineEdit(request.fee.charged() ? request.fee.currency : QString(), this);
    m_currency->setObjectName(QStringLiteral("currencyEdit"));
    m_currency->setPlaceholderText(tr("EUR, GBP, USD"));
    m_currency->setMaxLength(3);
    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("feeReasonCombo"));
    for (FeeReason f : Names::allFeeReasons())
        m_reason->addItem(Names::display(f), int(f));
    if (request.fee.charged())
        m_reason->setCurrentIndex(m_reason->findData(int(request.fee.reason)));
    auto* note =
        new QLabel(tr("A reasonable fee based on administrative costs: instead of refusing a manifestly "
                      "unfounded or excessive request (GDPR Art. 12(5)(a)), or for further copies "
                      "(Art. 15(3)). Recorded in the audit log."),
                   this);
    note->setWordWrap(true);
    form()->addRow(tr("&Amount:"), m_amount);
    form()->addRow(tr("&Currency:"), m_currency);
    form()->addRow(tr("&Why:"), m_reason);
    form()->addRow(QString(), note);
    setOkText(tr("Record fee"));
    for (QLineEdit* e : {m_amount, m_currency})
        connect(e, &QLineEdit::textChanged, this, &FeeDialog::revalidate);
    connect(m_reason, &QComboBox::currentIndexChanged, this, &FeeDialog::revalidate);
    revalidate();
}

Fee FeeDialog::fee() const
{
    return {m_amount->text().trimmed(), m_currency->text().trimmed().toUpper(),
            FeeReason(m_reason->currentData().toInt())};
}

QString FeeDialog::check() const
{
    const Status s = Validation::checkFee(fee(), m_request.regulation, m_request.type);
    return s.ok() ? QString() : s.error().message;
}

// ---- Extend -----------------------------------------------------------------------------------------------

ExtendDialog::ExtendDialog(const Request& request, QDate today, QWidget* parent)
    : ValidatedDialog(tr("Extend %1").arg(request.humanId), parent), m_request(request), m_today(today)
{
    setObjectName(QStringLiteral("extendDialog"));
    const Deadline before = request.deadline(today);
    Request extended = request;
    extended.extended = true;
    const Deadline after = extended.deadline(today);
    auto* now = new QLabel(before.due.toString(Qt::ISODate), this);
    auto* then = new QLabel(this);
    then->setObjectName(QStringLiteral("newDueLabel"));
    then->setText(tr("%1 (%n more day(s))", nullptr, int(before.due.daysTo(after.due)))
                      .arg(after.due.toString(Qt::ISODate)));
    m_reason =
        reasonEdit(this, QStringLiteral("reasonEdit"),
                   tr("Why more time is needed: the subject must be told before the original deadline"));
    auto* note = new QLabel(tr("The law allows one extension. It cannot be undone."), this);
    note->setWordWrap(true);
    form()->addRow(tr("Due now:"), now);
    form()->addRow(tr("New due date:"), then);
    form()->addRow(tr("&Reason:"), m_reason);
    form()->addRow(QString(), note);
    setOkText(tr("Extend deadline"));
    connect(m_reason, &QPlainTextEdit::textChanged, this, &ExtendDialog::revalidate);
    revalidate();
}

QString ExtendDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

QString ExtendDialog::check() const
{
    if (m_request.extended)
        return tr("%1 was already extended once.").arg(m_request.humanId);
    if (!Deadlines::allowsExtension(m_request.regulation, m_request.type))
        return tr("The law gives no extension for this request (15 business days).");
    if (StateMachine::isFinal(m_request.status))
        return tr("%1 is closed.").arg(m_request.humanId);
    if (m_today > m_request.deadline(m_today).due)
        return tr("The original deadline has passed: an extension must be notified before it.");
    if (reason().isEmpty())
        return tr("Give the reason for the extension.");
    return {};
}

// ---- Note -------------------------------------------------------------------------------------------------

NoteDialog::NoteDialog(const QString& humanId, QWidget* parent)
    : ValidatedDialog(tr("Add a note to %1").arg(humanId), parent)
{
    setObjectName(QStringLiteral("noteDialog"));
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("noteEdit"));
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(tr("What happened, what was agreed, what is next"));
    form()->addRow(m_text);
    setOkText(tr("Add note"));
    connect(m_text, &QPlainTextEdit::textChanged, this, &NoteDialog::revalidate);
    revalidate();
}

QString NoteDialog::text() const
{
    return m_text->toPlainText().trimmed();
}

QString NoteDialog::check() const
{
    if (text().isEmpty())
        return tr("Write the note first.");
    if (text().size() > 20000)
        return tr("The note is longer than 20,000 characters.");
    return {};
}

} // namespace lethe
