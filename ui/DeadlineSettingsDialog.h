#pragma once

#include "Request.h"
#include "ValidatedDialog.h"

class QComboBox;
class QLabel;

namespace lethe {

// The workspace's deadline settings (docs/deadlines.md): where the controller is established (the holiday
// calendar GDPR and UK GDPR deadlines roll over) and what asking an EU GDPR subject for identity or
// clarification does to the month (pause or restart). The window saves what was chosen (audited in the
// store), held in the dialog while the connection to the workspace is lost
// (MainWindow::editDeadlineSettings).
class DeadlineSettingsDialog : public ValidatedDialog
{
    Q_OBJECT
public:
    // `current`: the settings as the workspace holds them.
    explicit DeadlineSettingsDialog(const DeadlineSettings& current, QWidget* parent = nullptr);
    // What is chosen now, and what the workspace held when the dialog opened.
    DeadlineSettings settings() const;
    DeadlineSettings shown() const { return m_shown; }

protected:
    QString check() const override { return {}; }

private:
    void updateHint();

    DeadlineSettings m_shown;
    QComboBox* m_calendar;
    QComboBox* m_clock;
    QLabel* m_hint;
};

} // namespace lethe
