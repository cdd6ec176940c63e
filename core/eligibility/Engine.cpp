#include "eligibility/Engine.h"

#include "eligibility/HouseholdScales.h"
#include "eligibility/JsonReader.h"
#include "eligibility/ReglementData.h"

#include <QHash>
#include <QJsonArray>

#include <algorithm>
#include <array>
#include <initializer_list>
#include <list>
#include <vector>

namespace ccas {

namespace {

using State = ExplanationLine::State;

// The engine writes millions of explanation lines in its benchmark (10 aids × 100 000 households, about
// 36 lines and 14 figures per household). What makes it fast enough:
//  - translated texts are looked up once per thread, with their placeholders located once (Pattern);
//  - texts are assembled in one allocation (fill()), numbers, amounts and dates are written on the stack
//    (Short) instead of in temporary QStrings;
//  - the lines whose arguments take few values (natures, statuses, ages, fixed amounts…) are kept per thread
//    and shared from one household to the next (memoFill()), as are small numbers and the dates derived
//    from the reference date;
//  - every household figure is computed once and handed out by reference, with its list of sources
//    (copying a QString or a QStringList only shares it, building one allocates); the computations shown
//    only by some lines are written when a line needs them;
//  - the texts that depend only on the règlement are formatted when it is loaded (ReglementData.h).
// The output is the same, byte for byte: bench_eligibility --digest compares two builds.

// --- translations ------------------------------------------------------------------------------------

// A translated text split at its placeholders, as QString::arg(a1, …, an) reads them: "%", an optional
// "L", then a number (up to 999). The lowest number takes a1, the next one a2, and so on; a placeholder
// beyond the arguments given is left as it is.
struct Pattern
{
    struct Part
    {
        qsizetype from = 0;
        qsizetype size = 0;
        int arg = -1; // -1: literal text; otherwise the index of the argument that replaces it
    };
    QString text;
    std::vector<Part> parts;
    std::vector<QString> plurals; // plural forms (QT_TRANSLATE_N_NOOP) by number, translated when first used
};

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

void splitPattern(Pattern& p)
{
    const QChar* uc = p.text.constData();
    const qsizetype len = p.text.size();
    std::vector<int> numbers;
    qsizetype last = 0;
    qsizetype i = 0;
    while (i + 1 < len) {
        if (uc[i] == u'%') {
            qsizetype j = i + 1;
            if (uc[j] == u'L')
                ++j;
            if (j < len && isAsciiDigit(uc[j])) {
                int number = 0;
                while (j < len && isAsciiDigit(uc[j])) {
                    number = std::min(number * 10 + (uc[j].unicode() - u'0'), 1000);
                    ++j;
                }
                if (number <= 999) {
                    if (last != i)
                        p.parts.push_back({last, i - last, -1});
                    p.parts.push_back({i, j - i, number});
                    numbers.push_back(number);
                    last = i = j;
                    continue;
                }
            }
        }
        ++i;
    }
    if (last < len)
        p.parts.push_back({last, len - last, -1});
    // Placeholder numbers → argument indexes.
    std::sort(numbers.begin(), numbers.end());
    numbers.erase(std::unique(numbers.begin(), numbers.end()), numbers.end());
    for (Pattern::Part& part : p.parts) {
        if (part.arg >= 0)
            part.arg = int(std::lower_bound(numbers.begin(), numbers.end(), part.arg) - numbers.begin());
    }
}

// The length of `p` with its placeholders replaced by `args` (QString::arg(a1, …, an)).
qsizetype filledSize(const Pattern& p, std::initializer_list<QStringView> args)
{
    const QStringView* a = args.begin();
    const int n = int(args.size());
    qsizetype size = 0;
    for (const Pattern::Part& part : p.parts)
        size += part.arg >= 0 && part.arg < n ? a[part.arg].size() : part.size;
    return size;
}

// Writes `p` with its placeholders replaced by `args` at `o` (filledSize() characters).
void writeFilled(QChar* o, const Pattern& p, std::initializer_list<QStringView> args)
{
    const QStringView* a = args.begin();
    const int n = int(args.size());
    const QChar* text = p.text.constData();
    for (const Pattern::Part& part : p.parts) {
        if (part.arg >= 0 && part.arg < n) {
            std::copy(a[part.arg].begin(), a[part.arg].end(), o);
            o += a[part.arg].size();
        } else {
            std::copy(text + part.from, text + part.from + part.size, o);
            o += part.size;
        }
    }
}

void appendFilled(QString& out, const Pattern& p, std::initializer_list<QStringView> args)
{
    const qsizetype at = out.size();
    out.resize(at + filledSize(p, args));
    writeFilled(out.data() + at, p, args);
}

// A new string of exactly the right size (one allocation).
QString filled(const Pattern& p, std::initializer_list<QStringView> args)
{
    QString out(filledSize(p, args), Qt::Uninitialized);
    writeFilled(out.data(), p, args);
    return out;
}

// Translations looked up once per thread. The cache is emptied when the installed translation changes
// (checkTranslations(), at the start of every evaluation, compares one translated word): references to
// its patterns stay valid until then.
struct TranslationCache
{
    QString sentinel;

    // Patterns by address of the source literal (QT_TRANSLATE_NOOP): open addressing, with far more
    // slots than the engine has literals; a list takes the others if the table ever fills up. The keys
    // have an array of their own, small enough to stay in the processor's cache.
    struct Slot
    {
        const char* source = nullptr;
        Pattern pattern;
    };
    static constexpr std::size_t kSlots = 512;
    std::vector<const char*> keys = std::vector<const char*>(kSlots, nullptr);
    std::vector<Pattern> patterns = std::vector<Pattern>(kSlots);
    std::size_t used = 0;
    std::list<Slot> overflow;

    // Texts made of a pattern and one argument that come back at every household ("Reste à vivre
    // (rav_jour)", "Statut RSA").
    struct Derived
    {
        const char* source = nullptr;
        QString arg;
        QString text;
    };
    std::vector<Derived> derived;

    // The texts of the sources that do not change from one household to the next (no request id, no
    // fetch time: "typed by the agent", "API Impôt particulier, DGFiP, income 2025").
    struct Source
    {
        FigureSource source;
        QString text;
        QStringList list; // {text}
    };
    std::vector<Source> sources;

    // Work strings for texts built in several steps, reused (their capacity stays allocated).
    QString scratch[2];

    // Dates and texts derived from the reference date, which is usually the same for many households in
    // a row (calendar conversions are not cheap).
    struct Reference
    {
        bool set = false;
        qint64 day = 0; // Julian day of the reference date
        int year = 0;
        std::array<std::pair<int, QDate>, 8> monthsBefore; // (n, the reference date n months earlier)
        int monthsBeforeCount = 0;
        QString period[2]; // "calendar year 2026", "12 months from 28/11/2025 to 27/11/2026"
    };
    Reference reference;

    // Texts built from a pattern and arguments that take few values (see memoFill()), direct-mapped.
    struct Memo
    {
        const Pattern* pattern = nullptr;
        std::array<QString, 5> args;
        int argCount = 0;
        QString text;
    };
    static constexpr std::size_t kMemos = 1024;
    std::vector<Memo> memos = std::vector<Memo>(kMemos);

    // "0", "1", "2,5"…: small numbers of hundredths, formatted once (they do not depend on the language).
    std::vector<QString> hundredths;

    void clear()
    {
        std::fill(keys.begin(), keys.end(), nullptr);
        for (Pattern& p : patterns)
            p = Pattern();
        used = 0;
        overflow.clear();
        derived.clear();
        sources.clear();
        reference = Reference();
        for (Memo& m : memos)
            m = Memo();
    }
};

TranslationCache& translationCache()
{
    thread_local TranslationCache cache;
    return cache;
}

void checkTranslations()
{
    TranslationCache& c = translationCache();
    const QString sentinel = QCoreApplication::translate("ccas::Engine", "Eligible");
    if (sentinel != c.sentinel) {
        c.clear();
        c.sentinel = sentinel;
    }
}

// The translation of a literal marked with QT_TRANSLATE_NOOP("ccas::Engine", …), split.
Pattern& patternSlot(const char* source)
{
    TranslationCache& c = translationCache();
    const auto translate = [source](Pattern& p) -> Pattern& {
        p.text = QCoreApplication::translate("ccas::Engine", source);
        splitPattern(p);
        return p;
    };
    const std::size_t mask = TranslationCache::kSlots - 1;
    std::size_t i = std::size_t((quint64(quintptr(source)) * 0x9E3779B97F4A7C15ULL) >> 40) & mask;
    for (std::size_t probe = 0; probe < TranslationCache::kSlots; ++probe, i = (i + 1) & mask) {
        const char* const key = c.keys[i];
        if (key == source)
            return c.patterns[i];
        if (key == nullptr) {
            if (c.used >= TranslationCache::kSlots / 2)
                break;
            ++c.used;
            c.keys[i] = source;
            return translate(c.patterns[i]);
        }
    }
    for (TranslationCache::Slot& s : c.overflow) {
        if (s.source == source)
            return s.pattern;
    }
    TranslationCache::Slot& s = c.overflow.emplace_back();
    s.source = source;
    return translate(s.pattern);
}

const Pattern& pattern(const char* source)
{
    return patternSlot(source);
}

// Engine::tr() for a literal marked with QT_TRANSLATE_NOOP("ccas::Engine", …), cached.
const QString& ttr(const char* source)
{
    return pattern(source).text;
}

// The same for a plural form (QT_TRANSLATE_N_NOOP, "%n").
QString ttrn(const char* source, int n)
{
    if (n < 0 || n >= 1000)
        return QCoreApplication::translate("ccas::Engine", source, nullptr, n);
    std::vector<QString>& plurals = patternSlot(source).plurals;
    if (plurals.size() <= std::size_t(n))
        plurals.resize(std::size_t(n) + 1);
    QString& text = plurals[std::size_t(n)];
    if (text.isNull())
        text = QCoreApplication::translate("ccas::Engine", source, nullptr, n);
    return text;
}

// tr(source).arg(args…), the translation cached, in one allocation.
template <typename... Args>
QString fill(const char* source, const Args&... args)
{
    return filled(pattern(source), {QStringView(args)...});
}

// QStringView equality, inline (the arguments compared are short).
bool sameView(QStringView a, QStringView b)
{
    return a.size() == b.size() && (a.data() == b.data() || std::equal(a.begin(), a.end(), b.begin()));
}

// fill() for the lines whose arguments take few values from one household to the next (the nature of the
// request against the natures an aid accepts, a status, an age, a fixed amount…): the text built last time
// for the same pattern and the same arguments is handed out again (implicit sharing) instead of being built
// and allocated for every household. The arguments are compared whole: a text handed out again is always
// the one fill() would build.
template <typename... Args>
QString memoFill(const char* source, const Args&... args)
{
    static_assert(sizeof...(Args) <= 5, "TranslationCache::Memo holds up to five arguments");
    const Pattern& p = pattern(source);
    const std::initializer_list<QStringView> list{QStringView(args)...};
    // A cheap hash: the pattern, and each argument's length and last character.
    std::size_t h = std::size_t(quintptr(&p) >> 4);
    for (const QStringView a : list)
        h = h * 31 + std::size_t(a.size()) * 7 + (a.isEmpty() ? 0 : a.back().unicode());
    TranslationCache& c = translationCache();
    TranslationCache::Memo& m = c.memos[(h * 0x9E3779B97F4A7C15ULL >> 32) & (TranslationCache::kMemos - 1)];
    if (m.pattern == &p && m.argCount == int(list.size())) {
        bool same = true;
        std::size_t i = 0;
        for (const QStringView a : list)
            same = same && sameView(m.args[i++], a);
        if (same)
            return m.text;
    }
    m.pattern = &p;
    m.argCount = int(list.size());
    std::size_t i = 0;
    for (const QStringView a : list)
        m.args[i++] = a.toString();
    m.text = filled(p, list);
    return m.text;
}

// HouseholdScales::formatHundredths(), shared for the small values (persons, parts, UC).
QString hundredthsText(qint64 hundredths)
{
    if (hundredths < 0 || hundredths >= 10000)
        return HouseholdScales::formatHundredths(hundredths);
    std::vector<QString>& cache = translationCache().hundredths;
    if (cache.size() <= std::size_t(hundredths))
        cache.resize(std::size_t(hundredths) + 1);
    QString& text = cache[std::size_t(hundredths)];
    if (text.isNull())
        text = HouseholdScales::formatHundredths(hundredths);
    return text;
}

// QString::number(n), shared for the small values.
QString numberText(int n)
{
    // Below 100, n hundreds of hundredths are written with the same digits.
    return n >= 0 && n < 100 ? hundredthsText(qint64(n) * 100) : QString::number(n);
}

// fill() for the texts that come back for every household with the same argument, cached.
QString derived(const char* source, QStringView arg)
{
    TranslationCache& c = translationCache();
    for (const TranslationCache::Derived& d : c.derived) {
        if (d.source == source && d.arg == arg)
            return d.text;
    }
    if (c.derived.size() >= 64)
        c.derived.clear();
    const QString text = fill(source, arg);
    c.derived.push_back({source, arg.toString(), text});
    return text;
}

// --- numbers, amounts, dates ---------------------------------------------------------------------------

// A short text (a number, an amount, a date) written on the stack: no allocation until it is copied into
// a QString. Pass it where a QStringView is expected.
class Short
{
public:
    QStringView view() const { return QStringView(m_buf + m_begin, kSize - m_begin); }
    operator QStringView() const { return view(); }
    QString toString() const { return view().toString(); }

