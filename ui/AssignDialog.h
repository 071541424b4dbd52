#pragma once

#include "Request.h"
#include "ValidatedDialog.h"

class QComboBox;
class QPlainTextEdit;

namespace lethe {

// Hands a request on to another person, or escalates it (support lead to officer): who takes it over and
// why. The reason is required; the store keeps it as a note on the request (docs/team.md).
class AssignDialog : public ValidatedDialog
{
    Q_OBJECT
public:
    // `people`: the names offered (the workspace's users and assignees); any other name may be typed.
    AssignDialog(const Request& request, bool escalation, const QStringList& people,
                 QWidget* parent = nullptr);
    const Request& request() const { return m_request; }
    bool escalation() const { return m_escalation; }
    QString person() const;
    QString reason() const;

protected:
    QString check() const override;

private:
    Request m_request;
    bool m_escalation;
    QComboBox* m_person;
    QPlainTextEdit* m_reason;
};

} // namespace lethe
