#pragma once

#include <QMessageBox>

#include <functional>

class QFileDialog;
class QLabel;
class QWidget;

namespace lethe::dialogs {

// The GUI's small dialogs, never blocking (docs/ARCHITECTURE.md: no nested event loops). Each is a child of
// `parent` carrying `objectName`, is window-modal, is opened with open() and deletes itself when closed; the
// answer comes to a callback. Tests find one by its name among the parent's children (findChild) and answer
// it as a person would: a message box's button clicked, a file dialog's selectFile() and accept().

// A message box with an OK button and nothing to answer.
QMessageBox* warning(QWidget* parent, const QString& objectName, const QString& title, const QString& text);

// A question: `answered` gets the button chosen (NoButton when the box was closed otherwise). It is not
// called if `parent` is gone by then.
QMessageBox* question(QWidget* parent, const QString& objectName, QMessageBox::Icon icon,
                      const QString& title, const QString& text, QMessageBox::StandardButtons buttons,
                      QMessageBox::StandardButton defaultButton,
                      std::function<void(QMessageBox::StandardButton)> answered);

// Choosing an existing file to open, or a file to save (`suggested`: the folder or file it starts with).
// `chosen` is called only when a file was chosen.
QFileDialog* openFile(QWidget* parent, const QString& objectName, const QString& title, const QString& filter,
                      std::function<void(const QString&)> chosen, const QString& suggested = {});
QFileDialog* saveFile(QWidget* parent, const QString& objectName, const QString& title,
                      const QString& suggested, const QString& filter,
                      std::function<void(const QString&)> chosen);

// A label that wraps its text, named for tests.
QLabel* wrapping(const QString& objectName, QWidget* parent);

} // namespace lethe::dialogs