    // "1 234,50 €", exactly as HouseholdScales::formatCents.
    static Short cents(qint64 cents)
    {
        Short s;
        s.setBegin(HouseholdScales::writeCents(s.end(), cents));
        return s;
    }
    // "2,3", exactly as HouseholdScales::formatHundredths.
    static Short hundredths(qint64 hundredths)
    {
        Short s;
        s.setBegin(HouseholdScales::writeHundredths(s.end(), hundredths));
        return s;
    }
    // "40\u00a0%": a percentage in hundredths of a percent.
    static Short percent(qint64 bp)
    {
        Short s;
        char16_t* p = s.end();
        *--p = u'%';
        *--p = u'\u00a0';
        s.setBegin(HouseholdScales::writeHundredths(p, bp));
        return s;
    }
    // As QString::number.
    static Short number(qint64 n)
    {
        Short s;
        s.setBegin(digits(s.end(), n));
        return s;
    }
    // "27/11/2026", exactly as HouseholdScales::formatDate (empty when invalid).
    static Short date(const QDate& d)
    {
        Short s;
        if (!d.isValid())
            return s;
        int y = 0;
        int m = 0;
        int day = 0;
        d.getDate(&y, &m, &day);
        char16_t* p = digits(s.end(), y);
        *--p = u'/';
        *--p = char16_t(u'0' + m % 10);
        *--p = char16_t(u'0' + m / 10);
        *--p = u'/';
        *--p = char16_t(u'0' + day % 10);
        *--p = char16_t(u'0' + day / 10);
        s.setBegin(p);
        return s;
    }
    // "11/2026": QStringLiteral("%1/%2").arg(month, 2, 10, QLatin1Char('0')).arg(year).
    static Short monthYear(int month, int year)
    {
        Short s;
        char16_t* p = digits(s.end(), year);
        *--p = u'/';
        char16_t* m = digits(p, month);
        while (p - m < 2)
            *--m = u'0';
        p = m;
        s.setBegin(p);
        return s;
    }

    // Prepends a short prefix ("≈ ", "= ").
    void prepend(QStringView prefix)
    {
        m_begin -= int(prefix.size());
        std::copy(prefix.begin(), prefix.end(), reinterpret_cast<QChar*>(m_buf + m_begin));
    }

private:
    static constexpr int kSize = 64;
    static_assert(kSize >= HouseholdScales::kBufferSize + 4, "room for the amount and a prefix");

    char16_t* end() { return m_buf + kSize; }
    void setBegin(const char16_t* p) { m_begin = int(p - m_buf); }

    static char16_t* digits(char16_t* p, qint64 n)
    {
        const bool negative = n < 0;
        quint64 v = negative ? quint64(0) - quint64(n) : quint64(n);
        do {
            *--p = char16_t(u'0' + v % 10);
            v /= 10;
        } while (v != 0);
        if (negative)
            *--p = u'-';
        return p;
    }

    char16_t m_buf[kSize];
    int m_begin = kSize;
};

Short money(Int128 cents)
{
    return Short::cents(qint64(cents));
}

// A money ratio (cents) shown to the nearest cent, "≈" when it is not exactly that.
Short money(const Ratio& cents)
{
    const Int128 n = cents.nearest();
    Short s = money(n);
    if (Ratio::compare(cents, Ratio::of(n)) != 0)
        s.prepend(u"≈\u00a0");
    return s;
}

// "= 270,00 €", or "≈ 8 571,43 €" when the exact value is not a whole number of cents.
Short equalsMoney(const Ratio& cents)
{
    const Int128 n = cents.nearest();
    Short s = money(n);
    s.prepend(Ratio::compare(cents, Ratio::of(n)) == 0 ? QStringView(u"= ") : QStringView(u"≈\u00a0"));
    return s;
}

// A number of hundredths ("2,1"), "≈" when not exact.
Short units(const Ratio& value)
{
    const Ratio h = Ratio::of(value.num * 100, value.den);
    const Int128 n = h.nearest();
    Short s = Short::hundredths(qint64(n));
    if (Ratio::compare(h, Ratio::of(n)) != 0)
        s.prepend(u"≈\u00a0");
    return s;
}

QStringView opSymbol(CompareOp op)
{
    switch (op) {
    case CompareOp::Lt:
        return u"<";
    case CompareOp::Le:
        return u"≤";
    case CompareOp::Gt:
        return u">";
    case CompareOp::Ge:
        return u"≥";
    case CompareOp::Eq:
        break;
    }
    return u"=";
}

bool holds(CompareOp op, int cmp)
{
    switch (op) {
    case CompareOp::Lt:
        return cmp < 0;
    case CompareOp::Le:
        return cmp <= 0;
    case CompareOp::Gt:
        return cmp > 0;
    case CompareOp::Ge:
        return cmp >= 0;
    case CompareOp::Eq:
        break;
    }
    return cmp == 0;
}

bool isMoney(Variable v)
{
    return v != Variable::Uc && v != Variable::NombrePersonnes;
}

void addUnique(QStringList& into, const QString& item)
{
    if (!into.contains(item))
        into << item;
}

void addUnique(QStringList& into, const QStringList& items)
{
    if (into.isEmpty() && items.size() <= 1) {
        into = items; // shared, not copied
        return;
    }
    for (const QString& i : items) {
        if (!into.contains(i))
            into << i;
    }
}

// The local calendar date of a UTC time. Converting to local time reads the time zone rules each time
// (glibc tzset): the offset is kept per quarter of an hour, the smallest step of real time zones.
QDate localDate(const QDateTime& utc)
{
    thread_local QHash<qint64, int> offsets;
    const qint64 secs = utc.toSecsSinceEpoch();
    const qint64 bucket = secs >= 0 ? secs / 900 : -((-secs + 899) / 900);
    auto it = offsets.constFind(bucket);
    if (it == offsets.constEnd()) {
        if (offsets.size() > 4096)
            offsets.clear();
        it = offsets.insert(bucket, QDateTime::fromSecsSinceEpoch(bucket * 900, Qt::UTC).toLocalTime().offsetFromUtc());
    }
    // The UTC day of secs + offset (1970-01-01 is the Julian day 2 440 588).
    const qint64 local = secs + *it;
    const qint64 day = local >= 0 ? local / 86400 : -((-local + 86399) / 86400);
    return QDate::fromJulianDay(2440588 + day);
}

// Engine::sourceText(), with the cached translations (checkTranslations() must have run).
QString formatSource(const FigureSource& s)
{
    // The parts joined by ", ", written into one string.
    QString out;
    out.reserve(96);
    bool first = true;
    const auto separate = [&out, &first]() {
        if (!first)
            out += QStringView(u", ");
        first = false;
    };
    const auto part = [&out, &separate](QStringView text) {
        separate();
        out += text;
    };
    const auto filledPart = [&out, &separate](const char* source, QStringView arg) {
        separate();
        appendFilled(out, pattern(source), {arg});
    };
    switch (s.kind) {
    case FigureSource::Kind::Api:
        part(s.api.isEmpty() ? ttr(QT_TRANSLATE_NOOP("ccas::Engine", "API")) : s.api);
        break;
    case FigureSource::Kind::Agent:
        part(ttr(QT_TRANSLATE_NOOP("ccas::Engine", "typed by the agent")));
        break;
    case FigureSource::Kind::Justificatif:
        part(ttr(QT_TRANSLATE_NOOP("ccas::Engine", "typed by the agent from a paper proof")));
        break;
    }
    if (!s.provider.isEmpty())
        part(s.provider);
    if (s.year > 0 && s.month > 0)
        filledPart(QT_TRANSLATE_NOOP("ccas::Engine", "month %1"), Short::monthYear(s.month, s.year));
    else if (s.year > 0)
        filledPart(QT_TRANSLATE_NOOP("ccas::Engine", "income %1"), Short::number(s.year));
    if (!s.requestId.isEmpty())
        filledPart(QT_TRANSLATE_NOOP("ccas::Engine", "request %1"), s.requestId);
    if (s.fetchedAt.isValid())
        filledPart(QT_TRANSLATE_NOOP("ccas::Engine", "obtained on %1"), Short::date(localDate(s.fetchedAt)));
    return out;
}

// --- household figures -------------------------------------------------------------------------------

// Every line of resources or charges, at 100 %, without cap.
const LineSelection kAll;

// A household figure: its exact value (in the unit of its variable), how it was obtained, and where
// from; or what is missing to compute it.
struct Fig
{
    bool known = false;
    Ratio value;
    QString text;        // the computation, formatted ("(1 900,00 € − 820,00 €) ÷ 4 personnes = 270,00 €")
    QString shown;       // the value alone ("270,00 €")
    QStringList missing; // when !known
    QStringList sources;

