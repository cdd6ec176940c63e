#include "IdentityForm.h"

#include "api/ImpotParticulierClient.h"
#include "cog/CogText.h"
#include "cog/CommuneDirectory.h"
#include "cog/CountryDirectory.h"
#include "domain/Nir.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QDate>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>

namespace ccas {

namespace {

constexpr int kCodeRole = Qt::UserRole + 1;
constexpr int kSuggestions = 12;

QSpinBox* makeSpin(int max, const QString& blank, const QString& name, QWidget* parent)
{
    auto* s = new QSpinBox(parent);
    s->setObjectName(name);
    s->setRange(0, max);
    s->setSpecialValueText(blank); // 0 = not given
    s->setAccelerated(true);
    return s;
}

} // namespace

IdentityForm::IdentityForm(QWidget* parent)
    : QWidget(parent)
{
    // The commune list takes a few tens of milliseconds to load: never on the GUI thread at start.
    CommuneDirectory::preloadInBackground();
    auto* form = new QFormLayout(this);
    m_formLayout = form;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    // NIR pre-fill first: it fills sex, birth year/month and place.
    auto* nirRow = new QHBoxLayout;
    m_nir = new QLineEdit(this);
    m_nir->setObjectName(QStringLiteral("nirEdit"));
    m_nir->setPlaceholderText(tr("optional: 15 characters, fills sex, birth year, month and place"));
    m_nir->setAccessibleName(tr("Social security number (NIR)"));
    auto* nirButton = new QPushButton(tr("P&re-fill"), this);
    nirButton->setObjectName(QStringLiteral("nirPrefillButton"));
    nirButton->setAccessibleName(tr("Pre-fill from the NIR"));
    nirRow->addWidget(m_nir, 1);
    nirRow->addWidget(nirButton);
    form->addRow(tr("NIR:"), nirRow);
    m_nirMessage = new QLabel(this);
    m_nirMessage->setObjectName(QStringLiteral("nirMessage"));
    m_nirMessage->setWordWrap(true);
    m_nirMessage->setVisible(false);
    form->addRow(QString(), m_nirMessage);
    connect(nirButton, &QPushButton::clicked, this, &IdentityForm::prefillFromNir);
    connect(m_nir, &QLineEdit::returnPressed, this, &IdentityForm::prefillFromNir);

    m_nomNaissance = addLine(form, tr("Birth &name:"), QStringLiteral("nomNaissanceEdit"),
                             QStringLiteral("nomNaissance"), tr("as on the birth certificate"));
    m_nomUsage =
        addLine(form, tr("&Usage name:"), QStringLiteral("nomUsageEdit"), QStringLiteral("nomUsage"), tr("optional"));

    auto* prenoms = new QHBoxLayout;
    m_prenom1 = new QLineEdit(this);
    m_prenom2 = new QLineEdit(this);
    m_prenom3 = new QLineEdit(this);
    int i = 1;
    for (QLineEdit* e : {m_prenom1, m_prenom2, m_prenom3}) {
        e->setObjectName(QStringLiteral("prenom%1Edit").arg(i));
        e->setAccessibleName(tr("First name %1").arg(i));
        e->setPlaceholderText(i == 1 ? tr("first name") : tr("optional"));
        prenoms->addWidget(e);
        connect(e, &QLineEdit::returnPressed, this, &IdentityForm::submitted);
        ++i;
    }
    auto* prenomsLabel = new QLabel(tr("F&irst names:"), this);
    prenomsLabel->setBuddy(m_prenom1);
    form->addRow(prenomsLabel, prenoms);
    m_inputs.insert(QStringLiteral("prenoms"), m_prenom1);
    addMessage(form, QStringLiteral("prenoms"), m_prenom1);

    m_sexe = new QComboBox(this);
    m_sexe->setObjectName(QStringLiteral("sexeCombo"));
    m_sexe->addItem(tr("— choose —"), QString());
    m_sexe->addItem(tr("Female"), QStringLiteral("F"));
    m_sexe->addItem(tr("Male"), QStringLiteral("M"));
    m_sexe->setAccessibleName(tr("Sex on the civil-status record"));
    auto* sexeLabel = new QLabel(tr("&Sex:"), this);
    sexeLabel->setBuddy(m_sexe);
    form->addRow(sexeLabel, m_sexe);
    m_inputs.insert(QStringLiteral("sexe"), m_sexe);
    addMessage(form, QStringLiteral("sexe"), m_sexe);

    auto* birth = new QHBoxLayout;
    m_jour = makeSpin(31, tr("day"), QStringLiteral("jourSpin"), this);
    m_mois = makeSpin(12, tr("month"), QStringLiteral("moisSpin"), this);
    m_annee = makeSpin(QDate::currentDate().year(), tr("year"), QStringLiteral("anneeSpin"), this);
    m_jour->setAccessibleName(tr("Birth day"));
    m_mois->setAccessibleName(tr("Birth month"));
    m_annee->setAccessibleName(tr("Birth year"));
    birth->addWidget(m_jour);
    birth->addWidget(m_mois);
    birth->addWidget(m_annee, 1);
    auto* birthLabel = new QLabel(tr("&Birth date:"), this);
    birthLabel->setBuddy(m_jour);
    form->addRow(birthLabel, birth);
    m_inputs.insert(QStringLiteral("jourNaissance"), m_jour);
    m_inputs.insert(QStringLiteral("moisNaissance"), m_mois);
    m_inputs.insert(QStringLiteral("anneeNaissance"), m_annee);
    addMessage(form, QStringLiteral("anneeNaissance"), m_annee);
    addMessage(form, QStringLiteral("moisNaissance"), m_mois);
    addMessage(form, QStringLiteral("jourNaissance"), m_jour);

    m_pays = addLine(form, tr("Birth c&ountry (COG):"), QStringLiteral("paysEdit"), QStringLiteral("codePaysNaissance"),
                     tr("99100 = France; abroad: a country name or its 99xxx code"));
    m_paysInfo = new QLabel(this);
    m_paysInfo->setObjectName(QStringLiteral("paysInfoLabel"));
    m_paysInfo->setWordWrap(true);
    m_paysInfo->setVisible(false);
    form->addRow(QString(), m_paysInfo);
    m_commune = addLine(form, tr("Bir&th commune (COG):"), QStringLiteral("communeEdit"),
                        QStringLiteral("codeCommuneNaissance"),
                        tr("born in France: a commune name or its INSEE code, e.g. 13001"));
    m_communeInfo = new QLabel(this);
    m_communeInfo->setObjectName(QStringLiteral("communeInfoLabel"));
    m_communeInfo->setWordWrap(true);
    m_communeInfo->setVisible(false);
    form->addRow(QString(), m_communeInfo);
    m_nomCommune = addLine(form, tr("or commune na&me:"), QStringLiteral("nomCommuneEdit"),
                           QStringLiteral("nomCommuneNaissance"), tr("with the département and the birth year"));
    m_departement = addLine(form, tr("and &département:"), QStringLiteral("departementEdit"),
                            QStringLiteral("codeDepartementNaissance"), tr("e.g. 13, 2A, 971"));

    m_communeModel = new QStandardItemModel(this);
    m_communeCompleter = addSuggestions(m_commune, m_communeModel, QStringLiteral("commune"));
    m_communeCompleter->popup()->setAccessibleName(tr("Communes matching the birth commune"));
    connect(m_commune, &QLineEdit::textEdited, this, &IdentityForm::suggestCommunes);
    connect(m_commune, &QLineEdit::textChanged, this, &IdentityForm::describeCommune);
    connect(m_commune, &QLineEdit::editingFinished, this, [this] {
        if (!suggestionsVisible())
            checkCommune(false);
    });
    connect(m_communeCompleter, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            [this](const QModelIndex& index) { chooseCommune(index.data(kCodeRole).toString()); });

    m_paysModel = new QStandardItemModel(this);
    m_paysCompleter = addSuggestions(m_pays, m_paysModel, QStringLiteral("pays"));
    m_paysCompleter->popup()->setAccessibleName(tr("Countries matching the birth country"));
    connect(m_pays, &QLineEdit::textEdited, this, &IdentityForm::suggestCountries);
    connect(m_pays, &QLineEdit::textChanged, this, &IdentityForm::describeCountry);
    connect(m_pays, &QLineEdit::editingFinished, this, [this] {
        if (!suggestionsVisible())
            checkCountry(false);
    });
    connect(m_paysCompleter, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            [this](const QModelIndex& index) { chooseCountry(index.data(kCodeRole).toString()); });
    m_pays->setText(QStringLiteral("99100"));

    auto* period = new QHBoxLayout;
    m_qfMois = makeSpin(12, tr("current month"), QStringLiteral("qfMoisSpin"), this);
    m_qfAnnee = makeSpin(QDate::currentDate().year(), tr("current year"), QStringLiteral("qfAnneeSpin"), this);
    m_qfMois->setAccessibleName(tr("Family quotient month"));
    m_qfAnnee->setAccessibleName(tr("Family quotient year"));
    period->addWidget(m_qfMois);
    period->addWidget(m_qfAnnee, 1);
    auto* periodLabel = new QLabel(tr("QF &period:"), this);
    periodLabel->setBuddy(m_qfMois);
    form->addRow(periodLabel, period);
    m_inputs.insert(QStringLiteral("mois"), m_qfMois);
    m_inputs.insert(QStringLiteral("annee"), m_qfAnnee);
    addMessage(form, QStringLiteral("annee"), m_qfAnnee);
    addMessage(form, QStringLiteral("mois"), m_qfMois);
    addMessage(form, QStringLiteral("recipient"), m_nomNaissance);

    // API Impôt particulier (DGFiP): the tax number printed on the tax notice, and the income year.
    m_spi = addLine(form, tr("Ta&x number (SPI):"), QStringLiteral("spiEdit"), QStringLiteral("spi"),
                    tr("optional: 13 digits, on the tax notice"));
    m_spi->setAccessibleName(tr("Tax number (SPI)"));
    m_spi->setAccessibleDescription(
        tr("Optional. The 13-digit numéro fiscal printed on the tax notice; spaces are allowed."));
    m_spi->setInputMethodHints(Qt::ImhPreferNumbers);
    m_spi->setMaxLength(32);
    const int thisYear = QDate::currentDate().year();
    m_incomeYear = new QSpinBox(this);
    m_incomeYear->setObjectName(QStringLiteral("anneeRevenusSpin"));
    // The lowest value stands for "the latest situation"; then the four income years that can be asked.
    m_incomeYear->setRange(thisYear - 5, thisYear - 1);
    m_incomeYear->setSpecialValueText(tr("latest"));
    m_incomeYear->setValue(m_incomeYear->minimum());
    m_incomeYear->setAccessibleName(tr("Income year of the tax situation"));
    m_incomeYear->setAccessibleDescription(tr("“latest” asks for the most recent tax situation."));
    auto* incomeYearLabel = new QLabel(tr("Income &year:"), this);
    incomeYearLabel->setBuddy(m_incomeYear);
    form->addRow(incomeYearLabel, m_incomeYear);
    m_inputs.insert(QStringLiteral("annrev"), m_incomeYear);
    addMessage(form, QStringLiteral("annrev"), m_incomeYear);
}

IdentityForm::~IdentityForm()
{
    // Closing the window takes the focus away from a line edit after this object's members are gone:
    // its editingFinished must not reach the handlers any more.
    const QList<QLineEdit*> edits = findChildren<QLineEdit*>();
    for (QLineEdit* e : edits)
        disconnect(e, nullptr, this, nullptr);
}

QLineEdit* IdentityForm::addLine(QFormLayout* form, const QString& label, const QString& objectName,
                                 const QString& field, const QString& placeholder)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    QString accessible = label;
    accessible.remove(QLatin1Char('&')).remove(QLatin1Char(':'));
    edit->setAccessibleName(accessible.trimmed());
    auto* l = new QLabel(label, this);
    l->setBuddy(edit);
    form->addRow(l, edit);
    m_inputs.insert(field, edit);
    // Enter in an open list of suggestions chooses one; it does not submit the form.
    connect(edit, &QLineEdit::returnPressed, this, [this] {
        if (!suggestionsVisible())
            Q_EMIT submitted();
    });
    addMessage(form, field, edit);
    return edit;
}

