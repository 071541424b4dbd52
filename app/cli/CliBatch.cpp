// lethe-cli batch: many commands in one process, one a line of a file, so a script (or a test with
// thousands of operations) does not start a process for each.

#include "Cli.h"
#include "CliIo.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <optional>

namespace lethe {

using cli::err;
using cli::out;

int Cli::batch(const QStringList& args)
{
    QCommandLineParser p;
    if (!parse(p, args, {}, QStringLiteral("file"),
               tr("Commands, one a line, as on the command line without \"lethe-cli\" (quotes as in a "
                  "shell; lines starting with # are skipped); - reads standard input.")))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    if (p.positionalArguments().size() != 1)
        return usage(tr("batch needs one file of commands."));
    const QString path = p.positionalArguments().first();
    QFile file;
    const bool opened = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                   : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened)
        return fail(makeError(Error::Code::NotFound,
                              tr("Cannot read the commands in %1: %2").arg(path, file.errorString())));
    const bool json = m_json;
    // Each command's own --workspace, --json and --today are read again from its line.
    const QString program = QCoreApplication::arguments().value(0, QStringLiteral("lethe-cli"));

    // With --json each command's output is caught and printed as one line of JSON (JSON Lines):
    // {"line": N, "exit": CODE, "output": what the command printed with --json}.
    int failures = 0, lineNumber = 0;
    while (!file.atEnd()) {
        ++lineNumber;
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        QStringList words = QProcess::splitCommand(line);
        int code = Ok;
        QString caught;
        if (words.value(0) == QLatin1String("batch")) {
            m_json = false;
            code = usage(tr("Line %1: a batch cannot run another batch.").arg(lineNumber));
        } else {
            if (json && !words.contains(QStringLiteral("--json")))
                words << QStringLiteral("--json");
            // The batch's --workspace is every command's, unless a line names its own.
            if (p.isSet(QStringLiteral("workspace")) && !words.contains(QStringLiteral("--workspace")))
                words << QStringLiteral("--workspace") << p.value(QStringLiteral("workspace"));
            words.prepend(program);
            std::optional<cli::OutCapture> capture;
            if (json)
                capture.emplace(&caught);
            code = run(words);
        }
        if (code != Ok)
            ++failures;
        if (!json)
            continue;
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(caught.toUtf8(), &error);
        QJsonObject o{{QStringLiteral("line"), lineNumber}, {QStringLiteral("exit"), code}};
        if (error.error == QJsonParseError::NoError)
            o[QStringLiteral("output")] = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
        else
            o[QStringLiteral("output")] = caught;
        out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << Qt::endl;
    }
    m_json = json;
    if (failures > 0) {
        err() << tr("lethe-cli: %n command(s) of the batch failed.", nullptr, failures) << Qt::endl;
        return Incomplete;
    }
    return Ok;
}

} // namespace lethe
