// Compiled with core's include rules by the core_rejects_widgets test, which expects the build to fail.
#include <QtWidgets/QWidget>

int lethe_guard_probe()
{
    return sizeof(QWidget);
}