void IdentityForm::addMessage(QFormLayout* form, const QString& field, QWidget* buddy)
{
    auto* message = new QLabel(this);
    message->setObjectName(field + QStringLiteral("Message"));
    message->setWordWrap(true);
    message->setVisible(false);
    message->setStyleSheet(QStringLiteral("color: palette(highlight); font-weight: bold;"));
    message->setBuddy(buddy);
    form->addRow(QString(), message);
    m_messages.insert(field, message);
}

Identity IdentityForm::identity() const
{
    Identity id;
    id.nomNaissance = m_nomNaissance->text();
    id.nomUsage = m_nomUsage->text();
    for (QLineEdit* e : {m_prenom1, m_prenom2, m_prenom3})
        if (!e->text().trimmed().isEmpty())
            id.prenoms << e->text();
    id.sexe = m_sexe->currentData().toString();
    id.jourNaissance = m_jour->value();
    id.moisNaissance = m_mois->value();
    id.anneeNaissance = m_annee->value();
    id.codePaysNaissance = m_pays->text();
    id.codeCommuneNaissance = m_commune->text();
    id.nomCommuneNaissance = m_nomCommune->text();
    id.codeDepartementNaissance = m_departement->text();
    return id.normalised();
}

std::optional<YearMonth> IdentityForm::period() const
{
    if (m_qfAnnee->value() == 0 && m_qfMois->value() == 0)
        return std::nullopt;
    return YearMonth{m_qfAnnee->value(), m_qfMois->value()};
}