    static Fig lacking(const QStringList& names)
    {
        Fig f;
        f.missing = names;
        return f;
    }
};

// Values kept at a stable address for the whole evaluation of a household (the figures are handed out
// by reference): the first N in place, the others in a list.
template <typename T, std::size_t N>
class StableStore
{
public:
    template <typename Pred>
    T* find(Pred pred)
    {
        const std::size_t inPlace = std::min(m_count, N);
        for (std::size_t i = 0; i < inPlace; ++i) {
            if (pred(*m_inPlace[i]))
                return &*m_inPlace[i];
        }
        for (T& t : m_more) {
            if (pred(t))
                return &t;
        }
        return nullptr;
    }

    T& add()
    {
        if (m_count < N)
            return m_inPlace[m_count++].emplace();
        ++m_count;
        return m_more.emplace_back();
    }

private:
    std::array<std::optional<T>, N> m_inPlace; // constructed when used
    std::size_t m_count = 0;
    std::list<T> m_more;
};

// Everything computed about one household during one evaluation: each figure once, with its texts when
// texts are wanted.
class Context
{
public:
    Context(const Reglement::Data& d, const Menage& m, bool texts)
        : m_d(d)
        , m_m(m)
        , m_texts(texts)
    {
        if (d.calculs.size() > m_ravInPlace.size())
            m_ravMore.resize(d.calculs.size() - m_ravInPlace.size());
    }

    // False: verdicts and amounts only (Engine::decide), no text is built.
    bool texts() const { return m_texts; }

    const Menage& menage() const { return m_m; }
    const Reglement::Data& data() const { return m_d; }

    // --- sources ---------------------------------------------------------------------------------------
    // The text of a figure's source ("API Particulier, CNAF, month 11/2026, …"): formatted once per
    // household, or once per thread for the sources that are the same in every household.
    struct SourceText
    {
        const FigureSource* at = nullptr;
        QString text;
        QStringList list; // {text}, built when asked for
    };

    SourceText& source(const FigureSource& s)
    {
        if (SourceText* known = m_sources.find([&s](const SourceText& t) { return t.at == &s; }))
            return *known;
        SourceText& t = m_sources.add();
        t.at = &s;
        if (s.requestId.isEmpty() && !s.fetchedAt.isValid()) {
            TranslationCache& c = translationCache();
            for (const TranslationCache::Source& cached : c.sources) {
                // Neither has a request id nor a fetch time.
                const FigureSource& o = cached.source;
                if (o.kind == s.kind && o.year == s.year && o.month == s.month && sameText(o.api, s.api) &&
                    sameText(o.provider, s.provider)) {
                    t.text = cached.text;
                    t.list = cached.list;
                    return t;
                }
            }
            if (c.sources.size() >= 64)
                c.sources.clear();
            t.text = formatSource(s);
            t.list = QStringList{t.text};
            c.sources.push_back({s, t.text, t.list});
            return t;
        }
        t.text = formatSource(s);
        return t;
    }

    const QString& sourceOf(const FigureSource& s) { return source(s).text; }

    // {sourceOf(s)}, shared.
    const QStringList& sourceList(const FigureSource& s)
    {
        SourceText& t = source(s);
        if (t.list.isEmpty())
            t.list = QStringList{t.text};
        return t.list;
    }

    // --- dates -------------------------------------------------------------------------------------------
    TranslationCache::Reference& reference()
    {
        TranslationCache::Reference& r = translationCache().reference;
        const qint64 day = m_m.dateReference.toJulianDay();
        if (!r.set || r.day != day) {
            r = TranslationCache::Reference();
            r.set = true;
            r.day = day;
            r.year = m_m.dateReference.year();
        }
        return r;
    }

    // The reference date moved back by `months` (cooldowns, 12 rolling months).
    QDate monthsBefore(int months)
    {
        TranslationCache::Reference& r = reference();
        for (int i = 0; i < r.monthsBeforeCount; ++i) {
            if (r.monthsBefore[std::size_t(i)].first == months)
                return r.monthsBefore[std::size_t(i)].second;
        }
        const QDate date = m_m.dateReference.addMonths(-months);
        if (r.monthsBeforeCount < int(r.monthsBefore.size()))
            r.monthsBefore[std::size_t(r.monthsBeforeCount++)] = {months, date};
        return date;
    }

    int referenceYear() { return reference().year; }

    // Age of personnes[i] on the reference date (HouseholdScales::ageAt), computed once.
    std::optional<int> age(int i)
    {
        if (std::size_t(i) >= m_ages.size())
            return HouseholdScales::ageAt(m_m.personnes[i].dateNaissance, m_m.dateReference);
        qint16& a = m_ages[std::size_t(i)];
        if (a == kAgeNotComputed) {
            const auto computed = HouseholdScales::ageAt(m_m.personnes[i].dateNaissance, m_m.dateReference);
            a = computed ? qint16(*computed) : kAgeUnknown;
        }
        if (a == kAgeUnknown)
            return std::nullopt;
        return int(a);
    }

    // --- household composition -----------------------------------------------------------------------
    const Fig& persons()
    {
        if (!m_persons) {
            if (m_m.personnes.isEmpty()) {
                m_persons = Fig::lacking({ttr(QT_TRANSLATE_NOOP("ccas::Engine", "household composition"))});
            } else {
                Fig f;
                f.known = true;
                f.value = Ratio::of(m_m.personnes.size());
                if (m_texts) {
                    f.shown = numberText(int(m_m.personnes.size()));
                    f.text = ttrn(QT_TRANSLATE_N_NOOP("ccas::Engine", "%n person(s)"), int(m_m.personnes.size()));
                }
                m_persons = std::move(f);
            }
        }
        return *m_persons;
    }

    const Fig& personsOfRole(PersonRole role)
    {
        std::optional<Fig>& cache = m_personsOfRole[std::size_t(role)];
        if (cache)
            return *cache;
        if (m_m.personnes.isEmpty()) {
            cache = Fig::lacking({ttr(QT_TRANSLATE_NOOP("ccas::Engine", "household composition"))});
            return *cache;
        }
        int n = 0;
        for (const MenagePerson& p : m_m.personnes)
            n += p.role == role ? 1 : 0;
        Fig f;
        f.known = true;
        f.value = Ratio::of(n);
        if (m_texts) {
            f.shown = numberText(n);
            f.text = f.shown + QStringView(u" (") + MenageJson::roleKey(role) + QStringView(u")");
        }
        cache = std::move(f);
        return *cache;
    }

    const Fig& uc(UcScale scale)
    {
        std::optional<Fig>& cache = scale == UcScale::Oecd ? m_ucOecd : m_ucCe;
        if (!cache) {
            const auto r = scale == UcScale::Oecd ? HouseholdScales::ucOecd(m_m.personnes, m_m.dateReference)
                                                  : HouseholdScales::ucChequeEnergie(m_m.personnes, m_m.dateReference);
            if (!r.ok()) {
                cache = Fig::lacking(r.error());
            } else {
                Fig f;
                f.known = true;
                f.value = Ratio::of(r.value(), 100);
                if (m_texts) {
                    f.shown = hundredthsText(r.value());
                    f.text = scale == UcScale::Oecd
                                 ? memoFill(QT_TRANSLATE_NOOP("ccas::Engine", "%1 UC (OECD scale)"), f.shown)
                                 : memoFill(QT_TRANSLATE_NOOP("ccas::Engine", "%1 UC (chèque énergie scale)"), f.shown);
                }
                cache = std::move(f);
            }
        }
        return *cache;
    }

    const Fig& cafParts()
    {
        if (!m_cafParts) {
            const auto r = HouseholdScales::cafParts(m_m.personnes);
            if (!r.ok()) {
                m_cafParts = Fig::lacking(r.error());
            } else {
                Fig f;
                f.known = true;
                f.value = Ratio::of(r.value(), 100);
                if (m_texts) {
                    f.shown = hundredthsText(r.value());
                    f.text = memoFill(QT_TRANSLATE_NOOP("ccas::Engine", "%1 CAF parts"), f.shown);
                }
                m_cafParts = std::move(f);
            }
        }
        return *m_cafParts;
    }

    const Fig& fiscalParts()
    {
        if (m_fiscalParts)
            return *m_fiscalParts;
        if (!m_m.fiscal || m_m.fiscal->partsQuarters <= 0) {
            m_fiscalParts =
                Fig::lacking({ttr(QT_TRANSLATE_NOOP("ccas::Engine", "tax data (RFR and number of parts)"))});
            return *m_fiscalParts;
        }
        Fig f;
        f.known = true;
        f.value = Ratio::of(m_m.fiscal->partsQuarters, 4);
        if (m_texts) {
            f.shown = hundredthsText(m_m.fiscal->partsQuarters * 25);
            f.text = memoFill(QT_TRANSLATE_NOOP("ccas::Engine", "%1 fiscal parts"), f.shown);
            f.sources = sourceList(m_m.fiscal->source);
        }
        m_fiscalParts = std::move(f);
        return *m_fiscalParts;
    }

    // The revenu fiscal de référence in euros, shown ("44 609,00 €"), once.
    const QString& rfrText()
    {
        if (m_rfrText.isNull())
            m_rfrText = money(Int128(m_m.fiscal->rfrEuros) * 100).toString();
        return m_rfrText;
    }

    // --- resources, charges, reste à vivre --------------------------------------------------------
    // Resources and charges are cached by selection (the selections live in the règlement; every
    // selection that takes all lines as they are shares the figure of kAll).
    const Fig& resources(const LineSelection& sel)
    {
        return bySelection(m_resources, sel, [this](const LineSelection& key) { return computeResources(key); });
    }

    const Fig& charges(const LineSelection& sel)
    {
        return bySelection(m_charges, sel, [this](const LineSelection& key) { return computeCharges(key); });
    }

