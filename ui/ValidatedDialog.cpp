#include "ValidatedDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace lethe {

ValidatedDialog::ValidatedDialog(const QString& title, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(title);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_held || !check().isEmpty())
            return;
        if (!m_save || m_save())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_retry = m_buttons->addButton(tr("Retry &Now"), QDialogButtonBox::ActionRole);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_retry->hide();
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (m_onRetry)
            m_onRetry();
    });
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    setMinimumWidth(480);
}

QPushButton* ValidatedDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QString ValidatedDialog::problem() const
{
    return m_problem->text();
}

void ValidatedDialog::setOkText(const QString& text)
{
    okButton()->setText(text);
}

void ValidatedDialog::showProblem(const QString& text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    fitHeight();
}

void ValidatedDialog::fitHeight()
{
    // A top-level window does not grow by itself for a wrapped label's height at its width: a problem shown
    // under the form (a lost connection's reason) would squeeze the lines above it.
    if (!isVisible() || !layout())
        return;
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                     : layout()->totalSizeHint().height();
    if (needed > height())
        resize(width(), needed);
}

void ValidatedDialog::revalidate()
{
    if (m_held)
        return; // the reason it is held stays shown
    const QString why = check();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    okButton()->setEnabled(why.isEmpty());
    if (!why.isEmpty())
        fitHeight();
}

void ValidatedDialog::hold(const QString& text, std::function<void()> retry)
{
    m_held = true;
    m_onRetry = std::move(retry);
    m_retry->setVisible(bool(m_onRetry));
    showProblem(text); // and the dialog grows to show it
    okButton()->setEnabled(false);
}

void ValidatedDialog::release()
{
    m_held = false;
    m_onRetry = nullptr;
    m_retry->hide();
    revalidate();
}

} // namespace lethe
