#pragma once

#include <QString>

namespace lethe::log {

// The one logging module. Everything goes through the Redactor before it reaches the file.
// init() opens a rotating file (5 MB x 3) in `folder` (AppLocalDataLocation/logs by default) and routes
// Qt's own messages (qDebug, qWarning, ...) into it.
bool init(const QString& folder = {}, bool alsoToStderr = false);
void shutdown();
QString filePath();
void flush();

void debug(const QString& message);
void info(const QString& message);
void warn(const QString& message);
void error(const QString& message);

} // namespace lethe::log
