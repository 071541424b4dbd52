#include "ManualTaskList.h"

#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QStyleOptionButton>
#include <QVBoxLayout>

#include <algorithm>

namespace lethe {

namespace {
QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

// The style's own check box, drawn: it reads as a checklist without being a control one could untick.
QPixmap checkPixmap(const QWidget* w, bool on)
{
    const int size = w->style()->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, w);
    const qreal dpr = w->devicePixelRatioF();
    QPixmap pm(QSize(size, size) * dpr);
    pm.setDevicePixelRatio(dpr);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    QStyleOptionButton opt;
    opt.initFrom(w);
    opt.rect = QRect(0, 0, size, size);
    opt.state = QStyle::State_Enabled | (on ? QStyle::State_On : QStyle::State_Off);
    w->style()->drawPrimitive(QStyle::PE_IndicatorCheckBox, &opt, &p, w);
    return pm;
}

constexpr char kTaskId[] = "taskId";
} // namespace

ManualTaskList::ManualTaskList(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("manualTasks"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("manualTasksTitle"));
    QFont f = m_title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.1);
    m_title->setFont(f);
    m_empty =
        new QLabel(tr("None. A preview of the request adds the manual tasks its data maps name."), this);
    m_empty->setObjectName(QStringLiteral("manualTasksEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setStyleSheet(QStringLiteral("color: gray;"));

    auto* inner = new QWidget;
    m_rows = new QVBoxLayout(inner);
    m_rows->setContentsMargins(0, 0, 0, 0);
    m_rows->setSpacing(0);
    m_rows->addStretch();
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("manualTasksScroll"));
    m_scroll->setWidget(inner);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_empty);
    layout->addWidget(m_scroll, 1);
    clear();
}

void ManualTaskList::clear()
{
    setTasks({});
}

QString ManualTaskList::title() const
{
    return m_title->text();
}

QString ManualTaskList::evidenceFileName(const ManualTask& t)
{
    QString name = QFileInfo(t.evidenceName).fileName();
    // Evidence::attach prefixes the copy with the start of its hash; the person knows the file without it.
    const int dash = int(name.indexOf(QLatin1Char('-')));
    if (dash > 0 && t.evidenceSha256.startsWith(name.left(dash), Qt::CaseInsensitive))
        name = name.mid(dash + 1);
    return name;
}

void ManualTaskList::setTasks(const QList<ManualTask>& tasksIn)
{
    m_tasks = tasksIn;
    std::stable_sort(m_tasks.begin(), m_tasks.end(),
                     [](const ManualTask& a, const ManualTask& b) { return !a.isDone() && b.isDone(); });
    qDeleteAll(m_rowFrames);
    m_rowFrames.clear();
    int done = 0;
    for (const ManualTask& t : std::as_const(m_tasks)) {
        done += t.isDone() ? 1 : 0;
        QFrame* row = makeRow(t);
        m_rows->insertWidget(m_rows->count() - 1, row); // before the stretch
        m_rowFrames << row;
    }
    m_title->setText(m_tasks.isEmpty()
                         ? tr("Manual tasks")
                         : tr("Manual tasks · %1 of %n done", nullptr, int(m_tasks.size())).arg(done));
    m_empty->setVisible(m_tasks.isEmpty());
    m_scroll->setVisible(!m_tasks.isEmpty());

    // Keep the person's choice while it is still open; otherwise the first open task.
    const qint64 before = m_selected;
    const auto keep = std::find_if(m_tasks.cbegin(), m_tasks.cend(),
                                   [before](const ManualTask& t) { return t.id == before && !t.isDone(); });
    if (keep == m_tasks.cend())
        m_selected = (!m_tasks.isEmpty() && !m_tasks.first().isDone()) ? m_tasks.first().id : 0;
    updateSelection();
    if (m_selected != before)
        Q_EMIT selectionChanged(m_selected);
}

