#pragma once

#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;
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
    // With a button beside the text ("Resume"): clicking it hides the bar and calls `action`. The next
    // message replaces both.
    void show(Kind kind, const QString& text, const QString& actionText, std::function<void()> action);
    // Adds to what the bar says: below a message it shows, the more serious kind kept, and its button
    // with it (a Resume offered at opening stays when held items are settled after it); else as show().
    void add(Kind kind, const QString& text);
    QString text() const;
    Kind kind() const { return m_kind; }
    QPushButton* actionButton() const { return m_action; }
    // Whether the person can close the bar (default); a bar that says something still true (a lost
    // connection) cannot be.
    void setDismissible(bool dismissible);
    // Whether the action button hides the bar when clicked (default).
    void setActionHides(bool hides) { m_actionHides = hides; }

private:
    static void logged(Kind kind, const QString& text);
    void display(Kind kind, const QString& text);

    QLabel* m_text;
    QPushButton* m_action;
    QToolButton* m_close;
    bool m_actionHides = true;
    std::function<void()> m_onAction;
    Kind m_kind = Kind::Info;
};

} // namespace lethe