void IdentityForm::setIdentity(const Identity& id)
{
    m_nomNaissance->setText(id.nomNaissance);
    m_nomUsage->setText(id.nomUsage);
    m_prenom1->setText(id.prenoms.value(0));
    m_prenom2->setText(id.prenoms.value(1));
    m_prenom3->setText(id.prenoms.value(2));
    m_sexe->setCurrentIndex(std::max(0, m_sexe->findData(id.sexe)));
    m_annee->setValue(id.anneeNaissance);
    m_mois->setValue(id.moisNaissance);
    m_jour->setValue(id.jourNaissance);
    m_pays->setText(id.codePaysNaissance);
    m_commune->setText(id.codeCommuneNaissance);
    m_nomCommune->setText(id.nomCommuneNaissance);
    m_departement->setText(id.codeDepartementNaissance);
}

QString IdentityForm::spi() const
{
    return ImpotParticulierClient::normalisedSpi(m_spi->text());
}

void IdentityForm::setSpi(const QString& spi)
{
    m_spi->setText(spi);
}

std::optional<int> IdentityForm::incomeYear() const
{
    if (m_incomeYear->value() == m_incomeYear->minimum())
        return std::nullopt;
    return m_incomeYear->value();
}

void IdentityForm::setTaxFieldsVisible(bool visible)
{
    m_formLayout->setRowVisible(m_spi, visible);
    m_formLayout->setRowVisible(m_incomeYear, visible);
    for (const QString& field : {QStringLiteral("spi"), QStringLiteral("annrev")}) {
        QLabel* message = m_messages.value(field);
        if (!visible || !message->text().isEmpty())
            m_formLayout->setRowVisible(message, visible);
    }
}

