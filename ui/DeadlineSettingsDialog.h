#pragma once

#include "Request.h"
#include "ValidatedDialog.h"

class QComboBox;
class QLabel;

namespace lethe {

class WorkspaceStore;

// The workspace's deadline settings (docs/deadlines.md): where the controller is established (the holiday
// calendar GDPR and UK GDPR deadlines roll over) and what asking an EU GDPR subject for identity or
// clarification does to the month (pause or restart). Saves to the store on OK, audited there.
class DeadlineSettingsDialog : public ValidatedDialog
{
    Q_OBJECT
public:
    DeadlineSettingsDialog(WorkspaceStore* store, QWidget* parent = nullptr);
    DeadlineSettings settings() const;

protected:
    QString check() const override { return {}; }
    void accept() override;

private:
    void updateHint();

    WorkspaceStore* m_store;
    QComboBox* m_calendar;
    QComboBox* m_clock;
    QLabel* m_hint;
};

} // namespace lethe
