#include "BundleReader.h"

#include "Sha256.h"

#include "Minisign.h"
#include "ZipStreamReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <QSet>

#include <algorithm>
#include <memory>
#include <optional>

namespace lethe {

namespace {

// What Lethe writes at most besides the data: a signature is a few hundred bytes, and the manifest lists
// systems and tables (16 MiB is room for tens of thousands). SHA256SUMS is bounded by the entries before it.
constexpr qint64 kMaxSignatureBytes = 16 << 10;
constexpr qint64 kMaxManifestBytes = 16 << 20;
constexpr int kProblemsShown = 20;

} // namespace

QString BundleReader::Verdict::summary() const
{
    // A SHA256SUMS that its signature refuses is the change to name first: the files it then disagrees with
    // may be exactly as signed.
    if (signature == Signature::Invalid)
        return tr("Tampered: SHA256SUMS does not match its signature.");
    if (!problems.isEmpty())
        return tr("Tampered: %1").arg(problems.first());
    switch (signature) {
    case Signature::Trusted:
        return tr("Intact and signed by the trusted key %1.").arg(signedBy);
    case Signature::UnknownKey:
        return tr("Intact, but signed by an unknown key %1: it was not made with this workspace's key.")
            .arg(signedBy);
    case Signature::Unsigned:
        return tr("The checksums match, but the bundle is not signed: its origin cannot be checked.");
    case Signature::Invalid:
        return tr("Tampered: SHA256SUMS does not match its signature.");
    }
    return {};
}

Result<BundleReader::Verdict> BundleReader::verify(const QString& path, const MinisignKey* trusted,
                                                   const Limits& limits, const Decryption& decryption,
                                                   std::stop_token stop)
{
    return read(path, trusted, limits, decryption, {}, stop);
}

Result<BundleReader::Verdict> BundleReader::extract(const QString& path, const QString& folder,
                                                    const MinisignKey* trusted, const Limits& limits,
                                                    const Decryption& decryption, std::stop_token stop)
{
    const QFileInfo target(folder);
    if (target.exists() && !(target.isDir() && QDir(folder).isEmpty()))
        return makeError(Error::Code::Conflict,
                         tr("%1 exists and is not an empty folder; choose a new or empty one.").arg(folder));
    // Into a private folder beside the target first: a bundle refused halfway leaves nothing behind.
    QTemporaryDir staging(target.absolutePath() + QStringLiteral("/.lethe-extract-XXXXXX"));
    if (!staging.isValid())
        return makeError(Error::Code::Storage,
                         tr("%1: cannot make a folder there.").arg(target.absolutePath()));
    auto v = read(path, trusted, limits, decryption, staging.path(), stop);
    if (!v)
        return v;
    if (target.exists() && !QDir().rmdir(folder))
        return makeError(Error::Code::Storage, tr("%1: cannot replace the empty folder.").arg(folder));
    if (!QDir().rename(staging.path(), folder))
        return makeError(Error::Code::Storage,
                         tr("%1: cannot move the extracted files into place.").arg(folder));
    staging.setAutoRemove(false);
    return v;
}
namespace {

// One reading of a bundle, shared by the steps of BundleReader::read: the file (decrypted as it is read when
// encrypted), its ZIP, each entry's digest, and SHA256SUMS, its signature and the manifest, kept whole.
class BundleReading
{
    Q_DECLARE_TR_FUNCTIONS(lethe::BundleReader)
public:
    using Verdict = BundleReader::Verdict;

    BundleReading(const QString& path_, const MinisignKey* trusted_, const BundleLimits& limits_,
                  const Age::Decryption& decryption_, const QString& extractTo_, std::stop_token stop_)
        : path(path_), trusted(trusted_), limits(limits_), decryption(decryption_), extractTo(extractTo_),
          stop(std::move(stop_)), file(path_)
    {}