    // The figure of a line selection, computed once per household (every selection that takes all lines
    // as they are shares the figure of kAll).
    template <typename Cache, typename Compute>
    static const Fig& bySelection(Cache& cache, const LineSelection& sel, Compute compute)
    {
        const LineSelection* key = sel.all() ? &kAll : &sel;
        if (auto* f = cache.find([key](const auto& s) { return s.selection == key; }))
            return f->fig;
        auto& s = cache.add();
        s.selection = key;
        s.fig = compute(*key);
        return s.fig;
    }

    // The sources of the lines counted, each once, in the order of the lines.
    void addSource(QStringList& sources, const FigureSource& s)
    {
        if (sources.isEmpty())
            sources = sourceList(s); // shared
        else
            addUnique(sources, sourceOf(s));
    }

    Fig computeResources(const LineSelection& sel)
    {
        if (!m_m.ressources)
            return Fig::lacking({ttr(QT_TRANSLATE_NOOP("ccas::Engine", "monthly resources"))});
        Int128 num = 0; // in cents × 10 000 (fractions in hundredths of a percent)
        Fig f;
        for (const MenageAmount& l : *m_m.ressources) {
            if (!sel.counts(l.type))
                continue;
            qint64 bp = 10000;
            if (!sel.fractionBp.empty()) {
                const auto it = sel.fractionBp.find(l.type);
                if (it != sel.fractionBp.end())
                    bp = it->second;
            }
            num += Int128(l.cents) * bp;
            if (m_texts)
                addSource(f.sources, l.source);
        }
        f.known = true;
        f.value = Ratio::of(num, 10000);
        if (m_texts) {
            f.shown = money(f.value).toString();
            f.text = f.shown;
        }
        return f;
    }

    Fig computeCharges(const LineSelection& sel)
    {
        if (!m_m.charges)
            return Fig::lacking({ttr(QT_TRANSLATE_NOOP("ccas::Engine", "monthly charges"))});
        Fig f;
        qint64 total = 0;
        if (sel.capCents.empty()) {
            for (const MenageAmount& l : *m_m.charges) {
                if (!sel.counts(l.type))
                    continue;
                total += l.cents;
                if (m_texts)
                    addSource(f.sources, l.source);
            }
        } else {
            // Caps apply to the month's total of each type: the types without a cap are added line by
            // line, then each capped type's total, capped.
            for (const MenageAmount& l : *m_m.charges) {
                if (!sel.counts(l.type))
                    continue;
                if (sel.capCents.find(l.type) == sel.capCents.end())
                    total += l.cents;
                if (m_texts)
                    addSource(f.sources, l.source);
            }
            for (const auto& [type, cap] : sel.capCents) {
                qint64 sum = 0;
                bool any = false;
                for (const MenageAmount& l : *m_m.charges) {
                    if (sameText(l.type, type) && sel.counts(l.type)) {
                        sum += l.cents;
                        any = true;
                    }
                }
                if (any)
                    total += std::min(sum, cap);
            }
        }
        f.known = true;
        f.value = Ratio::of(total);
        if (m_texts) {
            f.shown = money(Int128(total)).toString();
            f.text = f.shown;
        }
        return f;
    }

    // The divisor of a reste à vivre; `custom` holds a custom scale's figure.
    const Fig& divisor(const RavDefinition& c, Fig& custom)
    {
        switch (c.divisor) {
        case DivisorKind::None: {
            static const Fig one = [] {
                Fig f;
                f.known = true;
                f.value = Ratio::of(1);
                return f;
            }();
            return one;
        }
        case DivisorKind::Persons:
            return persons();
        case DivisorKind::CafParts:
            return cafParts();
        case DivisorKind::FiscalParts:
            return fiscalParts();
        case DivisorKind::UcOecd:
            return uc(UcScale::Oecd);
        case DivisorKind::UcChequeEnergie:
            return uc(UcScale::ChequeEnergie);
        case DivisorKind::Custom:
            break;
        }
        custom = customDivisor(c);
        return custom;
    }

    Fig customDivisor(const RavDefinition& c)
    {
        if (m_m.personnes.isEmpty())
            return Fig::lacking({ttr(QT_TRANSLATE_NOOP("ccas::Engine", "household composition"))});
        qint64 total = 0;
        QStringList missing;
        bool conjoint = false;
        bool child = false;
        for (int i = 0; i < m_m.personnes.size(); ++i) {
            const MenagePerson& p = m_m.personnes[i];
            conjoint = conjoint || p.role == PersonRole::Conjoint;
            child = child || p.role == PersonRole::Enfant;
            for (const ScaleRule& rule : c.customScale) {
                if (!rule.roles.isEmpty() && !rule.roles.contains(p.role))
                    continue;
                if (rule.ageBelow || rule.ageAtLeast) {
                    const std::optional<int> a = age(i);
                    if (!a) {
                        missing << HouseholdScales::tr("birth date of personnes[%1]").arg(i);
                        break;
                    }
                    if ((rule.ageBelow && *a >= *rule.ageBelow) || (rule.ageAtLeast && *a < *rule.ageAtLeast))
                        continue;
                }
                total += rule.hundredths;
                break;
            }
        }
        if (!missing.isEmpty())
            return Fig::lacking(missing);
        if (!conjoint && child)
            total += c.singleParentBonus;
        if (total <= 0)
            return Fig::lacking({ttr(QT_TRANSLATE_NOOP("ccas::Engine", "household composition"))});
        Fig f;
        f.known = true;
        f.value = Ratio::of(total, 100);
        if (m_texts) {
            f.shown = hundredthsText(total);
            f.text = memoFill(QT_TRANSLATE_NOOP("ccas::Engine", "%1 parts (scale of the règlement)"), f.shown);
        }
        return f;
    }

    const Fig& rav(int index)
    {
        std::optional<Fig>& cache = std::size_t(index) < m_ravInPlace.size()
                                        ? m_ravInPlace[std::size_t(index)]
                                        : m_ravMore[std::size_t(index) - m_ravInPlace.size()];
        if (cache)
            return *cache;
        const RavDefinition& c = m_d.calculs[std::size_t(index)];
        const Fig& res = resources(c.resources);
        static const Fig none = [] {
            Fig f;
            f.known = true;
            return f;
        }();
        const Fig& chg = c.deductCharges ? charges(c.charges) : none;
        Fig custom;
        const Fig& div = divisor(c, custom);
        if (!res.missing.isEmpty() || !chg.missing.isEmpty() || !div.missing.isEmpty()) {
            cache = Fig::lacking(res.missing + chg.missing + div.missing);
            return *cache;
        }
        // (R − C) ÷ D [÷ 30]
        const Ratio net =
            Ratio::of(res.value.num * chg.value.den - chg.value.num * res.value.den, res.value.den * chg.value.den);
        Ratio value = Ratio::of(net.num * div.value.den, net.den * div.value.num * (c.perDay ? 30 : 1));
        const char* roundingNote = nullptr;
        if (c.rounding != RoundingMode::None) {
            const bool euro = c.roundingUnitCents == 100;
            const Ratio inUnits = Ratio::of(value.num, value.den * c.roundingUnitCents);
            const Int128 n = c.rounding == RoundingMode::Down
                                 ? inUnits.floor()
                                 : (c.rounding == RoundingMode::Up ? inUnits.ceil() : inUnits.nearest());
            value = Ratio::of(n * c.roundingUnitCents);
            roundingNote = c.rounding == RoundingMode::Down
                               ? (euro ? QT_TRANSLATE_NOOP("ccas::Engine", ", rounded down to the euro")
                                       : QT_TRANSLATE_NOOP("ccas::Engine", ", rounded down to the cent"))
                           : c.rounding == RoundingMode::Up
                               ? (euro ? QT_TRANSLATE_NOOP("ccas::Engine", ", rounded up to the euro")
                                       : QT_TRANSLATE_NOOP("ccas::Engine", ", rounded up to the cent"))
                               : (euro ? QT_TRANSLATE_NOOP("ccas::Engine", ", rounded to the nearest euro")
                                       : QT_TRANSLATE_NOOP("ccas::Engine", ", rounded to the nearest cent"));
        }
        Fig f;
        f.known = true;
        f.value = value;
        if (!m_texts) {
            cache = std::move(f);
            return *cache;
        }
        f.shown = money(value).toString();
        // "<expression> = <value><rounding>"; the expression is nested in up to three patterns, built in
        // the cache's work strings.
        QString* expr = &translationCache().scratch[0];
        QString* next = &translationCache().scratch[1];
        expr->resize(0);
        if (c.deductCharges)
            appendFilled(*expr, pattern(QT_TRANSLATE_NOOP("ccas::Engine", "(resources %1 − charges %2)")),
                         {res.shown, chg.shown});
        else
            appendFilled(*expr, pattern(QT_TRANSLATE_NOOP("ccas::Engine", "resources %1")), {res.shown});
        if (c.divisor != DivisorKind::None) {
            next->resize(0);
            appendFilled(*next, pattern(QT_TRANSLATE_NOOP("ccas::Engine", "%1 ÷ %2")), {*expr, div.text});
            std::swap(expr, next);
        }
        if (c.perDay) {
            next->resize(0);
            appendFilled(*next, pattern(QT_TRANSLATE_NOOP("ccas::Engine", "%1 ÷ 30 days")), {*expr});
            std::swap(expr, next);
        }
        const Short equals = equalsMoney(value);
        const QStringView note = roundingNote ? QStringView(ttr(roundingNote)) : QStringView();
        f.text = QString(expr->size() + 1 + equals.view().size() + note.size(), Qt::Uninitialized);
        QChar* o = f.text.data();
        o = std::copy(expr->cbegin(), expr->cend(), o);
        *o++ = u' ';
        o = std::copy(equals.view().begin(), equals.view().end(), o);
        std::copy(note.begin(), note.end(), o);
        f.sources = res.sources;
        addUnique(f.sources, chg.sources);
        addUnique(f.sources, div.sources);
        cache = std::move(f);
        return *cache;
    }

