// This header shadows Qt's own for the core library only (see core/CMakeLists.txt).
// Every Qt Gui and Qt Widgets header includes <QtGui/qtguiglobal.h>, so any of them
// included from core/ stops the build here. core/ must stay free of Gui and Widgets.
#error "core/ must not include Qt Gui or Qt Widgets headers: move this code to ui/"