    Result<Verdict> run();

private:
    Status open();
    Status readEntries();
    Status readEntry(const ZipStreamReader::Entry& entry);
    Status copyEntry(const QString& name, qint64 keepLimit, Sha256& hash, QFile* out, QByteArray& keep);
    void compareSums();
    void checkSignature();

    const QString& path;
    const MinisignKey* trusted;
    const BundleLimits& limits;
    const Age::Decryption& decryption;
    const QString& extractTo;
    std::stop_token stop;
    QFile file;
    std::unique_ptr<AgeDecryptor> decryptor;
    ZipStreamReader::Pull pull;
    ZipStreamReader::Limits zipLimits;
    std::optional<ZipStreamReader> zip;
    Verdict v;
    QHash<QString, QByteArray> hashes;
    QByteArray sums, sig;
    bool haveSums = false;
    bool haveSig = false;
    qint64 sumsLimit = 0;
    qint64 total = 0;
    qint64 totalPacked = 0; // the compressed bytes of the entries read before this one
    std::unique_ptr<char[]> buffer{new char[1 << 16]};
};

// The file opened, decrypted as it is read when encrypted, and its ZIP.
Status BundleReading::open()
{
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Code::NotFound, tr("%1: cannot read (%2).").arg(path, file.errorString()));
    if (Age::looksEncrypted(path)) {
        if (!decryption.isSet())
            return makeError(
                Error::Code::InvalidInput,
                tr("%1: this bundle is encrypted; give a passphrase or an identity file.").arg(path));
        decryptor = std::make_unique<AgeDecryptor>(&file);
        if (Status s = decryptor->open(decryption); !s)
            return s.error();
        // The ZIP is read from the decryptor's authenticated chunks: no plaintext copy is written anywhere.
        pull = [this]() -> Result<QByteArray> {
            if (decryptor->atEnd())
                return QByteArray();
            return decryptor->read(Age::kChunkSize);
        };
    } else {
        pull = [this]() -> Result<QByteArray> {
            QByteArray piece = file.read(1 << 16);
            if (piece.isEmpty() && file.error() != QFileDevice::NoError)
                return makeError(Error::Code::Storage,
                                 tr("%1: cannot read (%2).").arg(path, file.errorString()));
            return piece;
        };
    }
    zipLimits.maxEntries = limits.maxEntries;
    zip.emplace(path, pull, zipLimits);
    // SHA256SUMS lists each entry once (as ZipWriter::seal writes it): at most as many lines as entries, of
    // a hash, two spaces, a name and a newline, with the names together no longer than the limit for them.
    sumsLimit = qint64(64 + 2 + 1) * limits.maxEntries + zipLimits.maxTotalNameBytes;
    return {};
}

Status BundleReading::readEntries()
{
    for (;;) {
        auto next = zip->next();
        if (!next)
            return next.error();
        if (!*next)
            break;
        if (Status s = readEntry(**next); !s)
            return s;
    }
    return {};
}

// One entry: its name checked, unpacked (into the folder, when extracting), hashed and, for SHA256SUMS, its
// signature and the manifest, kept.
Status BundleReading::readEntry(const ZipStreamReader::Entry& entry)
{
    const QString name = QString::fromUtf8(entry.name);
    if (name.toUtf8() != entry.name)
        return zip->refusal(tr("an entry name is not valid UTF-8"));
    ++v.files;
    if (name.startsWith(QLatin1Char('/')) || name.contains(QLatin1Char('\\')) ||
        name.split(QLatin1Char('/')).contains(QStringLiteral("..")) ||
        (name.size() > 1 && name[1] == QLatin1Char(':')))
        return makeError(Error::Code::InvalidInput,
                         tr("%1: the entry \"%2\" would be written outside the bundle's folder; refused.")
                             .arg(path, name));
    if (entry.isDirectory())
        return {}; // read and checked by next(); Lethe writes none, and nothing is made for one
    const bool isSums = name == QLatin1String("SHA256SUMS");
    const bool isSig = name == QLatin1String("SHA256SUMS.minisig");
    const bool isManifest = name == QLatin1String("manifest.json");
    if (hashes.contains(name) || (isSums && haveSums) || (isSig && haveSig))
        return makeError(Error::Code::InvalidInput,
                         tr("%1: \"%2\" appears twice in the bundle; refused.").arg(path, name));
    std::unique_ptr<QFile> out;
    if (!extractTo.isEmpty()) {
        const QString target = QDir(extractTo).filePath(name);
        if (!QDir().mkpath(QFileInfo(target).absolutePath()))
            return makeError(Error::Code::Storage, tr("%1: cannot create %2.").arg(path, name));
        out = std::make_unique<QFile>(target);
        if (!out->open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return makeError(Error::Code::InvalidInput,
                             tr("%1: \"%2\" appears twice, or cannot be written; refused.").arg(path, name));
    }
    Sha256 hash;
    QByteArray keep; // SHA256SUMS, its signature and the manifest are kept whole, each under its own limit
    const qint64 keepLimit = isSums       ? sumsLimit
                             : isSig      ? kMaxSignatureBytes
                             : isManifest ? kMaxManifestBytes
                                          : -1;
    if (Status s = copyEntry(name, keepLimit, hash, out.get(), keep); !s)
        return s;
    totalPacked += zip->packedRead();
    if (isSums) {
        sums = keep;
        haveSums = true;
    } else if (isSig) {
        sig = keep;
        haveSig = true;
    } else {
        if (isManifest)
            v.manifest = keep;
        hashes.insert(name, hash.result().toHex());
    }
    return {};
}

// An entry's bytes, under the limits on its size, the whole's and the compression ratio.
Status BundleReading::copyEntry(const QString& name, qint64 keepLimit, Sha256& hash, QFile* out,
                                QByteArray& keep)
{
    qint64 size = 0;
    for (;;) {
        auto n = zip->read(buffer.get(), 1 << 16);
        if (!n)
            return n.error();
        if (*n == 0)
            break;
        if (stop.stop_requested())
            return makeError(Error::Code::Cancelled, tr("Reading %1 was stopped.").arg(path));
        size += *n;
        total += *n;
        if (size > limits.maxEntryBytes || total > limits.maxTotalBytes)
            return makeError(Error::Code::InvalidInput,
                             tr("%1: \"%2\" unpacks to more than the limit (%3 bytes); refused as a possible "
                                "zip bomb.")
                                 .arg(path, name)
                                 .arg(limits.maxEntryBytes));
        if (keepLimit >= 0 && size > keepLimit)
            return makeError(
                Error::Code::InvalidInput,
                tr("%1: \"%2\" is larger than Lethe ever writes it (more than %3 bytes); refused as "
                   "not a bundle Lethe wrote.")
                    .arg(path, name)
                    .arg(keepLimit));
        const qint64 packed = std::max<qint64>(zip->packedRead(), 1);
        // Past the floor an entry answers for its own ratio. Below it, the whole is checked instead once
        // the entries before this one unpack to more than the floor, against many entries each under it.
        // (An entry past the floor at under the ratio keeps the whole under it too.)
        const bool entryBomb = size > limits.ratioFloorBytes && size > limits.maxRatio * packed;
        const bool wholeBomb = size <= limits.ratioFloorBytes && total - size > limits.ratioFloorBytes &&
                               total > limits.maxRatio * (totalPacked + packed);
        if (entryBomb || wholeBomb)
            return makeError(
                Error::Code::InvalidInput,
                entryBomb ? tr("%1: \"%2\" unpacks to %3 times its compressed size (%4 bytes from %5 so far, "
                               "more than %6:1); refused as a possible zip bomb.")
                                .arg(path, name, QString::number(size / packed), QString::number(size),
                                     QString::number(packed), QString::number(limits.maxRatio))
                          : tr("%1: the bundle unpacks to %2 times its compressed size (%3 bytes from %4 so "
                               "far, more than %5:1, at \"%6\"); refused as a possible zip bomb.")
                                .arg(path, QString::number(total / (totalPacked + packed)),
                                     QString::number(total), QString::number(totalPacked + packed),
                                     QString::number(limits.maxRatio), name));
        hash.addData(QByteArrayView(buffer.get(), *n));
        if (out && out->write(buffer.get(), *n) != *n)
            return makeError(Error::Code::Storage, tr("%1: cannot write %2.").arg(path, name));
        if (keepLimit >= 0)
            keep.append(buffer.get(), *n);
    }
    return {};
}

// Every listed file present and unchanged, and nothing unlisted. At most kProblemsShown are named.
void BundleReading::compareSums()
{
    QStringList problems;
    int more = 0;
    const auto problem = [&](const QString& p) {
        if (problems.size() < kProblemsShown)
            problems << p;
        else
            ++more;
    };
    QSet<QString> listed;
    bool malformed = false;
    for (qsizetype at = 0; at < sums.size();) {
        qsizetype end = sums.indexOf('\n', at);
        if (end < 0)
            end = sums.size();
        const QByteArrayView line = QByteArrayView(sums).sliced(at, end - at);
        at = end + 1;
        if (line.isEmpty())
            continue;
        const int sep = line.indexOf("  ");
        if (sep != 64) {
            if (!malformed)
                problem(tr("SHA256SUMS has a malformed line."));
            malformed = true;
            continue;
        }
        const QString name = QString::fromUtf8(line.sliced(66));
        listed.insert(name);
        if (!hashes.contains(name))
            problem(tr("%1 is listed in SHA256SUMS but missing.").arg(name));
        else if (QByteArrayView(hashes.value(name)) != line.first(64))
            problem(tr("%1 was changed after the bundle was made.").arg(name));
    }
    for (auto it = hashes.cbegin(); it != hashes.cend(); ++it)
        if (!listed.contains(it.key()))
            problem(tr("%1 is not listed in SHA256SUMS (added afterwards).").arg(it.key()));
    problems.sort();
    if (more > 0)
        problems << tr("... and %n more.", nullptr, more);
    v.problems = problems;
    v.checksumsOk = v.problems.isEmpty();
}

void BundleReading::checkSignature()
{
    if (!sig.isEmpty()) {
        const auto keyId = Minisign::signatureKeyId(sig);
        v.signedBy = keyId ? Minisign::keyIdHex(*keyId) : QString();
        if (!keyId) {
            v.signature = Verdict::Signature::Invalid;
        } else if (trusted && *keyId == trusted->keyId) {
            auto checked = Minisign::verify(*trusted, sums, sig);
            if (checked) {
                v.signature = Verdict::Signature::Trusted;
                v.trustedComment = *checked;
            } else {
                v.signature = Verdict::Signature::Invalid;
            }
        } else {
            v.signature = Verdict::Signature::UnknownKey;
        }
    }
}

Result<BundleReader::Verdict> BundleReading::run()
{
    if (Status s = open(); !s)
        return s.error();
    if (Status s = readEntries(); !s)
        return s.error();
    // The central directory and the end records must repeat what was read, and nothing may follow them.
    if (auto layout = zip->finish(); !layout)
        return layout.error();
    if (!haveSums || sums.isEmpty())
        return makeError(Error::Code::InvalidInput,
                         tr("%1: no SHA256SUMS; this is not a Lethe bundle.").arg(path));
    compareSums();
    checkSignature();
    return v;
}

} // namespace

Result<BundleReader::Verdict> BundleReader::read(const QString& path, const MinisignKey* trusted,
                                                 const Limits& limits, const Decryption& decryption,
                                                 const QString& extractTo, std::stop_token stop)
{
    return BundleReading(path, trusted, limits, decryption, extractTo, stop).run();
}

} // namespace lethe
