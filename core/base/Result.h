#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace lethe {

// What went wrong, in words a person can act on. Core never throws across module borders
// and never shows a dialog: it returns an Error and the caller decides how to show it.
struct Error
{
    enum class Code
    {
        InvalidInput, // bad value from a person or a file: the message names the field and the value
        NotFound,     // a request, workspace or key that does not exist
        IllegalState, // e.g. a transition the state machine refuses
        Conflict,     // e.g. a second extension
        Storage,      // database or file system failure
        Unsupported,  // e.g. a workspace file newer than this program
        Tampered,     // audit chain broken
        Unavailable,  // keychain or server not reachable
        Cancelled,
        // The connection to the workspace's database is gone (the server closed it, or the file's share
        // vanished): a change sent may or may not have been saved (WorkspaceStore::fateOf), and reconnecting
        // may help (Reconnector). Never a refusal of the change itself.
        ConnectionLost,
    };
    Code code = Code::InvalidInput;
    QString message;
};

template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_v(std::move(value)) {}
    Result(Error error) : m_v(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_v); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return std::get<T>(m_v); }
    T& value() & { return std::get<T>(m_v); }
    // By value: `for (auto& x : f().value())` must not dangle.
    T value() && { return std::get<T>(std::move(m_v)); }
    const T& operator*() const& { return value(); }
    const T* operator->() const { return &value(); }
    const Error& error() const { return std::get<Error>(m_v); }

private:
    std::variant<T, Error> m_v;
};

// Result for operations that return nothing on success.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)) {}
    static Status success() { return {}; }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

inline Error makeError(Error::Code code, QString message)
{
    return Error{code, std::move(message)};
}

} // namespace lethe
