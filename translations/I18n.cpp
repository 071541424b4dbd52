#include "I18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace lethe {

void installTranslations(QCoreApplication& app)
{
    auto* qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    // The system language if we have it; otherwise English, whose file holds the plural forms.
    auto* ours = new QTranslator(&app);
    if (ours->load(QLocale(), QStringLiteral("lethe"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
        ours->load(QStringLiteral(":/i18n/lethe_en.qm")))
        QCoreApplication::installTranslator(ours);
}

} // namespace lethe
