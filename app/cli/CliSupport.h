#pragma once

#include "Cli.h"
#include "Result.h"

#include <QCommandLineParser>
#include <QString>

#include <optional>

namespace lethe::cli {

// Helpers shared by the command files (one file per command group).

// An enum-valued option: unset gives nullopt; a value that is not one of `keys` an error naming the option.
template <typename E>
Result<std::optional<E>> enumOption(const QCommandLineParser& p, const QString& name,
                                    std::optional<E> (*parse)(const QString&), const QString& keys)
{
    if (!p.isSet(name))
        return std::optional<E>{};
    const std::optional<E> v = parse(p.value(name));
    if (!v) {
        return makeError(Error::Code::InvalidInput,
                         Cli::tr("--%1: \"%2\" is not one of %3.").arg(name, p.value(name), keys));
    }
    return v;
}

// A column of a text table: `s` cut or filled with spaces to `width`.
inline QString pad(const QString& s, int width)
{
    return s.leftJustified(width, QLatin1Char(' '), true);
}

} // namespace lethe::cli
