#include "HouseholdEditor.h"

#include "BudgetEditor.h"
#include "EntryText.h"
#include "PersonsEditor.h"
#include "eligibility/DossierMenage.h"
#include "eligibility/Engine.h"
#include "eligibility/HouseholdScales.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ccas {

namespace {

constexpr int FirstYear = 2000;
constexpr int LastYear = 2100;

// Keys of the household format this editor writes (the others of a stored entry are kept as they are).
const QLatin1String KeyPersonnes("personnes");
const QLatin1String KeyCommune("commune_residence");
const QLatin1String KeyDemande("demande");
const QLatin1String KeyQf("quotient_familial_caf");
const QLatin1String KeyFiscal("fiscal");
const QLatin1String KeyStatuts("statuts");

const QList<Benefit>& benefits()
{
    static const QList<Benefit> all{Benefit::RSA, Benefit::C2S, Benefit::AAH, Benefit::ASF, Benefit::PrimeActivite};
    return all;
}

// "3", "2,5", "1,25" parts into quarters; nullopt when it is not a number of quarter parts (> 0).
std::optional<int> parseQuarters(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,2})(?:[.,](\\d{1,2}))?$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    int quarters = m.captured(1).toInt() * 4;
    QString decimals = m.captured(2);
    if (decimals.size() == 1)
        decimals += QLatin1Char('0');
    if (!decimals.isEmpty()) {
        const int d = decimals.toInt();
        if (d % 25 != 0)
            return std::nullopt;
        quarters += d / 25;
    }
    if (quarters <= 0)
        return std::nullopt;
    return quarters;
}

// "2,5" for 10 quarters: the way the agent types parts.
QString quartersForEdit(int quarters)
{
    return HouseholdScales::formatHundredths(qint64(quarters) * 25);
}

QSpinBox* makeYearSpin(QWidget* parent, const QString& name)
{
    auto* s = new QSpinBox(parent);
    s->setObjectName(name);
    s->setRange(FirstYear - 1, LastYear);
    s->setSpecialValueText(QStringLiteral("—")); // the minimum: not given
    s->setValue(FirstYear - 1);
    s->setGroupSeparatorShown(false);
    return s;
}

QLabel* makeNote(QWidget* parent, const QString& name)
{
    auto* l = new QLabel(parent);
    l->setObjectName(name);
    l->setWordWrap(true);
    l->setTextFormat(Qt::PlainText);
    return l;
}

QLabel* buddyLabel(const QString& text, QWidget* buddy, QWidget* parent)
{
    auto* l = new QLabel(text, parent);
    l->setBuddy(buddy);
    QString accessible = text;
    accessible.remove(QLatin1Char('&')).remove(QLatin1Char(':'));
    if (buddy->accessibleName().isEmpty())
        buddy->setAccessibleName(accessible.trimmed());
    return l;
}

} // namespace

