#include "EntryText.h"

#include "domain/Dossier.h"

#include <QLabel>
#include <QRegularExpression>
#include <QWidget>

namespace ccas {

namespace {

QString withoutBlanks(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text)
        if (!c.isSpace() && c != QChar(0x00A0) && c != QChar(0x202F))
            out += c;
    return out;
}

} // namespace

std::optional<qint64> EntryText::parseAmount(const QString& text)
{
    QString t = withoutBlanks(text);
    if (t.endsWith(QLatin1Char(',')) || t.endsWith(QLatin1Char('.')))
        t.chop(1);
    if (t.isEmpty())
        return std::nullopt;
    return DossierText::parseAmount(t);
}

QString EntryText::centsForEdit(qint64 cents)
{
    const QString sign = cents < 0 ? QStringLiteral("-") : QString();
    const qint64 a = cents < 0 ? -cents : cents;
    return sign + QString::number(a / 100) + QLatin1Char(',') +
           QStringLiteral("%1").arg(a % 100, 2, 10, QLatin1Char('0'));
}

std::optional<qint64> EntryText::parseWholeEuros(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^\\d{1,9}(?:[.,]0{1,2})?(?:€|EUR)?$"));
    const QString t = withoutBlanks(text);
    if (!re.match(t).hasMatch())
        return std::nullopt;
    QString digits = t;
    const qsizetype sep = digits.indexOf(QRegularExpression(QStringLiteral("[.,€E]")));
    if (sep >= 0)
        digits.truncate(sep);
    return digits.toLongLong();
}

QDate EntryText::parseDate(const QString& text)
{
    const QString t = text.trimmed();
    for (const QString& format :
         {QStringLiteral("dd/MM/yyyy"), QStringLiteral("d/M/yyyy"), QStringLiteral("yyyy-MM-dd"),
          QStringLiteral("dd.MM.yyyy"), QStringLiteral("dd-MM-yyyy")}) {
        const QDate d = QDate::fromString(t, format);
        if (d.isValid())
            return d;
    }
    return QDate();
}

QString EntryText::dateForEdit(const QDate& date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

bool EntryText::isCommuneCode(const QString& code)
{
    static const QRegularExpression re(QStringLiteral("^(?:\\d{5}|2[AB]\\d{3})$"));
    return re.match(code).hasMatch();
}

QString EntryText::notAnAmount()
{
    return tr("Not an amount: write it like 1234,50");
}

QString EntryText::natureLabel(const QString& nature)
{
    if (nature == QLatin1String("alimentaire"))
        return tr("Food");
    if (nature == QLatin1String("energie"))
        return tr("Energy");
    if (nature == QLatin1String("logement"))
        return tr("Housing");
    if (nature == QLatin1String("transport"))
        return tr("Transport");
    if (nature == QLatin1String("sante"))
        return tr("Health");
    if (nature == QLatin1String("autre"))
        return tr("Other");
    return nature;
}

QString EntryText::roleLabel(PersonRole role)
{
    switch (role) {
    case PersonRole::Demandeur:
        return tr("Applicant");
    case PersonRole::Conjoint:
        return tr("Spouse or partner");
    case PersonRole::Enfant:
        return tr("Child");
    case PersonRole::Autre:
        break;
    }
    return tr("Other person");
}

QString EntryText::benefitLabel(Benefit benefit)
{
    switch (benefit) {
    case Benefit::C2S:
        return tr("C2S");
    case Benefit::RSA:
        return tr("RSA");
    case Benefit::AAH:
        return tr("AAH");
    case Benefit::ASF:
        return tr("ASF");
    case Benefit::PrimeActivite:
        break;
    }
    return tr("Prime d'activité");
}

QLabel* EntryText::makeMessage(QWidget* parent, const QString& objectName, QWidget* field)
{
    auto* message = new QLabel(parent);
    message->setObjectName(objectName);
    message->setWordWrap(true);
    message->setTextFormat(Qt::PlainText);
    message->setVisible(false);
    // Red and bold, and always a sentence: the colour is never the only sign.
    message->setStyleSheet(QStringLiteral("QLabel { color: #b00020; font-weight: bold; }"));
    message->setBuddy(field);
    return message;
}

void EntryText::setMessage(QLabel* message, QWidget* field, const QString& text)
{
    if (message->text() == text && message->isVisibleTo(message->parentWidget()) == !text.isEmpty())
        return;
    message->setText(text);
    message->setVisible(!text.isEmpty());
    if (field)
        field->setAccessibleDescription(text);
}

} // namespace ccas
