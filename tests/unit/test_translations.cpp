// The translations: both .ts files of the source tree are complete and faithful to their sources
// (placeholders, accelerators, surrounding whitespace), and the embedded .qm files work.
#include <catch2/catch.hpp>

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <QTranslator>
#include <QXmlStreamReader>

#include <string>

namespace {

struct TsMessage
{
    QString context;
    QString source;
    bool numerus = false;
    QString type; // the translation's type attribute: empty when finished
    QStringList forms;
};

struct TsFile
{
    QString language;
    QList<TsMessage> messages;
    QString error;
};

QString tsPath(const char* language)
{
    return QStringLiteral(GUICHET_FIXTURES_DIR "/../../translations/guichet-ccas_%1.ts").arg(QLatin1String(language));
}

void readTranslation(QXmlStreamReader& xml, TsMessage& m)
{
    m.type = xml.attributes().value(QLatin1String("type")).toString();
    if (!m.numerus) {
        m.forms << xml.readElementText();
        return;
    }
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("numerusform"))
            m.forms << xml.readElementText();
        else
            xml.skipCurrentElement();
    }
}

TsMessage readMessage(QXmlStreamReader& xml, const QString& context)
{
    TsMessage m;
    m.context = context;
    m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("source"))
            m.source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation"))
            readTranslation(xml, m);
        else
            xml.skipCurrentElement();
    }
    return m;
}

TsFile readTs(const QString& path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = QStringLiteral("cannot open %1").arg(path);
        return ts;
    }
    QXmlStreamReader xml(&file);
    if (!xml.readNextStartElement() || xml.name() != QLatin1String("TS")) {
        ts.error = QStringLiteral("%1 is not a TS file").arg(path);
        return ts;
    }
    ts.language = xml.attributes().value(QLatin1String("language")).toString();
    while (xml.readNextStartElement()) {
        if (xml.name() != QLatin1String("context")) {
            xml.skipCurrentElement();
            continue;
        }
        QString context;
        while (xml.readNextStartElement()) {
            if (xml.name() == QLatin1String("name"))
                context = xml.readElementText();
            else if (xml.name() == QLatin1String("message"))
                ts.messages << readMessage(xml, context);
            else
                xml.skipCurrentElement();
        }
    }
    if (xml.hasError())
        ts.error = QStringLiteral("%1: line %2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}

// %1..%9 and %n, also in their localised form %L1.
QStringList placeholders(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("%L?([1-9n])"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(QLatin1Char('%') + it.next().captured(1));
    QStringList list(found.cbegin(), found.cend());
    list.sort();
    return list;
}

// Keyboard accelerator markers: a single & (a doubled && is a literal ampersand).
int accelerators(const QString& text)
{
    int count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('&'))
            ++i;
        else
            ++count;
    }
    return count;
}

QString leadingSpace(const QString& text)
{
    qsizetype n = 0;
    while (n < text.size() && text.at(n).isSpace())
        ++n;
    return text.left(n);
}

QString trailingSpace(const QString& text)
{
    qsizetype n = 0;
    while (n < text.size() && text.at(text.size() - 1 - n).isSpace())
        ++n;
    return text.right(n);
}

std::string where(const char* language, const TsMessage& m)
{
    return std::string(language) + " [" + m.context.toStdString() + "] \"" + m.source.toStdString() + "\"";
}

std::string visible(const QString& space)
{
    std::string out;
    for (const QChar c : space)
        out += c == QLatin1Char('\n') ? std::string("\\n") : c == QLatin1Char('\t') ? std::string("\\t") : " ";
    return "'" + out + "'";
}

void checkComplete(const char* language, const TsFile& ts)
{
    INFO(tsPath(language).toStdString());
    REQUIRE(ts.error.toStdString().empty());
    CHECK(ts.language.startsWith(QLatin1String(language)));
    REQUIRE(ts.messages.size() > 100);
    for (const TsMessage& m : ts.messages) {
        // A string lupdate could not attach to a class (tr() through a type alias, a free function)
        // is looked up under no context at run time and never found: it would stay in English.
        if (m.context.isEmpty())
            FAIL_CHECK(where(language, m) << ": no context (write Class::tr, not Alias::tr)");
        if (!m.type.isEmpty())
            FAIL_CHECK(where(language, m) << ": the translation is " << m.type.toStdString());
        if (m.forms.isEmpty())
            FAIL_CHECK(where(language, m) << ": no translation");
        if (m.numerus && m.forms.size() != 2)
            FAIL_CHECK(where(language, m) << ": " << m.forms.size() << " plural forms instead of 2");
        for (const QString& form : m.forms) {
            if (form.trimmed().isEmpty()) {
                FAIL_CHECK(where(language, m) << ": empty translation");
                continue;
            }
            if (placeholders(form) != placeholders(m.source))
                FAIL_CHECK(where(language, m)
                           << ": placeholders " << placeholders(form).join(QLatin1Char(' ')).toStdString()
                           << " instead of " << placeholders(m.source).join(QLatin1Char(' ')).toStdString() << " in \""
                           << form.toStdString() << "\"");
            if (accelerators(form) != accelerators(m.source))
                FAIL_CHECK(where(language, m) << ": " << accelerators(form) << " accelerator(s) instead of "
                                              << accelerators(m.source) << " in \"" << form.toStdString() << "\"");
            // French typography puts a no-break space before ; : ! ? even when the text is appended to
            // another one ("; possible values: %1" → " ; valeurs possibles : %1"): not layout whitespace.
            QString lead = leadingSpace(form);
            if (lead == QStringLiteral("\u00a0") && form.size() > 1 && QStringLiteral(";:!?").contains(form.at(1)))
                lead.clear();
            if (lead != leadingSpace(m.source) || trailingSpace(form) != trailingSpace(m.source))
                FAIL_CHECK(where(language, m)
                           << ": surrounding whitespace " << visible(lead) << "/" << visible(trailingSpace(form))
                           << " instead of " << visible(leadingSpace(m.source)) << "/"
                           << visible(trailingSpace(m.source)) << " in \"" << form.toStdString() << "\"");
        }
    }
}