HouseholdEditor::HouseholdEditor(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("householdEditor"));
    auto* layout = new QVBoxLayout(this);

    auto* household = new QGroupBox(tr("Household"), this);
    household->setObjectName(QStringLiteral("householdGroup"));
    auto* hl = new QVBoxLayout(household);
    auto* cafRow = new QHBoxLayout;
    m_cafNote = makeNote(household, QStringLiteral("cafCompositionNote"));
    m_cafButton = new QPushButton(tr("Take the CAF &composition"), household);
    m_cafButton->setObjectName(QStringLiteral("cafCompositionButton"));
    m_cafButton->setToolTip(tr("Replace the persons below by the allocataires and children of the CAF/MSA answer"));
    m_cafButton->setAccessibleName(tr("Take the household composition from the CAF answer"));
    cafRow->addWidget(m_cafNote, 1);
    cafRow->addWidget(m_cafButton, 0, Qt::AlignTop);
    hl->addLayout(cafRow);
    m_persons = new PersonsEditor(household);
    hl->addWidget(m_persons);
    layout->addWidget(household);

    layout->addWidget(buildRequestGroup());

    auto* resources = new QGroupBox(tr("Monthly resources"), this);
    resources->setObjectName(QStringLiteral("resourcesGroup"));
    auto* rl = new QVBoxLayout(resources);
    m_resources = new BudgetEditor(BudgetEditor::Kind::Resources, resources);
    rl->addWidget(m_resources);
    layout->addWidget(resources);

    auto* charges = new QGroupBox(tr("Monthly charges"), this);
    charges->setObjectName(QStringLiteral("chargesGroup"));
    auto* cl = new QVBoxLayout(charges);
    m_charges = new BudgetEditor(BudgetEditor::Kind::Charges, charges);
    cl->addWidget(m_charges);
    layout->addWidget(charges);

    layout->addWidget(buildProofsGroup());
    layout->addStretch(1);

    connect(m_cafButton, &QPushButton::clicked, this, &HouseholdEditor::takeCafComposition);
    connect(m_persons, &PersonsEditor::changed, this, &HouseholdEditor::onChanged);
    connect(m_resources, &BudgetEditor::changed, this, &HouseholdEditor::onChanged);
    connect(m_charges, &BudgetEditor::changed, this, &HouseholdEditor::onChanged);
    clear();
}

HouseholdEditor::~HouseholdEditor() = default;

QWidget* HouseholdEditor::buildRequestGroup()
{
    auto* group = new QGroupBox(tr("Request"), this);
    group->setObjectName(QStringLiteral("requestGroup"));
    auto* form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_commune = new QLineEdit(group);
    m_commune->setObjectName(QStringLiteral("communeResidenceEdit"));
    m_commune->setMaxLength(5);
    m_commune->setPlaceholderText(tr("INSEE (COG) code, 5 characters: 78358"));
    form->addRow(buddyLabel(tr("Commune of &residence:"), m_commune, group), m_commune);
    m_communeMessage = EntryText::makeMessage(group, QStringLiteral("communeResidenceMessage"), m_commune);
    form->addRow(QString(), m_communeMessage);

    m_nature = new QComboBox(group);
    m_nature->setObjectName(QStringLiteral("natureCombo"));
    m_nature->addItem(tr("— not said —"), QString());
    for (const QString& n : MenageJson::natures())
        m_nature->addItem(EntryText::natureLabel(n), n);
    form->addRow(buddyLabel(tr("&Nature of the request:"), m_nature, group), m_nature);

    auto* amountRow = new QHBoxLayout;
    m_requested = new QLineEdit(group);
    m_requested->setObjectName(QStringLiteral("requestedAmountEdit"));
    m_requested->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_requested->setPlaceholderText(tr("0,00"));
    // A narrow field: a right-aligned amount at the far end of a wide one is easily missed.
    m_requested->setMaximumWidth(m_requested->fontMetrics().horizontalAdvance(QStringLiteral("000 000,00")) + 16);
    amountRow->addWidget(m_requested);
    amountRow->addWidget(new QLabel(QStringLiteral("€"), group));
    amountRow->addStretch(1);
    form->addRow(buddyLabel(tr("Requested a&mount:"), m_requested, group), amountRow);
    m_requestedMessage = EntryText::makeMessage(group, QStringLiteral("requestedAmountMessage"), m_requested);
    form->addRow(QString(), m_requestedMessage);

    connect(m_commune, &QLineEdit::textChanged, this, &HouseholdEditor::onChanged);
    connect(m_nature, &QComboBox::currentIndexChanged, this, &HouseholdEditor::onChanged);
    connect(m_requested, &QLineEdit::textChanged, this, &HouseholdEditor::onChanged);
    return group;
}

