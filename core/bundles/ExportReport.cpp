#include "ExportReport.h"

namespace lethe {

namespace {

QString html(const QString& s)
{
    return s.toHtmlEscaped();
}

} // namespace

ExportReport::ExportReport(const Request& request_, const QList<BundleExporter::SystemInput>& systems_,
                           const BundleExporter::Options& options_, const std::atomic<qint64>& othersLeftOut_,
                           const std::vector<std::unique_ptr<ExportSpool>>& spools_,
                           const QList<QString>& dataPaths_)
    : request(request_), systems(systems_), options(options_), othersLeftOut(othersLeftOut_), spools(spools_),
      dataPaths(dataPaths_), ccpa(request_.regulation == Regulation::Ccpa), contacts(options_.contacts),
      held(systems_.size())
{
    for (int i = 0; i < int(spools.size()); ++i) {
        if (spools[i]->rows == 0)
            continue;
        for (int si = 0; si < systems.size(); ++si)
            if (systems[si].map.key == spools[i]->system) {
                held[si] << i;
                break;
            }
    }
    notStated = tr("Not stated in the data map.");
}

QString ExportReport::page()
{
    intro();
    contents();
    summary();
    rightsAndContact();
    // System by system: the facts, then the data.
    for (int si = 0; si < systems.size(); ++si) {
        facts(si);
        for (int i : std::as_const(held[si]))
            table(i);
    }
    h += QStringLiteral("</body></html>\n");
    return h;
}

void ExportReport::intro()
{
    //: The language of the report (index.html) as a BCP 47 tag: de in the German translation.
    const QString language = tr("en");
    h += QStringLiteral(
             "<!DOCTYPE html>\n<html lang=\"%2\"><head><meta charset=\"utf-8\"><title>%1</title>\n"
             "<style>body{font-family:sans-serif;max-width:70em;margin:2em auto;padding:0 1em;color:#222}"
             "table{border-collapse:collapse;margin:.5em 0 1.5em;font-size:.9em}td,th{border:1px solid "
             "#ccc;"
             "padding:.2em .5em;text-align:left;vertical-align:top}th{background:#f2f2f2}h2{border-bottom:"
             "2px solid "
             "#ddd;padding-bottom:.2em}.note{color:#555}td.none{color:#888;font-style:italic}"
             "dt{font-weight:bold;margin-top:.4em}</style></head><body>\n")
             .arg(html(tr("Your data: %1").arg(request.humanId)), html(language));
    h += QStringLiteral("<h1>%1</h1>\n<p>%2</p>\n")
             .arg(html(ccpa ? tr("The personal information we hold about you")
                            : tr("The personal data we hold about you")),
                  html(tr("Request %1 (%2, %3), prepared for %4 on %5.")
                           .arg(request.humanId, Names::display(request.type),
                                Names::display(request.regulation), request.subjectName,
                                options.generated.toUTC().toString(Qt::ISODate))));
    h += QStringLiteral("<p>%1</p>\n")
             .arg(html(tr("From %1. This page says first what we hold, why, for how long and who receives "
                          "it, then your rights and how to reach us; your data follows, system by system.")
                           .arg(contacts.controllerName)));
    h += QStringLiteral("<p class=\"note\">%1</p>\n")
             .arg(html(
                 tr("Every table below is also in the data folder of this file as JSON and CSV, complete; "
                    "this page shows the first %1 rows of each.")
                     .arg(options.reportRowsPerTable)));
    if (othersLeftOut > 0)
        h += QStringLiteral("<p class=\"note\">%1</p>\n")
                 .arg(html(tr("%n row(s) held in your account about other people (for example contacts "
                              "or leads you keep, and messages sent to them) are not in this copy: they "
                              "are other people's personal data (GDPR Art. 15(4)).",
                              nullptr, int(othersLeftOut.load()))));
}

QStringList ExportReport::categoriesOf(const QList<int>& tables) const
{
    QList<QStringList> all;
    for (int i : tables)
        all += spools[i]->categories;
    return ccpa ? ReportText::describeCcpa(all) : ReportText::describe(all);
}

QStringList ExportReport::recipientsOf(const DataMap& map) const
{
    QStringList out;
    for (const Recipient& r : map.art15.recipients) {
        QString line = r.name;
        // The CCPA calls a processor a service provider.
        if (!r.role.isEmpty())
            line += QStringLiteral(" (%1)").arg(
                ccpa && r.role == QLatin1String("processor") ? tr("service provider") : r.role);
        if (!r.purpose.isEmpty())
            line = QStringLiteral("%1: %2").arg(line, r.purpose);
        out << line;
    }
    return out;
}

void ExportReport::list(const QString& title, const QStringList& items)
{
    if (items.isEmpty())
        return;
    h += QStringLiteral("<h3>%1</h3><ul>").arg(html(title));
    for (const QString& i : items)
        h += QStringLiteral("<li>%1</li>").arg(html(i));
    h += QStringLiteral("</ul>\n");
}

void ExportReport::item(const QString& term, const QStringList& values)
{
    h += QStringLiteral("<dt>%1</dt>").arg(html(term));
    for (const QString& v : values)
        h += QStringLiteral("<dd>%1</dd>").arg(html(v));
}

void ExportReport::contents()
{
    // Contents.
    h += QStringLiteral("<h2 id=\"contents\">%1</h2>\n<ol>").arg(html(tr("Contents")));
    h += QStringLiteral("<li><a href=\"#summary\">%1</a></li>").arg(html(tr("Summary")));
    h += QStringLiteral("<li><a href=\"#rights\">%1</a></li>").arg(html(tr("Your rights")));
    h += QStringLiteral("<li><a href=\"#contact\">%1</a></li>")
             .arg(html(tr("Who we are and how to reach us")));
    for (int si = 0; si < systems.size(); ++si) {
        h += QStringLiteral("<li><a href=\"#s%1\">%2</a>").arg(si).arg(html(systems[si].map.name));
        if (!held[si].isEmpty()) {
            h += QStringLiteral("<ol>");
            for (int i : std::as_const(held[si]))
                h += QStringLiteral("<li><a href=\"#t%1\">%2 › %3</a> (%4)</li>")
                         .arg(i)
                         .arg(html(spools[i]->source), html(spools[i]->table),
                              html(tr("%n row(s)", nullptr, int(spools[i]->rows))));
            h += QStringLiteral("</ol>");
        }
        h += QStringLiteral("</li>");
    }
    h += QStringLiteral("</ol>\n");
}

// Summary: what we hold, why, how long, who receives it.
void ExportReport::summary()
{
    h += QStringLiteral("<h2 id=\"summary\">%1</h2>\n").arg(html(tr("Summary")));
    for (int si = 0; si < systems.size(); ++si) {
        const DataMap& map = systems[si].map;
        qint64 rows = 0;
        for (int i : std::as_const(held[si]))
            rows += spools[i]->rows;
        h += QStringLiteral("<h3>%1</h3>\n<dl>").arg(html(map.name));
        QStringList what{rows == 0 ? tr("Nothing about you.")
                                   : tr("%n row(s) about you in %1.", nullptr, int(rows))
                                         .arg(tr("%n table(s)", nullptr, int(held[si].size())))};
        what += categoriesOf(held[si]);
        item(tr("What we hold"), what);
        item(ccpa ? tr("Why (business or commercial purposes)") : tr("Why"),
             map.art15.purposes.isEmpty() ? QStringList{notStated} : map.art15.purposes);
        item(tr("How long"), map.art15.retention.isEmpty() ? QStringList{notStated} : map.art15.retention);
        const QStringList recipients = recipientsOf(map);
        item(tr("Who receives it"),
             recipients.isEmpty() ? QStringList{tr("No one outside us.")} : recipients);
        h += QStringLiteral("</dl>\n");
    }
}

void ExportReport::rightsAndContact()
{
    // Your rights, and where to complain.
    h += QStringLiteral("<h2 id=\"rights\">%1</h2>\n").arg(html(tr("Your rights")));
    for (const QString& p : ReportText::rights(request.regulation))
        h += QStringLiteral("<p>%1</p>\n").arg(html(p));
    for (const QString& p : ReportText::complaint(request.regulation, contacts))
        h += QStringLiteral("<p>%1</p>\n").arg(html(p));

    // Who we are.
    h += QStringLiteral("<h2 id=\"contact\">%1</h2>\n<dl>").arg(html(tr("Who we are and how to reach us")));
    h += QStringLiteral("<dt>%1</dt><dd>%2</dd><dd>%3</dd>")
             .arg(html(ccpa ? tr("The business") : tr("The controller")), html(contacts.controllerName),
                  html(contacts.controllerContact));
    if (!contacts.dpoContact.isEmpty())
        h += QStringLiteral("<dt>%1</dt><dd>%2</dd>")
                 .arg(html(ccpa ? tr("Privacy contact") : tr("Data protection officer")),
                      html(contacts.dpoContact));
    h += QStringLiteral("</dl>\n");
}

void ExportReport::facts(int si)
{
    const DataMap& map = systems[si].map;
    h += QStringLiteral("<h2 id=\"s%1\">%2</h2>\n").arg(si).arg(html(map.name));
    if (!map.description.isEmpty())
        h += QStringLiteral("<p>%1</p>\n").arg(html(map.description));
    if (ccpa) {
        list(tr("Categories of personal information"), categoriesOf(held[si]));
        QStringList sources{tr("You, and your use of our services")};
        sources += map.art15.sources;
        list(tr("Categories of sources"), sources);
        list(tr("Business or commercial purposes"), map.art15.purposes);
        list(tr("Categories of third parties to whom we disclose it"), recipientsOf(map));
        list(tr("Sold or shared"), {map.art15.soldOrShared.isEmpty() ? notStated : map.art15.soldOrShared});
        list(tr("How long we keep it"), map.art15.retention);
    } else {
        list(tr("Categories of personal data"), categoriesOf(held[si]));
        list(tr("Why we process it"), map.art15.purposes);
        list(tr("Legal bases"), map.art15.legalBases);
        list(tr("Who receives it"), recipientsOf(map));
        list(tr("How long we keep it"), map.art15.retention);
        list(tr("Where it came from, if not from you"), map.art15.sources);
        QStringList transfers;
        for (const Transfer& t : map.art15.transfers)
            transfers << QStringLiteral("%1 (%2)").arg(t.to, t.safeguard);
        list(tr("Transfers outside your country"), transfers);
        list(tr("Automated decisions"),
             {map.art15.automatedDecisions.isEmpty() ? tr("None.") : map.art15.automatedDecisions});
    }
}

void ExportReport::table(int i)
{
    ExportSpool& s = *spools[i];
    h += QStringLiteral("<h3 id=\"t%1\">%2 › %3 (%4)</h3>\n")
             .arg(i)
             .arg(html(s.source), html(s.table), html(tr("%n row(s)", nullptr, int(s.rows))));
    const QStringList categories =
        ccpa ? ReportText::describeCcpa(s.categories) : ReportText::describe(s.categories);
    if (!categories.isEmpty())
        h += QStringLiteral("<p class=\"note\">%1</p>\n").arg(html(categories.join(QStringLiteral("; "))));
    h += QStringLiteral("<table><tr>");
    for (const QString& c : std::as_const(s.columns))
        h += QStringLiteral("<th>%1</th>").arg(html(c));
    h += QStringLiteral("</tr>\n");
    for (int r = 0; r < s.head.size(); ++r) {
        const QJsonArray& row = s.head[r];
        // Which data file and row this is, so a redaction can find the row again (one per line).
        h += BundleExporter::reportRowStart(dataPaths[i] + QStringLiteral(".json"), r);
        QStringList texts;
        for (int c = 0; c < row.size(); ++c)
            texts << BundleExporter::reportCellText(s.columns.value(c), row.at(c));
        h += BundleExporter::reportCells(texts) + QStringLiteral("</tr>\n");
    }
    h += QStringLiteral("</table>\n");
}

} // namespace lethe