void IdentityForm::prefillFromNir()
{
    m_nirMessage->setVisible(false);
    if (m_nir->text().trimmed().isEmpty())
        return;
    const auto nir = Nir::parse(m_nir->text(), QDate::currentDate().year());
    if (!nir) {
        m_nirMessage->setText(nir.error().userMessage);
        m_nirMessage->setVisible(true);
        m_nir->setFocus();
        return;
    }
    const NirInfo& n = nir.value();
    m_sexe->setCurrentIndex(std::max(0, m_sexe->findData(n.sexe)));
    m_annee->setValue(n.anneeNaissance);
    m_mois->setValue(n.moisNaissance);
    m_pays->setText(n.codePaysNaissance);
    m_commune->setText(n.codeCommuneNaissance);
    if (!n.codeCommuneNaissance.isEmpty() || n.neAEtranger) {
        m_nomCommune->clear();
        m_departement->clear();
    }
    m_nirMessage->setText(tr("Sex, birth year, month and place were filled from the NIR: check them."));
    m_nirMessage->setVisible(true);
    // The NIR itself is not sent to API Particulier and is not kept.
    m_nir->clear();
    m_nomNaissance->setFocus();
}

void IdentityForm::clearErrors()
{
    for (QLabel* l : std::as_const(m_messages)) {
        l->clear();
        l->setVisible(false);
    }
}

