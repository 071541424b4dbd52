#pragma once

#include "Request.h"
#include "ValidatedDialog.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace lethe {

class NewRequestDialog : public ValidatedDialog
{
    Q_OBJECT
public:
    // `phoneRegion`: the workspace's region for phone numbers typed without their country code ("GB"), or
    // empty (international numbers only).
    // `settings`: the workspace's deadline settings, for the due date shown and the calendar choices.
    NewRequestDialog(QDate today, const QStringList& assignees, const QString& phoneRegion = {},
                     QWidget* parent = nullptr, const DeadlineSettings& settings = {});
    NewRequest request() const;

protected:
    QString check() const override;

private:
    void updateDue();
    void fillTypes(); // the regulation's types only
    void fillCalendars();

    QDate m_today;
    QString m_phoneRegion;
    DeadlineSettings m_settings;
    QComboBox* m_calendar;
    QComboBox* m_type;
    QComboBox* m_regulation;
    QDateEdit* m_received;
    QLabel* m_due;
    QLineEdit* m_name;
    QLineEdit* m_emails;
    QLineEdit* m_phones;
    QLineEdit* m_userIds;
    QLineEdit* m_products;
    QComboBox* m_assignee;
};

class TransitionDialog : public ValidatedDialog
{
    Q_OBJECT
public:
    TransitionDialog(const Request& request, QWidget* parent = nullptr);
    RequestStatus target() const;
    QString reason() const;
    // The reason text with the denial's code and exemption or the answer in part's withheld part.
    Outcome outcome() const;

protected:
    QString check() const override;

private:
    void updateHint();

    Request m_request;
    QComboBox* m_target;
    QPlainTextEdit* m_reason;
    QComboBox* m_code;
    QLineEdit* m_exemption;
    QLineEdit* m_withheld;
    QLineEdit* m_withheldReason;
    QLabel* m_hint;
};

// The fee charged for a request: amount, currency and why (GDPR Art. 12(5)(a), Art. 15(3)).
class FeeDialog : public ValidatedDialog
{
    Q_OBJECT
public:
    FeeDialog(const Request& request, QWidget* parent = nullptr);
    Fee fee() const;

protected:
    QString check() const override;

private:
    Request m_request;
    QLineEdit* m_amount;
    QLineEdit* m_currency;
    QComboBox* m_reason;
};

class ExtendDialog : public ValidatedDialog
{
    Q_OBJECT
public:
    ExtendDialog(const Request& request, QDate today, QWidget* parent = nullptr);
    QString reason() const;

protected:
    QString check() const override;

private:
    Request m_request;
    QDate m_today;
    QPlainTextEdit* m_reason;
};

class NoteDialog : public ValidatedDialog
{
    Q_OBJECT
public:
    NoteDialog(const QString& humanId, QWidget* parent = nullptr);
    QString text() const;

protected:
    QString check() const override;

private:
    QPlainTextEdit* m_text;
};

} // namespace lethe
