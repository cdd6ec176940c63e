#include "PersonsEditor.h"

#include "EntryText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace ccas {

PersonsEditor::PersonsEditor(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("personsEditor"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* top = new QHBoxLayout;
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("personsCountLabel"));
    m_count->setTextFormat(Qt::PlainText);
    m_add = new QPushButton(tr("Add a &person"), this);
    m_add->setObjectName(QStringLiteral("personAddButton"));
    m_add->setAccessibleName(tr("Add a person to the household"));
    top->addWidget(m_count, 1);
    top->addWidget(m_add);
    layout->addLayout(top);
    m_rowsLayout = new QVBoxLayout;
    m_rowsLayout->setSpacing(2);
    layout->addLayout(m_rowsLayout);
    connect(m_add, &QPushButton::clicked, this, &PersonsEditor::addPerson);
    renumber();
}

PersonsEditor::~PersonsEditor() = default;

void PersonsEditor::setPersons(const QList<MenagePerson>& persons)
{
    const QSignalBlocker blocker(this);
    for (const Row& r : std::as_const(m_rows))
        delete r.container;
    m_rows.clear();
    for (const MenagePerson& p : persons)
        appendRow(p);
    renumber();
    checkAll();
}

PersonsEditor::Row& PersonsEditor::appendRow(const MenagePerson& person)
{
    Row row;
    row.container = new QWidget(this);
    auto* v = new QVBoxLayout(row.container);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(0);
    auto* h = new QHBoxLayout;
    v->addLayout(h);
    row.role = new QComboBox(row.container);
    row.role->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    row.role->setMinimumContentsLength(10);
    for (PersonRole role : {PersonRole::Demandeur, PersonRole::Conjoint, PersonRole::Enfant, PersonRole::Autre})
        row.role->addItem(EntryText::roleLabel(role), MenageJson::roleKey(role));
    row.role->setCurrentIndex(std::max(0, row.role->findData(MenageJson::roleKey(person.role))));
    row.birth = new QLineEdit(EntryText::dateForEdit(person.dateNaissance), row.container);
    row.birth->setPlaceholderText(tr("dd/mm/yyyy"));
    row.birth->setMaxLength(10);
    row.alternate = new QCheckBox(tr("alternating residence"), row.container);
    row.alternate->setChecked(person.residenceAlternee);
    row.remove = new QToolButton(row.container);
    row.remove->setText(QStringLiteral("✕"));
    row.remove->setAutoRaise(true);
    row.remove->setFocusPolicy(Qt::StrongFocus);
    h->addWidget(row.role, 2);
    h->addWidget(row.birth, 2);
    h->addWidget(row.alternate, 2);
    h->addWidget(row.remove);
    row.message = EntryText::makeMessage(row.container, QString(), row.birth);
    v->addWidget(row.message);
    m_rowsLayout->addWidget(row.container);
    row.container->show(); // at once (a layout would show it only at the next event loop turn)

    QWidget* container = row.container;
    QComboBox* role = row.role;
    QCheckBox* alternate = row.alternate;
    auto updateAlternate = [role, alternate, this]() {
        const bool child = role->currentData().toString() == MenageJson::roleKey(PersonRole::Enfant);
        alternate->setEnabled(child && !m_readOnly);
        if (!child)
            alternate->setChecked(false);
    };
    updateAlternate();
    connect(row.role, &QComboBox::currentIndexChanged, this, [this, updateAlternate]() {
        updateAlternate();
        checkAll();
        Q_EMIT changed();
    });
    connect(row.birth, &QLineEdit::textChanged, this, [this]() {
        checkAll();
        Q_EMIT changed();
    });
    connect(row.alternate, &QCheckBox::toggled, this, &PersonsEditor::changed);
    connect(row.birth, &QLineEdit::returnPressed, this, [this, container]() {
        for (int i = 0; i < m_rows.size(); ++i) {
            if (m_rows[i].container != container)
                continue;
            if (i + 1 < m_rows.size())
                m_rows[i + 1].role->setFocus();
            else if (!m_readOnly)
                addPerson();
            return;
        }
    });
    connect(row.remove, &QToolButton::clicked, this, [this, container]() { removeRow(container); });
    row.role->setEnabled(!m_readOnly);
    row.birth->setReadOnly(m_readOnly);
    row.remove->setEnabled(!m_readOnly);
    m_rows.append(row);
    return m_rows.last();
}

void PersonsEditor::addPerson()
{
    if (m_readOnly)
        return;
    MenagePerson p;
    // The first person is the applicant; the next ones are most often children.
    p.role = m_rows.isEmpty() ? PersonRole::Demandeur : PersonRole::Enfant;
    Row& row = appendRow(p);
    QComboBox* role = row.role;
    renumber();
    checkAll();
    role->setFocus();
    Q_EMIT changed();
}