QStringList keys(const TsFile& ts)
{
    QStringList list;
    for (const TsMessage& m : ts.messages)
        list << m.context + QLatin1Char('\x1f') + m.source;
    list.sort();
    return list;
}

std::string translated(const QTranslator& t, const char* context, const char* source, int n = -1)
{
    return t.translate(context, source, nullptr, n).toStdString();
}

const char* const kFailedSources =
    "%n source(s) could not be consulted: see the messages below; a paper proof can replace them.";
const char* const kPausedSeconds = "Too many requests were sent to API Particulier: calls are paused for %n second(s) "
                                   "to avoid a ban. Try again afterwards.";

} // namespace

TEST_CASE("the French translation is complete and faithful to the sources", "[i18n]")
{
    checkComplete("fr", readTs(tsPath("fr")));
}

TEST_CASE("the English translation is complete and faithful to the sources", "[i18n]")
{
    checkComplete("en", readTs(tsPath("en")));
}

TEST_CASE("the French and English files hold the same messages", "[i18n]")
{
    const TsFile fr = readTs(tsPath("fr"));
    const TsFile en = readTs(tsPath("en"));
    REQUIRE(fr.error.toStdString().empty());
    REQUIRE(en.error.toStdString().empty());
    const QStringList frKeys = keys(fr);
    const QStringList enKeys = keys(en);
    for (const QString& k : frKeys)
        if (!enKeys.contains(k))
            FAIL_CHECK(
                "only in the French file: " << QString(k).replace(QLatin1Char('\x1f'), QLatin1Char(' ')).toStdString());
    for (const QString& k : enKeys)
        if (!frKeys.contains(k))
            FAIL_CHECK("only in the English file: "
                       << QString(k).replace(QLatin1Char('\x1f'), QLatin1Char(' ')).toStdString());
}

TEST_CASE("the embedded French .qm translates, plurals included", "[i18n]")
{
    QTranslator t;
    REQUIRE(t.load(QStringLiteral(":/i18n/guichet-ccas_fr.qm")));
    CHECK(translated(t, "ccas::OutcomeText", "Not found") == "Non trouvé");
    CHECK(translated(t, "ccas::OutcomeText", "Child: %1") == "Enfant : %1");
    CHECK(translated(t, "ccas::OutcomeText", "request %1") == "requête %1");
    CHECK(translated(t, "ccas::MainWindow", "Every source answered.") == "Toutes les sources ont répondu.");
    CHECK(translated(t, "ccas::MainWindow", "Consultation cancelled.") == "Consultation annulée.");
    CHECK(translated(t, "ccas::IdentityValidator", "Enter the birth name.") == "Saisissez le nom de naissance.");

    // French: 0 and 1 take the singular.
    const std::string one = translated(t, "ccas::MainWindow", kFailedSources, 1);
    const std::string many = translated(t, "ccas::MainWindow", kFailedSources, 3);
    CHECK(one.rfind("%n source n'a pas pu être consultée", 0) == 0);
    CHECK(many.rfind("%n sources n'ont pas pu être consultées", 0) == 0);
    CHECK(translated(t, "ccas::MainWindow", kFailedSources, 0) == one);
    CHECK(translated(t, "ccas::ApiError", kPausedSeconds, 1).find("%n seconde ") != std::string::npos);
    CHECK(translated(t, "ccas::ApiError", kPausedSeconds, 30).find("%n secondes ") != std::string::npos);
}

TEST_CASE("the embedded English .qm has real singular and plural forms", "[i18n]")
{
    QTranslator t;
    REQUIRE(t.load(QStringLiteral(":/i18n/guichet-ccas_en.qm")));
    CHECK(translated(t, "ccas::OutcomeText", "Not found") == "Not found");
    CHECK(translated(t, "ccas::MainWindow", kFailedSources, 1).rfind("%n source could not", 0) == 0);
    CHECK(translated(t, "ccas::MainWindow", kFailedSources, 2).rfind("%n sources could not", 0) == 0);
    // English: 0 takes the plural.
    CHECK(translated(t, "ccas::MainWindow", kFailedSources, 0).rfind("%n sources could not", 0) == 0);
}
