#include "AssignDialog.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace lethe {

AssignDialog::AssignDialog(const Request& request, bool escalation, const QStringList& people,
                           QWidget* parent)
    : ValidatedDialog(
          escalation ? tr("Escalate %1").arg(request.humanId) : tr("Assign %1").arg(request.humanId), parent),
      m_request(request), m_escalation(escalation)
{
    setObjectName(QStringLiteral("assignDialog"));
    auto* now = new QLabel(request.assignee.isEmpty() ? tr("(unassigned)") : request.assignee, this);
    now->setObjectName(QStringLiteral("currentAssigneeLabel"));
    m_person = new QComboBox(this);
    m_person->setObjectName(QStringLiteral("personCombo"));
    m_person->setEditable(true);
    m_person->setInsertPolicy(QComboBox::NoInsert);
    m_person->setMinimumContentsLength(28); // room for a login such as "officer.name@example.org"
    m_person->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    for (const QString& p : people) {
        if (!p.isEmpty() && p != request.assignee && m_person->findText(p) < 0)
            m_person->addItem(p);
    }
    m_person->setCurrentIndex(-1);
    m_person->lineEdit()->setPlaceholderText(escalation ? tr("The officer who takes it over")
                                                        : tr("Who takes it over"));
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setTabChangesFocus(true);
    m_reason->setFixedHeight(90);
    m_reason->setPlaceholderText(escalation ? tr("Why an officer must decide; kept as a note on the request")
                                            : tr("Why it is handed on; kept as a note on the request"));
    form()->addRow(tr("Assigned to:"), now);
    form()->addRow(escalation ? tr("&Escalate to:") : tr("&Assign to:"), m_person);
    form()->addRow(tr("&Reason:"), m_reason);
    setOkText(escalation ? tr("Escalate") : tr("Assign"));
    connect(m_person, &QComboBox::currentTextChanged, this, &AssignDialog::revalidate);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &AssignDialog::revalidate);
    revalidate();
}

QString AssignDialog::person() const
{
    return m_person->currentText().trimmed();
}

QString AssignDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

QString AssignDialog::check() const
{
    if (person().isEmpty())
        return m_escalation ? tr("Name the officer who takes the request over.")
                            : tr("Name the person who takes the request over.");
    if (person().size() > 120)
        return tr("The name is longer than 120 characters.");
    if (person() == m_request.assignee)
        return tr("%1 is already assigned to %2.").arg(m_request.humanId, person());
    if (reason().isEmpty())
        return m_escalation ? tr("Say why the request is escalated; it is kept as a note.")
                            : tr("Say why the request is handed on; it is kept as a note.");
    if (reason().size() > 20000)
        return tr("The reason is longer than 20,000 characters.");
    return {};
}

} // namespace lethe
