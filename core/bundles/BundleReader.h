#pragma once

#include "Age.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <stop_token>

namespace lethe {

struct MinisignKey;

// What a bundle may unpack to before it is refused as a zip bomb: sizes, and how far an entry (or the bundle
// as a whole) may grow beyond the compressed bytes it was read from. Deflate tops out near 1030:1, which long
// runs of one byte reach. A bundle's files compress far less: the demo's tables 4 to 6 times, its manifest
// 19; a million log rows whose columns are all constant but the key (every table has one) 22 to 37. So
// 200:1 leaves real data a wide margin and stops a bomb after its first MiBs instead of after gigabytes.
struct BundleLimits
{
    qint64 maxEntryBytes = 8LL << 30;  // 8 GiB unpacked per entry
    qint64 maxTotalBytes = 32LL << 30; // 32 GiB unpacked in all
    int maxEntries = 100000;
    int maxRatio = 200;                 // unpacked bytes per compressed byte read, once past the floor
    qint64 ratioFloorBytes = 1LL << 20; // below 1 MiB unpacked, nothing is refused for its ratio
};

// Reads an export bundle without trusting it. The ZIP is read front to back by ZipStreamReader, which accepts
// only the layout ZipWriter produces and requires the central directory and end record (what unzip, Python
// and file managers read) to repeat every local header exactly, with nothing before, between or after: so
// what is verified is what any other reader extracts, and a truncated, appended-to or re-indexed bundle is
// refused as "not a bundle Lethe wrote". Entry names with "..", absolute paths, links, or an entry or a whole
// that unpacks to more than the limits or at a higher ratio (zip bombs) are refused with the entry's name
// while it is being read (the ratio from the compressed bytes actually inflated, so nothing in the ZIP's
// headers is believed); SHA256SUMS may be no larger than a list of the entries before it, the manifest and
// the signature no larger than Lethe writes them, and at most 20 problems are named (then "and N more"), so
// hostile input cannot take more memory than one chunk, the inflater and a line per entry. Then every file
// is checked against SHA256SUMS and SHA256SUMS against its signature. An age-encrypted bundle is decrypted
// as it is read, with the passphrase or identities given: the same reader reads the ZIP from the
// decryptor's authenticated chunks, so no plaintext copy of the ZIP is written anywhere.
class BundleReader
{
    Q_DECLARE_TR_FUNCTIONS(lethe::BundleReader)
public:
    using Limits = BundleLimits;
    // For an age-encrypted bundle: its passphrase, or AGE-SECRET-KEY-1... identities. Unset: the bundle must
    // be a plain ZIP, and an encrypted one is refused with a message that asks for one of them.
    using Decryption = Age::Decryption;
    struct Verdict
    {
        enum class Signature
        {
            Trusted,    // signed by the key given
            UnknownKey, // signed, by another key
            Unsigned,
            Invalid, // the signature does not match SHA256SUMS
        };
        bool checksumsOk = false;
        QStringList problems; // each names the file: changed, missing, not listed
        Signature signature = Signature::Unsigned;
        QString signedBy; // the key id in hex
        QString trustedComment;
        QByteArray manifest;
        int files = 0;
        QString
        summary() const; // one plain sentence: trusted, unknown key, unsigned, or tampered (naming the file)
        bool ok() const { return checksumsOk && signature == Signature::Trusted; }
    };
    // `trusted`: the workspace's public key (or one given); null for none.
    // Extracts into `folder` (new, or an empty folder) after the same checks, all or nothing: the files
    // appear only when the whole bundle was read without a refusal. The verdict says whether they can be
    // trusted.
    static Result<Verdict> extract(const QString& path, const QString& folder, const MinisignKey* trusted,
                                   const BundleLimits& limits = BundleLimits(),
                                   const Decryption& decryption = Decryption(), std::stop_token stop = {});
    static Result<Verdict> verify(const QString& path, const MinisignKey* trusted,
                                  const BundleLimits& limits = BundleLimits(),
                                  const Decryption& decryption = Decryption(), std::stop_token stop = {});

private:
    static Result<Verdict> read(const QString& path, const MinisignKey* trusted, const BundleLimits& limits,
                                const Decryption& decryption, const QString& extractTo, std::stop_token stop);
};

} // namespace lethe
