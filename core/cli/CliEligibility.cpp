// guichet-ccas-cli: the règlement engine (evaluate), the eligibility summary (summary) and what the
// agent types about a household (dossier budget, dossier menage).
#include "cli/CliApp.h"
#include "cli/CliOptions.h"
#include "eligibility/DossierMenage.h"
#include "eligibility/Engine.h"
#include "eligibility/Menage.h"
#include "eligibility/Reglement.h"
#include "report/DossierSummaryInput.h"
#include "report/EligibilitySummary.h"
#include "settings/Settings.h"
#include "store/DossierRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ccas {

namespace {

const QStringList EligibilityCommands = {QStringLiteral("evaluate"), QStringLiteral("summary")};

// Keys of the household format that a dossier takes from elsewhere (budget, history, today).
const QStringList NotInDossierEntry = {QStringLiteral("date_reference"), QStringLiteral("ressources_mensuelles"),
                                       QStringLiteral("charges_mensuelles"), QStringLiteral("aides_recues")};

QString marker(ExplanationLine::State s)
{
    switch (s) {
    case ExplanationLine::State::Met:
        return QStringLiteral("[+]");
    case ExplanationLine::State::NotMet:
        return QStringLiteral("[-]");
    case ExplanationLine::State::Missing:
        return QStringLiteral("[?]");
    case ExplanationLine::State::Info:
        break;
    }
    return QStringLiteral("   ");
}

QDate today()
{
    return Clock::system().nowUtc().toLocalTime().date();
}

} // namespace

bool CliApp::isEligibilityCommand() const
{
    return EligibilityCommands.contains(m_opt->command);
}

void CliApp::printEvaluation(const Evaluation& e, const QStringList& warnings)
{
    for (const QString& w : warnings)
        m_err << CliText::tr("Warning: %1").arg(w) << '\n';
    if (m_opt->json) {
        QJsonObject out = Engine::toJson(e);
        if (!warnings.isEmpty())
            out.insert(QStringLiteral("avertissements"), QJsonArray::fromStringList(warnings));
        m_out << QJsonDocument(out).toJson(QJsonDocument::Indented);
        return;
    }
    m_out << CliText::tr("%1 — %2 (version %3), on %4")
                 .arg(e.ccas, e.reglementTitle)
                 .arg(e.reglementVersion)
                 .arg(e.dateReference.toString(QStringLiteral("dd/MM/yyyy")))
          << '\n';
    for (const HouseholdFigure& f : e.figures) {
        m_out << "    " << CliText::tr("%1: %2").arg(f.label, f.value) << '\n';
        for (const QString& s : f.sources)
            m_out << "        " << CliText::tr("source: %1").arg(s) << '\n';
    }
    for (const AidResult& a : e.aids) {
        m_out << '\n';
        QString verdict = Engine::verdictLabel(a.verdict);
        if (a.verdict == Verdict::Eligible)
            verdict += QStringLiteral(", ") + DossierText::formatCents(a.amountCents);
        m_out << CliText::tr("%1 — %2: %3").arg(a.code, a.label, verdict) << '\n';
        for (const ExplanationLine& l : a.lines) {
            const QString indent(2 + 2 * std::max(0, l.depth), QLatin1Char(' '));
            m_out << indent << marker(l.state) << ' '
                  << (l.criterion.isEmpty() ? l.text : CliText::tr("%1: %2").arg(l.criterion, l.text)) << '\n';
            for (const QString& s : l.sources)
                m_out << indent << "      " << CliText::tr("source: %1").arg(s) << '\n';
        }
        if (!a.missing.isEmpty())
            m_out << "    " << CliText::tr("Missing: %1").arg(a.missing.join(QStringLiteral(", "))) << '\n';
        if (!a.justificatifs.isEmpty())
            m_out << "    " << CliText::tr("Proofs to ask for: %1").arg(a.justificatifs.join(QStringLiteral(", ")))
                  << '\n';
    }
}

