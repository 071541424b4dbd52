#include "BundleReader.h"

#include "Minisign.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <archive.h>
#include <archive_entry.h>

#include <algorithm>
#include <memory>

namespace lethe {

namespace {

// libarchive reads an encrypted bundle through this: each block is plaintext the decryptor has authenticated.
struct AgeSource
{
    QFile file;
    std::unique_ptr<AgeDecryptor> decryptor;
    QByteArray block;
    std::optional<Error> error;

    static la_ssize_t read(archive* a, void* self, const void** buffer)
    {
        auto* s = static_cast<AgeSource*>(self);
        auto piece = s->decryptor->read(Age::kChunkSize);
        if (!piece) {
            s->error = piece.error();
            archive_set_error(a, EINVAL, "%s", "age decryption failed");
            return -1;
        }
        s->block = *piece;
        *buffer = s->block.constData();
        return la_ssize_t(s->block.size());
    }
};

} // namespace

QString BundleReader::Verdict::summary() const
{
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
                                                   const std::atomic<bool>* cancel)
{
    return read(path, trusted, limits, decryption, {}, cancel);
}

Result<BundleReader::Verdict> BundleReader::extract(const QString& path, const QString& folder,
                                                    const MinisignKey* trusted, const Limits& limits,
                                                    const Decryption& decryption,
                                                    const std::atomic<bool>* cancel)
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
    auto v = read(path, trusted, limits, decryption, staging.path(), cancel);
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

Result<BundleReader::Verdict> BundleReader::read(const QString& path, const MinisignKey* trusted,
                                                 const Limits& limits, const Decryption& decryption,
                                                 const QString& extractTo, const std::atomic<bool>* cancel)
{
    std::unique_ptr<AgeSource> age; // outlives the archive that reads from it
    if (Age::looksEncrypted(path)) {
        if (!decryption.isSet())
            return makeError(
                Error::Code::InvalidInput,
                tr("%1: this bundle is encrypted; give a passphrase or an identity file.").arg(path));
        age = std::make_unique<AgeSource>();
        age->file.setFileName(path);
        if (!age->file.open(QIODevice::ReadOnly))
            return makeError(Error::Code::NotFound,
                             tr("%1: cannot read (%2).").arg(path, age->file.errorString()));
        age->decryptor = std::make_unique<AgeDecryptor>(&age->file);
        if (Status s = age->decryptor->open(decryption); !s)
            return s.error();
    }
    std::unique_ptr<archive, decltype(&archive_read_free)> a(archive_read_new(), &archive_read_free);
    archive_read_support_format_zip(a.get());
    // A decryption failure is the reason, not what libarchive makes of the missing bytes.
    auto damaged = [&](const QString& message) {
        return age && age->error ? *age->error : makeError(Error::Code::InvalidInput, message);
    };
    const int opened =
        age ? archive_read_open(a.get(), age.get(), nullptr, &AgeSource::read, nullptr)
            : archive_read_open_filename(a.get(), QFile::encodeName(path).constData(), 1 << 16);
    if (opened != ARCHIVE_OK)
        return damaged(tr("%1: not a readable bundle (%2).")
                           .arg(path, QString::fromLocal8Bit(archive_error_string(a.get()))));
    Verdict v;
    QHash<QString, QByteArray> hashes;
    QByteArray sums, sig;
    qint64 total = 0;
    qint64 totalPacked = 0; // the compressed bytes of the entries read before this one
    archive_entry* e = nullptr;
    int r = ARCHIVE_OK;
    while ((r = archive_read_next_header(a.get(), &e)) == ARCHIVE_OK) {
        const QString name = QString::fromUtf8(archive_entry_pathname_utf8(e) ? archive_entry_pathname_utf8(e)
                                                                              : archive_entry_pathname(e));
        if (++v.files > limits.maxEntries)
            return makeError(Error::Code::InvalidInput,
                             tr("%1: more than %2 entries; refused.").arg(path).arg(limits.maxEntries));
        if (name.isEmpty() || name.startsWith(QLatin1Char('/')) || name.contains(QLatin1Char('\\')) ||
            name.split(QLatin1Char('/')).contains(QStringLiteral("..")) ||
            (name.size() > 1 && name[1] == QLatin1Char(':')))
            return makeError(Error::Code::InvalidInput,
                             tr("%1: the entry \"%2\" would be written outside the bundle's folder; refused.")
                                 .arg(path, name));
        if (archive_entry_filetype(e) != AE_IFREG) {
            if (archive_entry_filetype(e) == AE_IFDIR)
                continue;
            return makeError(
                Error::Code::InvalidInput,
                tr("%1: the entry \"%2\" is a link or a special file; refused.").arg(path, name));
        }
        if (hashes.contains(name) || (name == QLatin1String("SHA256SUMS") && !sums.isEmpty()) ||
            (name == QLatin1String("SHA256SUMS.minisig") && !sig.isEmpty()))
            return makeError(Error::Code::InvalidInput,
                             tr("%1: \"%2\" appears twice in the bundle; refused.").arg(path, name));
        std::unique_ptr<QFile> out;
        if (!extractTo.isEmpty()) {
            const QString file = QDir(extractTo).filePath(name);
            if (!QDir().mkpath(QFileInfo(file).absolutePath()))
                return makeError(Error::Code::Storage, tr("%1: cannot create %2.").arg(path, name));
            out = std::make_unique<QFile>(file);
            if (!out->open(QIODevice::WriteOnly | QIODevice::NewOnly))
                return makeError(
                    Error::Code::InvalidInput,
                    tr("%1: \"%2\" appears twice, or cannot be written; refused.").arg(path, name));
        }
        QCryptographicHash hash(QCryptographicHash::Sha256);
        QByteArray keep; // SHA256SUMS, its signature and the manifest are read whole (they are small)
        const bool small = name == QLatin1String("SHA256SUMS") ||
                           name == QLatin1String("SHA256SUMS.minisig") ||
                           name == QLatin1String("manifest.json");
        qint64 size = 0;
        // The compressed bytes this entry has taken so far: what libarchive consumed from the ZIP since its
        // header, so neither a header's size field nor a data descriptor has to be believed.
        const qint64 start = archive_filter_bytes(a.get(), -1);
        char buffer[1 << 16];
        la_ssize_t n = 0;
        while ((n = archive_read_data(a.get(), buffer, sizeof buffer)) > 0) {
            if (cancel && cancel->load())
                return makeError(Error::Code::Cancelled, tr("Reading %1 was stopped.").arg(path));
            size += n;
            total += n;
            if (size > limits.maxEntryBytes || total > limits.maxTotalBytes || (small && size > (64 << 20)))
                return makeError(
                    Error::Code::InvalidInput,
                    tr("%1: \"%2\" unpacks to more than the limit (%3 bytes); refused as a possible "
                       "zip bomb.")
                        .arg(path, name)
                        .arg(small ? (64 << 20) : limits.maxEntryBytes));
            const qint64 packed = std::max<qint64>(archive_filter_bytes(a.get(), -1) - start, 1);
            // Past the floor an entry answers for its own ratio. Below it, the whole is checked instead once
            // the entries before this one unpack to more than the floor, against many entries each under it.
            // (An entry past the floor at under the ratio keeps the whole under it too.)
            const bool entryBomb = size > limits.ratioFloorBytes && size > limits.maxRatio * packed;
            const bool wholeBomb = size <= limits.ratioFloorBytes && total - size > limits.ratioFloorBytes &&
                                   total > limits.maxRatio * (totalPacked + packed);
            if (entryBomb || wholeBomb)
                return makeError(
                    Error::Code::InvalidInput,
                    entryBomb
                        ? tr("%1: \"%2\" unpacks to %3 times its compressed size (%4 bytes from %5 so far, "
                             "more than %6:1); refused as a possible zip bomb.")
                              .arg(path, name, QString::number(size / packed), QString::number(size),
                                   QString::number(packed), QString::number(limits.maxRatio))
                        : tr("%1: the bundle unpacks to %2 times its compressed size (%3 bytes from %4 so "
                             "far, more than %5:1, at \"%6\"); refused as a possible zip bomb.")
                              .arg(path, QString::number(total / (totalPacked + packed)),
                                   QString::number(total), QString::number(totalPacked + packed),
                                   QString::number(limits.maxRatio), name));
            hash.addData(QByteArrayView(buffer, n));
            if (out && out->write(buffer, n) != n)
                return makeError(Error::Code::Storage, tr("%1: cannot write %2.").arg(path, name));
            if (small)
                keep.append(buffer, n);
        }
        totalPacked += std::max<qint64>(archive_filter_bytes(a.get(), -1) - start, 0);
        if (n < 0)
            return damaged(tr("%1: \"%2\" cannot be read: %3 (truncated or damaged).")
                               .arg(path, name, QString::fromLocal8Bit(archive_error_string(a.get()))));
        if (name == QLatin1String("SHA256SUMS"))
            sums = keep;
        else if (name == QLatin1String("SHA256SUMS.minisig"))
            sig = keep;
        else {
            if (name == QLatin1String("manifest.json"))
                v.manifest = keep;
            hashes.insert(name, hash.result().toHex());
        }
    }
    if (r != ARCHIVE_EOF)
        return damaged(tr("%1: the bundle is damaged: %2.")
                           .arg(path, QString::fromLocal8Bit(archive_error_string(a.get()))));
    // libarchive stops at the central directory; the rest of the file must decrypt and end properly too.
    while (age && !age->decryptor->atEnd()) {
        auto rest = age->decryptor->read(Age::kChunkSize);
        if (!rest)
            return rest.error();
        if (rest->isEmpty())
            break;
    }
    if (sums.isEmpty())
        return makeError(Error::Code::InvalidInput,
                         tr("%1: no SHA256SUMS; this is not a Lethe bundle.").arg(path));

    // Every listed file present and unchanged, and nothing unlisted.
    QSet<QString> listed;
    for (const QByteArray& line : sums.split('\n')) {
        if (line.isEmpty())
            continue;
        const int sep = line.indexOf("  ");
        if (sep != 64) {
            v.problems << tr("SHA256SUMS has a malformed line.");
            continue;
        }
        const QString name = QString::fromUtf8(line.mid(66));
        listed.insert(name);
        if (!hashes.contains(name))
            v.problems << tr("%1 is listed in SHA256SUMS but missing.").arg(name);
        else if (hashes.value(name) != line.left(64))
            v.problems << tr("%1 was changed after the bundle was made.").arg(name);
    }
    for (auto it = hashes.cbegin(); it != hashes.cend(); ++it)
        if (!listed.contains(it.key()))
            v.problems << tr("%1 is not listed in SHA256SUMS (added afterwards).").arg(it.key());
    v.problems.sort();
    v.checksumsOk = v.problems.isEmpty();

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
    return v;
}

} // namespace lethe