QWidget* HouseholdEditor::buildProofsGroup()
{
    auto* group = new QGroupBox(tr("Paper proofs (when an API gave nothing)"), this);
    group->setObjectName(QStringLiteral("proofsGroup"));
    auto* v = new QVBoxLayout(group);

    // CAF/MSA quotient from an attestation.
    m_qfNote = makeNote(group, QStringLiteral("paperQfNote"));
    v->addWidget(m_qfNote);
    auto* qfForm = new QFormLayout;
    qfForm->setRowWrapPolicy(QFormLayout::WrapLongRows); // narrow screens: the fields go under their label
    auto* qfRow = new QHBoxLayout;
    m_qfValue = new QLineEdit(group);
    m_qfValue->setObjectName(QStringLiteral("paperQfEdit"));
    m_qfValue->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_qfValue->setPlaceholderText(tr("euros"));
    m_qfValue->setMaxLength(6);
    m_qfProvider = new QComboBox(group);
    m_qfProvider->setObjectName(QStringLiteral("paperQfProviderCombo"));
    m_qfProvider->addItem(QStringLiteral("CNAF"), QStringLiteral("CNAF"));
    m_qfProvider->addItem(QStringLiteral("MSA"), QStringLiteral("MSA"));
    m_qfProvider->setAccessibleName(tr("Family quotient: paying body"));
    m_qfMonth = new QSpinBox(group);
    m_qfMonth->setObjectName(QStringLiteral("paperQfMonthSpin"));
    m_qfMonth->setRange(0, 12);
    m_qfMonth->setSpecialValueText(tr("month"));
    m_qfMonth->setAccessibleName(tr("Family quotient: month of the attestation"));
    m_qfYear = makeYearSpin(group, QStringLiteral("paperQfYearSpin"));
    m_qfYear->setAccessibleName(tr("Family quotient: year of the attestation"));
    qfRow->addWidget(m_qfValue, 2);
    qfRow->addWidget(m_qfProvider, 1);
    qfRow->addWidget(m_qfMonth, 1);
    qfRow->addWidget(m_qfYear, 1);
    qfForm->addRow(buddyLabel(tr("CAF/MSA &quotient:"), m_qfValue, group), qfRow);
    m_qfMessage = EntryText::makeMessage(group, QStringLiteral("paperQfMessage"), m_qfValue);
    qfForm->addRow(QString(), m_qfMessage);
    v->addLayout(qfForm);

    // Tax notice.
    m_fiscalNote = makeNote(group, QStringLiteral("paperFiscalNote"));
    v->addWidget(m_fiscalNote);
    auto* fiscalForm = new QFormLayout;
    fiscalForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_rfr = new QLineEdit(group);
    m_rfr->setObjectName(QStringLiteral("paperRfrEdit"));
    m_rfr->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_rfr->setPlaceholderText(tr("whole euros"));
    fiscalForm->addRow(buddyLabel(tr("Reference tax &income (RFR):"), m_rfr, group), m_rfr);
    auto* partsRow = new QHBoxLayout;
    m_parts = new QLineEdit(group);
    m_parts->setObjectName(QStringLiteral("paperPartsEdit"));
    m_parts->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_parts->setPlaceholderText(tr("3 or 2,5"));
    m_parts->setMaxLength(5);
    m_incomeYear = makeYearSpin(group, QStringLiteral("paperIncomeYearSpin"));
    m_incomeYear->setAccessibleName(tr("Tax notice: income year"));
    auto* incomeLabel = buddyLabel(tr("income year:"), m_incomeYear, group);
    partsRow->addWidget(m_parts, 1);
    partsRow->addWidget(incomeLabel);
    partsRow->addWidget(m_incomeYear, 1);
    fiscalForm->addRow(buddyLabel(tr("Num&ber of parts:"), m_parts, group), partsRow);
    m_impot = new QLineEdit(group);
    m_impot->setObjectName(QStringLiteral("paperImpotEdit"));
    m_impot->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_impot->setPlaceholderText(tr("optional, whole euros"));
    fiscalForm->addRow(buddyLabel(tr("Income &tax:"), m_impot, group), m_impot);
    m_fiscalMessage = EntryText::makeMessage(group, QStringLiteral("paperFiscalMessage"), m_rfr);
    fiscalForm->addRow(QString(), m_fiscalMessage);
    v->addLayout(fiscalForm);

    // Statuses from a notification letter.
    m_statusNote = makeNote(group, QStringLiteral("paperStatusNote"));
    v->addWidget(m_statusNote);
    // Three statuses per row: the column stays narrow enough for a 1366-pixel laptop screen.
    auto* statusGrid = new QGridLayout;
    int index = 0;
    for (Benefit b : benefits()) {
        auto* combo = new QComboBox(group);
        combo->setObjectName(QStringLiteral("paperStatusCombo_") + MenageJson::benefitKey(b));
        combo->addItem(QStringLiteral("—"), QVariant());
        combo->addItem(tr("yes"), true);
        combo->addItem(tr("no"), false);
        combo->setAccessibleName(tr("%1 from a paper proof").arg(EntryText::benefitLabel(b)));
        auto* label = new QLabel(EntryText::benefitLabel(b) + QLatin1Char(':'), group);
        label->setBuddy(combo);
        statusGrid->addWidget(label, index / 3, (index % 3) * 2);
        statusGrid->addWidget(combo, index / 3, (index % 3) * 2 + 1);
        ++index;
        m_statuses.insert(b, combo);
        connect(combo, &QComboBox::currentIndexChanged, this, &HouseholdEditor::onChanged);
    }
    statusGrid->setColumnStretch(6, 1);
    v->addLayout(statusGrid);

    for (QLineEdit* e : {m_qfValue, m_rfr, m_parts, m_impot})
        connect(e, &QLineEdit::textChanged, this, &HouseholdEditor::onChanged);
    connect(m_qfProvider, &QComboBox::currentIndexChanged, this, &HouseholdEditor::onChanged);
    for (QSpinBox* s : {m_qfMonth, m_qfYear, m_incomeYear})
        connect(s, &QSpinBox::valueChanged, this, &HouseholdEditor::onChanged);
    return group;
}

