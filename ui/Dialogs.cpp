#include "Dialogs.h"

#include <QFileDialog>
#include <QLabel>

namespace lethe::dialogs {

QMessageBox* warning(QWidget* parent, const QString& objectName, const QString& title, const QString& text)
{
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box->setObjectName(objectName);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    return box;
}

QMessageBox* question(QWidget* parent, const QString& objectName, QMessageBox::Icon icon,
                      const QString& title, const QString& text, QMessageBox::StandardButtons buttons,
                      QMessageBox::StandardButton defaultButton,
                      std::function<void(QMessageBox::StandardButton)> answered)
{
    auto* box = new QMessageBox(icon, title, text, buttons, parent);
    box->setObjectName(objectName);
    box->setDefaultButton(defaultButton);
    box->setAttribute(Qt::WA_DeleteOnClose);
    // The button clicked (Escape clicks the escape button), not the dialog's result code: the same answer
    // whichever way the box was closed.
    QObject::connect(box, &QMessageBox::finished, parent, [box, answered = std::move(answered)] {
        answered(box->clickedButton() ? box->standardButton(box->clickedButton()) : QMessageBox::NoButton);
    });
    box->open();
    return box;
}

namespace {

QFileDialog* fileDialog(QWidget* parent, const QString& objectName, const QString& title,
                        const QString& suggested, const QString& filter, QFileDialog::AcceptMode mode,
                        std::function<void(const QString&)> chosen)
{
    auto* dialog = new QFileDialog(parent, title, suggested, filter);
    dialog->setObjectName(objectName);
    dialog->setAcceptMode(mode);
    dialog->setFileMode(mode == QFileDialog::AcceptOpen ? QFileDialog::ExistingFile : QFileDialog::AnyFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QFileDialog::fileSelected, parent,
                     [chosen = std::move(chosen)](const QString& file) {
                         if (!file.isEmpty())
                             chosen(file);
                     });
    dialog->open();
    return dialog;
}

} // namespace

QFileDialog* openFile(QWidget* parent, const QString& objectName, const QString& title, const QString& filter,
                      std::function<void(const QString&)> chosen, const QString& suggested)
{
    return fileDialog(parent, objectName, title, suggested, filter, QFileDialog::AcceptOpen,
                      std::move(chosen));
}

QFileDialog* saveFile(QWidget* parent, const QString& objectName, const QString& title,
                      const QString& suggested, const QString& filter,
                      std::function<void(const QString&)> chosen)
{
    return fileDialog(parent, objectName, title, suggested, filter, QFileDialog::AcceptSave,
                      std::move(chosen));
}

QLabel* wrapping(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    return label;
}

} // namespace lethe::dialogs
