#pragma once

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPushButton;

namespace lethe {

// A form dialog that validates as you type: check() returns what is wrong (empty when all is well),
// shown under the form in words; the OK button is enabled only when nothing is wrong.
class ValidatedDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ValidatedDialog(const QString& title, QWidget* parent = nullptr);
    QPushButton* okButton() const;
    QString problem() const;
    // What OK does once check() passes: `save` returns true when the dialog may close (it is then
    // accepted), false to keep it open with what was typed (a lost connection: the change is saved when
    // the connection is back). Without one, OK accepts.
    void setSaver(std::function<bool()> save) { m_save = std::move(save); }
    // Held: OK stays disabled and `text` is shown under the form, what was typed stays; release() ends it.
    // With `retry`, a "Retry Now" button beside OK calls it (the dialog is window-modal: the window's own
    // banner cannot be reached while it is open).
    void hold(const QString& text, std::function<void()> retry = {});
    QPushButton* retryButton() const { return m_retry; }
    void release();
    bool isHeld() const { return m_held; }

protected:
    QFormLayout* form() const { return m_form; }
    void setOkText(const QString& text);
    void revalidate();
    // A problem found only on saving (the store or the file system refused): shown, the dialog stays open.
    void showProblem(const QString& text);
    virtual QString check() const = 0;

private:
    void fitHeight();
    QFormLayout* m_form;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
    QPushButton* m_retry;
    std::function<bool()> m_save;
    std::function<void()> m_onRetry;
    bool m_held = false;
};

} // namespace lethe
