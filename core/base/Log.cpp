#include "Log.h"

#include "PrivateFiles.h"

#include "Redactor.h"

#include <QDir>
#include <QStandardPaths>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

namespace lethe::log {

namespace {
std::shared_ptr<spdlog::logger> g_logger;
QString g_path;
QtMessageHandler g_previousHandler = nullptr;

void write(spdlog::level::level_enum level, const QString& message)
{
    if (!g_logger)
        return;
    g_logger->log(level, "{}", Redactor::redact(message).toStdString());
}

void qtHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    const QString text = context.category && qstrcmp(context.category, "default") != 0
                             ? QStringLiteral("[%1] %2").arg(QLatin1String(context.category), message)
                             : message;
    switch (type) {
    case QtDebugMsg:
        write(spdlog::level::debug, text);
        break;
    case QtInfoMsg:
        write(spdlog::level::info, text);
        break;
    case QtWarningMsg:
        write(spdlog::level::warn, text);
        break;
    case QtCriticalMsg:
        write(spdlog::level::err, text);
        break;
    case QtFatalMsg:
        write(spdlog::level::critical, text);
        flush();
        break;
    }
}
} // namespace

bool init(const QString& folder, bool alsoToStderr)
{
    const QString dir =
        folder.isEmpty()
            ? QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/logs")
            : folder;
    if (!QDir().mkpath(dir))
        return false;
    const int tightened = privatefiles::tighten(dir); // logs an earlier version left readable by others
    g_path = dir + QStringLiteral("/lethe.log");
    try {
        std::vector<spdlog::sink_ptr> sinks;
        sinks.push_back(
            std::make_shared<spdlog::sinks::rotating_file_sink_mt>(g_path.toStdString(), 5 * 1024 * 1024, 3));
        if (alsoToStderr) {
            auto err = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
            err->set_level(spdlog::level::warn);
            sinks.push_back(err);
        }
        g_logger = std::make_shared<spdlog::logger>("lethe", sinks.begin(), sinks.end());
        g_logger->set_pattern("%Y-%m-%dT%H:%M:%S.%e%z %l [%t] %v");
        g_logger->set_level(spdlog::level::debug);
        g_logger->flush_on(spdlog::level::warn);
    } catch (const spdlog::spdlog_ex&) {
        g_logger.reset();
        return false;
    }
    g_previousHandler = qInstallMessageHandler(qtHandler);
    if (tightened > 0)
        info(QStringLiteral("The log folder: %1 files and folders made readable by their owner only.")
                 .arg(tightened));
    return true;
}

void shutdown()
{
    if (!g_logger)
        return;
    qInstallMessageHandler(g_previousHandler);
    g_logger->flush();
    g_logger.reset();
}

QString filePath()
{
    return g_path;
}

void flush()
{
    if (g_logger)
        g_logger->flush();
}

void debug(const QString& m)
{
    write(spdlog::level::debug, m);
}
void info(const QString& m)
{
    write(spdlog::level::info, m);
}
void warn(const QString& m)
{
    write(spdlog::level::warn, m);
}
void error(const QString& m)
{
    write(spdlog::level::err, m);
}

} // namespace lethe::log
