#pragma once

#include <QEventLoop>
#include <QTextStream>

#include <optional>
#include <utility>

namespace lethe::cli {

// The CLI's standard output and error, shared by every command file (one buffer each, so lines keep their
// order).
QTextStream& out();
QTextStream& err();

// While it lives, out() writes into `into` instead (lethe-cli batch --json catches each command's output).
class OutCapture
{
public:
    explicit OutCapture(QString* into);
    ~OutCapture();
    OutCapture(const OutCapture&) = delete;
    OutCapture& operator=(const OutCapture&) = delete;

private:
    QTextStream m_stream;
    QTextStream* m_previous;
};

// The CLI has no GUI, so it may wait for an asynchronous answer (the keychain) in a local event loop.
template <typename T, typename Start> T waitFor(Start start)
{
    std::optional<T> result;
    QEventLoop loop;
    start([&](T r) {
        result.emplace(std::move(r));
        loop.quit();
    });
    if (!result)
        loop.exec();
    return std::move(*result);
}

} // namespace lethe::cli