    // --- the variables of criteria and barèmes ----------------------------------------------------
    // Every figure is computed once per household; its text (the computation) when a line shows it
    // (`withText`: the household figures show only the value).
    const Fig& variable(const VariableRef& v, bool withText = true)
    {
        switch (v.variable) {
        case Variable::QfCaf:
            if (!m_qfCaf)
                m_qfCaf = qfCaf();
            return *m_qfCaf;
        case Variable::QfFiscal: {
            std::optional<Fig>& cache = m_qfFiscal[v.monthly ? 1 : 0];
            if (!cache)
                cache = qfFiscal(v.monthly);
            if (withText && m_texts && cache->known && cache->text.isNull())
                cache->text = qfFiscalText(v.monthly, *cache);
            return *cache;
        }
        case Variable::RfrUc: {
            std::optional<Fig>& cache = m_rfrUc[v.scale == UcScale::Oecd ? 0 : 1];
            if (!cache)
                cache = rfrUc(v.scale);
            if (withText && m_texts && cache->known && cache->text.isNull())
                cache->text = rfrUcText(v.scale, *cache);
            return *cache;
        }
        case Variable::Uc:
            return uc(v.scale);
        case Variable::ResteAVivre:
            return rav(v.calcul);
        case Variable::Ressources:
            return resources(v.resources);
        case Variable::NombrePersonnes:
            return v.role ? personsOfRole(*v.role) : persons();
        case Variable::MontantDemande:
            if (!m_demande)
                m_demande = montantDemande();
            return *m_demande;
        }
        static const Fig unknown;
        return unknown;
    }

    Fig qfCaf()
    {
        if (!m_m.quotientFamilialCaf)
            return Fig::lacking({ttr(QT_TRANSLATE_NOOP("ccas::Engine", "CAF family quotient"))});
        const CafQuotient& q = *m_m.quotientFamilialCaf;
        Fig f;
        f.known = true;
        f.value = Ratio::of(Int128(q.valeur) * 100);
        if (m_texts) {
            f.shown = money(Int128(q.valeur) * 100).toString();
            f.text = fill(QT_TRANSLATE_NOOP("ccas::Engine", "%1 (%2, %3)"), f.shown, q.fournisseur,
                          Short::monthYear(q.mois, q.annee));
            f.sources = sourceList(q.source);
        }
        return f;
    }

    Fig qfFiscal(bool monthly)
    {
        const Fig& parts = fiscalParts();
        if (!parts.known)
            return parts;
        const FiscalData& t = *m_m.fiscal;
        Fig f;
        f.known = true;
        f.value = Ratio::of(Int128(t.rfrEuros) * 100 * 4, Int128(t.partsQuarters) * (monthly ? 12 : 1));
        if (m_texts) {
            f.shown = money(f.value).toString();
            f.sources = parts.sources;
        }
        return f;
    }

    // The computation of a fiscal quotient, when a line shows it (the household figure shows only its value).
    QString qfFiscalText(bool monthly, const Fig& f)
    {
        return fill(monthly ? QT_TRANSLATE_NOOP("ccas::Engine", "RFR %1 (income %2) ÷ %3 ÷ 12 months %4 per month")
                            : QT_TRANSLATE_NOOP("ccas::Engine", "RFR %1 (income %2) ÷ %3 %4 per year"),
                    rfrText(), Short::number(m_m.fiscal->anneeRevenus), fiscalParts().text, equalsMoney(f.value));
    }

    Fig rfrUc(UcScale scale)
    {
        const Fig& u = uc(scale);
        if (!m_m.fiscal || !u.missing.isEmpty()) {
            QStringList missing;
            if (!m_m.fiscal)
                missing << ttr(QT_TRANSLATE_NOOP("ccas::Engine", "tax data (RFR and number of parts)"));
            missing << u.missing;
            return Fig::lacking(missing);
        }
        const FiscalData& t = *m_m.fiscal;
        Fig f;
        f.known = true;
        f.value = Ratio::of(Int128(t.rfrEuros) * 100 * u.value.den, u.value.num);
        if (m_texts) {
            f.shown = money(f.value).toString();
            f.sources = sourceList(t.source);
        }
        return f;
    }

    // The computation of an RFR per UC, when a line shows it.
    QString rfrUcText(UcScale scale, const Fig& f)
    {
        return fill(QT_TRANSLATE_NOOP("ccas::Engine", "RFR %1 (income %2) ÷ %3 %4"), rfrText(),
                    Short::number(m_m.fiscal->anneeRevenus), uc(scale).text, equalsMoney(f.value));
    }

    Fig montantDemande()
    {
        if (!m_m.demande.montantCents)
            return Fig::lacking({ttr(QT_TRANSLATE_NOOP("ccas::Engine", "amount requested"))});
        Fig f;
        f.known = true;
        f.value = Ratio::of(*m_m.demande.montantCents);
        if (m_texts) {
            f.shown = money(Int128(*m_m.demande.montantCents)).toString();
            f.text = f.shown;
        }
        return f;
    }

    // "Reste à vivre (rav_jour)", or the label the règlement gives.
    QString ravLabel(int index)
    {
        const RavDefinition& c = m_d.calculs[std::size_t(index)];
        if (!c.label.isEmpty())
            return c.label;
        if (std::size_t(index) >= m_ravLabels.size())
            return derived(QT_TRANSLATE_NOOP("ccas::Engine", "Reste à vivre (%1)"), c.name);
        QString& label = m_ravLabels[std::size_t(index)];
        if (label.isNull())
            label = derived(QT_TRANSLATE_NOOP("ccas::Engine", "Reste à vivre (%1)"), c.name);
        return label;
    }

    QString variableLabel(const VariableRef& v)
    {
        switch (v.variable) {
        case Variable::QfCaf:
            return ttr(QT_TRANSLATE_NOOP("ccas::Engine", "CAF family quotient"));
        case Variable::QfFiscal:
            return v.monthly ? ttr(QT_TRANSLATE_NOOP("ccas::Engine", "Fiscal quotient (RFR per part, per month)"))
                             : ttr(QT_TRANSLATE_NOOP("ccas::Engine", "Fiscal quotient (RFR per part, per year)"));
        case Variable::RfrUc:
            return v.scale == UcScale::Oecd
                       ? ttr(QT_TRANSLATE_NOOP("ccas::Engine", "RFR per consumption unit (OECD scale)"))
                       : ttr(QT_TRANSLATE_NOOP("ccas::Engine", "RFR per consumption unit (chèque énergie scale)"));
        case Variable::Uc:
            return v.scale == UcScale::Oecd
                       ? ttr(QT_TRANSLATE_NOOP("ccas::Engine", "Consumption units (OECD scale)"))
                       : ttr(QT_TRANSLATE_NOOP("ccas::Engine", "Consumption units (chèque énergie scale)"));
        case Variable::ResteAVivre:
            return ravLabel(v.calcul);
        case Variable::Ressources:
            return ttr(QT_TRANSLATE_NOOP("ccas::Engine", "Monthly resources"));
        case Variable::NombrePersonnes:
            return v.role ? derived(QT_TRANSLATE_NOOP("ccas::Engine", "Number of persons (%1)"),
                                    MenageJson::roleKey(*v.role))
                          : ttr(QT_TRANSLATE_NOOP("ccas::Engine", "Number of persons"));
        case Variable::MontantDemande:
            break;
        }
        return ttr(QT_TRANSLATE_NOOP("ccas::Engine", "Amount requested"));
    }

    // The texts of the annual ceiling's period, once per household.
    const QString& periodText(bool rolling, const QDate& from)
    {
        QString& text = reference().period[rolling ? 1 : 0];
        if (text.isNull())
            text = rolling
                       ? fill(QT_TRANSLATE_NOOP("ccas::Engine", "12 months from %1 to %2"), Short::date(from),
                              Short::date(m_m.dateReference))
                       : fill(QT_TRANSLATE_NOOP("ccas::Engine", "calendar year %1"), Short::number(referenceYear()));
        return text;
    }

private:
    struct SelectionFig
    {
        const LineSelection* selection = nullptr;
        Fig fig;
    };
    static constexpr qint16 kAgeNotComputed = -2;
    static constexpr qint16 kAgeUnknown = -1;

    const Reglement::Data& m_d;
    const Menage& m_m;
    bool m_texts = true;
    std::optional<Fig> m_persons;
    std::optional<Fig> m_personsOfRole[4];
    std::optional<Fig> m_ucOecd;
    std::optional<Fig> m_ucCe;
    std::optional<Fig> m_cafParts;
    std::optional<Fig> m_fiscalParts;
    std::optional<Fig> m_qfCaf;
    std::optional<Fig> m_qfFiscal[2];
    std::optional<Fig> m_rfrUc[2];
    std::optional<Fig> m_demande;
    std::array<std::optional<Fig>, 4> m_ravInPlace; // the reste-à-vivre computations, by index
    std::vector<std::optional<Fig>> m_ravMore;
    StableStore<SelectionFig, 8> m_resources;
    StableStore<SelectionFig, 8> m_charges;
    StableStore<SourceText, 16> m_sources;
    QString m_rfrText;
    std::array<QString, 4> m_ravLabels;
    std::array<qint16, 16> m_ages = [] {
        std::array<qint16, 16> a;
        a.fill(kAgeNotComputed);
        return a;
    }();
};

QString benefitLabel(Benefit b)
{
    switch (b) {
    case Benefit::RSA:
        return QStringLiteral("RSA");
    case Benefit::C2S:
        return QStringLiteral("C2S");
    case Benefit::AAH:
        return QStringLiteral("AAH");
    case Benefit::ASF:
        return QStringLiteral("ASF");
    case Benefit::PrimeActivite:
        break;
    }
    return ttr(QT_TRANSLATE_NOOP("ccas::Engine", "prime d'activité"));
}

const QString& stateSuffix(State s)
{
    switch (s) {
    case State::Met:
        return ttr(QT_TRANSLATE_NOOP("ccas::Engine", "met"));
    case State::NotMet:
        return ttr(QT_TRANSLATE_NOOP("ccas::Engine", "not met"));
    case State::Missing:
        return ttr(QT_TRANSLATE_NOOP("ccas::Engine", "cannot be decided"));
    case State::Info:
        break;
    }
    static const QString none;
    return none;
}

// Evaluates one aid.
class AidEvaluator
{
public:
    AidEvaluator(Context& ctx, const ReglementAid& aid, AidResult& out)
        : m_ctx(ctx)
        , m_aid(aid)
        , m_out(out)
        , m_texts(ctx.texts())
    {}

    void line(State state, const QString& criterion, QString text, const QStringList& sources, int depth)
    {
        if (m_out.lines.isEmpty())
            m_out.lines.reserve(8);
        m_out.lines.emplaceBack(ExplanationLine{state, criterion, std::move(text), sources, depth});
    }

    void missing(const QStringList& names) { addUnique(m_missing, names); }

    // Whether a variable takes few different values from one household to the next (its lines are then
    // kept, see memoFill()).
    static bool fewValues(Variable v) { return v == Variable::NombrePersonnes || v == Variable::Uc; }

