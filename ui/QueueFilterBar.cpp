#include "QueueFilterBar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>

namespace lethe {

namespace {
constexpr int kAny = -1;
constexpr int kUnassigned = -2;
} // namespace

QueueFilterBar::QueueFilterBar(QWidget* parent) : QWidget(parent)
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search id, subject, email, assignee… (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);

    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("All statuses"), kAny);
    for (RequestStatus s : Names::allStatuses())
        m_status->addItem(Names::display(s), int(s));

    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("typeFilter"));
    m_type->addItem(tr("All types"), kAny);
    for (RequestType t : Names::allTypes())
        m_type->addItem(Names::display(t), int(t));

    m_regulation = new QComboBox(this);
    m_regulation->setObjectName(QStringLiteral("regulationFilter"));
    m_regulation->addItem(tr("All regulations"), kAny);
    for (Regulation r : Names::allRegulations())
        m_regulation->addItem(Names::display(r), int(r));

    m_assignee = new QComboBox(this);
    m_assignee->setObjectName(QStringLiteral("assigneeFilter"));
    m_assignee->setMinimumContentsLength(12);
    setAssignees({});

    m_openOnly = new QCheckBox(tr("Open only"), this);
    m_openOnly->setObjectName(QStringLiteral("openOnlyFilter"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 3);
    layout->addWidget(m_status, 1);
    layout->addWidget(m_type, 1);
    layout->addWidget(m_regulation, 1);
    layout->addWidget(m_assignee, 1);
    layout->addWidget(m_openOnly);

    // Typing is debounced a little so the queue re-filters once per pause, not per key.
    auto* debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(120);
    connect(debounce, &QTimer::timeout, this, &QueueFilterBar::emitChanged);
    connect(m_search, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    for (QComboBox* c : {m_status, m_type, m_regulation, m_assignee})
        connect(c, &QComboBox::currentIndexChanged, this, &QueueFilterBar::emitChanged);
    connect(m_openOnly, &QCheckBox::toggled, this, &QueueFilterBar::emitChanged);
}

void QueueFilterBar::setAssignees(const QStringList& assignees)
{
    const QString current = m_assignee->currentData().toInt() >= 0 ? m_assignee->currentText() : QString();
    const int currentCode = m_assignee->count() ? m_assignee->currentData().toInt() : kAny;
    QSignalBlocker block(m_assignee);
    m_assignee->clear();
    m_assignee->addItem(tr("Anyone"), kAny);
    m_assignee->addItem(tr("Unassigned"), kUnassigned);
    for (int i = 0; i < assignees.size(); ++i)
        m_assignee->addItem(assignees[i], i);
    if (!current.isEmpty() && assignees.contains(current))
        m_assignee->setCurrentText(current);
    else if (currentCode == kUnassigned)
        m_assignee->setCurrentIndex(1);
}

QueueFilter QueueFilterBar::filter() const
{
    QueueFilter f;
    f.text = m_search->text().trimmed();
    if (int v = m_status->currentData().toInt(); v != kAny)
        f.status = RequestStatus(v);
    if (int v = m_type->currentData().toInt(); v != kAny)
        f.type = RequestType(v);
    if (int v = m_regulation->currentData().toInt(); v != kAny)
        f.regulation = Regulation(v);
    const int a = m_assignee->currentData().toInt();
    if (a == kUnassigned)
        f.assignee = QString();
    else if (a != kAny)
        f.assignee = m_assignee->currentText();
    f.openOnly = m_openOnly->isChecked();
    return f;
}

void QueueFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void QueueFilterBar::reset()
{
    m_search->clear();
    for (QComboBox* c : {m_status, m_type, m_regulation, m_assignee})
        c->setCurrentIndex(0);
    m_openOnly->setChecked(false);
    emitChanged();
}

void QueueFilterBar::emitChanged()
{
    Q_EMIT filterChanged(filter());
}

} // namespace lethe
