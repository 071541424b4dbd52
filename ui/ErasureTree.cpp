#include "ErasureTree.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QStyle>

#include <algorithm>

namespace lethe {

namespace {

const QString kSystem = QStringLiteral("system");
const QString kSource = QStringLiteral("source");
const QString kTable = QStringLiteral("table");
const QString kNulling = QStringLiteral("nulling");
const QString kKept = QStringLiteral("kept");
const QString kProcessor = QStringLiteral("processor");
const QString kProcessorKeeps = QStringLiteral("processor-keeps");
const QString kProblem = QStringLiteral("problem");
const QString kManual = QStringLiteral("manual");
const QString kGroup = QStringLiteral("group");

// Kept rows of one table by reason, with the first and last date they become erasable.
struct KeptGroup
{
    QString why;
    QString reason;
    qint64 count = 0;
    QDate first;
    QDate last;
};

void addKept(QList<KeptGroup>& groups, const QString& why, const QString& reason, qint64 count, QDate until)
{
    KeptGroup* g = nullptr;
    for (KeptGroup& o : groups)
        if (o.why == why && o.reason == reason)
            g = &o;
    if (!g) {
        groups << KeptGroup{why, reason, 0, until, until};
        g = &groups.last();
    }
    g->count += count;
    if (until.isValid()) {
        g->first = g->first.isValid() ? std::min(g->first, until) : until;
        g->last = g->last.isValid() ? std::max(g->last, until) : until;
    }
}

QString keptDetail(const KeptGroup& g)
{
    QString text = g.reason;
    if (g.first.isValid() && g.first == g.last)
        text += QLatin1Char(' ') +
                ErasureTree::tr("(erasable from %1)").arg(QLocale().toString(g.first, QLocale::ShortFormat));
    else if (g.first.isValid())
        text += QLatin1Char(' ') + ErasureTree::tr("(erasable from %1 to %2, row by row)")
                                       .arg(QLocale().toString(g.first, QLocale::ShortFormat),
                                            QLocale().toString(g.last, QLocale::ShortFormat));
    return text;
}

QString strategyText(const ErasureFieldChange& c)
{
    switch (c.strategy) {
    case ErasureStrategy::Null:
        return ErasureTree::tr("%1 emptied").arg(c.field);
    case ErasureStrategy::Hmac:
        return ErasureTree::tr("%1 replaced by a keyed hash").arg(c.field);
    default:
        return ErasureTree::tr("%1 set to “%2”").arg(c.field, c.fixedValue);
    }
}

} // namespace

ErasureTree::ErasureTree(QWidget* parent) : QTreeWidget(parent)
{
    setColumnCount(ColumnCount);
    setHeaderLabels({tr("System / table"), tr("Erase"), tr("Update"), tr("Keep"), tr("Details")});
    headerItem()->setToolTip(DeleteColumn, tr("Rows deleted, or records erased at a processor"));
    headerItem()->setToolTip(UpdateColumn, tr("Rows whose personal fields are overwritten"));
    headerItem()->setToolTip(KeepColumn, tr("Rows and records left in place, with the reason"));
    for (int c : {DeleteColumn, UpdateColumn, KeepColumn})
        headerItem()->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
    header()->setStretchLastSection(true);
    header()->setSectionResizeMode(NameColumn, QHeaderView::Interactive);
    setUniformRowHeights(true);
    setAlternatingRowColors(false);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setWordWrap(false);
}

QString ErasureTree::whyText(KeptRows::Why why)
{
    return whyText(keptWhyKey(why));
}

QString ErasureTree::whyText(const QString& key)
{
    if (key == keptWhyKey(KeptRows::Why::Retention))
        return tr("Kept: retention rule");
    if (key == keptWhyKey(KeptRows::Why::Referenced))
        return tr("Kept: a kept row refers to it");
    if (key == keptWhyKey(KeptRows::Why::PhoneOnly))
        return tr("Left: phone match not confirmed");
    if (key == keptWhyKey(KeptRows::Why::NoStrategy))
        return tr("Kept: the map erases nothing here");
    return tr("Kept: %1").arg(key);
}

QTreeWidgetItem* ErasureTree::add(QTreeWidgetItem* parent, const QString& kind, const QString& name)
{
    auto* item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(this);
    item->setText(NameColumn, name);
    item->setData(NameColumn, KindRole, kind);
    for (int c : {DeleteColumn, UpdateColumn, KeepColumn})
        item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
    // Sources and processors sit side by side under a system: the icon tells a database from an API.
    const QStyle::StandardPixmap icon = kind == kSystem      ? QStyle::SP_ComputerIcon
                                        : kind == kSource    ? QStyle::SP_DriveHDIcon
                                        : kind == kProcessor ? QStyle::SP_DriveNetIcon
                                        : kind == kGroup     ? QStyle::SP_FileDialogDetailedView
                                        : kind == kProblem   ? QStyle::SP_MessageBoxWarning
                                                             : QStyle::SP_CustomBase;
    if (icon != QStyle::SP_CustomBase)
        item->setIcon(NameColumn, style()->standardIcon(icon));
    return item;
}

void ErasureTree::markQuiet(QTreeWidgetItem* item) const
{
    for (int c = 0; c < ColumnCount; ++c)
        item->setForeground(c, palette().brush(QPalette::Disabled, QPalette::Text));
}

void ErasureTree::markKept(QTreeWidgetItem* item) const
{
    // The palette's note colours (tooltips): visible in light and dark themes alike.
    for (int c = 0; c < ColumnCount; ++c) {
        item->setBackground(c, palette().brush(QPalette::ToolTipBase));
        item->setForeground(c, palette().brush(QPalette::ToolTipText));
    }
    item->setToolTip(DetailColumn, item->text(DetailColumn));
}

void ErasureTree::setCounts(QTreeWidgetItem* item, qint64 deleted, qint64 updated, qint64 kept) const
{
    const QLocale l;
    item->setText(DeleteColumn, deleted ? l.toString(deleted) : QString());
    item->setText(UpdateColumn, updated ? l.toString(updated) : QString());
    item->setText(KeepColumn, kept ? l.toString(kept) : QString());
}

QTreeWidgetItem* ErasureTree::find(const QString& kind, const QString& name) const
{
    for (QTreeWidgetItemIterator it(const_cast<ErasureTree*>(this)); *it; ++it)
        if ((*it)->data(NameColumn, KindRole).toString() == kind && (*it)->text(NameColumn) == name)
            return *it;
    return nullptr;
}

void ErasureTree::finish()
{
    expandAll();
    for (int c = 0; c < DetailColumn; ++c)
        resizeColumnToContents(c);
    setColumnWidth(NameColumn, std::max(columnWidth(NameColumn) + 12, 200));
}

void ErasureTree::showPlan(const ErasurePlan& plan)
{
    clear();
    for (const ErasureSystemPlan& s : plan.systems) {
        QTreeWidgetItem* system = add(nullptr, kSystem, s.name);
        system->setToolTip(NameColumn, s.key);
        QFont bold = system->font(NameColumn);
        bold.setBold(true);
        system->setFont(NameColumn, bold);
        qint64 sysDel = 0, sysUpd = 0, sysKeep = 0;
        for (const ErasureSourcePlan& src : s.sources) {
            QTreeWidgetItem* source = add(system, kSource, src.source);
            qint64 del = 0, upd = 0, keep = 0;
            for (const ErasureNulling& n : src.nullFirst) {
                QTreeWidgetItem* item = add(source, kNulling, n.table);
                item->setText(DetailColumn,
                              tr("First %1 emptied in %n row(s), to break a cycle of references", nullptr,
                                 int(n.keys.size()))
                                  .arg(n.column));
            }
            for (const ErasureTablePlan& t : src.tables) {
                if (t.found == 0)
                    continue;
                QTreeWidgetItem* table = add(source, kTable, t.table);
                const qint64 acted = t.keys.size();
                const qint64 d = t.action == ErasureTablePlan::Action::DeleteRows ? acted : 0;
                const qint64 u = t.action == ErasureTablePlan::Action::UpdateFields ? acted : 0;
                setCounts(table, d, u, t.keptCount());
                del += d;
                upd += u;
                keep += t.keptCount();
                QStringList detail;
                if (t.action == ErasureTablePlan::Action::UpdateFields) {
                    QStringList fields;
                    for (const ErasureFieldChange& c : t.changes)
                        fields << strategyText(c);
                    detail << fields.join(QStringLiteral(", "));
                } else if (t.action == ErasureTablePlan::Action::None && acted == 0 && t.kept.isEmpty()) {
                    detail << tr("nothing to erase");
                }
                if (t.phoneConfirmed > 0)
                    detail << tr("%n found from a phone number alone (confirmed)", nullptr,
                                 int(t.phoneConfirmed));
                if (t.related > 0)
                    detail << tr("%n related: the subject's rows point at them and nothing staying does",
                                 nullptr, int(t.related));
                table->setText(DetailColumn, detail.join(QStringLiteral("; ")));
                table->setToolTip(DetailColumn, table->text(DetailColumn));
                QList<KeptGroup> groups;
                for (const KeptRows& k : t.kept)
                    addKept(groups, keptWhyKey(k.why), k.reason, k.keys.size(), k.until);
                for (const KeptGroup& g : std::as_const(groups)) {
                    QTreeWidgetItem* kept = add(table, kKept, whyText(g.why));
                    setCounts(kept, 0, 0, g.count);
                    kept->setText(DetailColumn, keptDetail(g));
                    markKept(kept);
                }
            }
            setCounts(source, del, upd, keep);
            sysDel += del;
            sysUpd += upd;
            sysKeep += keep;
        }
        setCounts(system, sysDel, sysUpd, sysKeep);
        for (const ErasureProcessorPlan& p : s.processors) {
            QTreeWidgetItem* proc = add(system, kProcessor, p.processorName);
            proc->setToolTip(NameColumn, p.connection);
            setCounts(proc, p.targets(), 0, p.phoneOnlyLeft);
            proc->setText(DetailColumn, p.targets() > 0 ? p.steps.join(QStringLiteral(", "))
                                        : p.phoneOnlyLeft > 0
                                            ? tr("only records found from a phone number alone")
                                            : tr("nothing found at this processor"));
            proc->setToolTip(DetailColumn, proc->text(DetailColumn));
            if (p.targets() == 0 && p.phoneOnlyLeft == 0 && p.errors.isEmpty())
                markQuiet(proc);
            if (p.phoneOnlyLeft > 0) {
                QTreeWidgetItem* left = add(proc, kKept, whyText(KeptRows::Why::PhoneOnly));
                setCounts(left, 0, 0, p.phoneOnlyLeft);
                left->setText(DetailColumn, tr("records left alone until the match is confirmed"));
                markKept(left);
            }
            for (const QString& k : p.targets() > 0 ? p.keeps : QStringList()) {
                QTreeWidgetItem* keeps = add(proc, kProcessorKeeps, tr("The processor keeps"));
                keeps->setText(DetailColumn, k);
                markKept(keeps);
            }
            for (const QString& e : p.errors) {
                QTreeWidgetItem* error = add(proc, kProblem, tr("Lookup failed"));
                error->setText(DetailColumn, e);
                error->setToolTip(DetailColumn, e);
            }
        }
        if (!s.manualTasks.isEmpty()) {
            QTreeWidgetItem* group =
                add(system, kGroup, tr("Manual tasks (%1)").arg(QLocale().toString(s.manualTasks.size())));
            for (const Recipient& r : s.manualTasks) {
                QTreeWidgetItem* task = add(group, kManual, r.name);
                task->setText(DetailColumn, r.manual);
                task->setToolTip(DetailColumn, r.manual);
            }
        }
    }
    finish();
}

void ErasureTree::showReport(const QJsonObject& report, const QHash<QString, QString>& systemNames)
{
    clear();
    QHash<QString, QTreeWidgetItem*> systems, sources;
    QHash<QTreeWidgetItem*, std::array<qint64, 3>> totals;
    auto bump = [&](QTreeWidgetItem* item, qint64 d, qint64 u, qint64 k) {
        auto& t = totals[item];
        t[0] += d;
        t[1] += u;
        t[2] += k;
        setCounts(item, t[0], t[1], t[2]);
    };
    for (const QJsonValue& v : report.value(QStringLiteral("tables")).toArray()) {
        const QJsonObject t = v.toObject();
        const QString sys = t.value(QStringLiteral("system")).toString();
        const QString src = t.value(QStringLiteral("source")).toString();
        QTreeWidgetItem*& system = systems[sys];
        if (!system) {
            system = add(nullptr, kSystem, systemNames.value(sys, sys));
            system->setToolTip(NameColumn, sys);
            QFont bold = system->font(NameColumn);
            bold.setBold(true);
            system->setFont(NameColumn, bold);
        }
        QTreeWidgetItem*& source = sources[sys + QLatin1Char('/') + src];
        if (!source)
            source = add(system, kSource, src);
        const qint64 affected = t.value(QStringLiteral("affected")).toInteger();
        const bool deleted = t.value(QStringLiteral("action")).toString() ==
                             tableActionKey(ErasureTablePlan::Action::DeleteRows);
        QList<KeptGroup> groups;
        qint64 kept = 0;
        for (const QJsonValue& k : t.value(QStringLiteral("kept")).toArray()) {
            const QJsonObject ko = k.toObject();
            const qint64 n = ko.value(QStringLiteral("count")).toInteger();
            kept += n;
            addKept(groups, ko.value(QStringLiteral("why")).toString(),
                    ko.value(QStringLiteral("reason")).toString(), n,
                    QDate::fromString(ko.value(QStringLiteral("until")).toString(), Qt::ISODate));
        }
        const qint64 unexpected = t.value(QStringLiteral("unexpected")).toInteger();
        if (affected == 0 && kept == 0 && unexpected == 0 &&
            t.value(QStringLiteral("planned")).toInteger() == 0)
            continue;
        QTreeWidgetItem* table = add(source, kTable, t.value(QStringLiteral("table")).toString());
        setCounts(table, deleted ? affected : 0, deleted ? 0 : affected, kept);
        bump(source, deleted ? affected : 0, deleted ? 0 : affected, kept);
        bump(system, deleted ? affected : 0, deleted ? 0 : affected, kept);
        // What the check after the run found wrong in this table, in words.
        QStringList wrong;
        const qint64 planned = t.value(QStringLiteral("planned")).toInteger();
        if (t.contains(QStringLiteral("still_present")) && planned != affected)
            wrong << tr("%1 planned, %2 affected").arg(planned).arg(affected);
        if (const qint64 n = t.value(QStringLiteral("still_present")).toInteger(); n > 0)
            wrong << tr("%n planned row(s) still there", nullptr, int(n));
        if (const qint64 n = t.value(QStringLiteral("not_erased")).toInteger(); n > 0)
            wrong << tr("%n row(s) without the erased values", nullptr, int(n));
        if (const qint64 n = t.value(QStringLiteral("identity_left")).toInteger(); n > 0)
            wrong << tr("%n row(s) still holding the email or phone", nullptr, int(n));
        if (unexpected > 0)
            wrong << tr("%n row(s) still there that the plan did not keep", nullptr, int(unexpected));
        if (!wrong.isEmpty()) {
            table->setText(DetailColumn, wrong.join(QStringLiteral("; ")));
            QFont bold = table->font(DetailColumn);
            bold.setBold(true);
            table->setFont(DetailColumn, bold);
        }
        for (const KeptGroup& g : std::as_const(groups)) {
            QTreeWidgetItem* item = add(table, kKept, whyText(g.why));
            setCounts(item, 0, 0, g.count);
            item->setText(DetailColumn, keptDetail(g));
            markKept(item);
        }
    }
    const QJsonArray processors = report.value(QStringLiteral("processors")).toArray();
    if (!processors.isEmpty()) {
        QTreeWidgetItem* group = add(nullptr, kGroup, tr("Processors"));
        for (const QJsonValue& v : processors) {
            const QJsonObject p = v.toObject();
            QTreeWidgetItem* proc = add(group, kProcessor, p.value(QStringLiteral("processor")).toString());
            proc->setToolTip(NameColumn, p.value(QStringLiteral("connection")).toString());
            qint64 done = 0, failed = 0;
            QStringList problems;
            for (const QJsonValue& o : p.value(QStringLiteral("outcomes")).toArray()) {
                const QString state = o[QStringLiteral("state")].toString();
                if (state == QLatin1String("failed") || state == QLatin1String("job-failed")) {
                    ++failed;
                    problems << QStringLiteral("%1 %2: %3")
                                    .arg(o[QStringLiteral("step")].toString(),
                                         o[QStringLiteral("target")].toString(),
                                         o[QStringLiteral("message")].toString());
                } else {
                    ++done;
                }
            }
            for (const QJsonValue& e : p.value(QStringLiteral("errors")).toArray()) {
                ++failed;
                problems << e.toString();
            }
            setCounts(proc, done, 0, 0);
            const QString connection = p.value(QStringLiteral("connection")).toString();
            proc->setText(DetailColumn, failed ? tr("%1: %n failed", nullptr, int(failed)).arg(connection)
                                        : done ? tr("%1: done").arg(connection)
                                               : tr("%1: nothing to erase").arg(connection));
            if (!failed && !done)
                markQuiet(proc);
            for (const QString& problem : std::as_const(problems)) {
                QTreeWidgetItem* item = add(proc, kProblem, tr("Failed"));
                item->setText(DetailColumn, problem);
                item->setToolTip(DetailColumn, problem);
            }
            for (const QJsonValue& k :
                 done || failed ? p.value(QStringLiteral("keeps")).toArray() : QJsonArray()) {
                QTreeWidgetItem* keeps = add(proc, kProcessorKeeps, tr("The processor keeps"));
                keeps->setText(DetailColumn, k.toString());
                markKept(keeps);
            }
        }
    }
    const QJsonArray manual = report.value(QStringLiteral("manual_tasks")).toArray();
    if (!manual.isEmpty()) {
        QTreeWidgetItem* group =
            add(nullptr, kGroup, tr("Manual tasks (%1)").arg(QLocale().toString(manual.size())));
        for (const QJsonValue& v : manual) {
            QTreeWidgetItem* task = add(group, kManual, v[QStringLiteral("processor")].toString());
            task->setText(DetailColumn,
                          tr("%1: a person erases what this processor holds (see the request's manual tasks)")
                              .arg(v[QStringLiteral("system")].toString()));
        }
    }
    finish();
}

} // namespace lethe