    // A comparison of a figure with a threshold; the line reads "<figure>, condition < threshold: met".
    State compare(const QString& label, const Fig& f, CompareOp op, QStringView threshold, int cmp, int depth,
                  bool fewValues)
    {
        if (!f.known) {
            missing(f.missing);
            if (m_texts)
                line(State::Missing, label,
                     memoFill(QT_TRANSLATE_NOOP("ccas::Engine", "missing: %1; condition %2 %3: cannot be decided"),
                              f.missing.join(QStringLiteral(", ")), opSymbol(op), threshold),
                     {}, depth);
            return State::Missing;
        }
        const State s = holds(op, cmp) ? State::Met : State::NotMet;
        if (m_texts) {
            const char* const text = QT_TRANSLATE_NOOP("ccas::Engine", "%1; condition %2 %3: %4");
            line(s, label,
                 fewValues ? memoFill(text, f.text, opSymbol(op), threshold, stateSuffix(s))
                           : fill(text, f.text, opSymbol(op), threshold, stateSuffix(s)),
                 f.sources, depth);
        }
        return s;
    }

    State condition(const Condition& c, int depth, bool topLevel)
    {
        const Menage& m = m_ctx.menage();
        switch (c.kind) {
        case Condition::Kind::All:
        case Condition::Kind::Any:
        case Condition::Kind::Not: {
            // The top-level « tous » lists its criteria directly; nested groups get a line of their own.
            const bool own = !(topLevel && c.kind == Condition::Kind::All && c.label.isEmpty());
            const qsizetype at = m_out.lines.size();
            if (own) {
                if (m_texts)
                    line(State::Info, QString(), QString(), {}, depth);
            }
            const int childDepth = own ? depth + 1 : depth;
            State s;
            if (c.kind == Condition::Kind::Not) {
                const State child = condition(c.children.front(), childDepth, false);
                s = child == State::Met ? State::NotMet : (child == State::NotMet ? State::Met : State::Missing);
            } else if (c.kind == Condition::Kind::All) {
                s = State::Met;
                for (const Condition& child : c.children)
                    s = combine(s, condition(child, childDepth, false));
            } else {
                bool anyMet = false;
                bool anyMissing = false;
                for (const Condition& child : c.children) {
                    const State cs = condition(child, childDepth, false);
                    anyMet = anyMet || cs == State::Met;
                    anyMissing = anyMissing || cs == State::Missing;
                }
                s = anyMet ? State::Met : (anyMissing ? State::Missing : State::NotMet);
            }
            if (own && m_texts) {
                ExplanationLine& l = m_out.lines[at];
                l.state = s;
                l.criterion = !c.label.isEmpty() ? c.label
                              : c.kind == Condition::Kind::All
                                  ? ttr(QT_TRANSLATE_NOOP("ccas::Engine", "All of the following"))
                              : c.kind == Condition::Kind::Any
                                  ? ttr(QT_TRANSLATE_NOOP("ccas::Engine", "At least one of the following"))
                                  : ttr(QT_TRANSLATE_NOOP("ccas::Engine", "The following must not hold"));
                l.text = stateSuffix(s);
            }
            return s;
        }
        case Condition::Kind::Compare: {
            const Fig& f = m_ctx.variable(c.var);
            const int cmp = f.known ? Ratio::compare(f.value, c.threshold) : 0;
            if (!m_texts)
                return compare(QString(), f, c.op, QStringView(), cmp, depth, false);
            const QString label = c.label.isEmpty() ? m_ctx.variableLabel(c.var) : c.label;
            return compare(label, f, c.op, c.thresholdText, cmp, depth, fewValues(c.var.variable));
        }
        case Condition::Kind::ResourceCeiling: {
            const QString& label = c.label.isEmpty()
                                       ? ttr(QT_TRANSLATE_NOOP("ccas::Engine", "Resource ceiling by household size"))
                                       : c.label;
            const Fig& n = m_ctx.persons();
            const Fig& res = m_ctx.resources(c.var.resources);
            if (!n.missing.isEmpty() || !res.missing.isEmpty()) {
                const QStringList lacking = n.missing + res.missing;
                missing(lacking);
                if (m_texts)
                    line(State::Missing, label,
                         memoFill(QT_TRANSLATE_NOOP("ccas::Engine", "missing: %1; cannot be decided"),
                                  lacking.join(QStringLiteral(", "))),
                         {}, depth);
                return State::Missing;
            }
            const int size = int(m.personnes.size());
            qint64 ceiling = 0;
            if (size <= c.ceilingsCents.size())
                ceiling = c.ceilingsCents[size - 1];
            else
                ceiling =
                    c.ceilingsCents.last() + qint64(size - c.ceilingsCents.size()) * c.extraPersonCents.value_or(0);
            const State s = holds(c.op, Ratio::compare(res.value, Ratio::of(ceiling))) ? State::Met : State::NotMet;
            if (m_texts)
                line(s, label,
                     fill(QT_TRANSLATE_NOOP("ccas::Engine", "monthly resources %1 for %2; condition %3 %4: %5"),
                          res.shown, n.text, opSymbol(c.op), money(Int128(ceiling)), stateSuffix(s)),
                     res.sources, depth);
            return s;
        }
        case Condition::Kind::Status: {
            const QString name = benefitLabel(c.benefit);
            const auto it = m.statuts.find(c.benefit);
            if (it == m.statuts.end()) {
                const QString status = derived(QT_TRANSLATE_NOOP("ccas::Engine", "%1 status"), name);
                missing({status});
                if (m_texts)
                    line(State::Missing, c.label.isEmpty() ? status : c.label,
                         memoFill(QT_TRANSLATE_NOOP("ccas::Engine", "%1 status unknown; required: %2"), name,
                                  wanted(c.expected)),
                         {}, depth);
                return State::Missing;
            }
            const State s = it->second.value == c.expected ? State::Met : State::NotMet;
            if (m_texts)
                line(s, c.label.isEmpty() ? derived(QT_TRANSLATE_NOOP("ccas::Engine", "%1 status"), name) : c.label,
                     memoFill(QT_TRANSLATE_NOOP("ccas::Engine", "%1; required: %2: %3"), wanted(it->second.value),
                              wanted(c.expected), stateSuffix(s)),
                     m_ctx.sourceList(it->second.source), depth);
            return s;
        }
        case Condition::Kind::Commune: {
            const QString& label =
                c.label.isEmpty() ? ttr(QT_TRANSLATE_NOOP("ccas::Engine", "Residence commune")) : c.label;
            if (m.communeResidence.isEmpty()) {
                missing({ttr(QT_TRANSLATE_NOOP("ccas::Engine", "residence commune"))});
                if (m_texts)
                    line(State::Missing, label,
                         memoFill(QT_TRANSLATE_NOOP("ccas::Engine", "residence commune unknown; required: %1"),
                                  c.communesText),
                         {}, depth);
                return State::Missing;
            }
            const State s = listContains(c.communes, m.communeResidence) ? State::Met : State::NotMet;
            if (m_texts)
                line(s, label,
                     memoFill(QT_TRANSLATE_NOOP("ccas::Engine", "commune %1; required: %2: %3"), m.communeResidence,
                              c.communesText, stateSuffix(s)),
                     {}, depth);
            return s;
        }
        case Condition::Kind::Age:
            return age(c, depth);
        case Condition::Kind::Nature: {
            const QString& label =
                c.label.isEmpty() ? ttr(QT_TRANSLATE_NOOP("ccas::Engine", "Nature of the request")) : c.label;
            return nature(label, c.natures, c.naturesText, depth);
        }
        }
        return State::Missing;
    }

    // "beneficiary" / "not a beneficiary"
    static const QString& wanted(bool beneficiary)
    {
        return beneficiary ? ttr(QT_TRANSLATE_NOOP("ccas::Engine", "beneficiary"))
                           : ttr(QT_TRANSLATE_NOOP("ccas::Engine", "not a beneficiary"));
    }

    static State combine(State a, State b)
    {
        // For « tous »: a certain failure wins over a missing figure.
        if (a == State::NotMet || b == State::NotMet)
            return State::NotMet;
        if (a == State::Missing || b == State::Missing)
            return State::Missing;
        return State::Met;
    }

    State nature(const QString& label, const QStringList& natures, const QString& naturesText, int depth)
    {
        const QString& n = m_ctx.menage().demande.nature;
        if (n.isEmpty()) {
            missing({ttr(QT_TRANSLATE_NOOP("ccas::Engine", "nature of the request"))});
            if (m_texts)
                line(State::Missing, label,
                     memoFill(QT_TRANSLATE_NOOP("ccas::Engine", "nature of the request unknown; accepted: %1"),
                              naturesText),
                     {}, depth);
            return State::Missing;
        }
        const State s = listContains(natures, n) ? State::Met : State::NotMet;
        if (m_texts)
            line(s, label,
                 memoFill(QT_TRANSLATE_NOOP("ccas::Engine", "request « %1 »; accepted: %2: %3"), n, naturesText,
                          stateSuffix(s)),
                 {}, depth);
        return s;
    }

    State age(const Condition& c, int depth)
    {
        const Menage& m = m_ctx.menage();
        const QString& who =
            c.who == Condition::Who::Demandeur  ? ttr(QT_TRANSLATE_NOOP("ccas::Engine", "the demandeur"))
            : c.who == Condition::Who::Conjoint ? ttr(QT_TRANSLATE_NOOP("ccas::Engine", "the conjoint"))
                                                : ttr(QT_TRANSLATE_NOOP("ccas::Engine", "a member of the household"));
        if (m.personnes.isEmpty()) {
            missing({ttr(QT_TRANSLATE_NOOP("ccas::Engine", "household composition"))});
            if (m_texts)
                line(State::Missing, ageLabel(c, who),
                     ttr(QT_TRANSLATE_NOOP("ccas::Engine", "household composition unknown")), {}, depth);
            return State::Missing;
        }
        bool anyUnknown = false;
        bool anyMet = false;
        bool anyPerson = false;
        int shown = -1; // the age shown: the first that meets the condition, otherwise the first known
        for (int i = 0; i < m.personnes.size(); ++i) {
            const MenagePerson& p = m.personnes[i];
            if ((c.who == Condition::Who::Demandeur && p.role != PersonRole::Demandeur) ||
                (c.who == Condition::Who::Conjoint && p.role != PersonRole::Conjoint))
                continue;
            anyPerson = true;
            const auto a = m_ctx.age(i);
            if (!a) {
                anyUnknown = true;
                missing({c.who == Condition::Who::AnyPerson
                             ? HouseholdScales::tr("birth date of personnes[%1]").arg(i)
                             : fill(QT_TRANSLATE_NOOP("ccas::Engine", "birth date of %1"), who)});
                continue;
            }
            const bool ok = holds(c.op, Ratio::compare(Ratio::of(*a), c.threshold));
            if ((ok && !anyMet) || shown < 0)
                shown = *a;
            anyMet = anyMet || ok;
        }
        if (!anyPerson) {
            if (m_texts)
                line(State::NotMet, ageLabel(c, who),
                     ttr(QT_TRANSLATE_NOOP("ccas::Engine", "no such person in the household: not met")), {}, depth);
            return State::NotMet;
        }
        const State s = anyMet ? State::Met : (anyUnknown ? State::Missing : State::NotMet);
        if (!m_texts)
            return s;
        const QString threshold = ttrn(QT_TRANSLATE_N_NOOP("ccas::Engine", "%n year(s)"), int(c.threshold.num));
        if (s == State::Missing) {
            line(s, ageLabel(c, who),
                 memoFill(QT_TRANSLATE_NOOP("ccas::Engine", "birth date unknown; condition %1 %2: cannot be decided"),
                          opSymbol(c.op), threshold),
                 {}, depth);
        } else {
            line(s, ageLabel(c, who),
                 memoFill(QT_TRANSLATE_NOOP("ccas::Engine", "%1; condition %2 %3: %4"),
                          ttrn(QT_TRANSLATE_N_NOOP("ccas::Engine", "%n year(s)"), shown), opSymbol(c.op), threshold,
                          stateSuffix(s)),
                 {}, depth);
        }
        return s;
    }