void HouseholdEditor::clear()
{
    m_loading = true;
    m_dossier = Dossier();
    m_cafPersons.clear();
    m_persons->setPersons({});
    m_resources->setLines({});
    m_charges->setLines({});
    loadEntry(QJsonObject());
    m_loading = false;
    updateApiNotes();
    checkFields();
    m_savedSnapshot = snapshot(edits());
}

void HouseholdEditor::setDossier(const Dossier& dossier, const QDate& reference)
{
    m_loading = true;
    m_dossier = dossier;
    m_reference = reference;
    m_persons->setReference(reference);
    m_resources->setLines(dossier.resources);
    m_charges->setLines(dossier.charges);
    loadEntry(dossier.householdEntry);
    m_loading = false;
    setSources(dossier);
    checkFields();
    m_savedSnapshot = snapshot(edits());
}

void HouseholdEditor::setSources(const Dossier& dossier)
{
    m_dossier.sources = dossier.sources;
    updateApiNotes();
}

void HouseholdEditor::loadEntry(const QJsonObject& entry)
{
    QList<MenagePerson> persons;
    for (const QJsonValue& v : entry.value(KeyPersonnes).toArray()) {
        const QJsonObject o = v.toObject();
        MenagePerson p;
        p.role = MenageJson::roleFromKey(o.value(QStringLiteral("role")).toString()).value_or(PersonRole::Autre);
        p.dateNaissance = QDate::fromString(o.value(QStringLiteral("date_naissance")).toString(), Qt::ISODate);
        p.residenceAlternee = o.value(QStringLiteral("residence_alternee")).toBool();
        persons << p;
    }
    m_persons->setPersons(persons);
    m_commune->setText(entry.value(KeyCommune).toString());
    const QJsonObject demande = entry.value(KeyDemande).toObject();
    m_nature->setCurrentIndex(std::max(0, m_nature->findData(demande.value(QStringLiteral("nature")).toString())));
    const QJsonValue montant = demande.value(QStringLiteral("montant_demande"));
    m_requested->setText(montant.isDouble() ? EntryText::centsForEdit(qRound64(montant.toDouble() * 100)) : QString());

    const QJsonObject qf = entry.value(KeyQf).toObject();
    m_qfValue->setText(qf.contains(QStringLiteral("valeur"))
                           ? QString::number(qf.value(QStringLiteral("valeur")).toInt())
                           : QString());
    m_qfProvider->setCurrentIndex(
        std::max(0, m_qfProvider->findData(qf.value(QStringLiteral("fournisseur")).toString())));
    m_qfMonth->setValue(qf.value(QStringLiteral("mois")).toInt());
    const int qfYear = qf.value(QStringLiteral("annee")).toInt();
    m_qfYear->setValue(qfYear >= FirstYear ? qfYear : m_qfYear->minimum());

    const QJsonObject fiscal = entry.value(KeyFiscal).toObject();
    m_rfr->setText(fiscal.contains(QStringLiteral("rfr"))
                       ? QString::number(qint64(fiscal.value(QStringLiteral("rfr")).toDouble()))
                       : QString());
    const QJsonValue parts = fiscal.value(QStringLiteral("nombre_parts"));
    m_parts->setText(parts.isDouble() ? quartersForEdit(qRound(parts.toDouble() * 4)) : QString());
    const QJsonValue impot = fiscal.value(QStringLiteral("impot"));
    m_impot->setText(impot.isDouble() ? QString::number(qint64(impot.toDouble())) : QString());
    const int incomeYear = fiscal.value(QStringLiteral("annee_revenus")).toInt();
    m_incomeYear->setValue(incomeYear >= FirstYear ? incomeYear : m_incomeYear->minimum());

    const QJsonObject statuts = entry.value(KeyStatuts).toObject();
    for (Benefit b : benefits()) {
        QComboBox* combo = m_statuses.value(b);
        const QJsonValue v = statuts.value(MenageJson::benefitKey(b));
        combo->setCurrentIndex(v.isBool() ? (v.toBool() ? 1 : 2) : 0);
    }
}

