#pragma once

#include <QDialog>

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

protected:
    QFormLayout* form() const { return m_form; }
    void setOkText(const QString& text);
    void revalidate();
    // A problem found only on saving (the store or the file system refused): shown, the dialog stays open.
    void showProblem(const QString& text);
    virtual QString check() const = 0;

private:
    QFormLayout* m_form;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

} // namespace lethe
