// libFuzzer target for BundleReader (issue 6, hostile input): the input bytes are a bundle file; verify and
// extract must return a result or an error, never crash (ASan, UBSan), hang or write outside the folder they
// were given. Run by tests/fuzz/run.sh (the ctest test fuzz_bundle_reader); to replay a crash:
// build/fuzz/fuzz_bundle_reader build/fuzz/crash-<sha1>.
#include "BundleReader.h"
#include "FuzzKey.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace lethe;

namespace {

[[noreturn]] void fail(const char* what, const QString& detail = {})
{
    std::fprintf(stderr, "fuzz_bundle_reader: %s %s\n", what, qPrintable(detail));
    std::abort();
}

struct Fixture
{
    QTemporaryDir root;
    MinisignKey key = fuzz::publicKey();
    QString input;
    // The target lies six folders deep, so an entry that climbs out with up to six ".." still lands inside
    // root, where the check after each run sees it.
    QString chain = QStringLiteral("a/b/c/d/p");
    QString parent;
    QString target;
    QSet<QString> allowed; // what may exist in root besides the extracted files

    Fixture()
    {
        if (!root.isValid() || key.publicKey.size() != 32)
            fail("cannot set up");
        input = root.filePath(QStringLiteral("input.zip"));
        parent = root.filePath(chain);
        target = parent + QStringLiteral("/out");
        QString path;
        for (const QString& part : chain.split(QLatin1Char('/'))) {
            path += (path.isEmpty() ? QString() : QStringLiteral("/")) + part;
            allowed.insert(path);
        }
        allowed.insert(QStringLiteral("input.zip"));
    }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static Fixture f;
    {
        QFile in(f.input);
        if (!in.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            in.write(reinterpret_cast<const char*>(data), qint64(size)) != qint64(size))
            fail("cannot write the input file");
    }
    const auto verified = BundleReader::verify(f.input, &f.key, fuzz::limits(), fuzz::decryption());
    if (verified)
        (void)verified->summary();
    else if (verified.error().message.isEmpty())
        fail("verify failed without a message");

    if (!QDir().mkpath(f.parent))
        fail("cannot make", f.parent);
    const auto extracted =
        BundleReader::extract(f.input, f.target, &f.key, fuzz::limits(), fuzz::decryption());
    if (extracted && !verified)
        fail("extract accepted what verify refused:", verified.error().message);
    if (!extracted && extracted.error().message.isEmpty())
        fail("extract failed without a message");

    // Nothing outside the target: everything in root is the fixed chain, the input, or (after a successful
    // extract) a plain file or folder inside the target. A refused bundle leaves nothing at all.
    const QString outPrefix = f.chain + QStringLiteral("/out");
    QDirIterator it(f.root.path(), QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString rel = QDir(f.root.path()).relativeFilePath(path);
        if (f.allowed.contains(rel))
            continue;
        const bool inside = rel == outPrefix || rel.startsWith(outPrefix + QLatin1Char('/'));
        if (!inside)
            fail("written outside the target folder:", rel);
        if (!extracted)
            fail("a refused bundle left files behind:", rel);
        const QFileInfo info(path);
        if (info.isSymLink() || !(info.isFile() || info.isDir()))
            fail("extracted something other than a plain file or folder:", rel);
    }
    if (!QDir(f.parent).removeRecursively())
        fail("cannot clean", f.parent);
    return 0;
}