void HouseholdEditor::updateApiNotes()
{
    // What the APIs alone give: the dossier without anything typed.
    Dossier fromApis = m_dossier;
    fromApis.householdEntry = QJsonObject();
    fromApis.resources.clear();
    fromApis.charges.clear();
    const Menage api =
        menageFromDossier(fromApis, m_reference.isValid() ? m_reference : QDate::currentDate(), {}).menage;

    // The persons count as the CAF's only when its answer lists allocataires (else the engine falls
    // back on the applicant alone).
    bool cafComposition = false;
    for (const StoredSource& src : std::as_const(m_dossier.sources))
        if (src.source == QLatin1String("qf") && !src.json.contains(QLatin1String("error")))
            cafComposition = !src.json.value(QLatin1String("data"))
                                  .toObject()
                                  .value(QLatin1String("allocataires"))
                                  .toArray()
                                  .isEmpty();
    m_cafPersons = cafComposition ? api.personnes : QList<MenagePerson>();
    m_cafButton->setEnabled(!m_cafPersons.isEmpty() && !m_readOnly);
    if (m_cafPersons.isEmpty()) {
        m_cafNote->setText(m_persons->rowCount() == 0
                               ? tr("No household composition from the CAF/MSA: enter the persons below (until then, "
                                    "the applicant alone counts).")
                               : tr("No household composition from the CAF/MSA: the persons below count."));
    } else if (m_persons->rowCount() == 0) {
        m_cafNote->setText(
            tr("None entered: the %n person(s) of the CAF/MSA answer count.", nullptr, int(m_cafPersons.size())));
    } else {
        m_cafNote->setText(
            tr("The persons below count (the CAF/MSA answer has %n).", nullptr, int(m_cafPersons.size())));
    }

    m_apiQf = api.quotientFamilialCaf.has_value() && api.quotientFamilialCaf->source.kind == FigureSource::Kind::Api;
    if (m_apiQf) {
        m_qfNote->setText(tr("Family quotient given by the API: %1 € (%2). The attestation is not needed.")
                              .arg(api.quotientFamilialCaf->valeur)
                              .arg(Engine::sourceText(api.quotientFamilialCaf->source)));
    } else {
        m_qfNote->setText(tr("No family quotient from the API: type the one of the CAF/MSA attestation, with its "
                             "month."));
    }
    m_apiFiscal = api.fiscal.has_value() && api.fiscal->source.kind == FigureSource::Kind::Api;
    if (m_apiFiscal) {
        m_fiscalNote->setText(tr("Tax data given by the API: reference tax income %1 €, %2 part(s) (%3). The tax "
                                 "notice is not needed.")
                                  .arg(QLocale().toString(api.fiscal->rfrEuros))
                                  .arg(quartersForEdit(api.fiscal->partsQuarters))
                                  .arg(Engine::sourceText(api.fiscal->source)));
    } else {
        m_fiscalNote->setText(tr("No tax data from the API: type the figures of the tax notice."));
    }
    m_apiStatuses.clear();
    QStringList given;
    for (Benefit b : benefits()) {
        // Only an answer with the status closes the paper field: after a "not found", a letter typed
        // by the agent counts (menageFromDossier).
        bool answered = false;
        for (const StoredSource& src : std::as_const(m_dossier.sources)) {
            QString name = src.source;
            name.replace(QLatin1Char('-'), QLatin1Char('_'));
            if (name == MenageJson::benefitKey(b) && !src.json.contains(QLatin1String("error")))
                answered =
                    src.json.value(QLatin1String("data")).toObject().value(QLatin1String("est_beneficiaire")).isBool();
        }
        const auto it = api.statuts.find(b);
        if (answered && it != api.statuts.end() && it->second.source.kind == FigureSource::Kind::Api) {
            m_apiStatuses << b;
            given << EntryText::benefitLabel(b);
        }
    }
    m_statusNote->setText(given.isEmpty() ? tr("No status from the APIs: a notification letter can stand in.")
                                          : tr("Statuses given by the APIs: %1. The others can come from a "
                                               "notification letter.")
                                                .arg(QLocale().createSeparatedList(given)));
    setReadOnly(m_readOnly); // enables the paper fields the APIs leave open
}