    static QString ageLabel(const Condition& c, const QString& who)
    {
        return c.label.isEmpty() ? derived(QT_TRANSLATE_NOOP("ccas::Engine", "Age of %1"), who) : c.label;
    }

    // --- amounts -------------------------------------------------------------------------------------
    struct Amount
    {
        State state = State::Met; // NotMet: no band / no case / nothing; Missing: a figure is lacking
        qint64 cents = 0;
    };

    // "> 5,00 € and ≤ 8,00 €" (the bounds were formatted when the règlement was loaded).
    static QString bandText(const AmountNode::Band& b)
    {
        if (b.lowerText.isEmpty())
            return b.upperText;
        if (b.upperText.isEmpty())
            return b.lowerText;
        return memoFill(QT_TRANSLATE_NOOP("ccas::Engine", "%1 and %2"), b.lowerText, b.upperText);
    }

    Amount amount(const AmountNode& node, bool ceiling, const QString& criterion)
    {
        switch (node.kind) {
        case AmountNode::Kind::Fixed:
            if (!ceiling) {
                if (m_texts)
                    line(State::Info, criterion,
                         memoFill(QT_TRANSLATE_NOOP("ccas::Engine", "fixed amount %1"), money(Int128(node.cents))), {},
                         0);
            }
            return {State::Met, node.cents};
        case AmountNode::Kind::PercentOfRequest: {
            const auto& req = m_ctx.menage().demande.montantCents;
            if (m_texts) {
                const Short withSign = Short::percent(node.percentBp);
                if (!req) {
                    line(State::Missing, criterion,
                         memoFill(QT_TRANSLATE_NOOP("ccas::Engine", "%1 of the amount requested, which is unknown"),
                                  withSign),
                         {}, 0);
                } else {
                    const qint64 cents = qint64(Ratio::floorDiv(Int128(*req) * node.percentBp, 10000));
                    line(State::Info, criterion,
                         fill(QT_TRANSLATE_NOOP("ccas::Engine",
                                                "%1 of the amount requested %2 = %3 (rounded down to the cent)"),
                              withSign, money(Int128(*req)), money(Int128(cents))),
                         {}, 0);
                }
            }
            if (!req) {
                missing({ttr(QT_TRANSLATE_NOOP("ccas::Engine", "amount requested"))});
                return {State::Missing, 0};
            }
            return {State::Met, qint64(Ratio::floorDiv(Int128(*req) * node.percentBp, 10000))};
        }
        case AmountNode::Kind::Bands: {
            const Fig& f = m_ctx.variable(node.var);
            const QString label = m_texts ? m_ctx.variableLabel(node.var) : QString();
            if (!f.known) {
                missing(f.missing);
                if (m_texts)
                    line(State::Missing, criterion,
                         memoFill(QT_TRANSLATE_NOOP("ccas::Engine", "barème on %1: missing %2"), label,
                                  f.missing.join(QStringLiteral(", "))),
                         {}, 0);
                return {State::Missing, 0};
            }
            for (const AmountNode::Band& b : node.bands) {
                if (b.upTo) {
                    const int cmp = Ratio::compare(f.value, *b.upTo);
                    if (cmp > 0 || (cmp == 0 && !b.inclusive))
                        continue;
                }
                if (m_texts) {
                    const QString band = bandText(b);
                    // (the band's label only in the second pattern)
                    const char* const text = b.label.isEmpty()
                                                 ? QT_TRANSLATE_NOOP("ccas::Engine", "%1: %2 → band %3")
                                                 : QT_TRANSLATE_NOOP("ccas::Engine", "%1: %2 → band %3 (%4)");
                    line(State::Info, criterion,
                         fewValues(node.var.variable) ? memoFill(text, label, f.text, band, b.label)
                                                      : fill(text, label, f.text, band, b.label),
                         f.sources, 0);
                }
                return amount(*b.value, ceiling, criterion);
            }
            if (m_texts)
                line(State::NotMet, criterion,
                     fill(QT_TRANSLATE_NOOP("ccas::Engine", "%1: %2 is beyond the last band of the barème: not met"),
                          label, f.text),
                     f.sources, 0);
            return {State::NotMet, 0};
        }
        case AmountNode::Kind::ByNature: {
            const QString& n = m_ctx.menage().demande.nature;
            if (n.isEmpty()) {
                missing({ttr(QT_TRANSLATE_NOOP("ccas::Engine", "nature of the request"))});
                if (m_texts)
                    line(State::Missing, criterion,
                         ttr(QT_TRANSLATE_NOOP("ccas::Engine",
                                               "the amount depends on the nature of the request, unknown")),
                         {}, 0);
                return {State::Missing, 0};
            }
            for (const AmountNode::Case& kase : node.cases) {
                if (!listContains(kase.natures, n))
                    continue;
                if (m_texts)
                    line(State::Info, criterion,
                         kase.label.isEmpty()
                             ? memoFill(QT_TRANSLATE_NOOP("ccas::Engine", "request « %1 »"), n)
                             : memoFill(QT_TRANSLATE_NOOP("ccas::Engine", "request « %1 »: %2"), n, kase.label),
                         {}, 0);
                return amount(*kase.value, ceiling, criterion);
            }
            if (node.otherwise) {
                if (m_texts)
                    line(State::Info, criterion,
                         memoFill(QT_TRANSLATE_NOOP("ccas::Engine", "request « %1 »: other natures"), n), {}, 0);
                return amount(*node.otherwise, ceiling, criterion);
            }
            if (m_texts)
                line(
                    State::NotMet, criterion,
                    memoFill(
                        QT_TRANSLATE_NOOP("ccas::Engine", "the barème has no amount for a request « %1 »: not met"), n),
                    {}, 0);
            return {State::NotMet, 0};
        }
        }
        return {State::Missing, 0};
    }

    void run()
    {
        const Menage& m = m_ctx.menage();
        State s = State::Met;
        if (!m_aid.natures.isEmpty())
            s = combine(s, nature(ttr(QT_TRANSLATE_NOOP("ccas::Engine", "Nature of the request")), m_aid.natures,
                                  m_aid.naturesText, 0));
        if (m_aid.conditions)
            s = combine(s, condition(*m_aid.conditions, 0, true));
        // Waiting period: an aid of the same code within N months before the reference date.
        if (m_aid.cooldownMonths > 0) {
            const QDate from = m_ctx.monthsBefore(m_aid.cooldownMonths);
            QDate last;
            for (const AideRecue& r : m.aidesRecues) {
                if (sameText(r.aide, m_aid.code) && r.date > from && r.date <= m.dateReference &&
                    (!last.isValid() || r.date > last))
                    last = r.date;
            }
            const QString label = m_texts ? ttrn(QT_TRANSLATE_N_NOOP("ccas::Engine", "Waiting period (%n month(s))"),
                                                 m_aid.cooldownMonths)
                                          : QString();
            if (last.isValid()) {
                if (m_texts)
                    line(State::NotMet, label,
                         fill(QT_TRANSLATE_NOOP("ccas::Engine",
                                                "aid %1 received on %2: possible again from %3: not met"),
                              m_aid.code, Short::date(last), Short::date(last.addMonths(m_aid.cooldownMonths))),
                         {}, 0);
                s = combine(s, State::NotMet);
            } else {
                if (m_texts)
                    line(State::Met, label,
                         memoFill(QT_TRANSLATE_NOOP("ccas::Engine", "no aid %1 since %2: met"), m_aid.code,
                                  Short::date(from.addDays(1))),
                         {}, 0);
            }
        }
        qint64 cents = 0;
        if (s != State::NotMet && m_aid.amount) {
            const QString& label = ttr(QT_TRANSLATE_NOOP("ccas::Engine", "Amount"));
            const Amount a = amount(*m_aid.amount, false, label);
            s = combine(s, a.state);
            cents = a.cents;
            if (a.state == State::Met && m_aid.perRequestCents && cents > *m_aid.perRequestCents) {
                if (m_texts)
                    line(State::Info, ttr(QT_TRANSLATE_NOOP("ccas::Engine", "Ceiling per request")),
                         fill(QT_TRANSLATE_NOOP("ccas::Engine", "%1 capped at %2"), money(Int128(cents)),
                              money(Int128(*m_aid.perRequestCents))),
                         {}, 0);
                cents = *m_aid.perRequestCents;
            }
            if (a.state == State::Met && m_aid.annual)
                s = combine(s, annual(cents));
        }
        if (s == State::Met && m_aid.amount && cents == 0) {
            if (m_texts)
                line(State::NotMet, ttr(QT_TRANSLATE_NOOP("ccas::Engine", "Amount")),
                     memoFill(QT_TRANSLATE_NOOP("ccas::Engine", "the barème gives %1: no aid"), money(Int128(0))), {},
                     0);
            s = State::NotMet;
        }
        if (s == State::Met) {
            m_out.verdict = Verdict::Eligible;
            m_out.amountCents = cents;
            if (m_aid.amount) {
                if (m_texts)
                    line(State::Info, ttr(QT_TRANSLATE_NOOP("ccas::Engine", "Proposed amount")),
                         money(Int128(cents)).toString(), {}, 0);
            } else {
                if (m_texts)
                    line(State::Info, ttr(QT_TRANSLATE_NOOP("ccas::Engine", "Proposed amount")),
                         ttr(QT_TRANSLATE_NOOP("ccas::Engine", "aid in kind, no amount")), {}, 0);
            }
        } else if (s == State::NotMet) {
            m_out.verdict = Verdict::NotEligible;
        } else {
            m_out.verdict = Verdict::Incomplete;
            m_out.missing = m_missing;
        }
    }

