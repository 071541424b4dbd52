#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

namespace lethe {

// SHA-256 for the bundles' SHA256SUMS, written and checked: OpenSSL's libcrypto, which uses the processor's
// SHA extensions (or AVX2) where there are any, about four times as fast as QCryptographicHash's portable
// code; the bundle's files are hashed as they are written and as they are verified, so this is much of
// what both cost. The same digest as QCryptographicHash::Sha256 (tst_bundleexport compares them).
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    void reset();
    void addData(QByteArrayView data);
    QByteArray result(); // the 32 bytes; then reset() before adding again
    static QByteArray hash(QByteArrayView data);

private:
    struct Context;
    std::unique_ptr<Context> m_context;
};

} // namespace lethe