void HouseholdEditor::takeCafComposition()
{
    if (m_cafPersons.isEmpty() || m_readOnly)
        return;
    m_persons->setPersons(m_cafPersons);
    onChanged();
    if (QWidget* first = m_persons->firstField())
        first->setFocus();
}

QString HouseholdEditor::communeProblem() const
{
    const QString c = m_commune->text().trimmed().toUpper();
    if (c.isEmpty() || EntryText::isCommuneCode(c))
        return QString();
    return tr("Not a commune code: 5 characters of the INSEE code (COG), like 78358 or 2A004 (not the postcode)");
}

QString HouseholdEditor::requestedAmountProblem() const
{
    const QString t = m_requested->text();
    if (t.trimmed().isEmpty() || EntryText::parseAmount(t))
        return QString();
    return EntryText::notAnAmount();
}

QString HouseholdEditor::qfProblem() const
{
    if (m_apiQf)
        return QString();
    const QString value = m_qfValue->text().trimmed();
    const bool dated = m_qfMonth->value() != 0 || m_qfYear->value() != m_qfYear->minimum();
    if (value.isEmpty())
        return dated ? tr("Type the quotient of the attestation, or clear its month and year") : QString();
    if (!EntryText::parseWholeEuros(value))
        return tr("The family quotient is a whole number of euros, like 649");
    if (m_qfMonth->value() == 0 || m_qfYear->value() == m_qfYear->minimum())
        return tr("Give the month and year of the attestation: the quotient changes from month to month");
    return QString();
}

