// Writes the seed corpus for fuzz_bundle_reader into a folder: a valid bundle signed with the fuzz key (as
// BundleExporter lays it out), the same unsigned and stored without compression, and the hostile kinds the
// reader must refuse: an entry with "..", an absolute path, a symlink and a file through it, two zip bombs
// (an entry that inflates far past the fuzzer's size limits, and one within them that inflates at a bomb's
// ratio), a name twice, a truncated bundle, and the hostile-archive corpus of issue 15
// (tests/fuzz/HostileZip.h: a second central directory appended or behind an archive comment, plain and
// encrypted, an archive comment, the last 30 bytes or the end record cut, SHA256SUMS of junk lines). Checks
// that the valid seed verifies as trusted, so the fuzzer starts from inputs that reach the signature checks,
// and that each bomb is refused by its own check.
#include "BundleReader.h"
#include "FuzzKey.h"
#include "HostileZip.h"
#include "ZipWriter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

#include <archive.h>
#include <archive_entry.h>

#include <cstdio>
#include <memory>
#include <utility>

using namespace lethe;

namespace {

struct Item
{
    Item(QByteArray n, QByteArray b = {}, int t = AE_IFREG, QByteArray l = {})
        : name(std::move(n)), bytes(std::move(b)), type(t), link(std::move(l))
    {}
    QByteArray name;
    QByteArray bytes;
    int type = AE_IFREG;
    QByteArray link; // for AE_IFLNK
};

// A ZIP written directly with libarchive, so entries ZipWriter never makes (links, sizes up front, stored)
// can be made.
bool writeRaw(const QString& path, const QList<Item>& items, bool store)
{
    std::unique_ptr<archive, decltype(&archive_write_free)> a(archive_write_new(), &archive_write_free);
    archive_write_set_format_zip(a.get());
    archive_write_set_options(a.get(), store ? "zip:compression=store" : "zip:compression=deflate");
    if (archive_write_open_filename(a.get(), QFile::encodeName(path).constData()) != ARCHIVE_OK)
        return false;
    for (const Item& i : items) {
        std::unique_ptr<archive_entry, decltype(&archive_entry_free)> e(archive_entry_new(),
                                                                        &archive_entry_free);
        archive_entry_set_pathname(e.get(), i.name.constData());
        archive_entry_set_filetype(e.get(), i.type);
        archive_entry_set_perm(e.get(), i.type == AE_IFDIR ? 0755 : 0644);
        archive_entry_set_mtime(e.get(), 1767225600, 0);
        if (i.type == AE_IFLNK)
            archive_entry_set_symlink(e.get(), i.link.constData());
        archive_entry_set_size(e.get(), i.type == AE_IFREG ? i.bytes.size() : 0);
        if (archive_write_header(a.get(), e.get()) != ARCHIVE_OK)
            return false;
        if (!i.bytes.isEmpty() &&
            archive_write_data(a.get(), i.bytes.constData(), size_t(i.bytes.size())) < 0)
            return false;
    }
    return archive_write_close(a.get()) == ARCHIVE_OK;
}

QList<Item> bundleFiles(bool sign)
{
    QList<Item> items{
        {"index.html", "<!DOCTYPE html>\n<html lang=\"en\"><body><h1>Your data</h1></body></html>\n"},
        {"data/app/main/users.json",
         "{\"system\":\"app\",\"source\":\"main\",\"table\":\"users\",\"rows\":1,\"data\":[\n"
         "{\"id\":1,\"email\":\"a@example.com\"}\n]}\n"},
        {"data/app/main/users.csv", "id,email\r\n1,a@example.com\r\n"},
        {"manifest.json", "{\"lethe_bundle\":1,\"request\":\"R-2026-0001\",\"rows\":1}\n"},
    };
    QByteArray sums;
    for (const Item& i : items)
        sums += QCryptographicHash::hash(i.bytes, QCryptographicHash::Sha256).toHex() + "  " + i.name + "\n";
    items << Item{"SHA256SUMS", sums};
    if (sign) {
        auto sig = Minisign::sign(fuzz::key(), sums, QStringLiteral("timestamp:1767225600\tfile:SHA256SUMS"));
        if (!sig)
            return {};
        items << Item{"SHA256SUMS.minisig", *sig};
    }
    return items;
}

// The valid bundle as BundleExporter writes it: ZipWriter, deflate, data descriptors.
bool writeBundle(const QString& path, const QList<Item>& items)
{
    ZipWriter z;
    if (!z.open(path, QDateTime::fromSecsSinceEpoch(1767225600)))
        return false;
    for (const Item& i : items)
        if (!z.begin(QString::fromUtf8(i.name)) || !z.write(i.bytes) || !z.end())
            return false;
    return bool(z.close());
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: make_fuzz_seeds FOLDER\n");
        return 2;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    if (!QDir().mkpath(out.path()))
        return 1;
    const QList<Item> signedFiles = bundleFiles(true);
    const QList<Item> unsignedFiles = bundleFiles(false);
    // 2 MiB past the fuzzer's 1 MiB an entry, at a ratio under its limit, so the size check refuses it: a
    // byte and 200 zeros over and over (the byte repeats only beyond deflate's window), about 38 KiB, 55:1.
    QByteArray bomb;
    for (int i = 0; bomb.size() < (2 << 20); ++i)
        bomb += char((i * 37 + 11) % 255 + 1) + QByteArray(200, '\0');
    // 512 KiB of zeros, under the fuzzer's 1 MiB an entry but over its ratio floor: about 500 bytes, 1000:1.
    const QByteArray ratioBomb(512 << 10, '\0');
    bool ok = !signedFiles.isEmpty() &&
              writeBundle(out.filePath(QStringLiteral("valid-signed.zip")), signedFiles) &&
              writeRaw(out.filePath(QStringLiteral("valid-unsigned-stored.zip")), unsignedFiles, true) &&
              writeRaw(out.filePath(QStringLiteral("dotdot.zip")),
                       {{"index.html", "<p>hi</p>"}, {"../../../escaped.txt", "x"}}, false) &&
              writeRaw(out.filePath(QStringLiteral("dotdot-inside.zip")),
                       {{"data/x.csv", "x"}, {"data/../../../../escaped.txt", "x"}}, false) &&
              writeRaw(out.filePath(QStringLiteral("absolute.zip")), {{"/tmp/lethe-fuzz-absolute.txt", "x"}},
                       true) &&
              writeRaw(out.filePath(QStringLiteral("symlink.zip")),
                       {{"data", {}, AE_IFDIR},
                        {"data/link", {}, AE_IFLNK, "../../../../../.."},
                        {"data/link/escaped.txt", "x"}},
                       true) &&
              writeRaw(out.filePath(QStringLiteral("bomb.zip")), {{"data/zeros.csv", bomb}}, false) &&
              writeBundle(out.filePath(QStringLiteral("bomb-ratio.zip")),
                          {{"index.html", "<p>hi</p>"}, {"data/zeros.csv", ratioBomb}}) &&
              writeRaw(out.filePath(QStringLiteral("twice.zip")), {{"a.txt", "one"}, {"a.txt", "two"}}, true);
    if (!ok) {
        std::fprintf(stderr, "make_fuzz_seeds: cannot write the seeds into %s\n", argv[1]);
        return 1;
    }
    // A truncated bundle: the valid one cut in half.
    QFile valid(out.filePath(QStringLiteral("valid-signed.zip")));
    QFile cut(out.filePath(QStringLiteral("truncated.zip")));
    if (!valid.open(QIODevice::ReadOnly) || !cut.open(QIODevice::WriteOnly) ||
        cut.write(valid.read(valid.size() / 2)) <= 0)
        return 1;
    cut.close();

    // The valid bundle encrypted to the fuzzer's age identity.
    Age::Encryption to;
    to.recipients << fuzz::recipient();
    if (Status s =
            Age::encryptFile(valid.fileName(), out.filePath(QStringLiteral("valid-signed.zip.age")), to);
        !s) {
        std::fprintf(stderr, "make_fuzz_seeds: cannot encrypt the seed: %s\n", qPrintable(s.error().message));
        return 1;
    }
    // The hostile-archive corpus (docs/bundles.md), each refused.
    if ((!valid.isOpen() && !valid.open(QIODevice::ReadOnly)) || !valid.seek(0))
        return 1;
    const QByteArray validBytes = valid.readAll();
    valid.close();
    const QByteArray changed = "id,email\r\n1,attacker@example.net\r\n";
    QByteArray junk;
    for (int i = 0; junk.size() < (40 << 10); ++i)
        junk += "junk " + QByteArray::number(i) + "\n";
    QList<Item> junkFiles = signedFiles.mid(0, 4);
    junkFiles << Item{"SHA256SUMS", junk};
    const QList<std::pair<QString, QByteArray>> hostile{
        {QStringLiteral("second-directory-appended.zip"),
         hostile::secondDirectory(validBytes, "data/app/main/users.csv", changed)},
        {QStringLiteral("second-directory-behind-comment.zip"),
         hostile::secondDirectory(validBytes, "data/app/main/users.csv", changed, 20000)},
        {QStringLiteral("comment.zip"), hostile::withComment(validBytes, "hello")},
        {QStringLiteral("unicode-path.zip"),
         hostile::unicodePath(validBytes, "data/app/main/users.csv", "data/app/main/users.CSV")},
        {QStringLiteral("truncated-30.zip"), validBytes.left(validBytes.size() - 30)},
        {QStringLiteral("truncated-end-record.zip"), validBytes.left(validBytes.size() - 22)},
    };
    for (const auto& [name, bytes] : hostile) {
        QFile f(out.filePath(name));
        if (bytes.isEmpty() || !f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return 1;
    }
    if (!writeBundle(out.filePath(QStringLiteral("junk-sums.zip")), junkFiles) ||
        !Age::encryptFile(out.filePath(QStringLiteral("second-directory-appended.zip")),
                          out.filePath(QStringLiteral("second-directory-appended.zip.age")), to))
        return 1;
    for (const QString& name :
         {QStringLiteral("second-directory-appended.zip"),
          QStringLiteral("second-directory-behind-comment.zip"), QStringLiteral("comment.zip"),
          QStringLiteral("truncated-30.zip"), QStringLiteral("truncated-end-record.zip"),
          QStringLiteral("second-directory-appended.zip.age")}) {
        const MinisignKey k = fuzz::publicKey();
        if (auto v = BundleReader::verify(out.filePath(name), &k, fuzz::limits(), fuzz::decryption())) {
            std::fprintf(stderr, "make_fuzz_seeds: the hostile seed %s is not refused: %s\n",
                         qPrintable(name), qPrintable(v->summary()));
            return 1;
        }
    }
    // Each bomb refused under the fuzzer's limits, by the check it is there for.
    const QList<std::pair<QString, QString>> bombs{
        {QStringLiteral("bomb.zip"), QStringLiteral("unpacks to more than the limit")},
        {QStringLiteral("bomb-ratio.zip"), QStringLiteral("times its compressed size")},
    };
    for (const auto& [name, reason] : bombs) {
        auto refused = BundleReader::verify(out.filePath(name), nullptr, fuzz::limits());
        if (refused || !refused.error().message.contains(reason) ||
            !refused.error().message.contains(QLatin1String("zip bomb"))) {
            std::fprintf(stderr, "make_fuzz_seeds: %s is not refused as a zip bomb (%s): %s\n",
                         qPrintable(name), qPrintable(reason),
                         refused ? "accepted" : qPrintable(refused.error().message));
            return 1;
        }
    }
    const MinisignKey pub = fuzz::publicKey();
    if (auto e = BundleReader::verify(out.filePath(QStringLiteral("valid-signed.zip.age")), &pub, {},
                                      fuzz::decryption());
        !e || !e->ok()) {
        std::fprintf(stderr, "make_fuzz_seeds: the encrypted seed does not verify\n");
        return 1;
    }
    auto v = BundleReader::verify(valid.fileName(), &pub);
    if (!v || !v->ok()) {
        std::fprintf(stderr, "make_fuzz_seeds: the valid seed does not verify: %s\n",
                     qPrintable(v ? v->summary() : v.error().message));
        return 1;
    }
    std::printf("make_fuzz_seeds: %d seeds in %s\n", int(out.entryList(QDir::Files).size()), argv[1]);
    return 0;
}
