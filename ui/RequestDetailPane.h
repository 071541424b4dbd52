#pragma once

#include "AuditLog.h"
#include "Request.h"

#include <QWidget>

class QLabel;
class QTextBrowser;
class QToolButton;
class QAction;
class QSplitter;

namespace lethe {

class ManualTaskList;

// The selected request: who, what, which deadline, its manual tasks, its identities, products, notes, and
// its history as the audit log tells it.
class RequestDetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit RequestDetailPane(QWidget* parent = nullptr);
    void setActions(const QList<QAction*>& actions);
    void showRequest(const Request& request, const QList<AuditEvent>& history, QDate today);
    void showTasks(const QList<ManualTask>& tasks);
    void clear();
    ManualTaskList* taskList() const { return m_tasks; }
    QString shownId() const { return m_shownId; }

    static QString describeEvent(const AuditEvent& e);

private:
    QLabel* m_title;
    QLabel* m_status;
    QLabel* m_deadline;
    QTextBrowser* m_body;
    ManualTaskList* m_tasks;
    QSplitter* m_split;
    QWidget* m_buttons;
    QString m_shownId;
    QString m_sizedFor; // the request the splitter was last sized for
};

} // namespace lethe
