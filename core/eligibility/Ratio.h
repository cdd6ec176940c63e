#pragma once

#include <QtGlobal>

namespace ccas {

// 128-bit integers for exact products of amounts (GCC/Clang extension; marked so -Wpedantic accepts it).
__extension__ typedef __int128 Int128;

// An exact rational number num / den (den > 0): the engine compares quotients (RFR ÷ parts, resources ÷
// UC, reste à vivre ÷ 30…) by cross-multiplication, never through floating point.
struct Ratio
{
    Int128 num = 0;
    Int128 den = 1;

    static Ratio of(Int128 n, Int128 d = 1)
    {
        Ratio r;
        r.num = d < 0 ? -n : n;
        r.den = d < 0 ? -d : d;
        return r;
    }

    // -1, 0 or 1.
    static int compare(const Ratio& a, const Ratio& b)
    {
        const Int128 l = a.num * b.den;
        const Int128 r = b.num * a.den;
        return l < r ? -1 : (l > r ? 1 : 0);
    }

    bool operator==(const Ratio& o) const { return compare(*this, o) == 0; }
    bool operator!=(const Ratio& o) const { return compare(*this, o) != 0; }
    bool operator<(const Ratio& o) const { return compare(*this, o) < 0; }
    bool operator<=(const Ratio& o) const { return compare(*this, o) <= 0; }
    bool operator>(const Ratio& o) const { return compare(*this, o) > 0; }
    bool operator>=(const Ratio& o) const { return compare(*this, o) >= 0; }

    // Largest integer <= num/den, smallest integer >= num/den, nearest integer (halves away from zero).
    static Int128 floorDiv(Int128 n, Int128 d)
    {
        // Amounts nearly always fit in 64 bits, where a division is several times cheaper than the
        // 128-bit library call (same result; -1 is left out: INT64_MIN ÷ -1 overflows).
        if (n == Int128(qint64(n)) && d == Int128(qint64(d)) && d != -1) {
            const qint64 n64 = qint64(n);
            const qint64 d64 = qint64(d);
            qint64 q64 = n64 / d64;
            if ((n64 % d64 != 0) && ((n64 < 0) != (d64 < 0)))
                --q64;
            return q64;
        }
        Int128 q = n / d;
        if ((n % d != 0) && ((n < 0) != (d < 0)))
            --q;
        return q;
    }
    Int128 floor() const { return floorDiv(num, den); }
    Int128 ceil() const { return -floorDiv(-num, den); }
    Int128 nearest() const { return num >= 0 ? floorDiv(2 * num + den, 2 * den) : -floorDiv(-2 * num + den, 2 * den); }
};

} // namespace ccas
