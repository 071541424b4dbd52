#pragma once

#include "QueueFilter.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QCheckBox;

namespace lethe {

// Status, type, regulation, assignee and free text; emits the combined filter as you type.
class QueueFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit QueueFilterBar(QWidget* parent = nullptr);
    QueueFilter filter() const;
    void setAssignees(const QStringList& assignees);
    void focusSearch();
    void reset();

Q_SIGNALS:
    void filterChanged(const lethe::QueueFilter& filter);

private:
    void emitChanged();

    QLineEdit* m_search;
    QComboBox* m_status;
    QComboBox* m_type;
    QComboBox* m_regulation;
    QComboBox* m_assignee;
    QCheckBox* m_openOnly;
};

} // namespace lethe
