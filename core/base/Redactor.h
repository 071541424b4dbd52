#pragma once

#include <QString>

namespace lethe {

// Removes what must never reach a log line: email addresses, phone numbers, IP addresses, bearer and basic
// credentials, API keys and tokens (Stripe, SendGrid, Resend, JWTs, long random strings), passwords in
// key=value or JSON form, and database connection strings (URLs with credentials and libpq key=value lists).
class Redactor
{
public:
    static QString redact(const QString& text);
};

} // namespace lethe
