#include "Sha256.h"

#include <openssl/evp.h>

#include <cstdlib>

namespace lethe {

namespace {
// Fetched once: EVP_sha256() would look the implementation up again on every reset().
const EVP_MD* sha256()
{
    static EVP_MD* md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    return md;
}
} // namespace

struct Sha256::Context
{
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    ~Context() { EVP_MD_CTX_free(ctx); }
};

Sha256::Sha256() : m_context(std::make_unique<Context>())
{
    reset();
}

Sha256::~Sha256() = default;

void Sha256::reset()
{
    // Only an allocation failure makes these fail; a digest that is silently wrong would be worse than none.
    if (!m_context->ctx || !sha256() || EVP_DigestInit_ex(m_context->ctx, sha256(), nullptr) != 1)
        std::abort();
}

void Sha256::addData(QByteArrayView data)
{
    if (!data.isEmpty() && EVP_DigestUpdate(m_context->ctx, data.data(), size_t(data.size())) != 1)
        std::abort();
}

QByteArray Sha256::result()
{
    QByteArray out(32, Qt::Uninitialized);
    unsigned int size = 0;
    if (EVP_DigestFinal_ex(m_context->ctx, reinterpret_cast<unsigned char*>(out.data()), &size) != 1 ||
        size != 32)
        std::abort();
    return out;
}

QByteArray Sha256::hash(QByteArrayView data)
{
    Sha256 h;
    h.addData(data);
    return h.result();
}

} // namespace lethe