QFrame* ManualTaskList::makeRow(const ManualTask& t)
{
    auto* row = new QFrame;
    row->setObjectName(QStringLiteral("taskRow"));
    row->setProperty(kTaskId, t.id);
    row->setFocusPolicy(Qt::ClickFocus);
    row->installEventFilter(this);

    auto* state = new QLabel(row);
    state->setObjectName(QStringLiteral("taskState"));
    state->setPixmap(checkPixmap(this, t.isDone()));
    state->setToolTip(t.isDone() ? tr("Done") : tr("Open"));
    state->setAccessibleName(state->toolTip());

    QString html =
        QStringLiteral("<b>%1</b> <span style='color:gray'>· %2</span>").arg(esc(t.processor), esc(t.system));
    if (!t.instructions.isEmpty())
        html += QStringLiteral("<br>%1").arg(
            esc(t.instructions).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    if (t.isDone()) {
        html +=
            QStringLiteral("<br><span style='color:#2e7d32'>%1</span>")
                .arg(esc(tr("Done by %1, %2")
                             .arg(t.doneBy, QLocale().toString(t.done.toLocalTime(), QLocale::ShortFormat))));
        if (!t.note.isEmpty())
            html += QStringLiteral("<br><i>%1</i>")
                        .arg(esc(t.note).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
        if (!t.evidenceName.isEmpty())
            html += QStringLiteral("<br><span style='color:gray'>%1</span>")
                        .arg(esc(tr("Evidence: %1 (SHA-256 %2…)")
                                     .arg(evidenceFileName(t), t.evidenceSha256.left(12))));
    }
    auto* text = new QLabel(html, row);
    text->setObjectName(QStringLiteral("taskText"));
    text->setTextFormat(Qt::RichText);
    text->setWordWrap(true);
    text->setToolTip(t.evidenceName);

    auto* grid = new QGridLayout(row);
    grid->setContentsMargins(8, 6, 8, 6);
    grid->setHorizontalSpacing(10);
    grid->addWidget(state, 0, 0, Qt::AlignTop);
    grid->addWidget(text, 0, 1);
    grid->setColumnStretch(1, 1);
    if (!t.isDone()) {
        auto* complete = new QPushButton(tr("Complete…"), row);
        complete->setObjectName(QStringLiteral("completeTaskButton"));
        complete->setProperty(kTaskId, t.id);
        complete->setToolTip(tr("Record what was done, with a note or an evidence file"));
        const qint64 id = t.id;
        connect(complete, &QPushButton::clicked, this, [this, id] {
            selectTask(id);
            Q_EMIT completeRequested(id);
        });
        grid->addWidget(complete, 0, 2, Qt::AlignTop);
    }
    return row;
}

const ManualTask* ManualTaskList::selectedOpenTask() const
{
    for (const ManualTask& t : m_tasks)
        if (t.id == m_selected && !t.isDone())
            return &t;
    return nullptr;
}

bool ManualTaskList::selectTask(qint64 id)
{
    const bool known =
        std::any_of(m_tasks.cbegin(), m_tasks.cend(), [id](const ManualTask& t) { return t.id == id; });
    if (!known)
        return false;
    if (id != m_selected) {
        m_selected = id;
        updateSelection();
        Q_EMIT selectionChanged(id);
    }
    return true;
}

void ManualTaskList::updateSelection()
{
    QColor mark = palette().color(QPalette::Highlight);
    QColor fill = mark;
    fill.setAlpha(28);
    const QString line = palette().color(QPalette::Midlight).name();
    for (QFrame* row : std::as_const(m_rowFrames)) {
        const bool selected = row->property(kTaskId).toLongLong() == m_selected;
        row->setStyleSheet(
            selected
                ? QStringLiteral("QFrame#taskRow { background: rgba(%1,%2,%3,%4); border-left: 3px solid "
                                 "%5; border-bottom: 1px solid %6; }")
                      .arg(fill.red())
                      .arg(fill.green())
                      .arg(fill.blue())
                      .arg(fill.alpha())
                      .arg(mark.name(), line)
                : QStringLiteral("QFrame#taskRow { border-left: 3px solid transparent; border-bottom: 1px "
                                 "solid %1; }")
                      .arg(line));
    }
}

bool ManualTaskList::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::MouseButtonPress) {
        if (auto* row = qobject_cast<QFrame*>(watched); row && m_rowFrames.contains(row))
            selectTask(row->property(kTaskId).toLongLong());
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace lethe
