// WorkspaceStore: a request's manual tasks.

#include "WorkspaceStore.h"

#include "StoreSql.h"

namespace lethe {

namespace {

using storesql::isoTime;
using storesql::run;
using storesql::sqlError;

} // namespace

Result<QList<ManualTask>> WorkspaceStore::tasks(const QString& humanIdIn) const
{
    const QString humanId = humanIdIn.trimmed().toUpper();
    auto current = load(humanId);
    if (!current)
        return current.error();
    QSqlQuery q(m_conn.db());
    if (!run(q,
             QStringLiteral(
                 "SELECT id, system_key, processor, instructions, created_at, done_at, done_by, note, "
                 "evidence_name, evidence_sha256 FROM manual_tasks WHERE request_id = ? ORDER BY id"),
             {current->id}))
        return sqlError(q, tr("Reading the manual tasks of %1").arg(humanId));
    QList<ManualTask> out;
    while (q.next()) {
        ManualTask t;
        t.id = q.value(0).toLongLong();
        t.system = q.value(1).toString();
        t.processor = q.value(2).toString();
        t.instructions = q.value(3).toString();
        t.created = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
        if (!q.value(5).isNull())
            t.done = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
        t.doneBy = q.value(6).toString();
        t.note = q.value(7).toString();
        t.evidenceName = q.value(8).toString();
        t.evidenceSha256 = q.value(9).toString();
        out << t;
    }
    return out;
}

Result<int> WorkspaceStore::addTasks(const QString& humanIdIn, const QList<TaskSpec>& specs)
{
    const QString humanId = humanIdIn.trimmed().toUpper();
    auto existing = tasks(humanId);
    if (!existing)
        return existing.error();
    auto current = load(humanId);
    if (!current)
        return current.error();
    return inTransaction<int>([&](QSqlDatabase db) -> Result<int> {
        QSqlQuery q(db);
        int added = 0;
        QList<std::pair<QString, QString>> known;
        for (const ManualTask& t : *existing)
            known << std::pair{t.system, t.processor};
        for (const TaskSpec& spec : specs) {
            if (spec.processor.trimmed().isEmpty() || spec.instructions.trimmed().isEmpty())
                return makeError(Error::Code::InvalidInput,
                                 tr("manual task: a task needs a processor and instructions (system %1).")
                                     .arg(spec.system));
            if (known.contains(std::pair{spec.system, spec.processor}))
                continue;
            known << std::pair{spec.system, spec.processor};
            if (!run(q,
                     QStringLiteral(
                         "INSERT INTO manual_tasks (request_id, system_key, processor, instructions, "
                         "created_at) VALUES (?, ?, ?, ?, ?) RETURNING id"),
                     {current->id, spec.system, spec.processor, spec.instructions, isoTime(now())}) ||
                !q.next())
                return sqlError(q, tr("Saving a manual task"));
            const QJsonObject details{{QStringLiteral("task"), q.value(0).toLongLong()},
                                      {QStringLiteral("system"), spec.system},
                                      {QStringLiteral("processor"), spec.processor}};
            if (auto e = audit().append(m_actor, QStringLiteral("task.create"), humanId, details, now()); !e)
                return e.error();
            ++added;
        }
        return added;
    });
}

Result<ManualTask> WorkspaceStore::completeTask(const QString& humanIdIn, qint64 taskId,
                                                const QString& noteIn, const QString& evidenceName,
                                                const QString& evidenceSha256)
{
    const QString humanId = humanIdIn.trimmed().toUpper();
    const QString note = noteIn.trimmed();
    if (note.isEmpty() && evidenceName.isEmpty())
        return makeError(Error::Code::InvalidInput,
                         tr("task %1: completing it needs a note or an evidence file.").arg(taskId));
    if (note.size() > 20000)
        return makeError(Error::Code::InvalidInput,
                         tr("task %1: the note is longer than 20,000 characters.").arg(taskId));
    auto all = tasks(humanId);
    if (!all)
        return all.error();
    const ManualTask* task = nullptr;
    for (const ManualTask& t : *all)
        if (t.id == taskId)
            task = &t;
    if (!task)
        return makeError(Error::Code::NotFound,
                         tr("task %1: request %2 has no such task.").arg(taskId).arg(humanId));
    if (task->isDone())
        return makeError(Error::Code::Conflict,
                         tr("task %1: already completed by %2 on %3.")
                             .arg(taskId)
                             .arg(task->doneBy, task->done.toLocalTime().toString(Qt::ISODate)));
    auto r = inTransaction<int>([&](QSqlDatabase db) -> Result<int> {
        QSqlQuery q(db);
        if (!run(q,
                 QStringLiteral(
                     "UPDATE manual_tasks SET done_at = ?, done_by = ?, note = ?, evidence_name = ?, "
                     "evidence_sha256 = ? WHERE id = ? AND done_at IS NULL"),
                 {isoTime(now()), m_actor, note, evidenceName, evidenceSha256, taskId}))
            return sqlError(q, tr("Completing task %1").arg(taskId));
        QJsonObject details{{QStringLiteral("task"), taskId},
                            {QStringLiteral("system"), task->system},
                            {QStringLiteral("processor"), task->processor},
                            {QStringLiteral("note_length"), int(note.size())}};
        if (!evidenceSha256.isEmpty())
            details.insert(QStringLiteral("evidence_sha256"), evidenceSha256);
        if (auto e = audit().append(m_actor, QStringLiteral("task.complete"), humanId, details, now()); !e)
            return e.error();
        return 1;
    });
    if (!r)
        return r.error();
    auto after = tasks(humanId);
    if (!after)
        return after.error();
    for (const ManualTask& t : *after)
        if (t.id == taskId)
            return t;
    return makeError(Error::Code::Storage, tr("task %1 vanished while it was completed.").arg(taskId));
}

} // namespace lethe
