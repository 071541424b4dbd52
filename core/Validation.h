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
    static Result<QDate> parseDate(const QString& field, const QString& text);
    static Status checkReceived(QDate received, QDate today);
    static Status checkNewRequest(const NewRequest& r, QDate today);
    static Status checkProduct(const QString& product);
    static Status checkAssignee(const QString& assignee);
};

} // namespace lethe
