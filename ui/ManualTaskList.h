#pragma once

#include "Request.h"

#include <QWidget>

class QFrame;
class QLabel;
class QScrollArea;
class QVBoxLayout;

namespace lethe {

// The manual tasks of the shown request as a checklist: open tasks first, each with its processor, system
// and instructions; done ones with who, when, the note and the evidence file. One row is selected (the
// first open task unless a person clicked another), so a shortcut can complete it.
class ManualTaskList : public QWidget
{
    Q_OBJECT
public:
    explicit ManualTaskList(QWidget* parent = nullptr);
    void setTasks(const QList<ManualTask>& tasks);
    void clear();

    QList<ManualTask> tasks() const { return m_tasks; } // in the order shown
    QString title() const;
    qint64 selectedTaskId() const { return m_selected; }
    // The selected task when it is still open; nullptr otherwise.
    const ManualTask* selectedOpenTask() const;
    bool selectTask(qint64 id);

    // "evidence/R-2026-0001/1a2b3c4d5e6f7a8b-confirmation.pdf" → "confirmation.pdf"
    static QString evidenceFileName(const ManualTask& task);

Q_SIGNALS:
    void completeRequested(qint64 taskId);
    void selectionChanged(qint64 taskId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QFrame* makeRow(const ManualTask& task);
    void updateSelection();

    QLabel* m_title;
    QLabel* m_empty;
    QScrollArea* m_scroll;
    QVBoxLayout* m_rows;
    QList<ManualTask> m_tasks;
    QList<QFrame*> m_rowFrames;
    qint64 m_selected = 0;
};

} // namespace lethe
