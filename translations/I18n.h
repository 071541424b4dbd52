#pragma once

class QCoreApplication;

namespace lethe {
// Installs the translation for the system language (Qt's own and Lethe's) if one is built in.
void installTranslations(QCoreApplication& app);
} // namespace lethe
