// See core/guard/QtGui/qtguiglobal.h.
#error "core/ must not include Qt Widgets headers: move this code to ui/"