void PersonsEditor::removeRow(QWidget* container)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].container != container)
            continue;
        m_rows.removeAt(i);
        container->hide();
        container->deleteLater();
        renumber();
        checkAll();
        if (i < m_rows.size())
            m_rows[i].role->setFocus();
        else if (!m_rows.isEmpty())
            m_rows.last().role->setFocus();
        else
            m_add->setFocus();
        Q_EMIT changed();
        return;
    }
}

void PersonsEditor::renumber()
{
    QWidget* previous = m_add;
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row& r = m_rows[i];
        const QString n = QString::number(i);
        const int number = i + 1;
        r.container->setObjectName(QStringLiteral("personRow") + n);
        r.role->setObjectName(QStringLiteral("personRoleCombo") + n);
        r.birth->setObjectName(QStringLiteral("personBirthEdit") + n);
        r.alternate->setObjectName(QStringLiteral("personAlternateCheck") + n);
        r.remove->setObjectName(QStringLiteral("personRemoveButton") + n);
        r.message->setObjectName(QStringLiteral("personBirthMessage") + n);
        r.role->setAccessibleName(tr("Person %1: role in the household").arg(number));
        r.birth->setAccessibleName(tr("Person %1: birth date").arg(number));
        r.alternate->setAccessibleName(tr("Person %1: child in alternating residence").arg(number));
        r.remove->setAccessibleName(tr("Remove person %1").arg(number));
        r.remove->setToolTip(r.remove->accessibleName());
        for (QWidget* w : {static_cast<QWidget*>(r.role), static_cast<QWidget*>(r.birth),
                           static_cast<QWidget*>(r.alternate), static_cast<QWidget*>(r.remove)}) {
            setTabOrder(previous, w);
            previous = w;
        }
    }
    m_count->setText(m_rows.isEmpty() ? tr("No person entered.")
                                      : tr("%n person(s) in the household.", nullptr, int(m_rows.size())));
}

QString PersonsEditor::problem(int index) const
{
    const Row& r = m_rows[index];
    const QString text = r.birth->text().trimmed();
    if (!text.isEmpty()) {
        const QDate d = EntryText::parseDate(text);
        if (!d.isValid())
            return tr("Not a date: write it like 14/03/1984 (or leave it empty if unknown)");
        if (m_reference.isValid() && d > m_reference)
            return tr("This birth date is in the future");
        if (d.year() < 1900)
            return tr("This birth date is too old");
    }
    const QString role = r.role->currentData().toString();
    if (role == MenageJson::roleKey(PersonRole::Demandeur) || role == MenageJson::roleKey(PersonRole::Conjoint)) {
        for (int j = 0; j < index; ++j)
            if (m_rows[j].role->currentData().toString() == role)
                return role == MenageJson::roleKey(PersonRole::Demandeur) ? tr("The household has one applicant only")
                                                                          : tr("The household has one spouse only");
    }
    return QString();
}

void PersonsEditor::checkAll()
{
    for (int i = 0; i < m_rows.size(); ++i)
        EntryText::setMessage(m_rows[i].message, m_rows[i].birth, problem(i));
}

bool PersonsEditor::hasProblem() const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (!problem(i).isEmpty())
            return true;
    return false;
}

bool PersonsEditor::validate()
{
    checkAll();
    for (int i = 0; i < m_rows.size(); ++i) {
        if (!problem(i).isEmpty()) {
            m_rows[i].birth->setFocus();
            return false;
        }
    }
    return true;
}

QList<MenagePerson> PersonsEditor::persons() const
{
    QList<MenagePerson> out;
    for (const Row& r : m_rows) {
        MenagePerson p;
        p.role = MenageJson::roleFromKey(r.role->currentData().toString()).value_or(PersonRole::Autre);
        const QDate d = EntryText::parseDate(r.birth->text());
        if (d.isValid() && (!m_reference.isValid() || d <= m_reference) && d.year() >= 1900)
            p.dateNaissance = d;
        p.residenceAlternee = p.role == PersonRole::Enfant && r.alternate->isChecked();
        out << p;
    }
    return out;
}

void PersonsEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_add->setEnabled(!readOnly);
    for (const Row& r : std::as_const(m_rows)) {
        r.role->setEnabled(!readOnly);
        r.birth->setReadOnly(readOnly);
        r.alternate->setEnabled(!readOnly &&
                                r.role->currentData().toString() == MenageJson::roleKey(PersonRole::Enfant));
        r.remove->setEnabled(!readOnly);
    }
}

QWidget* PersonsEditor::firstField() const
{
    return m_rows.isEmpty() ? static_cast<QWidget*>(m_add) : static_cast<QWidget*>(m_rows.first().role);
}

} // namespace ccas
