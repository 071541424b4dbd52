#pragma once

#include "Request.h"
#include "Result.h"

#include <QCoreApplication>

namespace lethe {

// Checks for what people type. Every message names the field and the value (a phone number: its problem
// only, never the number).
class Validation
{
    Q_DECLARE_TR_FUNCTIONS(lethe::Validation)
public:
    // Emails lower-cased and trimmed; phones to E.164 (+4420...) by libphonenumber, a national number read in
    // `defaultRegion` (the workspace's phone region, "GB"; empty: international numbers only); user ids
    // trimmed, no spaces.
    static Result<Identity> normalizeIdentity(const Identity& in, const QString& defaultRegion = {});
    // "email:a@b.example", "phone:+44 20 7946 0018", "user-id:42"
    static Result<Identity> parseIdentity(const QString& text, const QString& defaultRegion = {});
    // The digit strings a number may be stored as once spaces and punctuation are removed
    // (Phone::storedForms): international with and without 00, and national with the country's own trunk
    // prefix ("02079460101" in the UK, "84951234567" in Russia, "0612345678" in Hungary, "2025550143" in the
    // US). `e164` is normalised
    // ("+442079460101").
    static QStringList phoneStoredForms(const QString& e164);
    static Result<QDate> parseDate(const QString& field, const QString& text);
    static Status checkReceived(QDate received, QDate today);
    static Status checkNewRequest(const NewRequest& r, QDate today, const QString& defaultRegion = {});
    static Status checkProduct(const QString& product);
    // Refuses a request type the law does not have (a CCPA restriction) with a message naming the law's
    // types.
    static Status checkTypeForLaw(Regulation regulation, RequestType type);
    // A fee: amount a positive decimal, currency three letters, further copies only for GDPR/UK GDPR access.
    static Status checkFee(const Fee& fee, Regulation regulation, RequestType type);
    static Status checkAssignee(const QString& assignee);
};

} // namespace lethe
