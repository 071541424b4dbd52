#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace lethe {

// An inline, non-modal message strip above the queue (errors, confirmations, verdicts), so the GUI never
// waits on a modal box and nothing blocks the event loop.
class MessageBar : public QFrame
{
    Q_OBJECT
public:
    enum class Kind
    {
        Info,
        Success,
        Warning,
        Error
    };
    explicit MessageBar(QWidget* parent = nullptr);
    void show(Kind kind, const QString& text);
    QString text() const;
    Kind kind() const { return m_kind; }

private:
    QLabel* m_text;
    Kind m_kind = Kind::Info;
};

} // namespace lethe