void IdentityForm::showErrors(const QList<FieldError>& errors)
{
    clearErrors();
    QWidget* first = nullptr;
    for (const FieldError& e : errors) {
        QLabel* l = m_messages.value(e.field);
        if (!l)
            l = m_messages.value(QStringLiteral("recipient"));
        if (!l->text().isEmpty())
            continue; // one message per field
        l->setText(e.message);
        l->setVisible(true);
        if (!first)
            first = m_inputs.value(e.field);
    }
    // A code that is not in the official list: said too, without hiding the validation message.
    checkCountry(true);
    checkCommune(true);
    if (first)
        first->setFocus();
}

QCompleter* IdentityForm::addSuggestions(QLineEdit* edit, QStandardItemModel* model, const QString& name)
{
    // The completer is not set on the line edit: the list is computed by core/cog for each edit,
    // and choosing an entry puts its code in the field (not the text shown).
    auto* completer = new QCompleter(model, this);
    completer->setObjectName(name + QStringLiteral("Completer"));
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    completer->setMaxVisibleItems(kSuggestions);
    completer->setWidget(edit);
    completer->popup()->setObjectName(name + QStringLiteral("Suggestions"));
    return completer;
}

bool IdentityForm::suggestionsVisible() const
{
    return (m_communeCompleter && m_communeCompleter->popup()->isVisible()) ||
           (m_paysCompleter && m_paysCompleter->popup()->isVisible());
}

namespace {

void fillSuggestions(QStandardItemModel* model, const QList<CogPlace>& places)
{
    model->clear();
    for (const CogPlace& p : places) {
        const QString detail = p.detail();
        auto* item = new QStandardItem(detail.isEmpty() ? p.displayText()
                                                        : QStringLiteral("%1 · %2").arg(p.displayText(), detail));
        item->setData(p.code, kCodeRole);
        item->setEditable(false);
        model->appendRow(item);
    }
}

void showSuggestions(QCompleter* completer, QStandardItemModel* model)
{
    if (model->rowCount() == 0 || !completer->widget()->hasFocus()) {
        completer->popup()->hide();
        return;
    }
    completer->complete();
    completer->popup()->setCurrentIndex({});
}

} // namespace

void IdentityForm::suggestCommunes(const QString& text)
{
    setFieldMessage(QStringLiteral("codeCommuneNaissance"), QString(), false);
    const QString t = text.trimmed();
    // A complete code needs no list; one or two characters give too many names to be useful.
    if (t.size() < 2 || (CogText::looksLikeCode(t) && t.size() == 5)) {
        m_communeCompleter->popup()->hide();
        return;
    }
    fillSuggestions(m_communeModel, CommuneDirectory::shared().search(t, kSuggestions));
    showSuggestions(m_communeCompleter, m_communeModel);
}

void IdentityForm::suggestCountries(const QString& text)
{
    setFieldMessage(QStringLiteral("codePaysNaissance"), QString(), false);
    const QString t = text.trimmed();
    if (t.size() < 2 || (t.size() == 5 && CountryDirectory::shared().contains(t))) {
        m_paysCompleter->popup()->hide();
        return;
    }
    fillSuggestions(m_paysModel, CountryDirectory::shared().search(t, kSuggestions));
    showSuggestions(m_paysCompleter, m_paysModel);
}