QString HouseholdEditor::fiscalProblem() const
{
    if (m_apiFiscal)
        return QString();
    const QString rfr = m_rfr->text().trimmed();
    const QString parts = m_parts->text().trimmed();
    const QString impot = m_impot->text().trimmed();
    const bool year = m_incomeYear->value() != m_incomeYear->minimum();
    if (rfr.isEmpty() && parts.isEmpty() && impot.isEmpty() && !year)
        return QString();
    if (rfr.isEmpty() || !EntryText::parseWholeEuros(rfr))
        return tr("Type the reference tax income in whole euros, like 18000");
    if (parts.isEmpty() || !parseQuarters(parts))
        return tr("Type the number of parts of the tax notice, like 3 or 2,5");
    if (!impot.isEmpty() && !EntryText::parseWholeEuros(impot))
        return tr("The income tax is a whole number of euros (leave it empty if unknown)");
    if (!year)
        return tr("Give the income year of the tax notice");
    return QString();
}

void HouseholdEditor::checkFields()
{
    EntryText::setMessage(m_communeMessage, m_commune, communeProblem());
    EntryText::setMessage(m_requestedMessage, m_requested, requestedAmountProblem());
    EntryText::setMessage(m_qfMessage, m_qfValue, qfProblem());
    EntryText::setMessage(m_fiscalMessage, m_rfr, fiscalProblem());
}

bool HouseholdEditor::hasProblem() const
{
    return m_persons->hasProblem() || m_resources->hasInvalidAmount() || m_charges->hasInvalidAmount() ||
           !communeProblem().isEmpty() || !requestedAmountProblem().isEmpty() || !qfProblem().isEmpty() ||
           !fiscalProblem().isEmpty();
}

bool HouseholdEditor::validate()
{
    checkFields();
    bool ok = m_persons->validate();
    const auto focusIf = [&ok](bool problem, QWidget* field) {
        if (problem && ok)
            field->setFocus();
        if (problem)
            ok = false;
    };
    focusIf(!communeProblem().isEmpty(), m_commune);
    focusIf(!requestedAmountProblem().isEmpty(), m_requested);
    const bool resourcesOk = m_resources->validate(); // focuses its first wrong line
    if (!resourcesOk)
        ok = false;
    const bool chargesOk = m_charges->validate();
    if (!chargesOk)
        ok = false;
    focusIf(!qfProblem().isEmpty(), m_qfValue);
    focusIf(!fiscalProblem().isEmpty(), m_rfr);
    return ok;
}

