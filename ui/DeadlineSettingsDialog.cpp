#include "DeadlineSettingsDialog.h"

#include "HolidayCalendar.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>

namespace lethe {

DeadlineSettingsDialog::DeadlineSettingsDialog(const DeadlineSettings& current, QWidget* parent)
    : ValidatedDialog(tr("Deadline settings"), parent), m_shown(current)
{
    setObjectName(QStringLiteral("deadlineSettingsDialog"));

    m_calendar = new QComboBox(this);
    m_calendar->setObjectName(QStringLiteral("establishedInCombo"));
    m_calendar->addItem(tr("Not set (GDPR: weekends only; UK GDPR: England and Wales)"), QString());
    const HolidayCalendars& all = HolidayCalendars::shipped();
    for (const QString& id : all.ids()) {
        if (id != QLatin1String("US-CA")) // CCPA always counts California's business days
            m_calendar->addItem(QStringLiteral("%1 · %2").arg(id, all.find(id)->name()), id);
    }
    m_calendar->setCurrentIndex(std::max(0, m_calendar->findData(current.establishedIn)));

    m_clock = new QComboBox(this);
    m_clock->setObjectName(QStringLiteral("gdprClockCombo"));
    m_clock->addItem(tr("Pause: the days waited are added to the month"), int(GdprClockRule::Pause));
    m_clock->addItem(tr("Restart: the month begins when the answer arrives"), int(GdprClockRule::Restart));
    m_clock->setCurrentIndex(m_clock->findData(int(current.gdprClock)));

    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_hint->setObjectName(QStringLiteral("deadlineSettingsHint"));

    form()->addRow(tr("&Established in:"), m_calendar);
    form()->addRow(tr("EU GDPR &clock:"), m_clock);
    form()->addRow(m_hint);
    setOkText(tr("Save"));
    connect(m_calendar, &QComboBox::currentIndexChanged, this, &DeadlineSettingsDialog::updateHint);
    updateHint();
}

DeadlineSettings DeadlineSettingsDialog::settings() const
{
    return {m_calendar->currentData().toString(), GdprClockRule(m_clock->currentData().toInt())};
}

void DeadlineSettingsDialog::updateHint()
{
    const HolidayCalendar* c = HolidayCalendars::shipped().find(m_calendar->currentData().toString());
    QString text =
        tr("A due date on a weekend or a public holiday of this calendar moves to the next working day. "
           "A request can choose its own calendar. CCPA business days are always California's. UK GDPR "
           "always restarts the month (Art. 12A); CCPA's 45 days never stop.");
    if (c)
        text += QLatin1Char('\n') + tr("Sources: %1").arg(c->sources().join(QStringLiteral("; ")));
    m_hint->setText(text);
}

} // namespace lethe
