#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace lethe {

// Phone numbers, parsed and formatted by libphonenumber (Google's metadata of every country's numbering plan:
// calling codes, trunk prefixes, valid ranges). The rest of Lethe sees Qt types only; this is the one place
// that includes libphonenumber's headers.
class Phone
{
    Q_DECLARE_TR_FUNCTIONS(lethe::Phone)
public:
    // `text` as a person typed it ("+44 20 7946 0018", "0044 20 7946 0018", or "020 7946 0018" read in
    // `defaultRegion`, an ISO 3166 code such as "GB"; empty: international numbers only) to E.164
    // ("+442079460018"). A number that is not valid in its country's numbering plan is refused; the message
    // names the problem, never the number.
    static Result<QString> toE164(const QString& text, const QString& defaultRegion);
    // The digit strings a valid E.164 number may be stored as once spaces and punctuation are removed:
    // international ("442079460018"), with 00 ("00442079460018"), international with the trunk prefix in
    // brackets where it is 0 ("+44 (0)20..." -> "4402079460018", and with 00), and national with the
    // country's real trunk prefix as its own numbering plan writes it: "02079460018" (UK), "84951234567"
    // (Russia), "0612345678" (Hungary), "0612345678" (Italy, where the 0 belongs to the number), and both
    // "2025550143" and "12025550143" in the North American plan. Empty for a value that is not a valid E.164
    // number.
    static QStringList storedForms(const QString& e164);
    // The number as its own country writes it ("020 7946 0018", "8 (495) 123-45-67"), or empty for a value
    // that is not a valid E.164 number.
    static QString nationalFormat(const QString& e164);
    // The two-letter region of a valid E.164 number ("GB"), or empty.
    static QString regionOf(const QString& e164);
    // Whether `code` is an ISO 3166 region libphonenumber has a numbering plan for ("DE", "GB", "US").
    static bool isRegion(const QString& code);
};

} // namespace lethe
