#include "report/EligibilitySummary.h"

#include "domain/PartialDate.h"
#include "eligibility/HouseholdScales.h"
#include "report/PrintedDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QPagedPaintDevice>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <array>

namespace ccas {

namespace {

const QString LogoResource = QStringLiteral("ccas-summary-logo");
constexpr double BasePointSize = 9.0;
// When the summary would take more than two pages, the base font shrinks step by step (not below 7 pt).
constexpr std::array<double, 4> Scales = {1.0, 0.9, 0.82, 0.76};
constexpr double FooterPointSize = 7;

QString esc(const QString& s)
{
    return PrintedDocument::esc(s);
}

QString escLines(const QString& s)
{
    return PrintedDocument::escLines(s);
}

QString dateText(const QDate& d)
{
    return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

QString dateTimeText(const QDateTime& dt)
{
    return dt.isValid() ? dt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")) : QString();
}

// "10/2026" for a month, "2025" for an income year, "" when unknown.
QString monthYear(int year, int month)
{
    return PartialDate{year, month, 0}.toDisplayString();
}

QString roleLabel(PersonRole role)
{
    switch (role) {
    case PersonRole::Demandeur:
        return EligibilitySummary::tr("applicant");
    case PersonRole::Conjoint:
        return EligibilitySummary::tr("spouse or partner");
    case PersonRole::Enfant:
        return EligibilitySummary::tr("child");
    case PersonRole::Autre:
        return EligibilitySummary::tr("other person");
    }
    return {};
}

QString benefitLabel(Benefit b)
{
    switch (b) {
    case Benefit::RSA:
        return EligibilitySummary::tr("RSA");
    case Benefit::C2S:
        return EligibilitySummary::tr("C2S (complementary health cover)");
    case Benefit::AAH:
        return EligibilitySummary::tr("AAH (disabled adult allowance)");
    case Benefit::ASF:
        return EligibilitySummary::tr("ASF (family support allowance)");
    case Benefit::PrimeActivite:
        return EligibilitySummary::tr("Prime d'activité");
    }
    return {};
}

QString natureLabel(const QString& nature)
{
    if (nature == QLatin1String("alimentaire"))
        return EligibilitySummary::tr("food");
    if (nature == QLatin1String("energie"))
        return EligibilitySummary::tr("energy");
    if (nature == QLatin1String("logement"))
        return EligibilitySummary::tr("housing");
    if (nature == QLatin1String("transport"))
        return EligibilitySummary::tr("transport");
    if (nature == QLatin1String("sante"))
        return EligibilitySummary::tr("health");
    if (nature == QLatin1String("autre"))
        return EligibilitySummary::tr("other need");
    return nature;
}

QString verdictLabel(Verdict v)
{
    switch (v) {
    case Verdict::Eligible:
        return EligibilitySummary::tr("Eligible");
    case Verdict::NotEligible:
        return EligibilitySummary::tr("Not eligible");
    case Verdict::Incomplete:
        return EligibilitySummary::tr("Incomplete");
    }
    return {};
}

QString stateSymbol(ExplanationLine::State s)
{
    switch (s) {
    case ExplanationLine::State::Met:
        return QStringLiteral("\u2714"); // ✔
    case ExplanationLine::State::NotMet:
        return QStringLiteral("\u2718"); // ✘
    case ExplanationLine::State::Missing:
        return QStringLiteral("?");
    case ExplanationLine::State::Info:
        return QStringLiteral("\u2022"); // •
    }
    return {};
}

// Short origin of a typed line: "API (CNAF)", "declared", "paper proof".
QString originText(const FigureSource& s)
{
    switch (s.kind) {
    case FigureSource::Kind::Api:
        return s.provider.isEmpty() ? EligibilitySummary::tr("API")
                                    : EligibilitySummary::tr("API (%1)").arg(s.provider);
    case FigureSource::Kind::Agent:
        return EligibilitySummary::tr("declared");
    case FigureSource::Kind::Justificatif:
        return EligibilitySummary::tr("paper proof");
    }
    return {};
}

// Full provenance of one source figure, as HTML: the request id on a line of its own so that it is
// never broken. `period` is the month ("QF of 10/2026") or the income year, already worded.
QString provenanceHtml(const FigureSource& s, const QString& period)
{
    if (s.kind != FigureSource::Kind::Api) {
        const QString how = s.kind == FigureSource::Kind::Justificatif
                                ? EligibilitySummary::tr("typed by the agent from a paper proof")
                                : EligibilitySummary::tr("declared by the applicant, typed by the agent");
        return esc(period.isEmpty() ? how : how + QStringLiteral(" · ") + period);
    }
    QStringList parts;
    if (!s.api.isEmpty())
        parts << s.api;
    if (!s.provider.isEmpty())
        parts << s.provider;
    if (!period.isEmpty())
        parts << period;
    if (s.fetchedAt.isValid())
        parts << EligibilitySummary::tr("obtained %1").arg(dateTimeText(s.fetchedAt));
    QString html = esc(parts.join(QStringLiteral(" · ")));
    if (!s.requestId.isEmpty())
        html += QStringLiteral("<br/>") + esc(EligibilitySummary::tr("request %1").arg(s.requestId));
    return html;
}

int ageAt(const QDate& birth, const QDate& on)
{
    int age = on.year() - birth.year();
    if (on.month() < birth.month() || (on.month() == birth.month() && on.day() < birth.day()))
        --age;
    return age;
}

QString initialOf(const QString& name)
{
    for (const QChar c : name)
        if (c.isLetter())
            return QString(c.toUpper()) + QLatin1Char('.');
    return {};
}

// "S. D.": the first first name's initial and the (usage, else birth) name's initial.
QString initials(const Identity& id)
{
    QStringList parts;
    if (!id.prenoms.isEmpty())
        parts << initialOf(id.prenoms.first());
    parts << initialOf(id.nomUsage.trimmed().isEmpty() ? id.nomNaissance : id.nomUsage);
    parts.removeAll(QString());
    return parts.join(QLatin1Char(' '));
}

QString birthText(const Identity& id)
{
    PartialDate date;
    date.year = id.anneeNaissance;
    date.month = id.moisNaissance;
    date.day = id.jourNaissance;
    QString place;
    if (id.bornInFrance()) {
        if (!id.nomCommuneNaissance.isEmpty())
            place = id.codeDepartementNaissance.isEmpty()
                        ? id.nomCommuneNaissance
                        : QStringLiteral("%1 (%2)").arg(id.nomCommuneNaissance, id.codeDepartementNaissance);
        else if (!id.codeCommuneNaissance.isEmpty())
            place = EligibilitySummary::tr("commune %1").arg(id.codeCommuneNaissance);
    } else if (!id.codePaysNaissance.isEmpty()) {
        place = EligibilitySummary::tr("abroad (country code %1)").arg(id.codePaysNaissance);
    }
    const QString when = date.toDisplayString();
    if (!when.isEmpty() && !place.isEmpty())
        return EligibilitySummary::tr("born %1 in %2").arg(when, place);
    if (!when.isEmpty())
        return EligibilitySummary::tr("born %1").arg(when);
    if (!place.isEmpty())
        return EligibilitySummary::tr("born in %1").arg(place);
    return {};
}

struct Style
{
    double base;
    QString pt(double factor) const { return PrintedDocument::points(base, factor); }
};

QString styleSheet(const Style& st)
{
    return QStringLiteral(
               "body { font-size: %1; color: #000000; }"
               "h1 { font-size: %2; font-weight: bold; margin-top: 6px; margin-bottom: 2px; }"
               "h2 { font-size: %3; font-weight: bold; color: #1f3a5f; margin-top: 9px; margin-bottom: 3px; }"
               "p { margin-top: 0px; margin-bottom: 2px; }"
               ".small { font-size: %4; color: #333333; }"
               ".legal { font-size: %4; color: #222222; margin-bottom: 2px; }"
               ".mark { font-size: %3; font-weight: bold; color: #a00000; }"
               "table.grid { border-collapse: collapse; }"
               "th { text-align: left; font-weight: bold; background-color: #e6ebf2; }"
               ".num { text-align: right; }")
        .arg(st.pt(1.0), st.pt(1.6), st.pt(1.15), st.pt(0.8));
}

const QString GridTable = QStringLiteral("<table class=\"grid\" width=\"100%\" border=\"1\" cellspacing=\"0\" "
                                         "cellpadding=\"3\" style=\"border-color: #9aa5b4;\">");

QString headerHtml(const SummaryInput& in, const QImage& logo, const Style& st)
{
    QString h = PrintedDocument::letterheadHtml(in.ccas, logo, LogoResource, st.pt(1.2));
    h += QStringLiteral("<td valign=\"top\" align=\"right\">");
    h += esc(EligibilitySummary::tr("Dossier %1").arg(in.dossierRef));
    h += QStringLiteral("<br/>") + esc(EligibilitySummary::tr("Printed %1").arg(dateTimeText(in.printedAt)));
    if (!in.agent.isEmpty())
        h += QStringLiteral("<br/>") + esc(EligibilitySummary::tr("Agent: %1").arg(in.agent));
    h += QStringLiteral("</td></tr></table>");

    h += QStringLiteral("<h1>%1</h1>").arg(esc(EligibilitySummary::tr("Eligibility summary")));
    if (in.pseudonymise)
        h += QStringLiteral("<p class=\"mark\">%1</p>")
                 .arg(esc(EligibilitySummary::tr("Pseudonymised version — commission")));
    const Evaluation& ev = in.evaluation;
    QStringList reg;
    if (!ev.reglementTitle.isEmpty())
        reg << (ev.reglementVersion > 0 ? EligibilitySummary::tr("%1, version %2")
                                              .arg(ev.reglementTitle, QString::number(ev.reglementVersion))
                                        : ev.reglementTitle);
    if (!ev.ccas.isEmpty() && ev.ccas != in.ccas.name)
        reg << ev.ccas;
    const QDate reference = ev.dateReference.isValid() ? ev.dateReference : in.menage.dateReference;
    if (reference.isValid())
        reg << EligibilitySummary::tr("situation on %1").arg(dateText(reference));
    if (!reg.isEmpty())
        h += QStringLiteral("<p>%1</p>")
                 .arg(esc(EligibilitySummary::tr("Règlement: %1").arg(reg.join(QStringLiteral(" · ")))));
    return h;
}

QString householdHtml(const SummaryInput& in)
{
    const Menage& m = in.menage;
    QString h = QStringLiteral("<h2>%1</h2>").arg(esc(EligibilitySummary::tr("Applicant and household")));
    if (in.pseudonymise) {
        const QString ini = initials(in.applicant);
        h += QStringLiteral("<p>%1 <b>%2</b></p>")
                 .arg(esc(EligibilitySummary::tr("Applicant:")),
                      esc(ini.isEmpty() ? EligibilitySummary::tr("(not named)") : ini));
    } else {
        const Identity& id = in.applicant;
        QString name = QStringLiteral("<b>%1</b>").arg(esc(id.nomNaissance));
        if (!id.prenoms.isEmpty())
            name += QLatin1Char(' ') + esc(id.prenoms.join(QLatin1Char(' ')));
        if (!id.nomUsage.trimmed().isEmpty())
            name += QLatin1Char(' ') + esc(EligibilitySummary::tr("(usage name %1)").arg(id.nomUsage));
        const QString born = birthText(id);
        if (!born.isEmpty())
            name += QStringLiteral(", ") + esc(born);
        h += QStringLiteral("<p>%1 %2</p>").arg(esc(EligibilitySummary::tr("Applicant:")), name);
        const QString address = escLines(in.applicantAddress);
        if (!address.isEmpty())
            h += QStringLiteral("<p>%1 %2</p>")
                     .arg(esc(EligibilitySummary::tr("Address:")),
                          QString(address).replace(QStringLiteral("<br/>"), QStringLiteral(", ")));
    }

    QStringList persons;
    const QDate on = m.dateReference.isValid() ? m.dateReference : in.printedAt.date();
    for (const MenagePerson& p : m.personnes) {
        QString text = roleLabel(p.role);
        if (p.dateNaissance.isValid() && on.isValid())
            text += QLatin1Char(' ') + EligibilitySummary::tr("(%n year(s))", nullptr, ageAt(p.dateNaissance, on));
        else
            text += QLatin1Char(' ') + EligibilitySummary::tr("(age unknown)");
        if (p.residenceAlternee)
            text += QStringLiteral(", ") + EligibilitySummary::tr("alternating residence");
        persons << text;
    }
    h += QStringLiteral("<p>%1 %2</p>")
             .arg(esc(EligibilitySummary::tr("Household of %n person(s):", nullptr, int(m.personnes.size()))),
                  esc(persons.isEmpty() ? EligibilitySummary::tr("not entered") : persons.join(QStringLiteral("; "))));

    QStringList facts;
    facts << EligibilitySummary::tr("commune of residence: %1")
                 .arg(m.communeResidence.isEmpty() ? EligibilitySummary::tr("not entered") : m.communeResidence);
    if (!m.demande.nature.isEmpty() || m.demande.montantCents) {
        QString req = EligibilitySummary::tr("request: %1")
                          .arg(m.demande.nature.isEmpty() ? EligibilitySummary::tr("unspecified")
                                                          : natureLabel(m.demande.nature));
        if (m.demande.montantCents)
            req += QStringLiteral(", ") + DossierText::formatCents(*m.demande.montantCents);
        facts << req;
    }
    h += QStringLiteral("<p>%1</p>").arg(esc(facts.join(QStringLiteral(" · "))));

    if (!m.aidesRecues.isEmpty()) {
        QStringList received;
        for (const AideRecue& a : m.aidesRecues)
            received << EligibilitySummary::tr("%1 on %2 (%3)")
                            .arg(a.aide, dateText(a.date), DossierText::formatCents(a.cents));
        h += QStringLiteral("<p>%1 %2</p>")
                 .arg(esc(EligibilitySummary::tr("Aid already received:")), esc(received.join(QStringLiteral("; "))));
    }
    return h;
}

QString figureRow(const QString& label, const QString& value, const QString& provenance)
{
    return QStringLiteral("<tr><td width=\"28%\">%1</td><td width=\"27%\">%2</td><td class=\"small\">%3</td></tr>")
        .arg(esc(label), esc(value), provenance);
}

QString sourcesHtml(const SummaryInput& in)
{
    const Menage& m = in.menage;
    QString rows;
    if (m.quotientFamilialCaf) {
        const CafQuotient& qf = *m.quotientFamilialCaf;
        const QString provider = qf.fournisseur.isEmpty() ? qf.source.provider : qf.fournisseur;
        FigureSource src = qf.source;
        if (src.provider.isEmpty())
            src.provider = provider;
        const int year = qf.annee > 0 ? qf.annee : src.year;
        const int month = qf.annee > 0 ? qf.mois : src.month;
        rows +=
            figureRow(EligibilitySummary::tr("CAF family quotient (QF)"), QStringLiteral("%1\u00a0€").arg(qf.valeur),
                      provenanceHtml(src, EligibilitySummary::tr("QF of %1").arg(monthYear(year, month))));
    }
    if (m.fiscal) {
        const FiscalData& f = *m.fiscal;
        QStringList value;
        value << EligibilitySummary::tr("RFR %1").arg(DossierText::formatCents(f.rfrEuros * 100));
        value << EligibilitySummary::tr("%1 part(s)")
                     .arg(HouseholdScales::formatHundredths(qint64(f.partsQuarters) * 25));
        if (f.impotEuros)
            value << EligibilitySummary::tr("tax %1").arg(DossierText::formatCents(*f.impotEuros * 100));
        const int year = f.anneeRevenus > 0 ? f.anneeRevenus : f.source.year;
        rows +=
            figureRow(EligibilitySummary::tr("Tax data"), value.join(QStringLiteral(", ")),
                      provenanceHtml(f.source, year > 0 ? EligibilitySummary::tr("%1 income").arg(year) : QString()));
    }
    for (const auto& [benefit, flag] : m.statuts) {
        rows += figureRow(
            benefitLabel(benefit),
            flag.value ? EligibilitySummary::tr("beneficiary") : EligibilitySummary::tr("not a beneficiary"),
            provenanceHtml(flag.source,
                           flag.source.year > 0
                               ? EligibilitySummary::tr("period %1").arg(monthYear(flag.source.year, flag.source.month))
                               : QString()));
    }
    for (const HouseholdFigure& f : in.evaluation.figures) {
        // The engine repeats some source figures: they are already above (or in the budget totals)
        // with their full provenance.
        const bool shown =
            ((f.key == QLatin1String("qf_caf")) && m.quotientFamilialCaf) ||
            ((f.key == QLatin1String("rfr") || f.key == QLatin1String("parts_fiscales")) && m.fiscal) ||
            (f.key == QLatin1String("ressources_mensuelles") && m.ressources && !m.ressources->isEmpty()) ||
            (f.key == QLatin1String("charges_mensuelles") && m.charges && !m.charges->isEmpty());
        if (shown)
            continue;
        QStringList sources;
        for (const QString& s : f.sources)
            sources << esc(s);
        rows += figureRow(f.label, f.value, sources.join(QStringLiteral("<br/>")));
    }
    QString h = QStringLiteral("<h2>%1</h2>").arg(esc(EligibilitySummary::tr("Figures used and their sources")));
    if (rows.isEmpty())
        return h + QStringLiteral("<p>%1</p>").arg(esc(EligibilitySummary::tr("No figure was fetched or computed.")));
    return h + GridTable +
           QStringLiteral("<tr><th>%1</th><th>%2</th><th>%3</th></tr>")
               .arg(esc(EligibilitySummary::tr("Figure")), esc(EligibilitySummary::tr("Value")),
                    esc(EligibilitySummary::tr("Source"))) +
           rows + QStringLiteral("</table>");
}

QString amountsTable(const QString& title, const std::optional<QList<MenageAmount>>& lines,
                     QString (*label)(const QString&))
{
    QString h = QStringLiteral("<p><b>%1</b></p>").arg(esc(title));
    if (!lines)
        return h + QStringLiteral("<p>%1</p>").arg(esc(EligibilitySummary::tr("not entered")));
    if (lines->isEmpty())
        return h + QStringLiteral("<p>%1</p>").arg(esc(EligibilitySummary::tr("none")));
    h += GridTable + QStringLiteral("<tr><th>%1</th><th class=\"num\">%2</th><th>%3</th></tr>")
                         .arg(esc(EligibilitySummary::tr("Type")), esc(EligibilitySummary::tr("Amount")),
                              esc(EligibilitySummary::tr("Origin")));
    qint64 total = 0;
    for (const MenageAmount& a : *lines) {
        total += a.cents;
        h += QStringLiteral("<tr><td>%1</td><td class=\"num\" align=\"right\">%2</td><td class=\"small\">%3</td></tr>")
                 .arg(esc(label(a.type)), esc(DossierText::formatCents(a.cents)), esc(originText(a.source)));
    }
    h += QStringLiteral("<tr><td><b>%1</b></td><td class=\"num\" align=\"right\"><b>%2</b></td><td></td></tr>")
             .arg(esc(EligibilitySummary::tr("Total")), esc(DossierText::formatCents(total)));
    return h + QStringLiteral("</table>");
}

QString budgetHtml(const SummaryInput& in)
{
    return QStringLiteral("<h2>%1</h2>").arg(esc(EligibilitySummary::tr("Monthly resources and charges"))) +
           QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td width=\"49%\" "
                          "valign=\"top\">") +
           amountsTable(EligibilitySummary::tr("Resources"), in.menage.ressources, &MenageJson::resourceLabel) +
           QStringLiteral("</td><td width=\"2%\"></td><td width=\"49%\" valign=\"top\">") +
           amountsTable(EligibilitySummary::tr("Charges"), in.menage.charges, &MenageJson::chargeLabel) +
           QStringLiteral("</td></tr></table>");
}

QString aidsHtml(const SummaryInput& in)
{
    QString h = QStringLiteral("<h2>%1</h2>").arg(esc(EligibilitySummary::tr("Result per aid")));
    if (in.evaluation.aids.isEmpty())
        return h + QStringLiteral("<p>%1</p>").arg(esc(EligibilitySummary::tr("No aid was evaluated.")));
    for (const AidResult& aid : in.evaluation.aids) {
        QString verdict = verdictLabel(aid.verdict);
        if (aid.verdict == Verdict::Eligible)
            verdict += QStringLiteral(" — ") +
                       EligibilitySummary::tr("proposed amount %1").arg(DossierText::formatCents(aid.amountCents));
        const QString color = aid.verdict == Verdict::Eligible      ? QStringLiteral("#1d5e20")
                              : aid.verdict == Verdict::NotEligible ? QStringLiteral("#8a1010")
                                                                    : QStringLiteral("#7a4b00");
        h += GridTable;
        h += QStringLiteral("<tr><th colspan=\"3\">%1 &#160;&#160; <span style=\"color: %3;\">%2</span></th></tr>")
                 .arg(esc(aid.code.isEmpty() ? aid.label : QStringLiteral("%1 (%2)").arg(aid.label, aid.code)),
                      esc(verdict), color);
        if (!aid.missing.isEmpty())
            h += QStringLiteral("<tr><td colspan=\"3\">%1</td></tr>")
                     .arg(esc(EligibilitySummary::tr("Missing: %1").arg(aid.missing.join(QStringLiteral(", ")))));
        for (const ExplanationLine& line : aid.lines) {
            QString text = esc(line.text);
            if (!line.sources.isEmpty()) {
                QStringList sources;
                for (const QString& s : line.sources)
                    sources << esc(s);
                text +=
                    QStringLiteral("<br/><span class=\"small\">%1</span>").arg(sources.join(QStringLiteral("<br/>")));
            }
            h +=
                QStringLiteral("<tr><td width=\"3%\" align=\"center\">%1</td><td width=\"27%\">%2</td><td>%3</td></tr>")
                    .arg(esc(stateSymbol(line.state)), esc(line.criterion), text);
        }
        if (!aid.justificatifs.isEmpty())
            h += QStringLiteral("<tr><td colspan=\"3\" class=\"small\">%1</td></tr>")
                     .arg(esc(EligibilitySummary::tr("Proofs required: %1")
                                  .arg(aid.justificatifs.join(QStringLiteral("; ")))));
        h += QStringLiteral("</table><p style=\"font-size: 3pt;\"> </p>");
    }
    h += QStringLiteral("<p class=\"small\">%1</p>")
             .arg(esc(EligibilitySummary::tr(
                 "\u2714 condition met · \u2718 condition not met · ? figure missing · \u2022 computation step")));
    return h;
}

QString decisionHtml(const SummaryInput& in)
{
    QString left;
    const auto line = [](const QString& label, const QString& valueHtml) {
        return QStringLiteral("<p>%1 %2</p>").arg(esc(label), valueHtml);
    };
    const QString blank = QStringLiteral("______________________________");
    if (in.decision) {
        const Decision& d = *in.decision;
        left += line(EligibilitySummary::tr("Outcome:"),
                     QStringLiteral("<b>%1</b>").arg(esc(DossierText::outcomeLabel(d.outcome))));
        left += line(EligibilitySummary::tr("Amount granted:"), esc(DossierText::formatCents(d.amountCents)));
        if (in.pseudonymise)
            left += line(EligibilitySummary::tr("Reason:"),
                         esc(EligibilitySummary::tr("(not shown in the pseudonymised version)")));
        else
            left += line(EligibilitySummary::tr("Reason:"), d.motif.isEmpty() ? blank : escLines(d.motif));
        left += line(EligibilitySummary::tr("Date:"), esc(dateTimeText(d.decidedAt)));
        left += line(EligibilitySummary::tr("Agent:"), esc(d.agent.isEmpty() ? in.agent : d.agent));
    } else {
        left += line(EligibilitySummary::tr("Outcome:"), esc(QStringLiteral("\u2610 %1    \u2610 %2    \u2610 %3")
                                                                 .arg(DossierText::outcomeLabel(Outcome::Accorde),
                                                                      DossierText::outcomeLabel(Outcome::Refuse),
                                                                      DossierText::outcomeLabel(Outcome::SansSuite))));
        left += line(EligibilitySummary::tr("Amount granted:"), QStringLiteral("______________ €"));
        left += line(EligibilitySummary::tr("Reason:"), blank + blank);
        left += line(EligibilitySummary::tr("Date:"), QStringLiteral("____/____/________"));
        left += line(EligibilitySummary::tr("Agent:"), blank);
    }
    return QStringLiteral("<h2>%1</h2>").arg(esc(EligibilitySummary::tr("Decision"))) + GridTable +
           QStringLiteral("<tr><td width=\"62%\" valign=\"top\">") + left +
           QStringLiteral("</td><td valign=\"top\">%1<br/><br/><br/><br/><br/></td></tr></table>")
               .arg(esc(EligibilitySummary::tr("Signature and stamp")));
}

QString legalHtml(const SummaryInput& in)
{
    const QStringList paragraphs = {
        EligibilitySummary::tr(
            "Data obtained from other administrations: the family quotient, the household composition and the "
            "benefit statuses come from the CAF or the MSA (API Particulier), the tax data from the DGFiP (API Impôt "
            "particulier), exchanged under article L114-8 of the Code des relations entre le public et "
            "l'administration (“Dites-le-nous une fois”): the applicant did not have to provide them again. Figures "
            "marked “declared” or “paper proof” were typed by the agent."),
        EligibilitySummary::tr(
            "Retention: this summary and the dossier are kept %n month(s) after the dossier is closed, then erased or "
            "transferred to the archives under the Code du patrimoine.",
            nullptr, in.retentionMonths),
        EligibilitySummary::tr(
            "Your rights: under the GDPR you may access the data concerning you and have it corrected, by writing to "
            "the CCAS or to its data protection officer (DPO)."),
        EligibilitySummary::tr(
            "Appeal: this decision may be challenged within two months of its notification, by a recours gracieux "
            "addressed to the president of the CCAS or by a recours contentieux before the tribunal administratif."),
    };
    QString h = QStringLiteral("<h2>%1</h2>").arg(esc(EligibilitySummary::tr("Legal information")));
    for (const QString& p : paragraphs)
        h += QStringLiteral("<p class=\"legal\">%1</p>").arg(esc(p));
    return h;
}

QString buildHtml(const SummaryInput& in, const QImage& logo, double scale)
{
    const Style st{BasePointSize * scale};
    return QStringLiteral("<html><head><meta charset=\"utf-8\"/><style>") + styleSheet(st) +
           QStringLiteral("</style></head><body>") + headerHtml(in, logo, st) + householdHtml(in) + sourcesHtml(in) +
           budgetHtml(in) + aidsHtml(in) + decisionHtml(in) + legalHtml(in) + QStringLiteral("</body></html>");
}

void breakBefore(QTextBlock block)
{
    QTextBlockFormat format = block.blockFormat();
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    QTextCursor(block).setBlockFormat(format);
}

// One pass of "keep together" over the laid out document: a heading goes to the next page when
// what it introduces starts there, and a short table (an aid, the budget, the decision) goes to the
// next page rather than being split. Returns false when nothing needed to move.
bool keepTogetherPass(QTextDocument& doc, qreal pageHeight)
{
    doc.pageCount(); // finishes the layout
    QAbstractTextDocumentLayout* layout = doc.documentLayout();
    const auto pageOf = [pageHeight](qreal y) { return int(y / pageHeight); };
    const auto canBreak = [](const QTextBlock& b) {
        return b.isValid() && !(b.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore);
    };
    QTextBlock heading; // the heading directly before the current item
    for (QTextFrame::iterator it = doc.rootFrame()->begin(); !it.atEnd(); ++it) {
        if (auto* table = qobject_cast<QTextTable*>(it.currentFrame())) {
            const qreal top = layout->blockBoundingRect(table->cellAt(0, 0).firstCursorPosition().block()).top();
            const QRectF frame = layout->frameBoundingRect(table);
            const bool orphan = heading.isValid() && pageOf(layout->blockBoundingRect(heading).top()) != pageOf(top);
            const bool split = pageOf(top) != pageOf(frame.bottom() - 1) && frame.height() < pageHeight * 0.4;
            if (orphan && canBreak(heading)) {
                breakBefore(heading);
                return true;
            }
            if (split) {
                if (heading.isValid() && canBreak(heading)) {
                    breakBefore(heading);
                    return true;
                }
                QTextTableFormat format = table->format();
                if (!(format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)) {
                    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                    table->setFormat(format);
                    return true;
                }
            }
            heading = QTextBlock();
            continue;
        }
        const QTextBlock block = it.currentBlock();
        if (!block.isValid() || it.currentFrame() != nullptr)
            continue;
        if (block.blockFormat().headingLevel() == 2) {
            heading = block;
            continue;
        }
        if (block.text().trimmed().isEmpty())
            continue;
        if (heading.isValid() && canBreak(heading) &&
            pageOf(layout->blockBoundingRect(heading).top()) != pageOf(layout->blockBoundingRect(block).top())) {
            breakBefore(heading);
            return true;
        }
        heading = QTextBlock();
    }
    return false;
}

QString footerText(const SummaryInput& in, int page, int pages)
{
    QString text = EligibilitySummary::tr("Eligibility summary · dossier %1 · page %2/%3")
                       .arg(in.dossierRef, QString::number(page), QString::number(pages));
    if (in.pseudonymise)
        text += QStringLiteral(" · ") + EligibilitySummary::tr("Pseudonymised version — commission");
    return text;
}

} // namespace

QString EligibilitySummary::html(const SummaryInput& input)
{
    return buildHtml(input, PrintedDocument::loadLogo(input.ccas.logoPath), 1.0);
}

Result<void, QString> EligibilitySummary::render(const SummaryInput& input, QPagedPaintDevice* device)
{
    if (device == nullptr)
        return tr("No page to print the summary on.");
    if (!PrintedDocument::haveGuiApplication())
        return tr("The summary needs the graphical application (fonts).");
    const auto frame = PrintedDocument::setUpA4(device, QMarginsF(15, 12, 15, 10), FooterPointSize);
    if (!frame)
        return frame.error();
    const qreal bodyHeight = frame.value().bodyHeight;

    const QImage logo = PrintedDocument::loadLogo(input.ccas.logoPath);
    QTextDocument doc;
    PrintedDocument::prepare(doc, device, frame.value());
    // The largest font, with sections kept together, that holds on two pages; else the same without
    // keeping sections together; else the smallest font.
    const auto layOut = [&](double scale, bool keepTogether) {
        PrintedDocument::setContent(doc, PrintedDocument::font(BasePointSize * scale), buildHtml(input, logo, scale),
                                    logo, LogoResource);
        for (int pass = 0; keepTogether && pass < 16 && keepTogetherPass(doc, bodyHeight); ++pass) {
        }
        return doc.pageCount();
    };
    bool fits = false;
    for (const double scale : Scales) {
        if (layOut(scale, true) <= 2 || layOut(scale, false) <= 2) {
            fits = true;
            break;
        }
    }
    if (!fits)
        layOut(Scales.back(), true);

    PrintedDocument::Painting painting;
    painting.pages = doc.pageCount();
    painting.footer = [&input](int page, int pages) { return footerText(input, page, pages); };
    painting.cannotBegin = tr("The pages could not be drawn.");
    painting.cannotStartPage = tr("A new page could not be started.");
    painting.cannotEnd = tr("The pages could not be finished.");
    return PrintedDocument::paint(device, doc, frame.value(), painting);
}

Result<void, QString> EligibilitySummary::writePdf(const SummaryInput& input, const QString& path)
{
    PrintedDocument::PdfOptions options;
    // No personal data in the metadata: the dossier id only.
    options.title = tr("Eligibility summary %1").arg(input.dossierRef);
    options.noGuiApplication = tr("Cannot write the PDF “%1”: the summary needs the graphical application (fonts).");
    return PrintedDocument::writePdf(path, options,
                                     [&input](QPagedPaintDevice* device) { return render(input, device); });
}

Result<QByteArray, QString> EligibilitySummary::pdf(const SummaryInput& input)
{
    PrintedDocument::PdfOptions options;
    options.title = tr("Eligibility summary %1").arg(input.dossierRef);
    options.noGuiApplication = tr("The summary needs the graphical application (fonts).");
    return PrintedDocument::pdfBytes(options, [&input](QPagedPaintDevice* device) { return render(input, device); });
}

} // namespace ccas