    // Applies the annual ceiling to `cents`; NotMet when nothing is left.
    State annual(qint64& cents)
    {
        const AnnualCeiling& ac = *m_aid.annual;
        const Menage& m = m_ctx.menage();
        const QString& criterion = ttr(QT_TRANSLATE_NOOP("ccas::Engine", "Annual ceiling"));
        const Amount ceiling = amount(*ac.amount, true, criterion);
        if (ceiling.state != State::Met)
            return ceiling.state;
        const QDate from = ac.rolling ? m_ctx.monthsBefore(12).addDays(1) : QDate(m_ctx.referenceYear(), 1, 1);
        qint64 received = 0;
        for (const AideRecue& r : m.aidesRecues) {
            if (listContains(ac.codes, r.aide) && r.date >= from && r.date <= m.dateReference)
                received += r.cents;
        }
        const qint64 left = std::max<qint64>(0, ceiling.cents - received);
        if (!m_texts) {
            if (left == 0)
                return State::NotMet;
            cents = std::min(cents, left);
            return State::Met;
        }
        const QString& period = m_ctx.periodText(ac.rolling, from);
        if (left == 0) {
            line(State::NotMet, criterion,
                 memoFill(QT_TRANSLATE_NOOP("ccas::Engine", "%1 (%2): already received %3, nothing left: not met"),
                          money(Int128(ceiling.cents)), period, money(Int128(received))),
                 {}, 0);
            return State::NotMet;
        }
        // The same for many households (nothing received yet): kept (memoFill()).
        QString text = memoFill(QT_TRANSLATE_NOOP("ccas::Engine", "%1 (%2): already received %3, %4 left"),
                                money(Int128(ceiling.cents)), period, money(Int128(received)), money(Int128(left)));
        if (cents > left) {
            appendFilled(text, pattern(QT_TRANSLATE_NOOP("ccas::Engine", "; %1 capped at %2")),
                         {money(Int128(cents)), money(Int128(left))});
            cents = left;
        }
        line(State::Info, criterion, std::move(text), {}, 0);
        return State::Met;
    }

private:
    Context& m_ctx;
    const ReglementAid& m_aid;
    AidResult& m_out;
    bool m_texts = true;
    QStringList m_missing;
};

void addFigure(Evaluation& e, const QString& key, const QString& label, const Fig& f, bool computation = false)
{
    if (!f.known)
        return;
    e.figures.emplaceBack(HouseholdFigure{key, label, computation ? f.text : f.shown, f.sources});
}

void addFigures(Evaluation& e, Context& ctx, const Reglement::Data& d)
{
    const Menage& m = ctx.menage();
    e.figures.reserve(qsizetype(14 + d.calculs.size()));
    addFigure(e, QStringLiteral("personnes"), ttr(QT_TRANSLATE_NOOP("ccas::Engine", "Persons in the household")),
              ctx.persons());
    addFigure(e, QStringLiteral("uc_oecd"), ttr(QT_TRANSLATE_NOOP("ccas::Engine", "Consumption units (OECD scale)")),
              ctx.uc(UcScale::Oecd));
    addFigure(e, QStringLiteral("uc_cheque_energie"),
              ttr(QT_TRANSLATE_NOOP("ccas::Engine", "Consumption units (chèque énergie scale)")),
              ctx.uc(UcScale::ChequeEnergie));
    addFigure(e, QStringLiteral("parts_caf"), ttr(QT_TRANSLATE_NOOP("ccas::Engine", "CAF parts")), ctx.cafParts());
    VariableRef v;
    v.variable = Variable::QfCaf;
    addFigure(e, QStringLiteral("qf_caf"), ttr(QT_TRANSLATE_NOOP("ccas::Engine", "CAF family quotient")),
              ctx.variable(v, false));
    if (m.fiscal) {
        e.figures.emplaceBack(
            HouseholdFigure{QStringLiteral("rfr"),
                            derived(QT_TRANSLATE_NOOP("ccas::Engine", "Revenu fiscal de référence (income %1)"),
                                    Short::number(m.fiscal->anneeRevenus)),
                            ctx.rfrText(), ctx.sourceList(m.fiscal->source)});
    }
    addFigure(e, QStringLiteral("parts_fiscales"), ttr(QT_TRANSLATE_NOOP("ccas::Engine", "Fiscal parts")),
              ctx.fiscalParts());
    v.variable = Variable::QfFiscal;
    addFigure(e, QStringLiteral("rfr_par_part"), ttr(QT_TRANSLATE_NOOP("ccas::Engine", "RFR per part, per year")),
              ctx.variable(v, false));
    v.monthly = true;
    addFigure(e, QStringLiteral("rfr_par_part_mois"), ttr(QT_TRANSLATE_NOOP("ccas::Engine", "RFR per part, per month")),
              ctx.variable(v, false));
    v.variable = Variable::RfrUc;
    v.scale = UcScale::Oecd;
    addFigure(e, QStringLiteral("rfr_uc_oecd"),
              ttr(QT_TRANSLATE_NOOP("ccas::Engine", "RFR per consumption unit (OECD scale)")), ctx.variable(v, false));
    v.scale = UcScale::ChequeEnergie;
    addFigure(e, QStringLiteral("rfr_uc_cheque_energie"),
              ttr(QT_TRANSLATE_NOOP("ccas::Engine", "RFR per consumption unit (chèque énergie scale)")),
              ctx.variable(v, false));
    addFigure(e, QStringLiteral("ressources_mensuelles"),
              ttr(QT_TRANSLATE_NOOP("ccas::Engine", "Monthly resources (all)")), ctx.resources(kAll));
    addFigure(e, QStringLiteral("charges_mensuelles"), ttr(QT_TRANSLATE_NOOP("ccas::Engine", "Monthly charges (all)")),
              ctx.charges(kAll));
    // The reste à vivre figures show their computation.
    for (std::size_t i = 0; i < d.calculs.size(); ++i)
        addFigure(e, d.calculs[i].figureKey, ctx.ravLabel(int(i)), ctx.rav(int(i)), true);
}

// The result of an aid before its evaluation: its code, label and proofs (built in place).
AidResult newResult(const ReglementAid& aid)
{
    return AidResult{aid.code, aid.label, Verdict::Incomplete, 0, {}, {}, aid.justificatifs};
}

QString stateKey(State s)
{
    switch (s) {
    case State::Met:
        return QStringLiteral("remplie");
    case State::NotMet:
        return QStringLiteral("non_remplie");
    case State::Missing:
        return QStringLiteral("manquant");
    case State::Info:
        break;
    }
    return QStringLiteral("info");
}

} // namespace

// Used by Reglement.cpp to format thresholds and band bounds once, when a règlement is loaded.
QString boundText(Variable v, const Ratio& value)
{
    return isMoney(v) ? money(value).toString() : units(value).toString();
}

Evaluation Engine::evaluate(const Reglement& reglement, const Menage& menage)
{
    return evaluate(reglement, menage, {});
}

Evaluation Engine::evaluate(const Reglement& reglement, const Menage& menage, const QStringList& aidCodes)
{
    const Reglement::Data& d = reglement.data();
    Evaluation e{d.ccas, d.title, d.version, menage.dateReference, {}, {}};
    checkTranslations();
    Context ctx(d, menage, true);
    e.aids.reserve(qsizetype(d.aids.size()));
    for (const ReglementAid& aid : d.aids) {
        if (!aidCodes.isEmpty() && !aidCodes.contains(aid.code))
            continue;
        AidEvaluator(ctx, aid, e.aids.emplaceBack(newResult(aid))).run();
    }
    addFigures(e, ctx, d);
    return e;
}

QList<AidResult> Engine::decide(const Reglement& reglement, const Menage& menage)
{
    const Reglement::Data& d = reglement.data();
    checkTranslations();
    Context ctx(d, menage, false);
    QList<AidResult> out;
    out.reserve(qsizetype(d.aids.size()));
    for (const ReglementAid& aid : d.aids)
        AidEvaluator(ctx, aid, out.emplaceBack(newResult(aid))).run();
    return out;
}

QJsonObject Engine::toJson(const Evaluation& e)
{
    const auto strings = [](const QStringList& l) { return QJsonArray::fromStringList(l); };
    QJsonArray figures;
    for (const HouseholdFigure& f : e.figures)
        figures.append(QJsonObject{{QStringLiteral("cle"), f.key},
                                   {QStringLiteral("libelle"), f.label},
                                   {QStringLiteral("valeur"), f.value},
                                   {QStringLiteral("sources"), strings(f.sources)}});
    QJsonArray aids;
    for (const AidResult& a : e.aids) {
        QJsonArray lines;
        for (const ExplanationLine& l : a.lines)
            lines.append(QJsonObject{{QStringLiteral("critere"), l.criterion},
                                     {QStringLiteral("etat"), stateKey(l.state)},
                                     {QStringLiteral("texte"), l.text},
                                     {QStringLiteral("niveau"), l.depth},
                                     {QStringLiteral("sources"), strings(l.sources)}});
        aids.append(QJsonObject{{QStringLiteral("code"), a.code},
                                {QStringLiteral("libelle"), a.label},
                                {QStringLiteral("verdict"), verdictKey(a.verdict)},
                                {QStringLiteral("verdict_libelle"), verdictLabel(a.verdict)},
                                {QStringLiteral("montant_centimes"), double(a.amountCents)},
                                {QStringLiteral("manquant"), strings(a.missing)},
                                {QStringLiteral("explications"), lines},
                                {QStringLiteral("justificatifs"), strings(a.justificatifs)}});
    }
    return QJsonObject{{QStringLiteral("ccas"), e.ccas},
                       {QStringLiteral("reglement"), QJsonObject{{QStringLiteral("titre"), e.reglementTitle},
                                                                 {QStringLiteral("version"), e.reglementVersion}}},
                       {QStringLiteral("date_reference"), e.dateReference.toString(Qt::ISODate)},
                       {QStringLiteral("chiffres"), figures},
                       {QStringLiteral("aides"), aids}};
}

QString Engine::verdictKey(Verdict v)
{
    switch (v) {
    case Verdict::Eligible:
        return QStringLiteral("eligible");
    case Verdict::NotEligible:
        return QStringLiteral("non_eligible");
    case Verdict::Incomplete:
        break;
    }
    return QStringLiteral("incomplet");
}

QString Engine::verdictLabel(Verdict v)
{
    switch (v) {
    case Verdict::Eligible:
        return tr("Eligible");
    case Verdict::NotEligible:
        return tr("Not eligible");
    case Verdict::Incomplete:
        break;
    }
    return tr("Incomplete: missing data");
}

QString Engine::sourceText(const FigureSource& s)
{
    checkTranslations();
    return formatSource(s);
}

} // namespace ccas
