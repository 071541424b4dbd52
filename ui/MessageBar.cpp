#include "MessageBar.h"

#include "Log.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

#include <algorithm>

namespace lethe {

MessageBar::MessageBar(QWidget* parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("messageBar"));
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("messageText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_action = new QPushButton(this);
    m_action->setObjectName(QStringLiteral("messageAction"));
    m_action->hide();
    connect(m_action, &QPushButton::clicked, this, [this] {
        const auto act = m_onAction;
        if (m_actionHides)
            hide();
        if (act)
            act();
    });
    m_close = new QToolButton(this);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Dismiss"));
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 4, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action);
    layout->addWidget(m_close);
    hide();
}

void MessageBar::setDismissible(bool dismissible)
{
    m_close->setVisible(dismissible);
}

void MessageBar::show(Kind kind, const QString& text, const QString& actionText, std::function<void()> action)
{
    show(kind, text);
    m_onAction = std::move(action);
    m_action->setText(actionText);
    m_action->show();
}

void MessageBar::show(Kind kind, const QString& text)
{
    logged(kind, text);
    display(kind, text);
}

// Problems shown to the person also go to the log, through its redaction filter.
void MessageBar::logged(Kind kind, const QString& text)
{
    if (kind == Kind::Error)
        log::error(text);
    else if (kind == Kind::Warning)
        log::warn(text);
}

void MessageBar::display(Kind kind, const QString& text)
{
    m_kind = kind;
    m_onAction = nullptr;
    m_action->hide();
    static const char* colours[][2] = {
        {"#e3f2fd", "#0d47a1"}, {"#e8f5e9", "#1b5e20"}, {"#fff8e1", "#8a5a00"}, {"#ffebee", "#b71c1c"}};
    const auto& c = colours[int(kind)];
    setStyleSheet(
        QStringLiteral("lethe--MessageBar { background: %1; border: 1px solid %2; border-radius: 4px; } "
                       "QLabel { color: %2; }")
            .arg(QLatin1String(c[0]), QLatin1String(c[1])));
    m_text->setText(text);
    QFrame::show();
}

void MessageBar::add(Kind kind, const QString& more)
{
    if (isHidden() || m_text->text().isEmpty()) {
        show(kind, more);
        return;
    }
    const bool hadAction = m_action->isVisible();
    const auto onAction = m_onAction;
    logged(kind, more); // what the bar said before is in the log already
    display(std::max(kind, m_kind), m_text->text() + QLatin1Char('\n') + more);
    if (hadAction) {
        m_onAction = onAction;
        m_action->show();
    }
}

QString MessageBar::text() const
{
    return isVisible() ? m_text->text() : QString();
}

} // namespace lethe
