#include "BundleViewer.h"
#include "I18n.h"
#include "KeychainCredentialStore.h"
#include "Log.h"
#include "MainWindow.h"
#include "PrivateFiles.h"
#include "SealedSpool.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QSettings>
#include <QTextStream>
#include <QTimer>
#include <QWindow>

#include <cstdio>

namespace {

// For bench/: prints "shown" the moment the window is first exposed on screen, then quits.
class ExposeProbe : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Expose && static_cast<QWindow*>(watched)->isExposed()) {
            std::fputs("shown\n", stdout);
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
            watched->removeEventFilter(this);
        }
        return false;
    }
};

} // namespace

int main(int argc, char** argv)
{
    lethe::privatefiles::restrictNewFiles(); // workspaces, exports and logs: owner only
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("lethe"));
    QApplication::setApplicationDisplayName(QStringLiteral("Lethe"));
    QApplication::setApplicationVersion(QStringLiteral(LETHE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.lethe.Lethe"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/org.lethe.Lethe.svg")));
    lethe::installTranslations(app);
    lethe::log::init();
    lethe::SealedSpool::removeStale(); // what a killed export left: unreadable, and removed

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main",
                                                             "Lethe: data-subject requests, with every "
                                                             "deadline in view."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("workspace"),
                      QApplication::translate("main", "Workspace name or folder to open."),
                      QApplication::translate("main", "name-or-path")});
    parser.addOption(
        {QStringLiteral("exit-when-shown"),
         QApplication::translate("main", "Quit as soon as the window is on screen (benchmarks).")});
    parser.addPositionalArgument(
        QStringLiteral("bundle"),
        QApplication::translate("main",
                                "An export bundle to review: opens the viewer alone, with no workspace."),
        QStringLiteral("[bundle]"));
    parser.process(app);

    lethe::KeychainCredentialStore keychain;
    if (parser.positionalArguments().size() == 1) {
        // `lethe FILE` (and the desktop file's MIME association): the offline viewer only.
        auto* viewer = new lethe::BundleViewer(&keychain);
        viewer->show();
        viewer->openFile(parser.positionalArguments().first());
        const int code = app.exec();
        lethe::log::shutdown();
        return code;
    }
    lethe::MainWindow window(&keychain);
    window.show();
    if (parser.isSet(QStringLiteral("exit-when-shown"))) {
        auto* probe = new ExposeProbe(&app);
        window.windowHandle()->installEventFilter(probe);
    }

    QString workspace = parser.value(QStringLiteral("workspace"));
    if (workspace.isEmpty())
        workspace = QSettings().value(QStringLiteral("workspace/last"), QStringLiteral("default")).toString();
    window.openWorkspace(workspace);

    lethe::log::info(QStringLiteral("Lethe %1 started").arg(QStringLiteral(LETHE_VERSION)));
    const int code = app.exec();
    lethe::log::shutdown();
    return code;
}