void CliApp::runEligibility()
{
    Options& o = *m_opt;
    if (!o.positional.isEmpty()) {
        usageError(CliText::tr("Unexpected argument: %1").arg(o.positional.first()));
        return;
    }
    const bool summary = o.command == QLatin1String("summary");
    const bool hasDossier = o.has(QStringLiteral("dossier"));
    const bool hasMenage = o.has(QStringLiteral("menage"));
    if (summary) {
        if (!hasDossier || hasMenage) {
            usageError(CliText::tr("summary needs --dossier ID."));
            return;
        }
        if (o.value(QStringLiteral("pdf")).trimmed().isEmpty()) {
            usageError(CliText::tr("summary needs --pdf FILE: the PDF to write."));
            return;
        }
    } else if (hasDossier == hasMenage) {
        usageError(CliText::tr("evaluate needs either --dossier ID or --menage FILE."));
        return;
    } else if (o.has(QStringLiteral("pdf")) || o.flags.contains(QStringLiteral("pseudonymise"))) {
        usageError(CliText::tr("--pdf and --pseudonymise belong to the summary command."));
        return;
    }

    // The règlement first: nothing is opened when it is not valid.
    QString path = o.value(QStringLiteral("reglement"));
    if (path.isEmpty() && summary) {
        Settings settings(Settings::pathForProfile(o.value(QStringLiteral("profile"))));
        path = settings.value(Settings::Key::ReglementPath).toString();
        if (path.isEmpty()) {
            fail(InvalidInput, CliText::tr("No règlement: give --reglement FILE, or set %1 in the settings (%2).")
                                   .arg(Settings::name(Settings::Key::ReglementPath), settings.path()));
            return;
        }
    }
    if (path.isEmpty()) {
        usageError(CliText::tr("evaluate needs --reglement FILE."));
        return;
    }
    const auto reglement = Reglement::load(path);
    if (!reglement) {
        m_err << CliText::tr("The règlement %1 is not valid:").arg(path) << '\n';
        for (const QString& e : reglement.error())
            m_err << "  " << e << '\n';
        done(InvalidInput);
        return;
    }
    m_reglement = reglement.value();
    QStringList codes;
    for (const ReglementAidInfo& aid : m_reglement->aids())
        codes << aid.code;
    for (const QString& code : o.values.value(QStringLiteral("aide"))) {
        if (!codes.contains(code)) {
            fail(
                InvalidInput,
                CliText::tr("The règlement has no aid %1 (its aids: %2).").arg(code, codes.join(QStringLiteral(", "))));
            return;
        }
    }

    if (hasMenage) {
        const QString menagePath = o.value(QStringLiteral("menage"));
        QFile f(menagePath);
        if (!f.open(QIODevice::ReadOnly)) {
            fail(InvalidInput, CliText::tr("Cannot read the household file %1.").arg(menagePath));
            return;
        }
        const auto menage = MenageJson::parse(f.readAll());
        if (!menage) {
            m_err << CliText::tr("The household file %1 is not valid:").arg(menagePath) << '\n';
            for (const QString& e : menage.error())
                m_err << "  " << e << '\n';
            done(InvalidInput);
            return;
        }
        printEvaluation(Engine::evaluate(*m_reglement, menage.value(), o.values.value(QStringLiteral("aide"))), {});
        done(Ok);
        return;
    }
    openProfile([this, summary]() {
        if (summary)
            runSummary();
        else
            runEvaluateDossier();
    });
}

void CliApp::runEvaluateDossier()
{
    const QString id = m_opt->value(QStringLiteral("dossier"));
    auto storeFailed = [this](const StoreError& e) { fail(e.exitCode(), e.userMessage()); };
    m_dossiers->get(id, agent()).then(this, [this, id, storeFailed](const Result<Dossier, StoreError>& r) {
        if (!r)
            return storeFailed(r.error());
        const Dossier dossier = r.value();
        m_dossiers->grantedAids(id).then(
            this, [this, dossier, storeFailed](const Result<QList<AideRecue>, StoreError>& history) {
                if (!history)
                    return storeFailed(history.error());
                const DossierMenage dm = menageFromDossier(dossier, today(), history.value(), *m_reglement);
                printEvaluation(Engine::evaluate(*m_reglement, dm.menage, m_opt->values.value(QStringLiteral("aide"))),
                                dm.warnings);
                done(Ok);
            });
    });
}

void CliApp::runSummary()
{
    Options& o = *m_opt;
    const QString id = o.value(QStringLiteral("dossier"));
    const QString pdf = QFileInfo(o.value(QStringLiteral("pdf"))).absoluteFilePath();
    const bool pseudonymise = o.flags.contains(QStringLiteral("pseudonymise"));
    auto storeFailed = [this](const StoreError& e) { fail(e.exitCode(), e.userMessage()); };
    // The print entry journals this access (no separate "view").
    m_dossiers->get(id, agent(), false)
        .then(this, [this, id, pdf, pseudonymise, storeFailed](const Result<Dossier, StoreError>& r) {
            if (!r)
                return storeFailed(r.error());
            const Dossier dossier = r.value();
            m_dossiers->grantedAids(id).then(this, [this, dossier, pdf, pseudonymise,
                                                    storeFailed](const Result<QList<AideRecue>, StoreError>& history) {
                if (!history)
                    return storeFailed(history.error());
                Options& opt = *m_opt;
                Settings settings(Settings::pathForProfile(opt.value(QStringLiteral("profile"))));
                DossierSummarySetup setup;
                setup.letterhead = letterheadFromSettings(settings, m_profileCcasName, m_profileSiret);
                setup.agent = agent();
                setup.printedAt = Clock::system().nowUtc().toLocalTime();
                setup.retentionMonths = settings.value(Settings::Key::RetentionClosedMonths).toInt();
                setup.reglement = &*m_reglement;
                setup.aidCodes = opt.values.value(QStringLiteral("aide")); // else the dossier's, else all
                const SummaryOfDossier summary = summaryOfDossier(dossier, history.value(), today(), setup);
                for (const QString& w : summary.menage.warnings)
                    m_err << CliText::tr("Warning: %1").arg(w) << '\n';
                SummaryInput input = summary.input;
                input.pseudonymise = pseudonymise;

                const auto written = EligibilitySummary::writePdf(input, pdf);
                if (!written) {
                    fail(Other, written.error());
                    return;
                }
                // An export that cannot be journaled is not kept.
                m_dossiers->journalSummary(dossier.id, agent(), true, pseudonymise)
                    .then(this, [this, pdf](const Result<void, StoreError>& j) {
                        if (!j) {
                            QFile::remove(pdf);
                            fail(j.error().exitCode(), j.error().userMessage());
                            return;
                        }
                        if (m_opt->json)
                            m_out << QJsonDocument(
                                         QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("pdf"), pdf}})
                                         .toJson(QJsonDocument::Compact)
                                  << '\n';
                        else
                            m_out << CliText::tr("Eligibility summary written: %1").arg(pdf) << '\n';
                        done(Ok);
                    });
            });
        });
}