void IdentityForm::chooseCommune(const QString& code)
{
    if (code.isEmpty())
        return;
    // Option 1 of the API (the code) excludes option 2 (name + département); a commune means France.
    m_commune->setText(code);
    m_nomCommune->clear();
    m_departement->clear();
    if (m_pays->text().trimmed() != QLatin1String("99100"))
        m_pays->setText(QStringLiteral("99100"));
    setFieldMessage(QStringLiteral("codeCommuneNaissance"), QString(), false);
    setFieldMessage(QStringLiteral("codePaysNaissance"), QString(), false);
    m_commune->setFocus();
}

void IdentityForm::chooseCountry(const QString& code)
{
    if (code.isEmpty())
        return;
    m_pays->setText(code);
    if (code != QLatin1String("99100")) {
        // Born abroad: the country code alone.
        m_commune->clear();
        m_nomCommune->clear();
        m_departement->clear();
        setFieldMessage(QStringLiteral("codeCommuneNaissance"), QString(), false);
    }
    setFieldMessage(QStringLiteral("codePaysNaissance"), QString(), false);
    m_pays->setFocus();
}

void IdentityForm::describeCommune()
{
    const QString t = m_commune->text().trimmed();
    std::optional<CogPlace> place;
    if (t.size() == 5 && CogText::looksLikeCode(t))
        place = CommuneDirectory::shared().byCode(t);
    if (!place) {
        m_communeInfo->clear();
        m_communeInfo->setVisible(false);
        return;
    }
    const QString detail = place->detail();
    m_communeInfo->setText(detail.isEmpty() ? place->displayText()
                                            : QStringLiteral("%1 · %2").arg(place->displayText(), detail));
    m_communeInfo->setVisible(true);
}

void IdentityForm::describeCountry()
{
    const std::optional<CogPlace> place = CountryDirectory::shared().byCode(m_pays->text().trimmed());
    if (!place) {
        m_paysInfo->clear();
        m_paysInfo->setVisible(false);
        return;
    }
    const QString detail = place->detail();
    m_paysInfo->setText(detail.isEmpty() ? place->displayText()
                                         : QStringLiteral("%1 · %2").arg(place->displayText(), detail));
    m_paysInfo->setVisible(true);
}

void IdentityForm::checkCommune(bool onlyIfFree)
{
    const QString t = m_commune->text().trimmed();
    QString message;
    if (t.isEmpty())
        message.clear();
    else if (!CogText::looksLikeCode(t))
        message = tr("Choose a commune in the list of suggestions, or type its name and département in the "
                     "fields below.");
    else if (t.size() == 5 && !CommuneDirectory::shared().contains(t))
        message = tr("This code is not in the official list of communes (COG): check it.");
    else if (t.size() != 5)
        message = tr("A commune code has 5 characters (e.g. 13001, 2A004).");
    setFieldMessage(QStringLiteral("codeCommuneNaissance"), message, onlyIfFree);
}

void IdentityForm::checkCountry(bool onlyIfFree)
{
    const QString t = m_pays->text().trimmed();
    QString message;
    if (!t.isEmpty() && !CountryDirectory::shared().contains(t)) {
        bool digits = true;
        for (const QChar c : t)
            digits = digits && c.isDigit();
        message = digits ? tr("This code is not in the list of countries of the application (COG 99xxx): check it.")
                         : tr("Choose a country in the list of suggestions.");
    }
    setFieldMessage(QStringLiteral("codePaysNaissance"), message, onlyIfFree);
}

void IdentityForm::setFieldMessage(const QString& field, const QString& text, bool onlyIfFree)
{
    QLabel* l = m_messages.value(field);
    if (!l || (onlyIfFree && !l->text().isEmpty()))
        return;
    if (text.isEmpty() && onlyIfFree)
        return; // never clears a validation message
    l->setText(text);
    l->setVisible(!text.isEmpty());
}

} // namespace ccas