HouseholdEditor::Edits HouseholdEditor::edits() const
{
    Edits e;
    e.resources = m_resources->lines();
    e.charges = m_charges->lines();

    // The stored entry, with the keys edited here replaced: keys of a newer version are kept.
    QJsonObject entry = m_dossier.householdEntry;
    for (const QLatin1String& k : {KeyPersonnes, KeyCommune, KeyDemande, KeyQf, KeyFiscal, KeyStatuts})
        entry.remove(k);

    const QList<MenagePerson> persons = m_persons->persons();
    if (!persons.isEmpty()) {
        QJsonArray array;
        for (const MenagePerson& p : persons) {
            QJsonObject o{{QStringLiteral("role"), MenageJson::roleKey(p.role)}};
            if (p.dateNaissance.isValid())
                o.insert(QStringLiteral("date_naissance"), p.dateNaissance.toString(Qt::ISODate));
            if (p.residenceAlternee)
                o.insert(QStringLiteral("residence_alternee"), true);
            array.append(o);
        }
        entry.insert(KeyPersonnes, array);
    }
    if (communeProblem().isEmpty() && !m_commune->text().trimmed().isEmpty())
        entry.insert(KeyCommune, m_commune->text().trimmed().toUpper());

    QJsonObject demande;
    const QString nature = m_nature->currentData().toString();
    if (!nature.isEmpty())
        demande.insert(QStringLiteral("nature"), nature);
    if (const auto cents = EntryText::parseAmount(m_requested->text()))
        demande.insert(QStringLiteral("montant_demande"), double(*cents) / 100.0);
    if (!demande.isEmpty())
        entry.insert(KeyDemande, demande);

    if (!m_apiQf && qfProblem().isEmpty() && !m_qfValue->text().trimmed().isEmpty()) {
        entry.insert(KeyQf, QJsonObject{{QStringLiteral("valeur"),
                                         double(EntryText::parseWholeEuros(m_qfValue->text()).value_or(0))},
                                        {QStringLiteral("fournisseur"), m_qfProvider->currentData().toString()},
                                        {QStringLiteral("annee"), m_qfYear->value()},
                                        {QStringLiteral("mois"), m_qfMonth->value()}});
    }
    if (!m_apiFiscal && fiscalProblem().isEmpty() && !m_rfr->text().trimmed().isEmpty()) {
        QJsonObject fiscal{{QStringLiteral("rfr"), double(EntryText::parseWholeEuros(m_rfr->text()).value_or(0))},
                           {QStringLiteral("nombre_parts"), double(parseQuarters(m_parts->text()).value_or(0)) / 4.0},
                           {QStringLiteral("annee_revenus"), m_incomeYear->value()}};
        if (const auto impot = EntryText::parseWholeEuros(m_impot->text()))
            fiscal.insert(QStringLiteral("impot"), double(*impot));
        entry.insert(KeyFiscal, fiscal);
    }
    QJsonObject statuts;
    for (Benefit b : benefits()) {
        if (m_apiStatuses.contains(b))
            continue;
        const QVariant v = m_statuses.value(b)->currentData();
        if (v.isValid())
            statuts.insert(MenageJson::benefitKey(b), v.toBool());
    }
    if (!statuts.isEmpty())
        entry.insert(KeyStatuts, statuts);
    e.entry = entry;
    return e;
}

QString HouseholdEditor::snapshot(const Edits& e)
{
    QJsonArray lines;
    for (const QList<BudgetLine>* list : {&e.resources, &e.charges}) {
        QJsonArray a;
        for (const BudgetLine& l : *list)
            a.append(QJsonArray{l.type, double(l.amountCents), l.origin});
        lines.append(a);
    }
    return QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("entry"), e.entry}, {QStringLiteral("lines"), lines}})
            .toJson(QJsonDocument::Compact));
}

bool HouseholdEditor::isModified() const
{
    return hasProblem() || snapshot(edits()) != m_savedSnapshot;
}

void HouseholdEditor::markSaved(const Edits& saved)
{
    m_dossier.resources = saved.resources;
    m_dossier.charges = saved.charges;
    m_dossier.householdEntry = saved.entry;
    m_savedSnapshot = snapshot(saved);
}

void HouseholdEditor::onChanged()
{
    if (m_loading)
        return;
    checkFields();
    if (m_persons->rowCount() == 0 || sender() == m_persons)
        updateApiNotes();
    Q_EMIT changed();
}

void HouseholdEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_persons->setReadOnly(readOnly);
    m_resources->setReadOnly(readOnly);
    m_charges->setReadOnly(readOnly);
    m_cafButton->setEnabled(!readOnly && !m_cafPersons.isEmpty());
    m_commune->setReadOnly(readOnly);
    m_nature->setEnabled(!readOnly);
    m_requested->setReadOnly(readOnly);
    for (QWidget* w : {static_cast<QWidget*>(m_qfValue), static_cast<QWidget*>(m_qfProvider),
                       static_cast<QWidget*>(m_qfMonth), static_cast<QWidget*>(m_qfYear)})
        w->setEnabled(!readOnly && !m_apiQf);
    for (QWidget* w : {static_cast<QWidget*>(m_rfr), static_cast<QWidget*>(m_parts), static_cast<QWidget*>(m_impot),
                       static_cast<QWidget*>(m_incomeYear)})
        w->setEnabled(!readOnly && !m_apiFiscal);
    for (auto it = m_statuses.cbegin(); it != m_statuses.cend(); ++it)
        it.value()->setEnabled(!readOnly && !m_apiStatuses.contains(it.key()));
}

} // namespace ccas