void CliApp::runDossierBudget(const QString& id)
{
    Options& o = *m_opt;
    const QString origin =
        o.flags.contains(QStringLiteral("justificatif")) ? QStringLiteral("justificatif") : QStringLiteral("agent");
    QStringList errors;
    auto lines = [&](const QString& option, const QStringList& types) {
        QList<BudgetLine> out;
        for (const QString& spec : o.values.value(option)) {
            const int eq = spec.indexOf(QLatin1Char('='));
            const QString type = spec.left(eq).trimmed();
            const auto cents = eq > 0 ? DossierText::parseAmount(spec.mid(eq + 1).trimmed()) : std::nullopt;
            if (eq <= 0 || !types.contains(type)) {
                errors << CliText::tr("--%1 %2: expected TYPE=AMOUNT with TYPE among %3.")
                              .arg(option, spec, types.join(QStringLiteral(", ")));
            } else if (!cents) {
                errors << CliText::tr("--%1 %2: the amount is in euros, e.g. 550 or 550,50.").arg(option, spec);
            } else {
                out << BudgetLine{type, *cents, origin};
            }
        }
        return out;
    };
    const QList<BudgetLine> resources = lines(QStringLiteral("ressource"), MenageJson::resourceTypes());
    const QList<BudgetLine> charges = lines(QStringLiteral("charge"), MenageJson::chargeTypes());
    if (!errors.isEmpty()) {
        for (const QString& e : errors)
            m_err << e << '\n';
        done(InvalidInput);
        return;
    }
    auto storeFailed = [this](const StoreError& e) { fail(e.exitCode(), e.userMessage()); };
    // The budget is saved together with the notes: keep the notes as they are.
    m_dossiers->get(id, agent(), false)
        .then(this, [this, id, resources, charges, storeFailed](const Result<Dossier, StoreError>& r) {
            if (!r)
                return storeFailed(r.error());
            if (r.value().status == DossierStatus::Clos) {
                fail(InvalidInput, CliText::tr("The dossier is closed: its budget can no longer change."));
                return;
            }
            m_dossiers->saveBudget(id, resources, charges, r.value().notes, agent())
                .then(this, [this, resources, charges, storeFailed](const Result<void, StoreError>& saved) {
                    if (!saved)
                        return storeFailed(saved.error());
                    printDone(CliText::tr("Budget recorded: %1 resource line(s), %2 charge line(s).")
                                  .arg(resources.size())
                                  .arg(charges.size()));
                    done(Ok);
                });
        });
}

void CliApp::runDossierMenage(const QString& id)
{
    Options& o = *m_opt;
    const QString path = o.value(QStringLiteral("fichier"));
    if (path.isEmpty()) {
        usageError(CliText::tr("dossier menage needs --fichier FILE.json."));
        return;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        fail(InvalidInput, CliText::tr("Cannot read the household file %1.").arg(path));
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        fail(InvalidInput, CliText::tr("The household file %1 is not a JSON object (%2).")
                               .arg(path, parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                                       : QStringLiteral("?")));
        return;
    }
    QJsonObject entry = doc.object();
    Menage scratch;
    const QStringList errors = MenageJson::readInto(entry, scratch);
    if (!errors.isEmpty()) {
        m_err << CliText::tr("The household file %1 is not valid:").arg(path) << '\n';
        for (const QString& e : errors)
            m_err << "  " << e << '\n';
        done(InvalidInput);
        return;
    }
    QStringList ignored;
    for (const QString& key : NotInDossierEntry) {
        if (entry.contains(key)) {
            ignored << key;
            entry.remove(key);
        }
    }
    if (!ignored.isEmpty())
        m_err << CliText::tr("Not stored with the dossier: %1 (resources and charges: dossier budget; received aids: "
                             "the dossier history; the reference date: the day of the evaluation).")
                     .arg(ignored.join(QStringLiteral(", ")))
              << '\n';
    m_dossiers->saveHousehold(id, entry, agent()).then(this, [this](const Result<void, StoreError>& saved) {
        if (!saved) {
            fail(saved.error().exitCode(), saved.error().kind == StoreError::Kind::Invalid
                                               ? CliText::tr("The dossier is closed: its household can no longer "
                                                             "change.")
                                               : saved.error().userMessage());
            return;
        }
        printDone(CliText::tr("Household recorded."));
        done(Ok);
    });
}

} // namespace ccas
