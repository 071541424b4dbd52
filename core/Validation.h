#pragma once

#include "Request.h"
#include "Result.h"

#include <QCoreApplication>

namespace lethe {

// Checks for what people type. Every message names the field and the value.
class Validation
{
    Q_DECLARE_TR_FUNCTIONS(lethe::Validation)
public:
    // Emails lower-cased and trimmed; phones to E.164 (+4420...); user ids trimmed, no spaces.
    static Result<Identity> normalizeIdentity(const Identity& in);
    // "email:a@b.example", "phone:+44 20 7946 0018", "user-id:42"
    static Result<Identity> parseIdentity(const QString& text);
    // The length (1-3) of the country calling code at the start of an E.164 number's digits ("44...",
    // "1..."). Calling codes are prefix-free: 1 and 7 are the only one-digit codes, a fixed set are two
    // digits, and every other code has three.
    static int countryCodeLength(const QString& digits);
    // The digit strings a number may be stored as once spaces and punctuation are removed: international with
    // and without 00 ("442079460101", "00442079460101"), national with a trunk 0 ("02079460101") and without
    // ("2079460101", as in the US and Italy). `e164` is normalised ("+442079460101").
    static QStringList phoneStoredForms(const QString& e164);
    static Result<QDate> parseDate(const QString& field, const QString& text);
    static Status checkReceived(QDate received, QDate today);
    static Status checkNewRequest(const NewRequest& r, QDate today);
    static Status checkProduct(const QString& product);
    static Status checkAssignee(const QString& assignee);
};

} // namespace lethe
