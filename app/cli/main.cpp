#include "Cli.h"
#include "I18n.h"
#include "KeychainCredentialStore.h"
#include "Log.h"
#include "PrivateFiles.h"
#include "SealedSpool.h"

#include <QCoreApplication>

int main(int argc, char** argv)
{
    lethe::privatefiles::restrictNewFiles(); // workspaces, exports and logs: owner only
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lethe"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LETHE_VERSION));
    lethe::installTranslations(app);
    lethe::log::init();
    lethe::SealedSpool::removeStale(); // what a killed export left: unreadable, and removed
    lethe::KeychainCredentialStore keychain;
    lethe::Cli cli(&keychain);
    const int code = cli.run(QCoreApplication::arguments());
    lethe::log::shutdown();
    return code;
}
